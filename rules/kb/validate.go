package kb

import (
	"fmt"
	"strings"
	"time"
	_ "time/tzdata" // zone names are checked without a zoneinfo database
)

// Validate checks the loaded data for mistakes that loading alone lets
// through: overlapping or unordered terms, dangling keys, names that do
// not resolve. Load does not call it; tests and `crosscheck rules test`
// do. Every error is an *Error pointing at the file and line.
func (k *KB) Validate() []error {
	errs := append([]error(nil), k.problems...)
	for _, p := range k.Places {
		errs = append(errs, k.validatePlace(p)...)
	}
	errs = append(errs, k.validateSharedWords()...)
	for _, in := range k.Institutions {
		errs = append(errs, k.validateInstitution(in)...)
	}
	for _, o := range k.Offices {
		errs = append(errs, k.validateOffice(o)...)
	}
	return errs
}

func (k *KB) validatePlace(p *Place) []error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, &Error{File: p.file, Line: p.line, Msg: fmt.Sprintf("place %s: ", p.Key) + fmt.Sprintf(format, args...)})
	}
	if _, ok := kindRank[p.Kind]; !ok {
		bad("kind %q is not one of country, region, city, body", p.Kind)
	}
	if p.Zone != "" {
		if p.Kind != KindCountry {
			bad("only a country has a zone")
		} else if _, err := time.LoadLocation(p.Zone); err != nil {
			bad("zone %q is no IANA time zone", p.Zone)
		}
	}
	if p.Kind == KindCity || p.Kind == KindRegion {
		if p.Country == "" {
			bad("a %s needs a country", p.Kind)
		} else if !strings.HasPrefix(p.Key, p.Country+"/") {
			bad("key should start with its country %q", p.Country+"/")
		}
	}
	if p.Country != "" {
		if c, ok := k.placeByKey[p.Country]; !ok {
			bad("country %q is not a known place", p.Country)
		} else if c.Kind != KindCountry {
			bad("country %q is a %s", p.Country, c.Kind)
		}
	}
	if p.Capital != "" {
		if c, ok := k.placeByKey[p.Capital]; !ok {
			bad("capital %q is not a known place", p.Capital)
		} else if c.Kind != KindCity || c.Country != p.Key {
			bad("capital %q is not a city of %s", p.Capital, p.Key)
		}
	}
	if p.MetonymOf != "" {
		if _, ok := k.placeByKey[p.MetonymOf]; !ok {
			bad("metonym_of %q is not a known place", p.MetonymOf)
		}
	}
	return errs
}

// validateSharedWords reports a word that names two places of the same
// rank when neither is marked ambiguous: the lookup would silently pick
// the first, so the data must say the word needs context.
func (k *KB) validateSharedWords() []error {
	var errs []error
	for _, p := range k.Places {
		words := append(append(append([]string{p.Name}, p.Aliases...), p.Adjectives...), p.Demonyms...)
		for _, w := range words {
			for _, q := range k.PlacesNamed(w) {
				if q == p || rankOf(q) != rankOf(p) || p.Ambiguous || q.Ambiguous {
					continue
				}
				if q.Key < p.Key { // report each pair once
					continue
				}
				errs = append(errs, &Error{File: p.file, Line: p.line,
					Msg: fmt.Sprintf("place %s: %q also names %s; mark one of them ambiguous", p.Key, w, q.Key)})
			}
		}
	}
	return errs
}

func (k *KB) validateInstitution(in *Institution) []error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, &Error{File: in.file, Line: in.line, Msg: fmt.Sprintf("institution %s: ", in.Name) + fmt.Sprintf(format, args...)})
	}
	if _, ok := k.placeByKey[in.Country]; !ok {
		bad("country %q is not a known place", in.Country)
	}
	if in.Role == "" {
		bad("needs a role")
	}
	if in.Office != "" {
		if _, ok := k.officeByKey[in.Office]; !ok {
			bad("office %q is not a known office", in.Office)
		}
	}
	return errs
}

func (k *KB) validateOffice(o *Office) []error {
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, &Error{File: o.file, Line: line, Msg: fmt.Sprintf("office %s: ", o.Key) + fmt.Sprintf(format, args...)})
	}
	if !strings.HasPrefix(o.Key, o.Body+":") {
		bad(o.line, "key should start with its body %q", o.Body+":")
	}
	if _, ok := k.placeByKey[o.Body]; !ok {
		bad(o.line, "body %q is not a known place", o.Body)
	}
	if o.Title == "" {
		bad(o.line, "needs a title")
	}
	if o.Source == "" {
		bad(o.line, "needs a source")
	}
	if len(o.Terms) == 0 {
		bad(o.line, "has no terms")
		return errs
	}
	if o.unsorted {
		bad(o.line, "terms are not in order of start date")
	}
	for i := range o.Terms {
		t := &o.Terms[i]
		if strings.TrimSpace(t.Holder) == "" {
			bad(t.line, "a term has no holder")
			continue
		}
		if !t.end.IsZero() && !t.end.After(t.start) {
			bad(t.line, "%s: end %s is not after start %s", t.Holder, t.End, t.Start)
		}
		if t.end.IsZero() && i < len(o.Terms)-1 {
			bad(t.line, "%s: only the last term may be open-ended", t.Holder)
		}
		if i+1 < len(o.Terms) {
			next := &o.Terms[i+1]
			if !t.end.IsZero() && t.end.After(next.start) {
				bad(t.line, "%s (to %s) overlaps %s (from %s)", t.Holder, t.End, next.Holder, next.Start)
			}
		}
		if !containsTerm(k.TermsOf(o.Key, t.Holder), t) {
			bad(t.line, "holder %q does not resolve to its own term", t.Holder)
		}
	}
	last := &o.Terms[len(o.Terms)-1]
	switch {
	case o.Verified == "":
		bad(o.line, "needs verified_until")
	case o.verified.Before(last.start):
		bad(o.line, "verified_until %s is before the last term's start %s", o.Verified, last.Start)
	}
	o.validateNames(bad)
	return errs
}

// validateNames reports a name or alias that two different holders share.
func (o *Office) validateNames(bad func(int, string, ...any)) {
	for _, t := range o.Terms {
		for _, n := range append([]string{t.Holder}, t.Aliases...) {
			for _, other := range o.byName[normWord(n)] {
				if normWord(other.Holder) != normWord(t.Holder) && other.start.After(t.start) {
					bad(t.line, "name %q is used by both %s and %s", n, t.Holder, other.Holder)
				}
			}
		}
	}
}

func containsTerm(ts []*Term, t *Term) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}
