package kb

import (
	"strings"
	"time"
)

// Place looks a word or phrase up as a place name, alias, adjective or
// demonym, case-insensitively except for acronyms (written in capitals only, so
// that a lower-case pronoun or word never matches); a possessive "'s" is
// ignored. When several places share the word, a country wins over a
// body, a body over a city and a city over a region (a capital named like
// a state is the capital).
func (k *KB) Place(s string) (*Place, bool) {
	if ps := k.PlacesNamed(s); len(ps) > 0 {
		return ps[0], true
	}
	return nil, false
}

// PlacesNamed returns every place that s names, best first (see Place).
// (It is not called Places: that name is the field listing all places.)
func (k *KB) PlacesNamed(s string) []*Place {
	if a := acronymForm(s); isAcronym(a) {
		if ps, ok := k.placesByAcronym[a]; ok {
			return ps
		}
	}
	var buf [lookupBuf]byte
	return k.placesByWord[string(appendNorm(buf[:0], s))]
}

// PlaceByKey returns the place with that key.
func (k *KB) PlaceByKey(key string) (*Place, bool) {
	p, ok := k.placeByKey[key]
	return p, ok
}

// Institution looks up a building or address that stands for a role,
// with or without a leading "the".
func (k *KB) Institution(s string) (*Institution, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	if a := acronymForm(s); isAcronym(a) {
		if in, ok := k.instByAcronym[a]; ok {
			return in, true
		}
	}
	var buf [lookupBuf]byte
	in, ok := k.instByWord[string(appendNorm(buf[:0], s))]
	return in, ok
}

// Office returns the office with that key.
func (k *KB) Office(key string) (*Office, bool) {
	o, ok := k.officeByKey[key]
	return o, ok
}

// OfficeFor finds the office a title names for a country or body:
// OfficeFor("xx", "President") → xx:president.
func (k *KB) OfficeFor(body, title string) (*Office, bool) {
	titles, ok := k.officeByTitle[body]
	if !ok {
		return nil, false
	}
	var buf [lookupBuf]byte
	o, ok := titles[string(appendNorm(buf[:0], title))]
	return o, ok
}

// OfficesWithGovernmentWord lists offices whose holder's name forms
// "the NAME administration" with that word ("administration", "government").
func (k *KB) OfficesWithGovernmentWord(word string) []*Office {
	var buf [lookupBuf]byte
	return k.govWord[string(appendNorm(buf[:0], word))]
}

// OfficesOfHolder lists the offices, by key, that a person named name
// (full name or alias, not a bare surname) has held.
func (k *KB) OfficesOfHolder(name string) []*Office {
	var buf [lookupBuf]byte
	return k.holderOffices[string(appendNorm(buf[:0], name))]
}

// HolderAt returns the term of the office covering day d. After the
// office's verified_until day an open-ended term is not returned: the
// data cannot tell whether its holder is still in office.
func (k *KB) HolderAt(officeKey string, d time.Time) (*Term, bool) {
	o, ok := k.officeByKey[officeKey]
	if !ok {
		return nil, false
	}
	for i := range o.Terms {
		t := &o.Terms[i]
		if !t.Covers(d) {
			continue
		}
		if t.end.IsZero() && !o.verified.IsZero() && d.After(o.verified) {
			return nil, false
		}
		return t, true
	}
	return nil, false
}

// TermsOf returns the terms in an office of a holder named name (full
// name, alias, or a surname that only one holder of that office has).
// A surname shared by two different holders returns nil.
func (k *KB) TermsOf(officeKey, name string) []*Term {
	o, ok := k.officeByKey[officeKey]
	if !ok {
		return nil
	}
	var buf [lookupBuf]byte
	n := appendNorm(buf[:0], name)
	if ts, ok := o.byName[string(n)]; ok {
		return ts
	}
	return o.bySurname[string(n)]
}

// KnowsHolder reports whether name is a known holder of the office (at any time).
func (k *KB) KnowsHolder(officeKey, name string) bool { return len(k.TermsOf(officeKey, name)) > 0 }

// SurnameAmbiguous reports whether name is a surname that two different
// holders of the office share, which is why TermsOf returned nothing.
func (k *KB) SurnameAmbiguous(officeKey, name string) bool {
	o, ok := k.officeByKey[officeKey]
	if !ok {
		return false
	}
	var buf [lookupBuf]byte
	return o.ambiguous[string(appendNorm(buf[:0], name))]
}
