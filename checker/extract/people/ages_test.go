package people

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
)

// The test articles are dated June 1, 2025 (testRef): a year before 2025
// is a past year.
func TestAgeClaims(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // brief: key | value | value text | modality
	}{
		{"N-year-old before the name",
			"54-year-old Mara Velt opened the new ferry terminal.",
			[]string{"person:mara velt | 54 | 54-year-old | asserted"}},
		{"N-year-old with words describing the person",
			"The 32-year-old retired ferry pilot Ivo Stannard joined the crew.",
			[]string{"person:ivo stannard | 32 | 32-year-old | asserted"}},
		{"N year-old written apart, with a title",
			"The 61 year-old Harbour Commissioner Dace Orrin left early.",
			[]string{"person:dace orrin | 61 | 61 year-old | asserted"}},
		{"NAME, N, and the surname later",
			"Mara Velt, 54, opened the terminal. Velt, 54, cut the ribbon.",
			[]string{"person:mara velt | 54 | 54 | asserted", "person:mara velt | 54 | 54 | asserted"}},
		{"NAME, N, in a paragraph of many capitals",
			"Mara Velt, 32, Died While Climbing To The Hut On Mount Orrin In The Vell Ridge Park On Saturday.",
			[]string{"person:mara velt | 32 | 32 | former"}},
		{"NAME (N)",
			"The prize went to Mara Velt (54) on Friday.",
			[]string{"person:mara velt | 54 | 54 | asserted"}},
		{"NAME, aged N,",
			"Mara Velt, aged 54, opened the terminal.",
			[]string{"person:mara velt | 54 | aged 54 | asserted"}},
		{"NAME, who is N,",
			"Mara Velt, who is 54, opened the terminal.",
			[]string{"person:mara velt | 54 | who is 54 | asserted"}},
		{"NAME, N years old,",
			"Mara Velt, 54 years old, opened the terminal.",
			[]string{"person:mara velt | 54 | 54 years old | asserted"}},
		{"NAME, a N-year-old teacher,",
			"Mara Velt, a 54-year-old teacher, opened the terminal.",
			[]string{"person:mara velt | 54 | 54-year-old | asserted"}},
		{"at the end of the sentence",
			"The terminal was opened by Mara Velt, 54.",
			[]string{"person:mara velt | 54 | 54 | asserted"}},
		{"an age at death does not grow",
			"Mara Velt, 54, died on Friday after a fall from the pier.",
			[]string{"person:mara velt | 54 | 54 | former"}},
		{"dead, said in another sentence of the article",
			"Mara Velt, 54, fell from the pier. Velt was killed instantly.",
			[]string{"person:mara velt | 54 | 54 | former"}},
		{"fell to his death",
			"Ivo Stannard, 31, slipped and fell to his death on the ridge.",
			[]string{"person:ivo stannard | 31 | 31 | former"}},
		{"a nationality noun before the name is not part of it",
			"The 32-year-old Welshman Ivo Stannard reached the hut.",
			[]string{"person:ivo stannard | 32 | 32-year-old | asserted"}},
		{"killed by, right after the age",
			"Mara Velt, 16, killed by a falling crane, was mourned.",
			[]string{"person:mara velt | 16 | 16 | former"}},
		{"shot dead",
			"Mara Velt, 16, who was shot dead near the pier, was mourned.",
			[]string{"person:mara velt | 16 | 16 | former"}},
		{"someone who killed is alive",
			"Mara Velt, 54, killed two deer and shot the victims' dog.",
			[]string{"person:mara velt | 54 | 54 | asserted"}},
		{"someone else died",
			"Mara Velt, 54, said her neighbour Ivo Stannard died at home.",
			[]string{"person:mara velt | 54 | 54 | asserted"}},
		{"the victim of a slaying",
			"The jury heard about the slaying of 63-year-old Mara Velt.",
			[]string{"person:mara velt | 63 | 63-year-old | former"}},

		// Traps: nothing is a person's age here.
		{"a duration", "Mara Velt served 54 years on the council.", nil},
		{"a duration after a comma", "Mara Velt, 54 years on the council, retired.", nil},
		{"a number after a comma that is not alone", "Mara Velt, 54 miles from home, rested.", nil},
		{"an unnamed person", "A 54-year-old man opened the terminal.", nil},
		{"an unnamed person with a comma", "The driver, 54, was unhurt.", nil},
		{"a building's age", "The 54-year-old building owned by Mara Velt was sold.", nil},
		{"someone else's son", "The 12-year-old son of Mara Velt won the race.", nil},
		{"a thing that acts on the person", "The 30-year-old law protects Mara Velt from eviction.", nil},
		{"a decade", "Mara Velt, in her 50s, opened the terminal.", nil},
		{"a past year", "Mara Velt, 15, was hurt in a protest in 1985.", nil},
		{"an age at a past time", "The lawyer said then-15-year-old Ivo Stannard was there.", nil},
		{"two people of one surname", "Gary Vell, 35, was held. 61-year-old Lenka Vell was found.",
			[]string{"person:gary vell | 35 | 35 | asserted", "person:lenka vell | 61 | 61-year-old | asserted"}},
		{"a possessive age", "The 54-year-old's lawyer, Mara Velt, spoke.", nil},
		{"inside a quote", `"Mara Velt, 54, is my aunt," Ivo Stannard said.`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := briefs(ofKind(extract(t, tt.text), claim.KindAge))
			if tt.want == nil {
				tt.want = []string{}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAgeWordsLoad(t *testing.T) {
	assert.NotEmpty(t, ageVocab().yearOld)
	assert.NotEmpty(t, ageVocab().deathVerb)
	assert.Panics(t, func() { mustLoadAgeWords([]byte("year_old: [")) })
}

// Without the article's date a year in the sentence may be past: the age
// may be an old one.
func TestAgeUndatedYear(t *testing.T) {
	d := text.NewDoc("t", "Mara Velt, 92, told a reporter in 2006 that she was proud. Ivo Stannard, 40, agreed.", time.Time{})
	got := briefs(ofKind(Extract(d, testKB(t)), claim.KindAge))
	assert.Equal(t, []string{"person:ivo stannard | 40 | 40 | asserted"}, got)
}
