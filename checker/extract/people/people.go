package people

import (
	"sort"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Mention kinds.
const (
	MentionFull    = "full"    // "Marta Quint"
	MentionSurname = "surname" // "Quint", "President Quint"
	MentionTitle   = "title"   // "the spokeswoman"
	MentionPronoun = "pronoun" // "she"
)

// Person is one person of a document with every mention resolved to them.
// Key is "person:" + the lower-case full name; a person the article names
// only by surname, whom the knowledge base identifies as the one office
// holder of that surname fitting the title, is "person:?" + surname.
type Person struct {
	Key      claim.Key
	Name     string
	Mentions []Mention
}

// Mention is one place the document refers to a person.
type Mention struct {
	Start, End int // byte span in the document text
	Text       string
	Kind       string // full, surname, title, pronoun
}

// person is the working form of a Person.
type person struct {
	key       claim.Key
	name, low string
	surname   string // lower case; with particles "de la cruz"
	alt       string // last word of a particle surname ("cruz")
	holder    string // canonical KB holder name (lower case) when known
	gender    byte   // 'm', 'f' or 0 when unknown
}

// mention is the working form of a Mention: token range and person.
type mention struct {
	first, last int
	start, end  int
	kind        string
	person      int
}

// People returns the people of a document, each with its mentions, in
// order of first mention.
func People(d *text.Doc, k *kb.KB) []Person {
	a := analyze(d, k)
	defer a.release()
	return a.exportPeople()
}

func (a *analysis) exportPeople() []Person {
	out := make([]Person, len(a.people))
	for i, p := range a.people {
		out[i] = Person{Key: p.key, Name: p.name}
	}
	for _, m := range a.mentions {
		out[m.person].Mentions = append(out[m.person].Mentions, Mention{
			Start: m.start, End: m.end, Text: a.d.Text[m.start:m.end], Kind: m.kind,
		})
	}
	for i := range out {
		ms := out[i].Mentions
		sort.Slice(ms, func(x, y int) bool { return ms[x].Start < ms[y].Start })
	}
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Mentions) == 0 || len(out[j].Mentions) == 0 {
			return len(out[i].Mentions) > len(out[j].Mentions)
		}
		if out[i].Mentions[0].Start != out[j].Mentions[0].Start {
			return out[i].Mentions[0].Start < out[j].Mentions[0].Start
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// addMention records a mention and marks its tokens.
func (a *analysis) addMention(first, last, start, end int, kind string, pi int) {
	mi := int32(len(a.mentions))
	a.mentions = append(a.mentions, mention{first: first, last: last, start: start, end: end, kind: kind, person: pi})
	for t := first; t <= last && t < len(a.tokMent); t++ {
		a.tokMent[t] = mi
	}
}

// personAt returns the person mentioned at token i, or -1.
func (a *analysis) personAt(i int) int {
	if i < 0 || i >= len(a.tokMent) || a.tokMent[i] < 0 {
		return -1
	}
	return a.mentions[a.tokMent[i]].person
}

// firstMention is the start of a person's earliest mention.
func (a *analysis) firstMention(pi int) int {
	best := -1
	for _, m := range a.mentions {
		if m.person == pi && (best < 0 || m.start < best) {
			best = m.start
		}
	}
	return best
}
