package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
)

const fair = "event:fair:ostrava-vale"

func TestEventDate(t *testing.T) {
	d := func(article, value string, opts ...opt) claim.Claim {
		return mk(claim.KindDate, article, fair, value, append([]opt{subject("Ostrava Vale fair")}, opts...)...)
	}
	tests := []struct {
		name    string
		claims  []claim.Claim
		want    int
		summary string
	}{
		{"month agrees with a day in it", []claim.Claim{d("a1", "2031-08"), d("a2", "2031-08-15")}, 0, ""},
		{"day without year agrees with its month", []claim.Claim{d("a1", "2031-08"), d("a2", "XXXX-08-15")}, 0, ""},
		{"March and August 15 conflict", []claim.Claim{d("a1", "2031-03"), d("a2", "XXXX-08-15")}, 1,
			"The Ostrava Vale fair is dated March 2031 in a1 but August 15 (year unknown) in a2."},
		{"two days conflict", []claim.Claim{d("a1", "2031-08-15"), d("a2", "2031-08-16")}, 1, ""},
		{"hypothetical ignored", []claim.Claim{d("a1", "2031-03", modality(claim.Hypothetical)), d("a2", "2031-08-15")}, 0, ""},
		{"negated ignored", []claim.Claim{d("a1", "2031-03", modality(claim.Negated)), d("a2", "2031-08-15")}, 0, ""},
		{"vague values are not compared", []claim.Claim{d("a1", "PAST_REF"), d("a2", "UNRESOLVED"), d("a3", "2031-08-15")}, 0, ""},
		{"three groups make one finding", []claim.Claim{d("a1", "2031-03"), d("a2", "2031-05"), d("a3", "2031-08-15"), d("a4", "2031-08")}, 1,
			"The Ostrava Vale fair is dated March 2031 in a1, May 2031 in a2 but August 15, 2031 in a3 and a4."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := runRule(t, "event-date", tt.claims, nil)
			require.Len(t, ds, tt.want)
			if tt.summary != "" {
				assert.Equal(t, tt.summary, ds[0].Summary)
			}
			for _, x := range ds {
				assert.Equal(t, claim.KindDate, x.Kind)
				assert.Equal(t, Error, x.Severity)
				assert.Equal(t, "event-date", x.Rule)
				assert.Equal(t, fair, x.SubjectKey)
				assert.Equal(t, "Ostrava Vale fair", x.Subject)
			}
		})
	}
}

func TestConflictsGroupIntoOneDiscrepancy(t *testing.T) {
	claims := []claim.Claim{
		mk(claim.KindDate, "a1", fair, "2031-03"),
		mk(claim.KindDate, "a2", fair, "2031-03-02"),
		mk(claim.KindDate, "a3", fair, "2031-08-15"),
		mk(claim.KindDate, "a4", fair, "2031-08"),
	}
	ds := runRule(t, "event-date", claims, nil)
	require.Len(t, ds, 1)
	assert.ElementsMatch(t, []string{"2031-03", "2031-03-02", "2031-08-15", "2031-08"}, values(ds[0]))
	// Sides are sorted by article and offsets.
	assert.Equal(t, "a1", ds[0].Claims[0].Article)
	assert.Equal(t, "a4", ds[0].Claims[3].Article)
}

func TestPersonTitle(t *testing.T) {
	const who = "person:tamsin oakhurst"
	ti := func(article, value string, opts ...opt) claim.Claim {
		return mk(claim.KindTitle, article, who, value, append([]opt{subject("Tamsin Oakhurst")}, opts...)...)
	}
	tests := []struct {
		name   string
		claims []claim.Claim
		want   int
	}{
		{"spokesman, spokesperson, press secretary", []claim.Claim{ti("a1", "spokesman"), ti("a2", "spokesperson for the ministry"), ti("a3", "press secretary")}, 0},
		{"aide and director", []claim.Claim{ti("a1", "aide"), ti("a2", "director of the mint")}, 1},
		{"aide and adviser", []claim.Claim{ti("a1", "senior aide"), ti("a2", "foreign policy adviser")}, 0},
		{"a generic word agrees", []claim.Claim{ti("a1", "official"), ti("a2", "director")}, 0},
		{"former flag", []claim.Claim{ti("a1", "aide"), ti("a2", "director", title("director", true))}, 0},
		{"former modality", []claim.Claim{ti("a1", "aide"), ti("a2", "director", modality(claim.Former))}, 0},
		{"then- rank", []claim.Claim{ti("a1", "aide"), ti("a2", "then director", title("director", false, "then"))}, 0},
		{"former in the text", []claim.Claim{ti("a1", "aide"), ti("a2", "former director")}, 0},
		{"deputy minister and minister", []claim.Claim{ti("a1", "deputy minister"), ti("a2", "minister")}, 1},
		{"compatible pair", []claim.Claim{ti("a1", "minister"), ti("a2", "member of parliament")}, 0},
		{"president and prime minister", []claim.Claim{ti("a1", "president"), ti("a2", "prime minister")}, 1},
		{"a multi-word head with a connector", []claim.Claim{ti("a1", "ministry chief of staff"), ti("a2", "chief of staff")}, 0},
		{"head from the title's parts", []claim.Claim{ti("a1", "the ministry's voice", title("spokesman", false)), ti("a2", "director")}, 1},
		{"heads outside the vocabulary never conflict", []claim.Claim{ti("a1", "chief gardener"), ti("a2", "aide")}, 0},
		{"two domains of one head", []claim.Claim{ti("a1", "foreign minister"), ti("a2", "energy minister")}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := runRule(t, "person-title", tt.claims, nil)
			require.Len(t, ds, tt.want)
			for _, x := range ds {
				assert.Equal(t, Warning, x.Severity)
				assert.Equal(t, claim.KindTitle, x.Kind)
				assert.Contains(t, x.Summary, "Tamsin Oakhurst is called ")
			}
		})
	}
}

func TestEventLocation(t *testing.T) {
	const talks = "event:talks:harbour"
	loc := func(article, key string, opts ...opt) claim.Claim {
		return mk(claim.KindLocation, article, talks, key, append([]opt{subject("harbour talks")}, opts...)...)
	}
	tests := []struct {
		name    string
		claims  []claim.Claim
		want    int
		summary string
	}{
		{"city in its country", []claim.Claim{loc("a1", "zq/port-verena"), loc("a2", "zq")}, 0, ""},
		{"different countries", []claim.Claim{loc("a1", "zq/port-verena"), loc("a2", "xv/lund-abbey")}, 1,
			"The harbour talks are placed in Port Verena in a1 but Lund Abbey in a2."},
		{"two cities of one country", []claim.Claim{loc("a1", "zq/port-verena"), loc("a2", "zq/hallow-bay")}, 1, ""},
		{"a city and a region of one country", []claim.Claim{loc("a1", "zq/port-verena"), loc("a2", "zq/north-march")}, 0, ""},
		{"a country and another country's city", []claim.Claim{loc("a1", "xv"), loc("a2", "zq/port-verena")}, 1, ""},
		{"unknown places use the claim's country", []claim.Claim{loc("a1", "qq/elm-ford", place("qq/elm-ford", "qq")), loc("a2", "qq")}, 0, ""},
		{"planned and actual venues", []claim.Claim{loc("a1", "zq/port-verena", modality(claim.Planned)), loc("a2", "xv/lund-abbey")}, 0, ""},
		{"two planned venues", []claim.Claim{loc("a1", "zq/port-verena", modality(claim.Planned)), loc("a2", "xv/lund-abbey", modality(claim.Planned))}, 1, ""},
		{"planned and actual conflicts are two findings", []claim.Claim{
			loc("a1", "zq/port-verena", modality(claim.Planned)), loc("a2", "xv/lund-abbey", modality(claim.Planned)),
			loc("a3", "zq/port-verena"), loc("a4", "xv/lund-abbey", modality(claim.Reported)),
		}, 2, ""},
	}
	ctx := &Context{KB: testKB(t)}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := runRule(t, "event-location", tt.claims, ctx)
			require.Len(t, ds, tt.want)
			if tt.summary != "" {
				assert.Equal(t, tt.summary, ds[0].Summary)
			}
		})
	}
}

func TestEventNumber(t *testing.T) {
	const flood = "event:flood:quillon"
	n := func(article string, v float64, approx, counts string, opts ...opt) claim.Claim {
		return mk(claim.KindNumber, article, flood, "n", append([]opt{number(v, approx, counts, ""), subject("Quillon flood"), span(int(v), int(v)+2)}, opts...)...)
	}
	money := func(article string, v float64, unit string) claim.Claim {
		return mk(claim.KindNumber, article, flood, "m", number(v, "", "damage", unit))
	}
	tests := []struct {
		name     string
		claims   []claim.Claim
		want     int
		severity Severity
		summary  string
	}{
		{"about 60 and 58", []claim.Claim{n("a1", 60, "about", "homes"), n("a2", 58, "", "homes")}, 0, 0, ""},
		{"about 60 and 70", []claim.Claim{n("a1", 60, "about", "homes"), n("a2", 70, "", "homes")}, 1, Error, ""},
		{"at least 30 and 34", []claim.Claim{n("a1", 30, "at least", "homes"), n("a2", 34, "", "homes")}, 0, 0, ""},
		{"at least 30 and 30", []claim.Claim{n("a1", 30, "at least", "homes"), n("a2", 30, "", "homes")}, 0, 0, ""},
		{"more than 30 and 30", []claim.Claim{n("a1", 30, "more than", "homes"), n("a2", 30, "", "homes")}, 1, Error, ""},
		{"85 and more than 120", []claim.Claim{n("a1", 85, "", "homes destroyed"), n("a2", 120, "more than", "homes destroyed")}, 1, Error,
			"The figure for homes destroyed in the Quillon flood is 85 in a1 but more than 120 in a2."},
		{"up to 50 and 60", []claim.Claim{n("a1", 50, "up to", "homes"), n("a2", 60, "", "homes")}, 1, Error, ""},
		{"fewer than 50 and 50", []claim.Claim{n("a1", 50, "fewer than", "homes"), n("a2", 50, "", "homes")}, 1, Error, ""},
		{"fewer than 50 and more than 40", []claim.Claim{n("a1", 50, "fewer than", "homes"), n("a2", 40, "more than", "homes")}, 0, 0, ""},
		{"an unlisted hedge is approximate", []claim.Claim{n("a1", 100, "give or take", "homes"), n("a2", 95, "", "homes")}, 0, 0, ""},
		{"different counts are not compared", []claim.Claim{n("a1", 85, "", "homes destroyed"), n("a2", 12, "", "bridges closed")}, 0, 0, ""},
		{"$3.7bn equals 3.7 billion dollars", []claim.Claim{money("a1", 3.7e9, "USD"), money("a2", 3700000000.0000005, "USD")}, 0, 0, ""},
		{"dollars and euros are not compared", []claim.Claim{money("a1", 3.7e9, "USD"), money("a2", 2e9, "EUR")}, 0, 0, ""},
		{"different amounts", []claim.Claim{money("a1", 3.7e9, "USD"), money("a2", 2e9, "USD")}, 1, Error,
			"The figure for damage in the flood quillon is $3.7 billion in a1 but $2 billion in a2."},
		{"a growing death toll is an update", []claim.Claim{n("a1", 12, "", "people killed", ref("2031-04-02")), n("a2", 19, "", "people killed", ref("2031-04-04")), n("a3", 25, "at least", "people killed", ref("2031-04-05"))}, 1, Info,
			"The figure for people killed in the Quillon flood rose from 12 in a1 (April 2, 2031) to 19 in a2 (April 4, 2031) to at least 25 in a3 (April 5, 2031)."},
		{"a falling death toll conflicts", []claim.Claim{n("a1", 19, "", "people killed", ref("2031-04-02")), n("a2", 12, "", "people killed", ref("2031-04-04"))}, 1, Error, ""},
		{"a death toll on one day conflicts", []claim.Claim{n("a1", 12, "", "people killed", ref("2031-04-02")), n("a2", 19, "", "people killed", ref("2031-04-02"))}, 1, Error, ""},
		{"a death toll with an unknown date conflicts", []claim.Claim{n("a1", 12, "", "people killed", ref("2031-04-02")), n("a2", 19, "", "people killed")}, 1, Error, ""},
		{"a growing count that is not cumulative conflicts", []claim.Claim{n("a1", 12, "", "homes", ref("2031-04-02")), n("a2", 19, "", "homes", ref("2031-04-04"))}, 1, Error, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := runRule(t, "event-number", tt.claims, nil)
			require.Len(t, ds, tt.want)
			for _, x := range ds {
				assert.Equal(t, tt.severity, x.Severity)
				assert.Equal(t, claim.KindNumber, x.Kind)
				if tt.summary != "" {
					assert.Equal(t, tt.summary, x.Summary)
				}
			}
		})
	}
}

func TestNumberUpdateUsesArticleDates(t *testing.T) {
	const flood = "event:flood:quillon"
	claims := []claim.Claim{
		mk(claim.KindNumber, "a1", flood, "12", number(12, "", "dead", "")),
		mk(claim.KindNumber, "a2", flood, "19", number(19, "", "dead", "")),
	}
	ctx := &Context{Articles: map[string]ArticleMeta{
		"a1": {ID: "a1", Reference: day(t, "2031-04-02")},
		"a2": {ID: "a2", Reference: day(t, "2031-04-03")},
	}}
	ds := runRule(t, "event-number", claims, ctx)
	require.Len(t, ds, 1)
	assert.Equal(t, Info, ds[0].Severity)
	assert.Contains(t, ds[0].Summary, "rose from 12 in a1 (April 2, 2031) to 19 in a2 (April 3, 2031)")
}

func TestAgreeVerb(t *testing.T) {
	cases := []struct{ verb, subject, want string }{
		{"is placed in", "The Varo-Aske talks", "are placed in"},
		{"is dated", "the Korvala bridge", "is dated"},
		{"is dated", "the crisis", "is dated"},
		{"is dated", "the census", "is dated"},
		{"is called", "Ilse Brandt", "is called"},
		{"was", "the talks", "was"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, agreeVerb(c.verb, c.subject), c.subject)
	}
}
