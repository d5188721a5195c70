package kb

import (
	"testing"
	"time"
)

// No lookup may panic, whatever the input.
func FuzzLookups(f *testing.F) {
	for _, s := range []string{"", "'", "’", "’s", "'s", "Norway's", "US", "the ", "the", "São Paulo", "\xff\xfe", "  a  b  ", "Xi", "Jyväskylä", "Velmar\tt\tZQ.01\n", "Ardesia\t1\tZQ.02\nVelmar\tt\tZQ.02.7"} {
		f.Add(s)
	}
	k, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k.Place(s)
		k.PlacesNamed(s)
		k.Institution(s)
		k.OfficeFor("gb", s)
		k.OfficeFor(s, s)
		k.OfficesWithGovernmentWord(s)
		k.OfficesOfHolder(s)
		k.TermsOf("us:president", s)
		k.SurnameAmbiguous("cn:premier", s)
		k.HolderAt(s, time.Time{})
		_, _ = ParseDate(s)
		Parse("fuzz.yml", []byte(s))
		// the gazetteer: a lookup of any name, and a file of any bytes
		g := DefaultGazetteer()
		for _, a := range g.Named(s) {
			AreasAgree([]Area{a}, g.Admin1Named(a.Country(), s))
		}
		if pg, err := parseGazetteer(s, true); err == nil {
			for i := range pg.Len() {
				pg.Named(pg.area(i).Name)
			}
		}
	})
}
