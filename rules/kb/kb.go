// Package kb is crosscheck's knowledge of the world: places with their
// adjectives and demonyms, institutions used as metonyms (a palace for the presidency it houses),
// and offices with their holders and terms. It is data, loaded from YAML
// files embedded in the binary and from a user's directories; nothing in
// extraction or rules names a person, place or event of its own.
package kb

import "time"

// Place kinds.
const (
	KindCountry = "country"
	KindRegion  = "region"
	KindCity    = "city"
	KindBody    = "body" // an international organisation of countries
)

// Place is a country, region, city or international body.
type Place struct {
	Key        string   `yaml:"key"`               // canonical key: ISO 3166 alpha-2 for countries ("us"), else country/name ("us/texas")
	Name       string   `yaml:"name"`              // canonical name
	Kind       string   `yaml:"kind"`              // country, region, city, body
	Country    string   `yaml:"country,omitempty"` // key of the country it lies in (for regions and cities)
	Aliases    []string `yaml:"aliases,omitempty"` // other names: short and long forms, abbreviations
	Adjectives []string `yaml:"adjectives,omitempty"`
	Demonyms   []string `yaml:"demonyms,omitempty"`
	Capital    string   `yaml:"capital,omitempty"` // key of the capital city
	// Zone is the IANA time zone of a country that keeps one clock
	// ("Europe/Paris"); empty when its regions keep different ones.
	Zone string `yaml:"zone,omitempty"`
	// MetonymOf is the key of the country or body a city stands for in
	// news text ("<capital> says", "<capital>'s position"). A capital is
	// never an alias of its country: the city is a place of its own.
	MetonymOf string `yaml:"metonym_of,omitempty"`
	// Ambiguous marks a name that is also a common word or a person's
	// name (a country called like a first name, a city like a verb): a bare
	// match needs context. Two places sharing a word are marked too.
	Ambiguous bool `yaml:"ambiguous,omitempty"`
	// Divisions are the gazetteer's first-level divisions a region
	// covers, as codes ("ZQ.04"), when they are not the one named like it:
	// a peninsula of two divisions, a region one of whose cities is a
	// division of its own.
	Divisions []string `yaml:"divisions,omitempty"`
	Source    string   `yaml:"source,omitempty"`

	file string
	line int
}

// Institution is a body or building that stands for a government role
// (a palace for the presidency it houses).
type Institution struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases,omitempty"`
	Country string   `yaml:"country"`          // place key
	Role    string   `yaml:"role"`             // what it stands for: presidency, government, foreign ministry
	Office  string   `yaml:"office,omitempty"` // office key it stands for, if any: ru:president
	Source  string   `yaml:"source,omitempty"`

	file string
	line int
}

// Office is a position with one holder at a time.
type Office struct {
	Key     string   `yaml:"key"`     // <place key>:<office>, e.g. us:president, un:secretary-general
	Body    string   `yaml:"body"`    // place key of the country or body
	Title   string   `yaml:"title"`   // "President"
	Aliases []string `yaml:"aliases"` // title words that name it: president, head of state
	// Government words: "the <surname> administration", "the <surname> government".
	GovernmentWords []string `yaml:"government_words,omitempty"`
	Terms           []Term   `yaml:"terms"`
	Source          string   `yaml:"source"`
	// Verified is the last day (YYYY-MM-DD) up to which the list of terms
	// is known to be complete. After it an open-ended term proves nothing:
	// a successor may have taken office that the data does not know.
	Verified string `yaml:"verified_until"`

	verified  time.Time
	unsorted  bool               // terms were out of order in the file
	byName    map[string][]*Term // full name or alias → terms
	bySurname map[string][]*Term // surname of exactly one holder → terms
	ambiguous map[string]bool    // surnames two holders share
	file      string
	line      int
}

// VerifiedUntil is the parsed Verified date; zero when not given.
func (o *Office) VerifiedUntil() time.Time { return o.verified }

// Term is one holder's time in an office. End is empty for the incumbent.
type Term struct {
	Holder  string   `yaml:"holder"`            // full name
	Aliases []string `yaml:"aliases,omitempty"` // other spellings
	// FamilyName is set when the surname is not the last word of Holder:
	// East Asian names written family name first, particles ("van der"),
	// double surnames.
	FamilyName string `yaml:"family_name,omitempty"`
	Start      string `yaml:"start"` // YYYY-MM-DD (or YYYY-MM / YYYY when the day is unknown)
	End        string `yaml:"end,omitempty"`
	Acting     bool   `yaml:"acting,omitempty"`
	Note       string `yaml:"note,omitempty"`
	Source     string `yaml:"source,omitempty"`

	start, end time.Time
	line       int
}

// StartTime and EndTime are the parsed dates; EndTime is zero for the incumbent.
func (t *Term) StartTime() time.Time { return t.start }
func (t *Term) EndTime() time.Time   { return t.end }

// Covers reports whether the term includes day d (end day excluded: on
// the day of a handover the successor holds the office).
func (t *Term) Covers(d time.Time) bool {
	if d.Before(t.start) {
		return false
	}
	return t.end.IsZero() || d.Before(t.end)
}

// Surname is the holder's family name in lower case: FamilyName when
// given, else the last word of the name.
func (t *Term) Surname() string {
	if t.FamilyName != "" {
		return normWord(t.FamilyName)
	}
	return surname(t.Holder)
}

// KB is the loaded knowledge base. It is read-only once loaded; the
// slices returned by its lookups are shared and must not be modified.
type KB struct {
	Places       []*Place
	Institutions []*Institution
	Offices      []*Office

	placeByKey map[string]*Place
	// placesByWord: normalized name, alias, adjective or demonym → places,
	// best first; placesByAcronym holds all-capital words that only match
	// in capitals, so that a lower-case pronoun never names a country.
	placesByWord    map[string][]*Place
	placesByAcronym map[string][]*Place
	instByWord      map[string]*Institution
	instByAcronym   map[string]*Institution
	officeByKey     map[string]*Office
	// officeByTitle: body key → normalized title or alias → office
	officeByTitle map[string]map[string]*Office
	// govWord: normalized government word ("administration") → offices using it
	govWord map[string][]*Office
	// holderOffices: normalized holder name or alias → offices held
	holderOffices map[string][]*Office

	// problems found while building that only Validate reports
	// (a key given twice in one file, a title naming two offices).
	problems []error
}
