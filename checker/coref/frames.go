package coref

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// ownWindow is how many words from a mention a date may stand and still be
// the mention's own ("the 2004 tsunami", "a quake in April last year").
const ownWindow = 3

// nearWindow is how close a name must stand to a mention to be its
// source or agent ("police said", "said Ivo Marr").
const nearWindow = 4

// Features in an article's first leadBytes (its headline and lead
// paragraphs) count leadWeight times: the rest of a report drifts to
// background and reactions.
const (
	leadBytes  = 1000
	leadWeight = 2
)

// frames holds one article's arguments: dates, places and names, each with
// the word index it sits at.
type frames struct {
	l      *lexicon
	doc    string
	words  []word
	sents  []text.Sentence
	breaks map[int]bool
	dates  []located // value is the TIMEX3 value
	places []located // value is the place's name, key its kb key
	names  []located // value is the name as written, key its normalised form
}

type located struct {
	sent, from, to int // sentence; word range [from, to)
	value, key     string
	relative       bool // a date resolved against the reference ("on Monday")
}

func newFrames(l *lexicon, doc string, words []word, sents []text.Sentence, breaks map[int]bool, exprs []temporal.Expression, k *kb.KB) *frames {
	f := &frames{l: l, doc: doc, words: words, sents: sents, breaks: breaks}
	for _, x := range exprs {
		if !dateValue(x) {
			continue
		}
		from, to := f.wordRange(x.Start, x.End)
		if from < to {
			f.dates = append(f.dates, located{sent: words[from].sent, from: from, to: to, value: x.Value, relative: x.Relative})
		}
	}
	f.findNames(k)
	return f
}

// wordRange maps a byte span to the words it covers.
func (f *frames) wordRange(s, e int) (int, int) {
	from := sort.Search(len(f.words), func(i int) bool { return f.words[i].end > s })
	to := from
	for to < len(f.words) && f.words[to].start < e {
		to++
	}
	return from, to
}

// findNames reads runs of capitalised words: a run the knowledge base
// knows is a place, any other is a participant's name. A lone capital at
// the start of a sentence is only an ordinary word written there.
func (f *frames) findNames(k *kb.KB) {
	ws := f.words
	for i := 0; i < len(ws); {
		if !ws[i].capital || isNumber(ws[i].text) {
			i++
			continue
		}
		j := i + 1
		for j < len(ws) && ws[j].capital && ws[j].sent == ws[i].sent && !f.breaks[j] && j-i < 4 {
			j++
		}
		// leading stopwords and month names are not part of a name
		s := i
		for s < j && ws[s].stop {
			s++
		}
		if s < j && !(j-s == 1 && ws[s].first) {
			f.addName(k, s, j)
		}
		i = j
	}
}

func (f *frames) addName(k *kb.KB, s, e int) {
	ws := f.words
	phrase := f.doc[ws[s].start:ws[e-1].end]
	if k != nil {
		// the longest known place inside the run
		for n := e - s; n >= 1; n-- {
			for a := s; a+n <= e; a++ {
				p := f.doc[ws[a].start:ws[a+n-1].end]
				if pl, ok := k.Place(p); ok && !pl.Ambiguous && pl.Kind != kb.KindBody {
					f.places = append(f.places, located{sent: ws[a].sent, from: a, to: a + n, value: pl.Name, key: pl.Key})
					if a > s {
						f.addName(nil, s, a)
					}
					if a+n < e {
						f.addName(k, a+n, e)
					}
					return
				}
			}
		}
	}
	f.names = append(f.names, located{sent: ws[s].sent, from: s, to: e, value: phrase, key: normName(phrase)})
}

// breakBetween reports a clause break (comma, semicolon, dash) between x
// and the words [from, to) (breaks[i] is a break before word i): a date
// across it belongs to another clause.
func (f *frames) breakBetween(x located, from, to int) bool {
	lo, hi := x.to, from // x before the mention
	if x.from >= to {
		lo, hi = to, x.from
	}
	for i := lo; i <= hi; i++ {
		if f.breaks[i] {
			return true
		}
	}
	return false
}

// fill gives a mention its frame from its sentence.
func (f *frames) fill(m *Mention) {
	if m.sentence < 0 {
		return
	}
	from, to := f.wordRange(m.Start, m.End)
	if from > 0 && f.words[from-1].sent == m.sentence && !f.words[from-1].stop {
		m.source = f.words[from-1].stem
	} else if to < len(f.words) && f.words[to].sent == m.sentence && !f.words[to].stop {
		m.source = f.words[to].stem
	}
	dist := func(x located) int {
		switch {
		case x.to <= from:
			return from - x.to
		case x.from >= to:
			return x.from - to
		}
		return 0
	}
	nearest := func(xs []located) (located, int, bool) {
		best, bd, ok := located{}, 0, false
		for _, x := range xs {
			if x.sent != m.sentence {
				continue
			}
			if d := dist(x); !ok || d < bd {
				best, bd, ok = x, d, true
			}
		}
		return best, bd, ok
	}
	if d, n, ok := nearest(f.dates); ok {
		m.Time = d.value
		if n <= ownWindow && !d.relative && !f.breakBetween(d, from, to) {
			m.Own = d.value
			m.ownYear, m.ownMonth = yearMonth(d.value)
		}
	}
	if p, _, ok := nearest(f.places); ok {
		m.Place = p.value
	}
	if x, n, ok := nearest(f.names); ok && n <= nearWindow {
		m.near = x.key
	}
	seen := map[string]bool{}
	for _, x := range f.names {
		if x.sent == m.sentence && !seen[x.key] {
			seen[x.key] = true
			m.Participants = append(m.Participants, x.value)
		}
	}
}

// features are the article's story keys: names, places, explicit years,
// seminal classes, numbers and content words, with their counts.
func (f *frames) features(s *Summary) {
	feats := map[string]float64{}
	years := map[int]int{}
	for _, x := range f.names {
		lw := f.lead(x.from)
		feats["n:"+x.key] += lw
		for _, part := range strings.Fields(x.key) {
			if len(part) > 2 && !f.l.stop[part] {
				feats["n:"+part] += 0.5 * lw
			}
		}
	}
	for _, x := range f.places {
		feats["p:"+x.key] += f.lead(x.from)
	}
	for _, x := range f.dates {
		if y, _ := yearMonth(x.value); y > 0 {
			feats["y:"+strconv.Itoa(y)]++
			years[y]++
		}
	}
	for _, m := range s.Mentions {
		for _, c := range m.classes {
			if c.Seminal {
				feats["c:"+c.Name]++
			}
		}
	}
	// the numbers counted by their texts first: one key made for each
	// distinct one, not for every number; a content word's key is made
	// once a run (word.feature)
	nums := map[string]float64{}
	for i, w := range f.words {
		switch {
		case isNumber(w.text):
			if _, err := strconv.Atoi(w.text); err != nil || len(w.text) != 4 {
				nums[w.text] += f.lead(i)
			}
		case w.feature != "":
			feats[w.feature] += f.lead(i)
		}
	}
	for k, n := range nums {
		feats["#:"+k] += n
	}
	s.features = make([]feature, 0, len(feats))
	for k, tf := range feats {
		s.features = append(s.features, feature{k, tf})
	}
	slices.SortFunc(s.features, func(a, b feature) int { return strings.Compare(a.key, b.key) })
	s.years = make([]yearCount, 0, len(years))
	for y, n := range years {
		s.years = append(s.years, yearCount{y, n})
	}
	slices.SortFunc(s.years, func(a, b yearCount) int { return cmp.Compare(a.year, b.year) })
}

// lead is the weight of a feature at word i: the headline and first
// sentences say which event an article reports more than the rest.
func (f *frames) lead(i int) float64 {
	if i < len(f.words) && f.words[i].start < leadBytes {
		return leadWeight
	}
	return 1
}
