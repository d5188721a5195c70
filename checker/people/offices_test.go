package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestOfficeClaims(t *testing.T) {
	type want struct {
		brief   string // subject key | value | value text | modality
		present bool
		former  bool
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"country adjective + title + full name",
			"Ruritanian President Tomas Brandt met Bordurian President Anton Varga on Monday.",
			[]want{
				{"office:xr:president | tomas brandt | Tomas Brandt | asserted", true, false},
				{"office:xb:president | anton varga | Anton Varga | asserted", true, false},
			}},
		{"title without country: the office whose holders include the name",
			"President Tomas Brandt opened the session.",
			[]want{{"office:xr:president | tomas brandt | Tomas Brandt | asserted", true, false}}},
		{"surname only, one KB holder fits",
			"President Brandt said the border would stay open.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", true, false}}},
		{"unknown president: no office", "President Kovac arrived late.", nil},
		{"surname two offices' holders share: no office", "President Varga did not comment.", nil},
		{"country known, holder unknown to the KB",
			"Ruritanian Prime Minister Nils Amber resigned.",
			[]want{{"office:xr:prime-minister | nils amber | Nils Amber | asserted", true, false}}},
		{"former",
			"Former prime minister Oskar Lind criticised the plan.",
			[]want{{"office:xr:prime-minister | oskar lind | Oskar Lind | former", false, true}}},
		{"then-",
			"The treaty was signed by then-president Ilse Varga in 2012.",
			[]want{{"office:xr:president | ilse varga | Ilse Varga | former", false, true}}},
		{"Then- glued to a body's name",
			"Then-OBC Secretary General Ada Quell had urged both sides to settle.",
			[]want{{"office:xo:secretary-general | ada quell | Ada Quell | former", false, true}}},
		{"the body's current holder",
			"OBC Secretary General Bram Osk said the basin was full.",
			[]want{{"office:xo:secretary-general | bram osk | Bram Osk | asserted", true, false}}},
		{"then with an en dash before a capitalised title",
			"The deal was signed by then–Prime Minister Oskar Lind.",
			[]want{{"office:xr:prime-minister | oskar lind | Oskar Lind | former", false, true}}},
		{"and then: the adverb keeps the office present",
			"The minister spoke first, and then President Tomas Brandt replied.",
			[]want{{"office:xr:president | tomas brandt | Tomas Brandt | asserted", true, false}}},
		{"the late",
			"The bridge was opened by the late President Ilse Varga in 2011.",
			[]want{{"office:xr:president | ilse varga | Ilse Varga | former", false, true}}},
		{"deputy is another post", "Deputy Prime Minister Vera Lunn opened the bridge.", nil},
		{"a spokesman holds no office", "Zenith Palace spokesman Tero Kask said little.", nil},
		{"unnamed office holder", "The Ruritanian president said the talks would resume.", nil},
		{"government word, present verb",
			"The Brandt administration struggles to pass its budget.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", true, false}}},
		{"government word, past clause",
			"The Brandt administration imposed new tariffs in 2019.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", false, false}}},
		{"government word as a possessive in a present sentence",
			"The move is reactive to the Brandt administration's posture.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", true, false}}},
		{"government word the office does not list",
			"The Brandt government struggles to pass its budget.", nil},
		{"other office's government word",
			"The Lind government collapsed in 2019.",
			[]want{{"office:xr:prime-minister | oskar lind | Lind | asserted", false, false}}},
		{"who took office",
			"Petra Holm, who took office in 2020, spoke first. Ruritanian Prime Minister Petra Holm then left.",
			[]want{
				{"office:xr:prime-minister | petra holm | Petra Holm | asserted", true, false},
				{"office:xr:prime-minister | petra holm | Petra Holm | asserted", true, false},
			}},
		{"inside a quote",
			"“President Tomas Brandt will not resign,” a source said.",
			[]want{{"office:xr:president | tomas brandt | Tomas Brandt | reported", true, false}}},
		{"title-cased paragraph, strict pattern",
			"The Council Is Looking Ahead To Hosting President Tomas Brandt For A Future Summit.",
			[]want{{"office:xr:president | tomas brandt | Tomas Brandt | asserted", true, false}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := ofKind(extract(t, tt.text), claim.KindOffice)
			require.Len(t, cs, len(tt.want), "claims: %v", briefs(cs))
			for i, w := range tt.want {
				assert.Equal(t, w.brief, brief(cs[i]))
				require.NotNil(t, cs[i].Office)
				assert.Equal(t, w.present, cs[i].Office.Present, "present")
				assert.Equal(t, w.former, cs[i].Office.Former, "former")
				assert.Equal(t, cs[i].Value, cs[i].Office.Holder)
				assert.Equal(t, cs[i].SubjectKey, "office:"+cs[i].Office.Office)
			}
		})
	}
}

func TestClauseTense(t *testing.T) {
	tests := []struct {
		text string
		want tense
	}{
		{"The Brandt administration is weak.", tensePresent},
		{"The Brandt administration continues to stall.", tensePresent},
		{"The Brandt administration has a plan.", tensePresent},
		{"The Brandt administration was weak.", tensePast},
		{"The Brandt administration quietly dropped the plan.", tensePast},
		{"Critics say the Brandt administration's plan fails.", tensePresent},
		{"In 2019 critics of the Brandt administration's plan gathered.", tensePast},
		{"Critics of the Brandt administration's plan gathered.", tenseUnknown},
	}
	for _, tt := range tests {
		a := analyze(doc(tt.text), testKB(t))
		first, last := -1, -1
		for i := range a.toks {
			if a.toks[i].low == "brandt" {
				first = i
			}
			if a.toks[i].low == "administration" {
				last = i
			}
		}
		require.True(t, first >= 0 && last >= 0)
		assert.Equal(t, tt.want, a.clauseTense(first, last), tt.text)
	}
}
