package coref

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Span is a half-open byte range into an article's text.
type Span = article.Span

// Mention is one event mention with its frame.
type Mention struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	// Lemma is the stem of the mention's head word ("quake", "kill").
	Lemma string `json:"lemma"`
	// Class is the event class (earthquake, attack…), or "" when the word
	// is in no class of the lexicon.
	Class string `json:"class,omitempty"`
	// Time is the nearest date of the sentence (TIMEX3 value), Place the
	// nearest place (knowledge-base name), Participants the names of the
	// sentence.
	Time         string   `json:"time,omitempty"`
	Place        string   `json:"place,omitempty"`
	Participants []string `json:"participants,omitempty"`
	// Own is a date written right beside the mention ("the 2004 tsunami",
	// "the September temblor"): when it differs from the story's time the
	// mention names a background event.
	Own string `json:"own_time,omitempty"`
	// Given is true for a span given by the caller (--mentions).
	Given bool `json:"given,omitempty"`

	classes  []*class
	sentence int
	near     string // the name nearest the mention within nearWindow words
	source   string // the content word right before the mention, else right after
	ownYear  int
	ownMonth int
}

// Summary is what coreference needs of one article, computed once.
type Summary struct {
	ID       string
	Mentions []*Mention
	// Reference is the article's date (zero: unknown), its publication
	// day (article.RefPolicy.Reference without --ref) unless the caller
	// knows better; Encode leaves it out. Articles
	// of one story published further apart than Options.Window, with none
	// between them, are two stories (see Link).
	Reference time.Time
	// features for story grouping: name, place, year, class and word keys
	// with their counts, in key order; years: the explicit years the
	// article names with their counts, in year order.
	features []feature
	years    []yearCount
}

// feature is one of a summary's story keys with its count.
type feature struct {
	key string
	tf  float64
}

// yearCount is a year an article names and how often.
type yearCount struct {
	year, n int
}

// AnalyzeOptions control Analyze.
type AnalyzeOptions struct {
	KB *kb.KB // places; nil: no gazetteer
	// Given are caller spans (UTF-8 byte offsets into the text); when set
	// they are the article's mentions instead of detected ones.
	Given []Span
	// UseGiven makes Given authoritative even when it is empty.
	UseGiven bool
	// Prepared, when set, is what extraction already computed of the
	// article: its sentences (text.Split) and temporal expressions
	// (temporal.Tag with the publication date as reference, month first),
	// used instead of computing them again.
	Prepared *Prepared
}

// Prepared is an article's text as extraction split and tagged it.
type Prepared struct {
	Sentences   []text.Sentence
	Expressions []temporal.Expression
	// Doc, when set, is the Doc extraction read (its text the
	// article's, its sentences Sentences): its tokens are read, not
	// built again.
	Doc *text.Doc
}

// Analyze finds an article's event mentions (or takes the given spans) and
// their frames, and the features that place it in a story.
func Analyze(a *article.Article, opt AnalyzeOptions) (*Summary, error) {
	l, err := theLexicon()
	if err != nil {
		return nil, err
	}
	doc := a.Text
	// The publication day, never --ref: a summary is stored in the index
	// and must not depend on a run's flags; callers that know better set
	// Summary.Reference afterwards.
	ref, _ := a.Reference(article.RefPolicy{})
	var sents []text.Sentence
	var exprs []temporal.Expression
	var d *text.Doc
	if p := opt.Prepared; p != nil {
		sents, exprs, d = p.Sentences, p.Expressions, p.Doc
	} else {
		_, sents = text.Split(doc)
		exprs = temporal.Tag(doc, temporal.Options{Reference: ref, Breaks: text.Ends(sents)})
	}
	var words []word
	var breaks map[int]bool
	if d == nil || d.Text != doc || len(d.Sentences) != len(sents) {
		d = &text.Doc{ID: a.ID, Text: doc, Sentences: sents}
		words, breaks = tokenize(l, doc, d.Tokens())
		d.Release() // our own: words keep no token
	} else {
		words, breaks = tokenize(l, doc, d.Tokens())
	}
	s := &Summary{ID: a.ID, Reference: ref}
	fr := newFrames(l, doc, words, sents, breaks, exprs, opt.KB)
	if opt.UseGiven || len(opt.Given) > 0 {
		for _, sp := range opt.Given {
			if sp.Start < 0 || sp.End > len(doc) || sp.Start >= sp.End || !utf8.RuneStart(doc[sp.Start]) || (sp.End < len(doc) && !utf8.RuneStart(doc[sp.End])) {
				return nil, fmt.Errorf("article %s: mention %d-%d is not a span of its %d-byte text", a.ID, sp.Start, sp.End, len(doc))
			}
			s.Mentions = append(s.Mentions, givenMention(l, a.ID, doc, sp, words))
		}
	} else {
		s.Mentions = detect(l, a.ID, doc, words)
	}
	for _, m := range s.Mentions {
		fr.fill(m)
	}
	fr.features(s)
	return s, nil
}

// particles end phrasal verbs ("checked into", "took over"): the head is
// then the verb.
var particles = map[string]bool{"into": true, "out": true, "off": true, "in": true, "up": true, "to": true, "over": true, "down": true, "on": true, "away": true, "back": true, "of": true, "for": true, "at": true, "with": true, "the": true, "a": true, "an": true}

// objectPronouns may stand between a verb and its particle.
var objectPronouns = map[string]bool{"herself": true, "himself": true, "themselves": true, "itself": true, "myself": true, "yourself": true, "ourselves": true, "him": true, "her": true, "them": true, "it": true, "me": true, "us": true}

// givenMention makes a mention of a caller span: its head word and class.
func givenMention(l *lexicon, article, doc string, sp Span, words []word) *Mention {
	m := &Mention{Article: article, Start: sp.Start, End: sp.End, Text: doc[sp.Start:sp.End], Given: true, sentence: -1}
	i := sort.Search(len(words), func(i int) bool { return words[i].end > sp.Start })
	var in []word
	for ; i < len(words) && words[i].start < sp.End; i++ {
		in = append(in, words[i])
	}
	if len(in) == 0 {
		m.Lemma = strings.ToLower(m.Text)
		return m
	}
	m.sentence = in[0].sent
	// object pronouns inside a phrasal verb ("checked herself into") are
	// not part of the event word
	core := in[:0:0]
	for _, w := range in {
		if !objectPronouns[strings.ToLower(w.text)] {
			core = append(core, w)
		}
	}
	if len(core) == 0 {
		core = in
	}
	in = core
	h := len(in) - 1
	if len(in) > 1 && particles[strings.ToLower(in[h].text)] {
		h = 0
	}
	m.Lemma = in[h].stem
	stems := make([]string, len(in))
	for k, w := range in {
		stems[k] = w.stem
	}
	if cs, ok := l.byPhrase[strings.Join(stems, " ")]; ok {
		m.classes = cs
	} else if cs, ok := l.byPhrase[m.Lemma]; ok {
		m.classes = cs
	} else if cs, ok := l.byPhrase[hyphenHead(l, in[h].text)]; ok {
		// "hit-and-run", "re-elected": the class of the first part
		m.classes = cs
	} else {
		for _, st := range stems {
			if cs, ok := l.byPhrase[st]; ok {
				m.classes = cs
				break
			}
		}
	}
	if len(m.classes) > 0 {
		m.Class = m.classes[0].Name
	}
	return m
}

// hyphenHead is the stem of a hyphenated word's first part, or of the
// rest after a prefix such as "re-" ("re-hired" → "hire").
func hyphenHead(l *lexicon, w string) string {
	parts := strings.Split(strings.ToLower(w), "-")
	if len(parts) < 2 {
		return ""
	}
	switch parts[0] {
	case "re", "co", "pre", "non", "un", "ex", "mid", "post", "anti", "counter":
		return l.stem(strings.Join(parts[1:], ""))
	}
	return l.stem(parts[0])
}

// detect finds mentions of lexicon words and phrases, longest first.
// Capitalised words inside a sentence are names ("Fire Brigade"), not events.
func detect(l *lexicon, article, doc string, words []word) []*Mention {
	var out []*Mention
	var key []byte // the n-gram's stems joined by one space, reused
	for i := 0; i < len(words); {
		found := 0
		longest := 1
		if words[i].starts {
			longest = min(l.maxWords, len(words)-i)
		}
		for n := longest; n >= 1 && found == 0; n-- {
			if words[i+n-1].sent != words[i].sent {
				continue
			}
			key = append(key[:0], words[i].stem...)
			for k := 1; k < n; k++ {
				key = append(append(key, ' '), words[i+k].stem...)
			}
			cs, ok := l.byPhrase[string(key)]
			if !ok || (words[i].capital && !words[i].first) || (n == 1 && l.function[strings.ToLower(words[i].text)]) {
				continue // a name, or a function word whose stem looks like an event word ("not", "note")
			}
			w0, w1 := words[i], words[i+n-1]
			out = append(out, &Mention{Article: article, Start: w0.start, End: w1.end, Text: doc[w0.start:w1.end],
				Lemma: w0.stem, Class: cs[0].Name, classes: cs, sentence: w0.sent})
			found = n
		}
		if found == 0 {
			found = 1
		}
		i += found
	}
	return out
}

// yearMonth reads the year and month of a TIMEX3 date value (0 when absent).
func yearMonth(v string) (int, int) {
	var y, m int
	if len(v) >= 4 {
		if n, err := strconv.Atoi(v[:4]); err == nil {
			y = n
		}
	}
	if len(v) >= 7 && v[4] == '-' {
		if n, err := strconv.Atoi(v[5:7]); err == nil {
			m = n
		}
	}
	return y, m
}

// dateValue reports whether an expression names a calendar date or part.
func dateValue(x temporal.Expression) bool {
	if x.Type != temporal.Date || x.Value == "" {
		return false
	}
	y, m := yearMonth(x.Value)
	return y > 0 || m > 0
}
