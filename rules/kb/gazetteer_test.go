package kb

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// codes lists the kind and code of each area, for compact expectations.
func codes(as []Area) []string {
	out := make([]string, 0, len(as))
	for _, a := range as {
		out = append(out, a.Kind+" "+a.Code)
	}
	slices.Sort(out)
	return out
}

func TestGazetteerEmbedded(t *testing.T) {
	g, err := parseGazetteer(geonamesData, true)
	require.NoError(t, err, "the embedded gazetteer must parse")
	assert.Greater(t, g.Len(), 200000, "every town over 1,000 people and every division")
	tests := []struct {
		name string
		want []string // kind and code of areas that must be among the answer
	}{
		{"Toowoomba", []string{"t AU.04.36910", "2 AU.04.36910"}},
		{"TOOWOOMBA", []string{"t AU.04.36910"}},                 // case is ignored
		{"Jyvaskyla", []string{"t FI.13.131"}},                   // so are diacritics
		{"Tamworth", []string{"t AU.02.17310", "t GB.ENG.M9"}},   // one name, two countries
		{"North Yorkshire", []string{"2 GB.ENG.J7"}},             // a county
		{"New South Wales", []string{"1 AU.02"}},                 // a state
		{"Tamworth's", []string{"t AU.02.17310", "t GB.ENG.M9"}}, // a possessive
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := codes(g.Named(tt.name))
			for _, w := range tt.want {
				assert.Contains(t, got, w)
			}
		})
	}
	assert.Empty(t, g.Named("Qzxwv Nowhere"))
	assert.Empty(t, g.Named(""))
	assert.Equal(t, []string{"1 AU.04"}, codes(g.Admin1Named("au", "queensland")))
	assert.Empty(t, g.Admin1Named("nz", "Queensland"), "first-level divisions are looked up within one country")
}

// "St Ives", "St. Ives" and "Saint Ives" are one name; so are "Mt" and
// "Mount".
func TestGazetteerNameForms(t *testing.T) {
	g := DefaultGazetteer()
	for _, tc := range []struct{ a, b string }{
		{"St Ives", "Saint Ives"}, {"St. Ives", "St Ives"}, {"Mt. Gambier", "Mount Gambier"},
	} {
		got := codes(g.Named(tc.a))
		require.NotEmpty(t, got, tc.a)
		assert.Equal(t, got, codes(g.Named(tc.b)), "%s / %s", tc.a, tc.b)
	}
	assert.Equal(t, "saint ives", gazetteerKey("St. Ives"))
	assert.Equal(t, "stone", gazetteerKey("Stone"), "a word is rewritten whole, never a part")
	_, err := parseNameForms("st saint\nMt mount\n")
	assert.ErrorContains(t, err, "data/name-forms.txt:2:")
	_, err = parseNameForms("st\n")
	assert.ErrorContains(t, err, "data/name-forms.txt:1:")
}

// A region given as divisions covers them all, and each is a first-level
// division of its own country.
func TestCuratedRegionDivisions(t *testing.T) {
	k := loadDefault(t)
	g := DefaultGazetteer()
	n := 0
	for _, p := range k.Places {
		for _, c := range p.Divisions {
			n++
			assert.Equal(t, KindRegion, p.Kind, p.Key)
			found := false
			for _, i := range g.admin1[p.Country] {
				if a := g.area(i); a.Code == c {
					found = true
				}
			}
			assert.True(t, found, "%s: %s is no first-level division of %s", p.Key, c, p.Country)
		}
	}
	require.Positive(t, n)
}

func TestParseGazetteerErrors(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"two fields", "# head\nAlpha\tt\n", "data/geonames.tsv:2: want name, kind"},
		{"unknown kind", "Alpha\tx\tZQ.01\n", "data/geonames.tsv:1: want name, kind"},
		{"code without a country", "Alpha\tt\tzq.01\n", "data/geonames.tsv:1: want name, kind"},
		{"five fields", "Alpha\tt\tZQ.01\talpha\textra\n", "data/geonames.tsv:1: want name, kind"},
		{"an empty key", "Alpha\tt\tZQ.01\t\n", "data/geonames.tsv:1: want name, kind"},
		{"a wrong key", "Alpha\tt\tZQ.01\tbeta\n", `data/geonames.tsv:1: the key of "Alpha" is "alpha", not "beta"`},
		{"a key missing", "Ésterlund\tt\tZQ.01\n", `data/geonames.tsv:1: the key of "Ésterlund" is "esterlund", not "ésterlund"`},
		{"out of order", "Beta\tt\tZQ\nAlpha\tt\tZQ\n", `data/geonames.tsv:2: "Alpha" is out of order`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseGazetteer(tt.data, true)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
	g, err := parseGazetteer("# only a header\n", true)
	require.NoError(t, err)
	assert.Zero(t, g.Len())
}

func TestWriteGazetteerSortsAndDeduplicates(t *testing.T) {
	in := []Area{
		{Name: "Velmar", Kind: AreaTown, Code: "ZQ.02.7"},
		{Name: "Ésterlund", Kind: AreaTown, Code: "ZQ.01"},
		{Name: "Ardesia", Kind: AreaAdmin1, Code: "ZQ.02"},
		{Name: "Velmar", Kind: AreaTown, Code: "ZQ.02.7"},
		{Name: "Velmar", Kind: AreaAdmin2, Code: "ZQ.02.7"},
	}
	var buf bytes.Buffer
	require.NoError(t, WriteGazetteer(&buf, []string{"test data"}, in))
	assert.Equal(t, "# test data\nArdesia\t1\tZQ.02\nÉsterlund\tt\tZQ.01\testerlund\nVelmar\t2\tZQ.02.7\nVelmar\tt\tZQ.02.7\n", buf.String())
	g, err := parseGazetteer(buf.String(), true)
	require.NoError(t, err)
	assert.Equal(t, []string{"t ZQ.01"}, codes(g.Named("Esterlund")))
	assert.Equal(t, []string{"1 ZQ.02"}, codes(g.Admin1Named("zq", "Ardesia")))

	err = WriteGazetteer(&buf, nil, []Area{{Name: "Bad\tName", Kind: AreaTown, Code: "ZQ"}})
	assert.ErrorContains(t, err, "tab")
}

func TestAreasAgree(t *testing.T) {
	country := Area{Kind: AreaCountry, Code: "ZQ"}
	other := Area{Kind: AreaCountry, Code: "XV"}
	state := Area{Kind: AreaAdmin1, Code: "ZQ.02"}
	state3 := Area{Kind: AreaAdmin1, Code: "ZQ.03"}
	county := Area{Kind: AreaAdmin2, Code: "ZQ.02.7"}
	county8 := Area{Kind: AreaAdmin2, Code: "ZQ.02.8"}
	town := Area{Kind: AreaTown, Code: "ZQ.02.7"}
	neighbour := Area{Kind: AreaTown, Code: "ZQ.02.7"}
	farTown := Area{Kind: AreaTown, Code: "ZQ.02.8"}
	undivided := Area{Kind: AreaTown, Code: "ZQ"} // divisions unknown
	tests := []struct {
		name string
		x, y []Area
		want bool
	}{
		{"a town and its country", []Area{town}, []Area{country}, true},
		{"a town and another country", []Area{town}, []Area{other}, false},
		{"a town and its state", []Area{town}, []Area{state}, true},
		{"a town and another state", []Area{town}, []Area{state3}, false},
		{"a town and its county", []Area{town}, []Area{county}, true},
		{"a town and another county of its state", []Area{town}, []Area{county8}, false},
		{"two towns of one county cannot be told apart", []Area{town}, []Area{neighbour}, true},
		{"two towns of two counties", []Area{town}, []Area{farTown}, false},
		{"a town whose divisions are unknown", []Area{undivided}, []Area{state3}, true},
		{"two states", []Area{state}, []Area{state3}, false},
		{"any reading that fits", []Area{farTown, town}, []Area{county}, true},
		{"no reading that fits", []Area{farTown, undivided}, []Area{other}, false},
		{"nothing known", nil, []Area{county}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, AreasAgree(tt.x, tt.y))
			assert.Equal(t, tt.want, AreasAgree(tt.y, tt.x), "symmetric")
		})
	}
}

func TestAreasOf(t *testing.T) {
	k := loadDefault(t)
	place := func(key string) *Place {
		p, ok := k.PlaceByKey(key)
		require.True(t, ok, key)
		return p
	}
	assert.Equal(t, []string{"c DE"}, codes(AreasOf(place("de"))))
	assert.Equal(t, []string{"1 DE.02"}, codes(AreasOf(place("de/bavaria"))))
	assert.Equal(t, []string{"1 AU.04"}, codes(AreasOf(place("au/queensland"))))
	for _, a := range AreasOf(place("de/munich")) {
		assert.Equal(t, AreaTown, a.Kind)
		assert.True(t, strings.HasPrefix(a.Code, "DE."), "a city's towns are in its own country: %v", a)
	}
	assert.True(t, AreasAgree(AreasOf(place("de/munich")), AreasOf(place("de/bavaria"))))
	assert.False(t, AreasAgree(AreasOf(place("de/munich")), AreasOf(place("de/saxony"))))
	assert.Nil(t, AreasOf(nil))

	// a region of two divisions holds the towns of both
	peninsula := &Place{Key: "zq/ostry", Name: "Ostry", Kind: KindRegion, Country: "zq", Divisions: []string{"ZQ.04", "ZQ.05"}}
	assert.Equal(t, []string{"1 ZQ.04", "1 ZQ.05"}, codes(AreasOf(peninsula)))
	assert.True(t, AreasAgree(AreasOf(peninsula), []Area{{Kind: AreaTown, Code: "ZQ.05.2"}}))
	assert.False(t, AreasAgree(AreasOf(peninsula), []Area{{Kind: AreaTown, Code: "ZQ.06.2"}}))
}

// The curated regions that are first-level divisions find them: a region
// whose name drifts from the gazetteer's would lose its containment
// silently.
func TestCuratedRegionsFindTheirDivisions(t *testing.T) {
	k := loadDefault(t)
	var regions, found int
	for _, p := range k.Places {
		if p.Kind != KindRegion {
			continue
		}
		regions++
		if len(AreasOf(p)) > 0 {
			found++
		}
	}
	require.Positive(t, regions)
	t.Logf("%d of %d curated regions are first-level divisions of the gazetteer", found, regions)
	assert.GreaterOrEqual(t, float64(found)/float64(regions), 0.8)
}

// The index a run builds on first use (line starts only), and a lookup.
func BenchmarkGazetteerIndex(b *testing.B) {
	for b.Loop() {
		if _, err := parseGazetteer(geonamesData, false); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGazetteerNamed(b *testing.B) {
	g := DefaultGazetteer()
	for b.Loop() {
		if len(g.Named("Tamworth")) == 0 {
			b.Fatal("not found")
		}
	}
}

// Lookups run on the rule engine's workers at once: names with diacritics
// go through a stateful transform (run with -race).
func TestGazetteerConcurrentLookups(t *testing.T) {
	g := DefaultGazetteer()
	done := make(chan []string, 8)
	for range 8 {
		go func() {
			var got []string
			for range 50 {
				got = codes(g.Named("Jyväskylä"))
			}
			done <- got
		}()
	}
	for range 8 {
		assert.Contains(t, <-done, "t FI.13.131")
	}
}
