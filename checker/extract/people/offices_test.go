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
		{"under a president: an era, not the holder now",
			"The port was run by Ada Quell, harbour director under President Ilse Varga.",
			[]want{{"office:xr:president | ilse varga | Ilse Varga | asserted", false, false}}},
		{"a former member of a president's council",
			"Nils Amber, a former member of President Tomas Brandt's advisory council, said the plan was sound.",
			[]want{{"office:xr:president | tomas brandt | Tomas Brandt | asserted", false, false}}},
		{"a president's term as an era",
			"President Ilse Varga's second term brought new tariffs.",
			[]want{{"office:xr:president | ilse varga | Ilse Varga | asserted", false, false}}},
		{"a sentence set in the past",
			"At the time, President Ilse Varga vetoed the bill.",
			[]want{{"office:xr:president | ilse varga | Ilse Varga | asserted", false, false}}},
		{"a past year after in",
			"In 2012, President Ilse Varga vetoed the bill.",
			[]want{{"office:xr:president | ilse varga | Ilse Varga | asserted", false, false}}},
		{"a past year after in, later in the sentence",
			"President Ilse Varga vetoed the bill in 2012.",
			[]want{{"office:xr:president | ilse varga | Ilse Varga | asserted", false, false}}},
		{"government word as a modifier: what a past government made",
			"Parliament overturned a last-minute Brandt administration rule on quotas.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", false, false}}},
		{"government word as a modifier after a preposition",
			"Lawyers chose not to defend challenges to Brandt administration rules.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", false, false}}},
		{"government word undone: what an earlier government made",
			"Reversing the Brandt administration's quota will help the fleet.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", false, false}}},
		{"a president's decree undone",
			"The court overturned President Ilse Varga's decree.",
			[]want{{"office:xr:president | ilse varga | Ilse Varga | asserted", false, false}}},
		{"government word still to come",
			"Lobbyists rushed to finish before the Brandt administration takes office.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", false, false}}},
		{"government word after in: where someone served",
			"She learned the trade during a stint in the Brandt administration.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", false, false}}},
		{"government word, past verb after a time phrase",
			"The Brandt administration on Thursday eliminated the quota.",
			[]want{{"office:xr:president | tomas brandt | Brandt | asserted", false, false}}},
		{"government words as agents: past participle and present passive",
			"Quotas enacted in the final hour by the Brandt administration are being reviewed by the Holm government.",
			[]want{
				{"office:xr:president | tomas brandt | Brandt | asserted", false, false},
				{"office:xr:prime-minister | petra holm | Holm | asserted", true, false},
			}},
		{"a holder said to be leaving: the other one named is the incoming one",
			"Before leaving office, the Lind government aims to sell the port. Undoing the sale is a task for the Holm government.",
			[]want{
				{"office:xr:prime-minister | oskar lind | Lind | asserted", true, false},
				{"office:xr:prime-minister | petra holm | Holm | asserted", false, false},
			}},
		{"the president of a body in a country holds no office of the country",
			"Nils Amber, president of the Dock Workers' Association of Ruritania, said the strike would go on.", nil},
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
				assert.Equal(t, claim.OfficeKey(cs[i].Office.Office), cs[i].SubjectKey)
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
