package events

import (
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/rules/kb"
)

// kbIndex is what the heuristics need from a knowledge base, built once per
// KB: the first words of place names (so most capitalised words need no
// KB lookup) and the words of office holders' names (persons, not places).
type kbIndex struct {
	placeFirst map[string]bool
	persons    map[string]bool
}

var kbIndexes sync.Map // *kb.KB → *kbIndex

func indexFor(k *kb.KB) *kbIndex {
	if k == nil {
		return &kbIndex{placeFirst: map[string]bool{}, persons: map[string]bool{}}
	}
	if v, ok := kbIndexes.Load(k); ok {
		return v.(*kbIndex)
	}
	ix := &kbIndex{placeFirst: map[string]bool{}, persons: map[string]bool{}}
	for _, p := range k.Places {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if f := strings.Fields(strings.ToLower(n)); len(f) > 0 {
				ix.placeFirst[strings.TrimSuffix(f[0], ".")] = true
			}
		}
	}
	for _, o := range k.Offices {
		for _, t := range o.Terms {
			for _, n := range append([]string{t.Holder}, t.Aliases...) {
				for _, w := range strings.Fields(strings.ToLower(n)) {
					w = strings.Trim(w, ".,")
					if len(w) > 2 {
						ix.persons[w] = true
					}
				}
			}
		}
	}
	v, _ := kbIndexes.LoadOrStore(k, ix)
	return v.(*kbIndex)
}

// placeName looks phrase up in the KB as a place's name or alias (not an
// adjective or demonym: "Norvian talks" are not talks in Norvia).
func placeName(k *kb.KB, phrase string) (*kb.Place, bool) {
	if k == nil {
		return nil, false
	}
	p, ok := k.Place(phrase)
	if !ok {
		if strings.Contains(phrase, ".") && !strings.HasSuffix(phrase, ".") {
			// The tokenizer drops an acronym's last period: "U.S".
			p, ok = k.Place(phrase + ".")
		}
		if !ok {
			return nil, false
		}
	}
	n := dropPossessive(phrase)
	if strings.EqualFold(p.Name, n) {
		return p, true
	}
	for _, a := range p.Aliases {
		if strings.EqualFold(a, n) || strings.EqualFold(strings.TrimSuffix(a, "."), n) {
			return p, true
		}
	}
	return nil, false
}

// dropPossessive removes a possessive ending: "Korvia's" → "Korvia".
func dropPossessive(s string) string {
	// every ending of possessiveEndings ends in 's', an apostrophe or
	// the last byte of '’' (most words end otherwise)
	if len(s) == 0 {
		return s
	}
	if c := s[len(s)-1]; c != 's' && c != '\'' && c != 0x99 {
		return s
	}
	for _, suf := range possessiveEndings {
		if len(s) > len(suf) && strings.HasSuffix(s, suf) {
			return s[:len(s)-len(suf)]
		}
	}
	return s
}
