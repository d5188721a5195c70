package kb

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Lookups run in the extractor's hot path: in the common case (input of
// ordinary length) they must not allocate.
func TestLookupsDoNotAllocate(t *testing.T) {
	k := loadDefault(t)
	d := day("2023-06-01")
	lookups := map[string]func(){
		"Place":       func() { k.Place("Norway's") },
		"PlaceMiss":   func() { k.Place("Atlantis") },
		"Acronym":     func() { k.Place("US") },
		"Accented":    func() { k.Place("São Paulo") },
		"Places":      func() { k.PlacesNamed("Georgia") },
		"Institution": func() { k.Institution("the Kremlin") },
		"OfficeFor":   func() { k.OfficeFor("gb", "Prime Minister") },
		"HolderAt":    func() { k.HolderAt("gb:prime-minister", d) },
		"TermsOf":     func() { k.TermsOf("us:president", "Trump") },
		"Surname":     func() { k.SurnameAmbiguous("cn:premier", "Li") },
		"GovWord":     func() { k.OfficesWithGovernmentWord("administration") },
		"Holder":      func() { k.OfficesOfHolder("Boris Johnson") },
	}
	for name, f := range lookups {
		assert.Zero(t, testing.AllocsPerRun(100, f), name)
	}
}

func BenchmarkPlaceHit(b *testing.B) {
	k := loadDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		k.Place("Norway's")
	}
}

func BenchmarkPlaceMiss(b *testing.B) {
	k := loadDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		k.Place("Tuesday")
	}
}

func BenchmarkPlaceAcronym(b *testing.B) {
	k := loadDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		k.Place("US")
	}
}

func BenchmarkInstitution(b *testing.B) {
	k := loadDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		k.Institution("the Kremlin")
	}
}

func BenchmarkOfficeFor(b *testing.B) {
	k := loadDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		k.OfficeFor("gb", "Prime Minister")
	}
}

func BenchmarkHolderAt(b *testing.B) {
	k := loadDefault(b)
	d := day("2023-06-01")
	b.ReportAllocs()
	for b.Loop() {
		k.HolderAt("gb:prime-minister", d)
	}
}

func BenchmarkTermsOf(b *testing.B) {
	k := loadDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		k.TermsOf("us:president", "Trump")
	}
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
