package events

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestCauseClaims(t *testing.T) {
	const lead = "A fire broke out in a warehouse in Ostrava Vale on Monday. "
	tests := []struct {
		name, doc string
		want      []string // value | value text
	}{
		{"a counted group burnt", lead + "Three workers were burnt to death in Ostrava Vale.",
			[]string{"burned|burnt to death"}},
		{"digits and a modifier", lead + "The 4 warehouse employees suffocated to death in Ostrava Vale.",
			[]string{"suffocated|suffocated to death"}},
		{"both and two auxiliaries", lead + "Both guards had been overcome by smoke in Ostrava Vale.",
			[]string{"suffocated|overcome by smoke"}},
		{"the passive of a killer's act", lead + "Two guards were shot dead in Ostrava Vale.",
			[]string{"shot|shot dead"}},
		{"the killers counted, not the dead", lead + "Two men shot dead a guard in Ostrava Vale.", nil},
		{"a count of days is no group", lead + "Three days later a guard was shot dead in Ostrava Vale.", nil},
		{"one named person is no count", lead + "The foreman, Ilse Varga, was burnt to death in Ostrava Vale.", nil},
		{"one person is no group", lead + "One worker was burnt to death in Ostrava Vale.", nil},
		{"an idiom", lead + "Two protesters drowned out the speeches in Ostrava Vale.", nil},
		{"denied", lead + "Three workers were not burnt to death in Ostrava Vale.", nil},
		{"a figure of speech without a group", lead + "Residents said they felt suffocated in Ostrava Vale.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range run(t, tt.doc) {
				if c.Kind == claim.KindCause {
					got = append(got, c.Value+"|"+c.ValueText)
					assert.Equal(t, claim.EventKey("death", "ostrava vale"), c.SubjectKey)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestCauseClaimsOfADatedArticle(t *testing.T) {
	doc := "A fire broke out in a warehouse in Ostrava Vale on Monday. Four guards were burnt to death in Ostrava Vale."
	var keys []string
	for _, c := range tagged(t, doc, "2031-04-08", claim.KindCause) {
		keys = append(keys, c.SubjectKey.String())
	}
	assert.Equal(t, []string{"event:death:ostrava vale:2031"}, keys)
}
