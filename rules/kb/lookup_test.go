package kb

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func loadDefault(t testing.TB) *KB {
	t.Helper()
	k, err := Default()
	require.NoError(t, err)
	return k
}

func day(s string) time.Time {
	d, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return d
}

func TestPlace(t *testing.T) {
	k := loadDefault(t)
	tests := []struct {
		in   string
		want string // place key; "" for no match
	}{
		{"Norway's", "no"},
		{"NORWAY’S", "no"},
		{"Finnish", "fi"},
		{"Finns", "fi"},
		{"U.S.", "us"},
		{"US", "us"},
		{"us", ""}, // the pronoun is not a country
		{"Us", ""},
		{"U.S.'s", "us"},
		{"Americans", "us"},
		{"  United   States ", "us"},
		{"Britain", "gb"},
		{"UK", "gb"},
		{"Georgia", "ge"}, // the country wins over the US state
		{"Washington", "us/washington"},
		{"Washington's", "us/washington"},
		{"Moscow", "ru/moscow"},
		{"Kyiv", "ua/kyiv"},
		{"Kiev", "ua/kyiv"},
		{"Helsinki", "fi/helsinki"},
		{"Geneva", "ch/geneva"},
		{"Alaska", "us/alaska"},
		{"Alaskan", "us/alaska"},
		{"New York", "us/new-york-city"},
		{"São Paulo", "br/sao-paulo"},
		{"Sao Paulo", "br/sao-paulo"},
		{"Zürich", "ch/zurich"},
		{"Türkiye", "tr"},
		{"Turkiye", "tr"},
		{"Côte d'Ivoire", "ci"},
		{"Cote d’Ivoire", "ci"},
		{"NATO", "nato"},
		{"Nato", "nato"},
		{"EU", "eu"},
		{"WHO", "who"},
		{"who", ""},
		{"Philippines'", "ph"},
		{"Atlantis", ""},
		{"", ""},
		{"'", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, ok := k.Place(tt.in)
			if tt.want == "" {
				assert.False(t, ok, "got %v", p)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, p.Key)
		})
	}
}

func TestPlacesNamedListsEveryMatchBestFirst(t *testing.T) {
	k := loadDefault(t)
	tests := []struct {
		in   string
		want []string
	}{
		{"Georgia", []string{"ge", "us/georgia"}},
		{"Washington", []string{"us/washington", "us/washington-state"}},
		{"Punjab", []string{"in/punjab", "pk/punjab"}},
		{"Congolese", []string{"cg", "cd"}},
		{"Oslo", []string{"no/oslo"}},
		{"Atlantis", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, p := range k.PlacesNamed(tt.in) {
				got = append(got, p.Key)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestAmbiguousPlacesAreMarked(t *testing.T) {
	k := loadDefault(t)
	for _, name := range []string{"Georgia", "Jordan", "Chad", "Nice", "Reading", "Bath", "Mobile", "Turkey"} {
		p, ok := k.Place(name)
		require.True(t, ok, name)
		assert.True(t, p.Ambiguous, name)
	}
	p, ok := k.Place("Finland")
	require.True(t, ok)
	assert.False(t, p.Ambiguous)
}

func TestCapitalsAreCitiesThatStandForTheirCountry(t *testing.T) {
	k := loadDefault(t)
	n := 0
	for _, c := range k.Places {
		if c.Kind != KindCountry || c.Capital == "" {
			continue
		}
		n++
		capital, ok := k.PlaceByKey(c.Capital)
		require.True(t, ok, c.Capital)
		got, ok := k.Place(capital.Name)
		require.True(t, ok, capital.Name)
		assert.NotEqual(t, c.Key, got.Key, "%s is an alias of its country", capital.Name)
		assert.NotEmpty(t, capital.MetonymOf, capital.Key)
	}
	assert.Greater(t, n, 190)
	brussels, ok := k.Place("Brussels")
	require.True(t, ok)
	assert.Equal(t, "eu", brussels.MetonymOf)
}

func TestInstitution(t *testing.T) {
	k := loadDefault(t)
	tests := []struct {
		in, country, office string
	}{
		{"the Kremlin", "ru", "ru:president"},
		{"Kremlin's", "ru", "ru:president"},
		{"The White House", "us", "us:president"},
		{"Number 10", "gb", "gb:prime-minister"},
		{"Downing Street", "gb", "gb:prime-minister"},
		{"Elysee", "fr", "fr:president"},
		{"Élysée", "fr", "fr:president"},
		{"Matignon", "fr", "fr:prime-minister"},
		{"Foggy Bottom", "us", "us:secretary-of-state"},
		{"FCDO", "gb", "gb:foreign-secretary"},
		{"Foreign, Commonwealth and Development Office", "gb", "gb:foreign-secretary"},
		{"Pentagon", "us", ""},
		{"Bankova", "ua", "ua:president"},
		{"Berlaymont", "eu", "eu:commission-president"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			in, ok := k.Institution(tt.in)
			require.True(t, ok)
			assert.Equal(t, tt.country, in.Country)
			assert.Equal(t, tt.office, in.Office)
		})
	}
	_, ok := k.Institution("the Foreign")
	assert.False(t, ok, "a fragment of a longer name must not match")
	_, ok = k.Institution("fcdo")
	assert.False(t, ok, "acronyms match in capitals only")
}

func TestOfficeFor(t *testing.T) {
	k := loadDefault(t)
	tests := []struct {
		body, title, want string
	}{
		{"gb", "prime minister", "gb:prime-minister"},
		{"gb", "Prime Minister", "gb:prime-minister"},
		{"gb", "head of state", "gb:monarch"},
		{"gb", "King", "gb:monarch"},
		{"us", "President", "us:president"},
		{"us", "Secretary of State", "us:secretary-of-state"},
		{"de", "chancellor", "de:chancellor"},
		{"de", "head of state", "de:president"},
		{"cn", "premier", "cn:premier"},
		{"ru", "foreign minister", "ru:foreign-minister"},
		{"un", "Secretary-General", "un:secretary-general"},
		{"nato", "secretary general", "nato:secretary-general"},
		{"eu", "Commission President", "eu:commission-president"},
		{"us", "chancellor", ""},
		{"xx", "president", ""},
	}
	for _, tt := range tests {
		t.Run(tt.body+" "+tt.title, func(t *testing.T) {
			o, ok := k.OfficeFor(tt.body, tt.title)
			if tt.want == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, o.Key)
		})
	}
}

func TestHolderAt(t *testing.T) {
	k := loadDefault(t)
	tests := []struct {
		office, date, want string // want "" for no holder known
	}{
		{"us:president", "2025-09-28", "Donald Trump"},
		{"us:president", "2021-01-19", "Donald Trump"},
		{"us:president", "2021-01-20", "Joe Biden"}, // handover day belongs to the successor
		{"us:president", "2001-06-01", "George W. Bush"},
		{"us:president", "1980-01-01", ""}, // before the data starts
		{"us:president", "2031-01-01", ""}, // after verified_until: unknown, not Trump
		{"gb:prime-minister", "2023-06-01", "Rishi Sunak"},
		{"gb:prime-minister", "2022-10-01", "Liz Truss"},
		{"ru:president", "2000-01-01", "Vladimir Putin"},
		{"ru:president", "2010-01-01", "Dmitry Medvedev"},
		{"de:chancellor", "2025-06-01", "Friedrich Merz"},
		{"jp:prime-minister", "2025-01-01", "Shigeru Ishiba"},
		{"tr:prime-minister", "2020-01-01", ""}, // office abolished in 2018
		{"un:secretary-general", "2010-01-01", "Ban Ki-moon"},
		{"nato:secretary-general", "2025-01-01", "Mark Rutte"},
		{"xx:nothing", "2020-01-01", ""},
	}
	for _, tt := range tests {
		t.Run(tt.office+" "+tt.date, func(t *testing.T) {
			term, ok := k.HolderAt(tt.office, day(tt.date))
			if tt.want == "" {
				assert.False(t, ok, "got %v", term)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, term.Holder)
		})
	}
}

func TestVerifiedUntil(t *testing.T) {
	k := loadDefault(t)
	for _, o := range k.Offices {
		assert.False(t, o.VerifiedUntil().IsZero(), o.Key)
	}
	o, ok := k.Office("us:president")
	require.True(t, ok)
	last := o.VerifiedUntil()
	_, ok = k.HolderAt("us:president", last)
	assert.True(t, ok, "the horizon day itself is still known")
	_, ok = k.HolderAt("us:president", last.AddDate(0, 0, 1))
	assert.False(t, ok)
}

func TestTermsOf(t *testing.T) {
	k := loadDefault(t)
	tests := []struct {
		office, name string
		want         int // number of terms
		ambiguous    bool
	}{
		{"us:president", "Trump", 2, false},
		{"us:president", "Donald J. Trump", 2, false},
		{"us:president", "Bush", 1, false}, // only one Bush since 2000
		{"us:president", "Joseph R. Biden", 1, false},
		{"us:president", "Obama's", 1, false},
		{"cn:president", "Xi", 1, false},
		{"cn:premier", "Li", 0, true}, // Li Keqiang and Li Qiang
		{"cn:premier", "Li Qiang", 1, false},
		{"kr:president", "Lee", 0, true},
		{"eu:commission-president", "von der Leyen", 1, false},
		{"mx:president", "Pena Nieto", 1, false},
		{"br:president", "Lula", 2, false},
		{"ru:prime-minister", "Putin", 2, false},
		{"gb:prime-minister", "Obama", 0, false},
		{"xx:nothing", "Obama", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.office+" "+tt.name, func(t *testing.T) {
			assert.Len(t, k.TermsOf(tt.office, tt.name), tt.want)
			assert.Equal(t, tt.want > 0, k.KnowsHolder(tt.office, tt.name))
			assert.Equal(t, tt.ambiguous, k.SurnameAmbiguous(tt.office, tt.name))
		})
	}
}

func TestOfficesOfHolder(t *testing.T) {
	k := loadDefault(t)
	var keys []string
	for _, o := range k.OfficesOfHolder("Boris Johnson") {
		keys = append(keys, o.Key)
	}
	assert.Equal(t, []string{"gb:foreign-secretary", "gb:prime-minister"}, keys)
	assert.Empty(t, k.OfficesOfHolder("Nobody Inparticular"))
}

func TestOfficesWithGovernmentWord(t *testing.T) {
	k := loadDefault(t)
	var keys []string
	for _, o := range k.OfficesWithGovernmentWord("Administration") {
		keys = append(keys, o.Key)
	}
	assert.Contains(t, keys, "us:president")
	assert.NotContains(t, keys, "de:chancellor")
	assert.Empty(t, k.OfficesWithGovernmentWord("junta"))
}
