package people

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"weak"

	"github.com/crosscheck/crosscheck/rules/kb"
)

// phraseKind says what a title-vocabulary phrase can be.
type phraseKind uint16

const (
	pHead   phraseKind = 1 << iota // spokesman, prime minister
	pRank                          // senior, former
	pDomain                        // foreign, energy
	pOrg                           // ministry, coast guard
	pPlace                         // a country or body: Ruritanian, EU
	pInst                          // an institution: the Zenith Palace
	pGov                           // a government word: administration
)

// phrase is one entry of the title vocabulary: one or more lower-case
// tokens and every role they can play.
type phrase struct {
	words   []string
	text    string // the words joined by spaces
	acronym bool   // the text must be written without lower-case letters ("UK", not "uk")
	kind    phraseKind
	class   string // head class
	rank    rankInfo
	domain  string
	org     string
	place   *kb.Place
	inst    *kb.Institution
	offices []*kb.Office // offices using it as a government word
}

// tables are the lookups for one knowledge base: the static vocabulary
// merged with the KB's place, institution and government words, and the
// offices by title. Built once per KB and cached.
type tables struct {
	// lex is the one lookup a token needs: its word flags and the phrases
	// it starts.
	lex map[string]lexEntry
	// byFirst maps a phrase's first token to its phrases, longest first.
	byFirst map[string][]*phrase
	// officesByTitle: lower-case title or alias → offices, by key.
	officesByTitle map[string][]*kb.Office
}

// lexEntry is what the tables know of one lower-case token.
type lexEntry struct {
	words   wordFlag
	kinds   phraseKind // union of the kinds of the phrases it starts
	phrases []*phrase  // phrases starting with it, longest first
}

// tableCache holds the tables of each KB, keyed weakly so that a KB no
// longer used elsewhere is dropped with its tables.
var (
	tableCache sync.Map // weak.Pointer[kb.KB] → *tables
	noKBTables = sync.OnceValue(func() *tables { return buildTables(nil) })
)

func tablesFor(k *kb.KB) *tables {
	if k == nil {
		return noKBTables()
	}
	key := weak.Make(k)
	if t, ok := tableCache.Load(key); ok {
		return t.(*tables)
	}
	t, loaded := tableCache.LoadOrStore(key, buildTables(k))
	if !loaded {
		runtime.AddCleanup(k, func(key weak.Pointer[kb.KB]) { tableCache.Delete(key) }, key)
	}
	return t.(*tables)
}

func buildTables(k *kb.KB) *tables {
	phrases := make(map[string]*phrase, len(vocab().phrases))
	for key, p := range vocab().phrases {
		c := *p
		phrases[key] = &c
	}
	add := func(s string) *phrase {
		words := phraseWords(s)
		if len(words) == 0 {
			return nil
		}
		acronym := isAcronymText(s)
		key := phraseKey(words, acronym)
		if p, ok := phrases[key]; ok {
			return p
		}
		p := &phrase{words: words, text: strings.Join(words, " "), acronym: acronym}
		phrases[key] = p
		return p
	}
	t := &tables{officesByTitle: map[string][]*kb.Office{}}
	if k != nil {
		for _, pl := range k.Places {
			if pl.Kind != kb.KindCountry && pl.Kind != kb.KindBody {
				continue // titles name countries and bodies, not cities
			}
			names := append([]string{}, pl.Adjectives...)
			if !pl.Ambiguous {
				names = append(append(names, pl.Name), pl.Aliases...)
			}
			for _, n := range names {
				if p := add(n); p != nil && p.place == nil {
					p.kind |= pPlace
					p.place = pl
				}
			}
		}
		for _, in := range k.Institutions {
			for _, n := range append([]string{in.Name}, in.Aliases...) {
				if p := add(strings.TrimPrefix(strings.TrimPrefix(n, "the "), "The ")); p != nil && p.inst == nil {
					p.kind |= pInst
					p.inst = in
				}
			}
		}
		for _, o := range k.Offices {
			for _, g := range o.GovernmentWords {
				if p := add(g); p != nil {
					p.kind |= pGov
					p.offices = appendOffice(p.offices, o)
				}
			}
			for _, title := range append([]string{o.Title}, o.Aliases...) {
				tk := strings.Join(phraseWords(title), " ")
				t.officesByTitle[tk] = appendOffice(t.officesByTitle[tk], o)
			}
		}
	}
	t.byFirst = map[string][]*phrase{}
	for _, p := range phrases {
		t.byFirst[p.words[0]] = append(t.byFirst[p.words[0]], p)
	}
	for _, list := range t.byFirst {
		sort.Slice(list, func(i, j int) bool {
			if len(list[i].words) != len(list[j].words) {
				return len(list[i].words) > len(list[j].words)
			}
			return phraseKey(list[i].words, list[i].acronym) < phraseKey(list[j].words, list[j].acronym)
		})
	}
	t.lex = make(map[string]lexEntry, len(vocab().words)+len(t.byFirst))
	for w, fl := range vocab().words {
		t.lex[w] = lexEntry{words: fl}
	}
	for _, p := range phrases {
		last := p.words[len(p.words)-1]
		e := t.lex[last]
		e.words |= wPhraseEnd
		t.lex[last] = e
	}
	for w, list := range t.byFirst {
		e := t.lex[w]
		e.phrases = list
		for _, p := range list {
			e.kinds |= p.kind
		}
		t.lex[w] = e
	}
	for _, list := range t.officesByTitle {
		sort.Slice(list, func(i, j int) bool { return list[i].Key < list[j].Key })
	}
	return t
}

func appendOffice(list []*kb.Office, o *kb.Office) []*kb.Office {
	for _, x := range list {
		if x == o {
			return list
		}
	}
	return append(list, o)
}

// isAcronymText reports whether s has letters and none in lower case:
// such KB words ("UK") must match as written.
func isAcronymText(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		case r > 127 && isLowerRune(r):
			return false
		}
	}
	return letters >= 2 && !strings.Contains(s, ".")
}
