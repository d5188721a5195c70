// Package kb is crosscheck's knowledge of the world: places with their
// adjectives and demonyms, institutions used as metonyms ("the Kremlin"),
// and offices with their holders and terms. It is data, loaded from YAML
// files embedded in the binary and from a user's directories; nothing in
// extraction or rules names a person, place or event of its own.
package kb

import (
	"strings"
	"time"
)

// Place is a country, region or city.
type Place struct {
	Key        string   `yaml:"key"`               // canonical key: ISO 3166 alpha-2 for countries ("us"), else country/name ("us/alaska")
	Name       string   `yaml:"name"`              // canonical name
	Kind       string   `yaml:"kind"`              // country, region, city, body (EU, NATO, UN)
	Country    string   `yaml:"country,omitempty"` // key of the country it lies in (for regions and cities)
	Aliases    []string `yaml:"aliases,omitempty"` // other names: "U.S.", "USA", "United States of America"
	Adjectives []string `yaml:"adjectives,omitempty"`
	Demonyms   []string `yaml:"demonyms,omitempty"`
	Capital    string   `yaml:"capital,omitempty"` // key of the capital city
	Source     string   `yaml:"source,omitempty"`
}

// Institution is a body or building that stands for a government role
// ("the Kremlin" for the Russian presidency).
type Institution struct {
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases,omitempty"`
	Country string   `yaml:"country"`          // place key
	Role    string   `yaml:"role"`             // what it stands for: presidency, government, foreign ministry
	Office  string   `yaml:"office,omitempty"` // office key it stands for, if any: ru:president
	Source  string   `yaml:"source,omitempty"`
}

// Office is a position with one holder at a time.
type Office struct {
	Key     string   `yaml:"key"`     // <place key>:<office>, e.g. us:president, un:secretary-general
	Body    string   `yaml:"body"`    // place key of the country or body
	Title   string   `yaml:"title"`   // "President"
	Aliases []string `yaml:"aliases"` // title words that name it: president, head of state
	// Government words: "the Biden administration", "the Sunak government".
	GovernmentWords []string `yaml:"government_words,omitempty"`
	Terms           []Term   `yaml:"terms"`
	Source          string   `yaml:"source"`
}

// Term is one holder's time in an office. End is empty for the incumbent.
type Term struct {
	Holder  string   `yaml:"holder"`            // full name
	Aliases []string `yaml:"aliases,omitempty"` // other spellings
	Start   string   `yaml:"start"`             // YYYY-MM-DD (or YYYY-MM / YYYY when the day is unknown)
	End     string   `yaml:"end,omitempty"`
	Acting  bool     `yaml:"acting,omitempty"`
	Note    string   `yaml:"note,omitempty"`
	Source  string   `yaml:"source,omitempty"`

	start, end time.Time
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

// Surname is the last word of the holder's name, in lower case.
func (t *Term) Surname() string { return surname(t.Holder) }

// KB is the loaded knowledge base.
type KB struct {
	Places       []*Place
	Institutions []*Institution
	Offices      []*Office

	placeByWord map[string]*Place       // lower-case name, alias, adjective, demonym → place
	instByWord  map[string]*Institution // lower-case name or alias
	officeByKey map[string]*Office
	// officeByTitle: body key + "|" + lower-case alias → office
	officeByTitle map[string]*Office
	// govWord: lower-case government word ("administration") → offices using it
	govWord map[string][]*Office
}

// Place looks a word or phrase up as a place name, alias, adjective or
// demonym, case-insensitively; a possessive "'s" is ignored ("Norway's").
func (k *KB) Place(s string) (*Place, bool) {
	p, ok := k.placeByWord[normWord(s)]
	return p, ok
}

// PlaceByKey returns the place with that key.
func (k *KB) PlaceByKey(key string) (*Place, bool) {
	for _, p := range k.Places {
		if p.Key == key {
			return p, true
		}
	}
	return nil, false
}

// Institution looks up "Kremlin", "the White House", "Downing Street".
func (k *KB) Institution(s string) (*Institution, bool) {
	s = normWord(s)
	s = strings.TrimPrefix(s, "the ")
	i, ok := k.instByWord[s]
	return i, ok
}

// Office returns the office with that key.
func (k *KB) Office(key string) (*Office, bool) {
	o, ok := k.officeByKey[key]
	return o, ok
}

// OfficeFor finds the office a title names for a country or body:
// OfficeFor("us", "President") → us:president.
func (k *KB) OfficeFor(body, title string) (*Office, bool) {
	o, ok := k.officeByTitle[body+"|"+normWord(title)]
	return o, ok
}

// OfficesWithGovernmentWord lists offices whose holder's name forms
// "the NAME administration" with that word ("administration", "government").
func (k *KB) OfficesWithGovernmentWord(word string) []*Office {
	return k.govWord[normWord(word)]
}

// HolderAt returns the term of the office covering day d.
func (k *KB) HolderAt(officeKey string, d time.Time) (*Term, bool) {
	o, ok := k.officeByKey[officeKey]
	if !ok {
		return nil, false
	}
	for i := range o.Terms {
		if o.Terms[i].Covers(d) {
			return &o.Terms[i], true
		}
	}
	return nil, false
}

// TermsOf returns the terms in an office of a holder named name (full
// name, alias, or a surname that only one holder of that office has).
func (k *KB) TermsOf(officeKey, name string) []*Term {
	o, ok := k.officeByKey[officeKey]
	if !ok {
		return nil
	}
	n := normWord(name)
	var full, bySurname []*Term
	for i := range o.Terms {
		t := &o.Terms[i]
		if normWord(t.Holder) == n {
			full = append(full, t)
			continue
		}
		for _, a := range t.Aliases {
			if normWord(a) == n {
				full = append(full, t)
			}
		}
		if !strings.Contains(n, " ") && t.Surname() == n {
			bySurname = append(bySurname, t)
		}
	}
	if len(full) > 0 {
		return full
	}
	// A surname shared by two different holders (two Bushes) is ambiguous.
	names := map[string]bool{}
	for _, t := range bySurname {
		names[normWord(t.Holder)] = true
	}
	if len(names) == 1 {
		return bySurname
	}
	return nil
}

// KnowsHolder reports whether name is a known holder of the office (at any time).
func (k *KB) KnowsHolder(officeKey, name string) bool { return len(k.TermsOf(officeKey, name)) > 0 }

func normWord(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimSuffix(s, "'")
	return strings.Join(strings.Fields(s), " ")
}

func surname(name string) string {
	f := strings.Fields(normWord(name))
	if len(f) == 0 {
		return ""
	}
	last := f[len(f)-1]
	// "Jr.", "II" are not surnames.
	if (last == "jr." || last == "jr" || last == "ii" || last == "iii") && len(f) > 1 {
		last = f[len(f)-2]
	}
	return strings.TrimSuffix(last, ",")
}
