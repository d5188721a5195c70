package coref

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"time"
)

// Story is a group of articles that report the same seminal event.
type Story struct {
	ID       string   `json:"id"`
	Articles []string `json:"articles"`
	// Class is the story's most frequent seminal event class, Year its
	// most frequent explicit year (0 when none).
	Class string `json:"class,omitempty"`
	Year  int    `json:"year,omitempty"`
}

// Event is one cluster of coreferent mentions.
type Event struct {
	ID           string     `json:"id"`
	Story        string     `json:"story"`
	Class        string     `json:"class"`
	Mentions     []*Mention `json:"mentions"`
	Time         string     `json:"time"`
	Place        string     `json:"place"`
	Participants []string   `json:"participants"`
	// Background is true for an event with its own time, other than the
	// story's ("the 2004 tsunami" in a story of this year's quake).
	Background bool `json:"background,omitempty"`
	// Seminal is true for the story's main event: the largest cluster of
	// the story's class that is not background.
	Seminal bool `json:"seminal,omitempty"`
}

// Result is the outcome of Link.
type Result struct {
	Stories []*Story `json:"stories"`
	Events  []*Event `json:"events"`
	storyOf map[string]string
	byArt   map[string][]*Event
}

// StoryOf returns the story id of an article ("" for an unknown id).
func (r *Result) StoryOf(article string) string { return r.storyOf[article] }

// ArticleEvents returns the events with a mention in the article, in
// order of first mention; Background and Seminal tell their role.
func (r *Result) ArticleEvents(article string) []*Event { return r.byArt[article] }

// Options control Link.
type Options struct {
	Stories StoryOptions
	// Window, when positive: articles of one story published further
	// apart than this, with none between them, are two stories (see
	// StoryWindow); 0 splits nothing.
	Window time.Duration
}

// StoryWindow is the window a check compares claims by (and the web
// server shows stories by): articles of one story published further
// apart, with none between them, tell of two events of one kind (two
// crashes on one road half a year apart), which the words alone do not
// separate; a review a season later still tells of the story's event.
const StoryWindow = 150 * 24 * time.Hour

// Link groups the summarised articles into stories and their mentions into
// events. The result depends only on the summaries, not on their order.
func Link(sums []*Summary, opt Options) *Result {
	sums = append([]*Summary(nil), sums...)
	sort.SliceStable(sums, func(i, j int) bool { return sums[i].ID < sums[j].ID })
	refs := make([]time.Time, len(sums))
	for i, s := range sums {
		refs[i] = s.Reference
	}
	r := &Result{storyOf: map[string]string{}, byArt: map[string][]*Event{}}
	linkGroups(internFeatures(sums), refs, opt, func(members []int) []*Summary {
		g := make([]*Summary, len(members))
		for k, i := range members {
			g[k] = sums[i]
		}
		return g
	}, func(st *Story, evs []*Event) {
		r.Stories = append(r.Stories, st)
		r.Events = append(r.Events, evs...)
		for _, id := range st.Articles {
			r.storyOf[id] = st.ID
		}
		for art, aevs := range ArticleEvents(evs) {
			r.byArt[art] = aevs
		}
	})
	return r
}

// Stored is an article's summary as Encode packed it, with the article's
// reference date (zero: unknown).
type Stored struct {
	ID, Summary string
	Reference   time.Time
	// Table, when set, numbers Features: Summary and Features are then
	// the parts Table.Split made of the encoded summary.
	Table    *FeatureTable
	Features string
}

// LinkStored is Link of stored summaries that keeps them packed: it reads
// only their features to group them, and unpacks the mentions of one
// story at a time, handing the story with its events to fn (stories in
// the order Link lists them, events numbered alike) and keeping none.
// An article whose stored summary is "" or does not decode takes the
// summary analysed returns for it instead (nil: the article is left out,
// as Link leaves out an article it is not given); an error from analysed
// stops the link and is returned.
func LinkStored(stored []Stored, opt Options, analysed func(id string) (*Summary, error), fn func(st *Story, evs []*Event)) error {
	_, err := LinkStoredFreq(stored, opt, analysed, fn)
	return err
}

// LinkStoredFreq is LinkStored that also returns the document
// frequencies of the story features it grouped the articles by.
func LinkStoredFreq(stored []Stored, opt Options, analysed func(id string) (*Summary, error), fn func(st *Story, evs []*Event)) (*DocFreq, error) {
	stored = append([]Stored(nil), stored...)
	sort.SliceStable(stored, func(i, j int) bool { return stored[i].ID < stored[j].ID })
	fs := newFeatures(len(stored))
	kept := stored[:0]
	own := map[int]*Summary{} // by index in kept: the summaries analysed
	for _, s := range stored {
		if s.Table != nil {
			s.Table.add(fs, s.Features)
			s.Table, s.Features = nil, ""
			kept = append(kept, s)
			continue
		}
		if s.Summary != "" {
			if short, err := fs.addEncoded(s.Summary); err == nil {
				s.Summary = short // its features are in fs
				kept = append(kept, s)
				continue
			}
		}
		sum, err := analysed(s.ID)
		if err != nil {
			return nil, err
		}
		if sum == nil {
			continue
		}
		for _, f := range sum.features {
			fs.add(f.key, f.tf)
		}
		fs.end()
		sum.Reference = s.Reference
		own[len(kept)] = sum
		kept = append(kept, s)
	}
	refs := make([]time.Time, len(kept))
	for i, s := range kept {
		refs[i] = s.Reference
	}
	var err error
	linkGroups(fs, refs, opt, func(members []int) []*Summary {
		g := make([]*Summary, len(members))
		for k, i := range members {
			s := own[i]
			if s == nil {
				var derr error
				if s, derr = decodeSummary(kept[i].ID, kept[i].Summary, false); derr != nil {
					err = derr // cannot be: its features decoded
					s = &Summary{ID: kept[i].ID}
				}
				s.Reference = refs[i]
			}
			g[k] = s
		}
		return g
	}, fn)
	if err != nil {
		return nil, err
	}
	return fs.docFreq(), nil
}

// ArticleEvents groups events by the articles they have a mention in,
// each article's in order of their first mention in it (Result's
// ArticleEvents).
func ArticleEvents(evs []*Event) map[string][]*Event {
	byArt := map[string][]*Event{}
	first := map[string][]int{} // article -> first mention start of each of its events
	for _, e := range evs {
		seen := map[string]bool{}
		for _, m := range e.Mentions {
			if !seen[m.Article] {
				seen[m.Article] = true
				byArt[m.Article] = append(byArt[m.Article], e)
				first[m.Article] = append(first[m.Article], m.Start)
			}
		}
	}
	for art, aevs := range byArt {
		sort.Stable(byFirst{aevs, first[art]})
	}
	return byArt
}

// linkGroups groups the articles (in ID order: their features fs and
// reference dates refs) into stories, and clusters each story's mentions
// into events, story by story: group gives the summaries of a story's
// members, and fn gets the story and its events.
func linkGroups(fs *features, refs []time.Time, opt Options, group func(members []int) []*Summary, fn func(st *Story, evs []*Event)) {
	root := groupStories(fs, opt.Stories)
	if opt.Window > 0 {
		root = splitByTime(refs, root, opt.Window, undatedApart(fs, opt.Stories))
	}
	// stories numbered by their first article
	storyIdx := map[int]int{}
	var groups [][]int
	for i := range root {
		k, ok := storyIdx[root[i]]
		if !ok {
			k = len(groups)
			storyIdx[root[i]] = k
			groups = append(groups, nil)
		}
		groups[k] = append(groups[k], i)
	}
	next := 1 // the number of the next event
	for k, members := range groups {
		g := group(members)
		st := &Story{ID: "s" + strconv.Itoa(k+1)}
		for _, s := range g {
			st.Articles = append(st.Articles, s.ID)
		}
		evs := clusterStory(st, g)
		for _, e := range evs {
			e.ID = "e" + strconv.Itoa(next)
			next++
		}
		fn(st, evs)
	}
}

// byFirst sorts an article's events by the start of their first mention
// in it.
type byFirst struct {
	evs   []*Event
	start []int
}

func (b byFirst) Len() int           { return len(b.evs) }
func (b byFirst) Less(i, j int) bool { return b.start[i] < b.start[j] }
func (b byFirst) Swap(i, j int) {
	b.evs[i], b.evs[j] = b.evs[j], b.evs[i]
	b.start[i], b.start[j] = b.start[j], b.start[i]
}

// storyFrame is what a story's articles agree on: class counts, the main
// year and month.
type storyFrame struct {
	seminal    string // the story's most frequent seminal class
	classCount map[string]int
	// votes counts every class a mention may name, shared among them:
	// it picks the story's main class when its words are ambiguous
	votes map[string]float64
	year  int
	month int
}

func frameOf(g []*Summary) storyFrame {
	f := storyFrame{classCount: map[string]int{}, votes: map[string]float64{}}
	years := map[int]int{}
	months := map[int]int{}
	for _, s := range g {
		for _, y := range s.years {
			years[y.year] += y.n
		}
		for _, m := range s.Mentions {
			if len(m.classes) == 1 {
				f.classCount[m.classes[0].Name]++
			}
			for _, c := range m.classes {
				f.votes[c.Name] += 1 / float64(len(m.classes))
			}
			if _, mo := yearMonth(m.Time); mo > 0 {
				months[mo]++
			}
		}
	}
	f.year = latestMost(years)
	f.month = argmax(months)
	return f
}

// latestMost is the year named most often, the latest of those tied: a
// report looks back at earlier events, rarely ahead.
func latestMost(m map[int]int) int {
	best, bc := 0, 0
	for k, c := range m {
		if c > bc || (c == bc && k > best) {
			best, bc = k, c
		}
	}
	return best
}

func argmax(m map[int]int) int {
	best, bc := 0, 0
	for k, c := range m {
		if c > bc || (c == bc && k < best) {
			best, bc = k, c
		}
	}
	return best
}

// classOf picks a mention's class: of the classes its word may name, the
// one the story mentions most ("fire" in a story of dismissals is a
// dismissal).
func (f storyFrame) classOf(m *Mention) *class {
	var best *class
	bc := -1
	for _, c := range m.classes {
		if n := f.classCount[c.Name]; n > bc {
			best, bc = c, n
		}
	}
	return best
}

// background reports the mention's own time when it is before the
// story's: then it names another, earlier event of its kind ("the 2004
// tsunami"). A later year is the story's event ahead ("to host the 2014
// ceremony"), and a date resolved against the article's own date ("on
// Monday") is the story's time.
func (f storyFrame) background(m *Mention) (string, bool) {
	switch {
	case m.ownYear > 0 && f.year > 0 && m.ownYear < f.year:
		return strconv.Itoa(m.ownYear), true
	case m.ownYear == 0 && m.ownMonth > 0 && f.month > 0 && m.ownMonth != f.month:
		return fmt.Sprintf("XXXX-%02d", m.ownMonth), true
	}
	return "", false
}

// key is the clustering key of an article's i-th mention, with its class
// name and whether it is a background event.
func (f storyFrame) key(article string, i int, m *Mention) (key, name string, bg bool) {
	link := LinkStory
	if c := f.classOf(m); c != nil {
		name, link = c.Name, c.Link
		m.Class = c.Name
	}
	key = name
	if key == "" {
		key = "lemma:" + m.Lemma
	}
	when, bg := f.background(m)
	if bg {
		key += "@" + when
	}
	switch link {
	case LinkSeminal:
		if f.seminal != "" && !bg {
			key = f.seminal
			name = f.seminal
		}
	case LinkArticle:
		key += "#" + article
	case LinkNone:
		// reporting and thinking: one act only with the same word and
		// the same source beside it ("Ivo Marr said", "police said" in
		// two articles)
		if m.near != "" {
			key += "|" + m.Lemma + "|" + m.near
		} else if m.source != "" {
			key += "|" + m.Lemma + "|" + m.source
		} else {
			key += "#" + article + "#" + strconv.Itoa(i)
		}
	}
	return key, name, bg
}

// clusterStory groups one story's mentions by class (or lemma) and time.
func clusterStory(st *Story, g []*Summary) []*Event {
	f := frameOf(g)
	st.Year = f.year
	keyed := map[string]*Event{}
	var out []*Event
	bestSeminal, bestN := "", 0.0
	bestOrder := 0
	for name, c := range f.votes {
		cl, ok := mustLexicon().byName[name]
		if ok && cl.Seminal && (c > bestN || (c == bestN && cl.order < bestOrder)) {
			bestSeminal, bestN, bestOrder = name, c, cl.order
		}
	}
	st.Class = bestSeminal
	f.seminal = bestSeminal
	for _, s := range g {
		keys := make([]string, len(s.Mentions))
		names := make([]string, len(s.Mentions))
		bgs := make([]bool, len(s.Mentions))
		for i, m := range s.Mentions {
			keys[i], names[i], bgs[i] = f.key(s.ID, i, m)
		}
		for i, m := range s.Mentions {
			e := keyed[keys[i]]
			if e == nil {
				cls := names[i]
				if cls == "" {
					cls = "other"
				}
				e = &Event{Story: st.ID, Class: cls, Background: bgs[i]}
				keyed[keys[i]] = e
				out = append(out, e)
			}
			e.Mentions = append(e.Mentions, m)
		}
	}
	var seminal *Event
	for _, e := range out {
		summarize(e)
		if e.Class == bestSeminal && !e.Background && (seminal == nil || len(e.Mentions) > len(seminal.Mentions)) {
			seminal = e
		}
	}
	if seminal != nil {
		seminal.Seminal = true
	}
	return out
}

// summarize sets an event's time, place and participants from its
// mentions: the most frequent of each.
func summarize(e *Event) {
	times, places, parts := map[string]int{}, map[string]int{}, map[string]int{}
	for _, m := range e.Mentions {
		if m.Own != "" {
			times[m.Own] += 2
		} else if m.Time != "" {
			times[m.Time]++
		}
		if m.Place != "" {
			places[m.Place]++
		}
		for _, p := range m.Participants {
			parts[p]++
		}
	}
	e.Time, e.Place = top(times), top(places)
	e.Participants = []string{}
	ps := make([]string, 0, len(parts))
	for p := range parts {
		ps = append(ps, p)
	}
	sort.Slice(ps, func(i, j int) bool {
		if parts[ps[i]] != parts[ps[j]] {
			return parts[ps[i]] > parts[ps[j]]
		}
		return ps[i] < ps[j]
	})
	if len(ps) > 5 {
		ps = ps[:5]
	}
	e.Participants = append(e.Participants, ps...)
}

func top(m map[string]int) string {
	best, bc := "", 0
	for k, c := range m {
		if c > bc || (c == bc && k < best) {
			best, bc = k, c
		}
	}
	return best
}

// splitByTime cuts every group of articles (root[i] is article i's
// group; refs, their reference dates, in ID order) into runs of reference dates no more than
// window apart. An article of unknown date joins its group's largest run
// (the earliest of equal ones), unless apart (nil: none) sets it apart
// with others undated (see undatedApart). It returns each article's run,
// named by the run's first article.
func splitByTime(refs []time.Time, root []int, window time.Duration, apart func(run, undated []int) []int) []int {
	members := map[int][]int{}
	for i, r := range root {
		members[r] = append(members[r], i)
	}
	out := make([]int, len(root))
	for _, ms := range members {
		var dated, undated []int
		for _, i := range ms {
			if refs[i].IsZero() {
				undated = append(undated, i)
			} else {
				dated = append(dated, i)
			}
		}
		sort.SliceStable(dated, func(a, b int) bool { return refs[dated[a]].Before(refs[dated[b]]) })
		var runs [][]int
		for k, i := range dated {
			if k == 0 || refs[i].Sub(refs[dated[k-1]]) > window {
				runs = append(runs, nil)
			}
			runs[len(runs)-1] = append(runs[len(runs)-1], i)
		}
		big := 0
		for k, r := range runs {
			if len(r) > len(runs[big]) {
				big = k
			}
		}
		if len(runs) == 0 {
			runs = [][]int{nil}
		}
		if apart != nil && len(dated) > 0 && len(undated) > 1 {
			if own := apart(runs[big], undated); len(own) > 1 {
				runs = append(runs, own)
				undated = slices.DeleteFunc(undated, func(i int) bool { return slices.Contains(own, i) })
			}
		}
		runs[big] = append(runs[big], undated...)
		for _, r := range runs {
			first := slices.Min(r)
			for _, i := range r {
				out[i] = first
			}
		}
	}
	return out
}

// undatedApart picks, of a group's undated articles, those that tell of
// another event of the group's kind than its dated run: each is closer, on
// what the group's articles do not all share (names, places, figures), to
// the other undated ones so picked than to the dated run, they hold
// together as a story would (average similarity at least the split
// threshold), and they name apart from the run (namesApart). Two quakes
// at one island years apart share the island and the kind; the undated
// reports of the later one share its villages, its officials and its
// figures among themselves, not with the dated reports.
func undatedApart(fs *features, o StoryOptions) func(run, undated []int) []int {
	o = o.withDefaults(len(fs.at) - 1)
	return func(run, undated []int) []int {
		ms := append(append([]int(nil), run...), undated...)
		vecs := fs.vectorize(ms, nil, nil)
		nr := len(run)
		avg := func(a int, to []int) float64 {
			s, n := 0.0, 0
			for _, b := range to {
				if b != a {
					s += dot(vecs[a], vecs[b])
					n++
				}
			}
			if n == 0 {
				return 0
			}
			return s / float64(n)
		}
		runIdx := make([]int, nr)
		for k := range runIdx {
			runIdx[k] = k
		}
		own := make([]int, 0, len(undated))
		for k := range undated {
			own = append(own, nr+k)
		}
		// drop, one at a time, the undated article closest to the run
		// relative to the others, until every one left is closer to them
		for len(own) > 1 {
			worst, wd := -1, 0.0
			for k, a := range own {
				if d := avg(a, own) - avg(a, runIdx); worst < 0 || d < wd {
					worst, wd = k, d
				}
			}
			if wd > 0 {
				break
			}
			own = slices.Delete(own, worst, worst+1)
		}
		if len(own) < 2 {
			return nil
		}
		inner, n := 0.0, 0
		for x, a := range own {
			for _, b := range own[x+1:] {
				inner += dot(vecs[a], vecs[b])
				n++
			}
		}
		if inner/float64(n) < o.Split {
			return nil
		}
		out := make([]int, len(own))
		for k, a := range own {
			out[k] = ms[a]
		}
		if !namesApart(fs, out, run) {
			return nil
		}
		return out
	}
}

// namesApart reports whether two sets of articles (undated ones and a
// dated run) name apart: the names most of each side's articles share
// and the other side never names, at least two on each side, outnumber
// the names most of both sides share. Two reports of one event share most
// of their names (its place, its officials); two events of one kind at one
// place share the place and differ in the rest (villages hit, the
// officials quoted).
func namesApart(fs *features, a, b []int) bool {
	count := func(set []int) map[int32]int {
		c := map[int32]int{}
		for _, i := range set {
			for _, id := range fs.ids[fs.at[i]:fs.at[i+1]] {
				if fs.kind[id] == 'n' {
					c[id]++
				}
			}
		}
		return c
	}
	ca, cb := count(a), count(b)
	most := func(k, n int) bool { return k >= 2 && 2*k >= n }
	onlyA, onlyB, shared := 0, 0, 0
	for id, k := range ca {
		if !most(k, len(a)) {
			continue
		}
		switch {
		case cb[id] == 0:
			onlyA++
		case most(cb[id], len(b)):
			shared++
		}
	}
	for id, k := range cb {
		if most(k, len(b)) && ca[id] == 0 {
			onlyB++
		}
	}
	return onlyA >= 2 && onlyB >= 2 && onlyA+onlyB > shared
}
