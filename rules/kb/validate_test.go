package kb

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultKBValidates(t *testing.T) {
	k := loadDefault(t)
	for _, err := range k.Validate() {
		t.Error(err)
	}
	assert.GreaterOrEqual(t, len(k.Offices), 40)
	assert.GreaterOrEqual(t, len(k.Places), 700)
	assert.GreaterOrEqual(t, len(k.Institutions), 40)
}

// The default data covers the heads of state and government the knowledge
// base promises: every G20 member, Ukraine, the EU, the AU, the UN, NATO.
func TestDefaultKBCoversPromisedOffices(t *testing.T) {
	k := loadDefault(t)
	for _, key := range []string{
		"ar:president", "au:prime-minister", "br:president", "ca:prime-minister", "cn:president", "cn:premier",
		"fr:president", "fr:prime-minister", "de:president", "de:chancellor", "in:president", "in:prime-minister",
		"id:president", "it:president", "it:prime-minister", "jp:emperor", "jp:prime-minister", "mx:president",
		"ru:president", "ru:prime-minister", "sa:king", "sa:prime-minister", "za:president", "kr:president",
		"kr:prime-minister", "tr:president", "tr:prime-minister", "gb:monarch", "gb:prime-minister", "us:president",
		"eu:council-president", "eu:commission-president", "african-union:commission-chairperson",
		"ua:president", "ua:prime-minister", "un:secretary-general", "nato:secretary-general",
	} {
		o, ok := k.Office(key)
		if !assert.True(t, ok, key) {
			continue
		}
		assert.NotEmpty(t, o.Source, key)
		// Offices that existed then name the holder on 2000-01-01.
		if key == "eu:council-president" || key == "african-union:commission-chairperson" {
			continue
		}
		_, ok = k.HolderAt(key, day("2000-01-01"))
		assert.True(t, ok, "%s has no holder on 2000-01-01", key)
	}
}

// Each case is a user file with one mistake; Validate must name it.
func TestValidateFindsMistakes(t *testing.T) {
	const office = `
offices:
  - key: fi:mayor
    body: fi
    title: Mayor
    source: test
    verified_until: "2030-01-01"
    terms:
`
	tests := []struct {
		name, file, want string
	}{
		{"overlap", office + `
      - {holder: Ilse Varn, start: "2001-01-01", end: "2005-06-01"}
      - {holder: Oskar Teel, start: "2005-01-01"}
`, "overlaps"},
		{"unsorted", office + `
      - {holder: Oskar Teel, start: "2005-01-01"}
      - {holder: Ilse Varn, start: "2001-01-01", end: "2005-01-01"}
`, "not in order"},
		{"open-ended not last", office + `
      - {holder: Ilse Varn, start: "2001-01-01"}
      - {holder: Oskar Teel, start: "2005-01-01"}
`, "only the last term may be open-ended"},
		{"end before start", office + `
      - {holder: Ilse Varn, start: "2001-01-01", end: "2000-01-01"}
`, "is not after start"},
		{"alias shared by two holders", office + `
      - {holder: Ilse Varn, aliases: [The Mayor], start: "2001-01-01", end: "2005-01-01"}
      - {holder: Oskar Teel, aliases: [The Mayor], start: "2005-01-01"}
`, `name "The Mayor" is used by both`},
		{"verified before last start", strings.Replace(office, "2030-01-01", "2004-01-01", 1) + `
      - {holder: Ilse Varn, start: "2005-01-01"}
`, "verified_until 2004-01-01 is before"},
		{"no verified_until", strings.Replace(office, `    verified_until: "2030-01-01"`+"\n", "", 1) + `
      - {holder: Ilse Varn, start: "2005-01-01"}
`, "needs verified_until"},
		{"no source", strings.Replace(office, "    source: test\n", "", 1) + `
      - {holder: Ilse Varn, start: "2005-01-01"}
`, "needs a source"},
		{"unknown body", strings.Replace(strings.Replace(office, "body: fi", "body: qq", 1), "fi:mayor", "qq:mayor", 1) + `
      - {holder: Ilse Varn, start: "2005-01-01"}
`, `body "qq" is not a known place`},
		{"key not under body", strings.Replace(office, "key: fi:mayor", "key: no:mayor", 1) + `
      - {holder: Ilse Varn, start: "2005-01-01"}
`, "key should start with its body"},
		{"title names two offices", `
offices:
  - {key: "gb:prime-minister-2", body: gb, title: Prime Minister, source: test, verified_until: "2030-01-01", terms: [{holder: Ilse Varn, start: "2005-01-01"}]}
`, `title "Prime Minister" already names`},
		{"place with unknown country", `
places:
  - {key: qq/vantor, name: Vantor, kind: city, country: qq}
`, `country "qq" is not a known place`},
		{"city without country", `
places:
  - {key: vantor, name: Vantor, kind: city}
`, "a city needs a country"},
		{"unknown kind", `
places:
  - {key: fi/vantor, name: Vantor, kind: village, country: fi}
`, `kind "village"`},
		{"missing capital", `
places:
  - {key: qv, name: Qualvia, kind: country, capital: qv/nowhere}
`, `capital "qv/nowhere" is not a known place`},
		{"capital of another country", `
places:
  - {key: qv, name: Qualvia, kind: country, capital: fi/helsinki}
`, "is not a city of qv"},
		{"unknown zone", `
places:
  - {key: qv, name: Qualvia, kind: country, zone: Europe/Qualvia}
`, `zone "Europe/Qualvia" is no IANA time zone`},
		{"zone of a city", `
places:
  - {key: fi/vantor, name: Vantor, kind: city, country: fi, zone: Europe/Helsinki}
`, "only a country has a zone"},
		{"unknown metonym", `
places:
  - {key: fi/vantor, name: Vantor, kind: city, country: fi, metonym_of: qq}
`, `metonym_of "qq"`},
		{"key twice in one file", `
places:
  - {key: fi/vantor, name: Vantor, kind: city, country: fi}
  - {key: fi/vantor, name: Vantor, kind: city, country: fi}
`, "given twice in this file"},
		{"two places share a word", `
places:
  - {key: qv, name: Qualvia, kind: country, adjectives: [Qualvian]}
  - {key: qw, name: Qualwia, kind: country, adjectives: [Qualvian]}
`, `"Qualvian" also names`},
		{"institution with unknown office", `
institutions:
  - {name: Grey Tower, country: fi, role: presidency, office: "fi:regent"}
`, `office "fi:regent" is not a known office`},
		{"institution without role", `
institutions:
  - {name: Grey Tower, country: fi}
`, "needs a role"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"user.yml": tt.file})
			k, err := Load(dir)
			require.NoError(t, err)
			errs := k.Validate()
			var msgs []string
			for _, e := range errs {
				msgs = append(msgs, e.Error())
			}
			joined := strings.Join(msgs, "\n")
			assert.Contains(t, joined, tt.want)
			assert.Contains(t, joined, "user.yml:", "errors point at the user's file")
		})
	}
}

func TestValidateErrorsCarryLines(t *testing.T) {
	dir := writeFiles(t, map[string]string{"user.yml": `places:
  - {key: fi/vantor, name: Vantor, kind: city, country: fi}
  - {key: fi/sorn, name: Sorn, kind: town, country: fi}
`})
	k, err := Load(dir)
	require.NoError(t, err)
	errs := k.Validate()
	require.Len(t, errs, 1)
	var ke *Error
	require.ErrorAs(t, errs[0], &ke)
	assert.Equal(t, 3, ke.Line)
}
