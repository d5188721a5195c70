package kb

import (
	"errors"
	"fmt"
	"sort"
)

// kindRank orders places that share a word: a country before a body, a
// body before a city, a city before a region (a capital named like a
// state or province is meant far more often than the state).
var kindRank = map[string]int{KindCountry: 0, KindBody: 1, KindCity: 2, KindRegion: 3}

func rankOf(p *Place) int {
	if r, ok := kindRank[p.Kind]; ok {
		return r
	}
	return len(kindRank)
}

// parsedFile is one knowledge-base file decoded, or the errors that
// kept it from decoding.
type parsedFile struct {
	name string
	file *File
	errs []error
}

// parseAll decodes YAML files.
func parseAll(files []namedFile) []parsedFile {
	out := make([]parsedFile, len(files))
	for i, nf := range files {
		f, errs := Parse(nf.name, nf.data)
		out[i] = parsedFile{name: nf.name, file: f, errs: errs}
	}
	return out
}

// build merges the parsed files, later files replacing earlier entries
// with the same key, and builds the lookup indexes.
func build(files []parsedFile) (*KB, error) {
	k := &KB{}
	var errs []error
	places := map[string]*Place{}
	insts := map[string]*Institution{}
	offices := map[string]*Office{}
	var placeOrder, instOrder, officeOrder []string
	for _, nf := range files {
		if len(nf.errs) > 0 {
			errs = append(errs, nf.errs...)
			continue
		}
		f := nf.file
		inFile := map[string]bool{}
		dup := func(kind, key string, line int) {
			if inFile[kind+"|"+key] {
				k.problems = append(k.problems, &Error{File: nf.name, Line: line, Msg: fmt.Sprintf("%s %q given twice in this file", kind, key)})
			}
			inFile[kind+"|"+key] = true
		}
		for _, p := range f.Places {
			if p == nil || p.Key == "" || p.Name == "" {
				errs = append(errs, &Error{File: nf.name, Line: lineOfPlace(p), Msg: "place needs key and name"})
				continue
			}
			p.file = nf.name
			dup("place", p.Key, p.line)
			if _, seen := places[p.Key]; !seen {
				placeOrder = append(placeOrder, p.Key)
			}
			places[p.Key] = p
		}
		for _, in := range f.Institutions {
			if in == nil || in.Name == "" || in.Country == "" {
				errs = append(errs, &Error{File: nf.name, Line: lineOfInst(in), Msg: "institution needs name and country"})
				continue
			}
			in.file = nf.name
			key := normWord(in.Name)
			dup("institution", key, in.line)
			if _, seen := insts[key]; !seen {
				instOrder = append(instOrder, key)
			}
			insts[key] = in
		}
		for _, o := range f.Offices {
			if o == nil || o.Key == "" || o.Body == "" {
				errs = append(errs, &Error{File: nf.name, Line: lineOfOffice(o), Msg: "office needs key and body"})
				continue
			}
			o.file = nf.name
			if perr := parseTerms(nf.name, o); perr != nil {
				errs = append(errs, perr...)
				continue
			}
			dup("office", o.Key, o.line)
			if _, seen := offices[o.Key]; !seen {
				officeOrder = append(officeOrder, o.Key)
			}
			offices[o.Key] = o
		}
	}
	for _, key := range placeOrder {
		k.Places = append(k.Places, places[key])
	}
	for _, key := range instOrder {
		k.Institutions = append(k.Institutions, insts[key])
	}
	for _, key := range officeOrder {
		k.Offices = append(k.Offices, offices[key])
	}
	k.indexPlaces()
	k.indexInstitutions()
	k.indexOffices()
	if len(errs) > 0 {
		return k, errors.Join(errs...)
	}
	return k, nil
}

func lineOfPlace(p *Place) int {
	if p == nil {
		return 0
	}
	return p.line
}

func lineOfInst(in *Institution) int {
	if in == nil {
		return 0
	}
	return in.line
}

func lineOfOffice(o *Office) int {
	if o == nil {
		return 0
	}
	return o.line
}

// addOnce appends v to m[key] unless it is already there.
func addOnce[T comparable](m map[string][]T, key string, v T) {
	for _, x := range m[key] {
		if x == v {
			return
		}
	}
	m[key] = append(m[key], v)
}

func (k *KB) indexPlaces() {
	k.placeByKey = make(map[string]*Place, len(k.Places))
	k.placesByWord = map[string][]*Place{}
	k.placesByAcronym = map[string][]*Place{}
	for _, p := range k.Places {
		k.placeByKey[p.Key] = p
		words := make([]string, 0, 1+len(p.Aliases)+len(p.Adjectives)+len(p.Demonyms))
		words = append(append(append(append(words, p.Name), p.Aliases...), p.Adjectives...), p.Demonyms...)
		for _, w := range words {
			if a := acronymForm(w); isAcronym(a) {
				addOnce(k.placesByAcronym, a, p)
				continue
			}
			for _, key := range lookupKeys(w) {
				addOnce(k.placesByWord, key, p)
			}
		}
	}
	// Stable: places of one kind keep file order, so the data decides
	// which of two same-named cities comes first.
	for _, m := range []map[string][]*Place{k.placesByWord, k.placesByAcronym} {
		for _, ps := range m {
			sort.SliceStable(ps, func(i, j int) bool { return rankOf(ps[i]) < rankOf(ps[j]) })
		}
	}
}

func (k *KB) indexInstitutions() {
	k.instByWord = map[string]*Institution{}
	k.instByAcronym = map[string]*Institution{}
	for _, in := range k.Institutions {
		for _, w := range append([]string{in.Name}, in.Aliases...) {
			w = trimThe(w)
			if a := acronymForm(w); isAcronym(a) {
				k.instByAcronym[a] = in
				continue
			}
			for _, key := range lookupKeys(w) {
				if _, taken := k.instByWord[key]; !taken {
					k.instByWord[key] = in
				}
			}
		}
	}
}

func trimThe(s string) string {
	if len(s) > 4 && (s[:4] == "the " || s[:4] == "The ") {
		return s[4:]
	}
	return s
}

func (k *KB) indexOffices() {
	k.officeByKey = make(map[string]*Office, len(k.Offices))
	k.officeByTitle = map[string]map[string]*Office{}
	k.govWord = map[string][]*Office{}
	k.holderOffices = map[string][]*Office{}
	for _, o := range k.Offices {
		k.officeByKey[o.Key] = o
		titles := k.officeByTitle[o.Body]
		if titles == nil {
			titles = map[string]*Office{}
			k.officeByTitle[o.Body] = titles
		}
		for _, a := range append([]string{o.Title}, o.Aliases...) {
			for _, key := range lookupKeys(a) {
				if prev, taken := titles[key]; taken && prev != o {
					k.problems = append(k.problems, &Error{File: o.file, Line: o.line,
						Msg: fmt.Sprintf("office %s: title %q already names %s", o.Key, a, prev.Key)})
					continue
				}
				titles[key] = o
			}
		}
		for _, g := range o.GovernmentWords {
			for _, key := range lookupKeys(g) {
				addOnce(k.govWord, key, o)
			}
		}
		o.indexHolders()
		for name := range o.byName {
			addOnce(k.holderOffices, name, o)
		}
	}
	for _, os := range k.holderOffices {
		sort.Slice(os, func(i, j int) bool { return os[i].Key < os[j].Key })
	}
}

// indexHolders builds the office's name and surname indexes. A surname
// two different holders share is left out of bySurname and marked
// ambiguous instead.
func (o *Office) indexHolders() {
	o.byName = map[string][]*Term{}
	o.bySurname = map[string][]*Term{}
	o.ambiguous = map[string]bool{}
	holdersOf := map[string]map[string]bool{} // surname → holders
	for i := range o.Terms {
		t := &o.Terms[i]
		for _, n := range append([]string{t.Holder}, t.Aliases...) {
			for _, key := range lookupKeys(n) {
				addOnce(o.byName, key, t)
			}
		}
		for _, key := range lookupKeys(t.Surname()) {
			addOnce(o.bySurname, key, t)
			if holdersOf[key] == nil {
				holdersOf[key] = map[string]bool{}
			}
			holdersOf[key][normWord(t.Holder)] = true
		}
	}
	for key, holders := range holdersOf {
		if len(holders) > 1 {
			delete(o.bySurname, key)
			o.ambiguous[key] = true
		}
	}
}
