package pipeline

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/checker/coref"
	"github.com/crosscheck/crosscheck/checker/lexicon"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// A draft that names its event by other words or another place than the
// indexed articles of its story ("the temblor on the island" against "the
// quake in the province") shares no event key with them. The index finds
// them by what the draft's story summary holds: its names, places, numbers
// and event words, the articles matching most of them first (BM25). Only
// coreference then puts a candidate in the draft's story, or leaves it out.
const (
	// draftCandidates is how many articles one draft's query returns.
	draftCandidates = 50
	// draftClues is how many of the draft's strongest features it asks for.
	draftClues = 16
	// draftMinClues is how many of them a candidate must match: one name
	// or one event word alone is shared by too many other stories.
	draftMinClues = 2
	// draftMaxDocs: a word in more articles than this tells no story
	// apart (a story has tens of articles, not hundreds), and reading its
	// postings is what the query costs.
	draftMaxDocs = 200
)

// draftCandidateIDs returns the indexed articles the drafts' summaries
// point to, each draft's best first.
func draftCandidateIDs(ix *store.Index, k *kb.KB, sums []*coref.Summary) ([]string, error) {
	var ids []string
	for _, s := range sums {
		clues := storyClues(s, k)
		if len(clues) < draftMinClues {
			continue
		}
		found, err := ix.Candidates(clues, draftMinClues, draftCandidates, draftMaxDocs)
		if err != nil {
			return nil, err
		}
		ids = append(ids, found...)
	}
	return ids, nil
}

// storyClues are the clues of a summary's strongest features that tell
// one story from another: each name, place and number of two digits or
// more, and each seminal event class the article names by any of its
// nouns or the words the article names it by. Years and common words are left out: they
// are shared by most articles of a period or a kind.
func storyClues(s *coref.Summary, k *kb.KB) []store.Clue {
	var clues []store.Clue
	inName := map[string]bool{} // the words of names asked for
	for _, f := range s.Features() {
		if len(clues) == draftClues {
			break
		}
		var any []string
		switch f.Kind {
		case 'n':
			if inName[f.Value] {
				continue // a part of a name asked for whole
			}
			words := strings.Fields(f.Value)
			for _, w := range words {
				inName[w] = true
			}
			// the whole name, or its last word alone: "Governor Ada
			// Brisk" is "Ms Brisk" or "Ada Brisk" elsewhere
			any = []string{f.Value}
			if len(words) > 1 {
				any = append(any, words[len(words)-1])
			}
		case 'p':
			any = placeNames(k, f.Value)
		case '#':
			if digits(f.Value) >= 2 {
				any = []string{f.Value}
			}
		case 'c':
			any = classWords(s, f.Value)
		}
		if len(any) > 0 {
			clues = append(clues, store.Clue{Any: any, Boost: 1 + math.Log(f.Weight)})
		}
	}
	return clues
}

// placeNames are the names a place is written by.
func placeNames(k *kb.KB, key string) []string {
	if k == nil {
		return nil
	}
	p, ok := k.PlaceByKey(key)
	if !ok {
		return nil
	}
	return append([]string{p.Name}, p.Aliases...)
}

// classWords are the nouns that name an event of the class, and the
// words the summary's mentions of it are written with; none when no
// mention is of the class first (a word of two classes, "struck", counts
// for its first: a quake's story is not searched for as an attack's).
func classWords(s *coref.Summary, class string) []string {
	if !slices.ContainsFunc(s.Mentions, func(m *coref.Mention) bool { return m.Class == class }) {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	add := func(w string) {
		w = strings.ToLower(w)
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	if lex, err := lexicon.Load(); err == nil {
		for _, c := range lex.Classes {
			if c.Name == class {
				for _, n := range c.Nouns {
					add(n)
				}
			}
		}
	}
	for _, m := range s.Mentions {
		if m.Class == class {
			add(m.Text)
		}
	}
	return out
}

// digits counts the digits of a number as written.
func digits(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n++
		}
	}
	return n
}
