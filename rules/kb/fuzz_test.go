package kb

import (
	"testing"
	"time"
)

// No lookup may panic, whatever the input.
func FuzzLookups(f *testing.F) {
	for _, s := range []string{"", "'", "’", "’s", "'s", "Norway's", "US", "the ", "the", "São Paulo", "\xff\xfe", "  a  b  ", "Xi"} {
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
	})
}
