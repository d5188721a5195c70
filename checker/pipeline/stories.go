package pipeline

import (
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/coref"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/extract/events"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Claims about an article's news belong to its story's seminal event, not
// to the words it used for it: "the attack in Aden" in one article and
// "the raid on the port" in another tell of one event when coreference
// puts both articles in one story, and "the quake in Tarnow" of two
// stories are two events. The claims of the news are keyed by the story
// (claim.StoryKey of the story's first article ID); figures of a background
// event keep the key of their own time or place.

// storySummary summarises an article for story grouping; nil when
// coreference fails on it. Every article counts, event claims or not: an
// article that only tells of an event places the others in its story.
func storySummary(a *article.Article, k *kb.KB) *coref.Summary {
	s, err := coref.Analyze(a, coref.AnalyzeOptions{KB: k})
	if err != nil {
		return nil
	}
	return s
}

// preparedSummary is storySummary of an extracted article, reusing the
// sentences, tokens and temporal expressions extraction computed when they are
// those coreference would (tagged month first against the publication
// date: the tagger reads only the reference's day): the work is not done
// twice.
func preparedSummary(r extract.Result, k *kb.KB) *coref.Summary {
	opt := coref.AnalyzeOptions{KB: k}
	if !r.DayFirst && sameDay(r.Reference, r.Article.Published) && r.Sentences != nil {
		opt.Prepared = &coref.Prepared{Sentences: r.Sentences, Expressions: r.Expressions, Doc: r.Doc}
	}
	s, err := coref.Analyze(r.Article, opt)
	if err != nil {
		return nil
	}
	return s
}

// encodedStory is the story summary stored with an extracted article
// when stories are on: preparedSummary, encoded; "" otherwise.
func encodedStory(r extract.Result, stories bool, k *kb.KB) string {
	if !stories {
		return ""
	}
	if sum := preparedSummary(r, k); sum != nil {
		return sum.Encode()
	}
	return ""
}

// sameDay reports two reference dates the temporal tagger reads alike:
// the same calendar day, or both unknown.
func sameDay(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return a.IsZero() == b.IsZero()
	}
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// LinkStories groups summaries (each with its article's reference date,
// as StorySummary and EachStorySummary give them) into the stories a
// check compares event claims by; the web server's story pages show the
// same.
func LinkStories(sums []*coref.Summary) *coref.Result {
	return coref.Link(sums, coref.Options{Window: coref.StoryWindow})
}

// StorySummary is an article's summary for LinkStories, analysed from its
// text; nil when coreference fails on it.
func StorySummary(a *article.Article, opt Options) *coref.Summary {
	s := storySummary(a, opt.KB)
	if s != nil {
		s.Reference, _ = a.Reference(opt.Extract.RefPolicy)
	}
	return s
}

// EachStorySummary calls fn, in ID order, with every indexed article: its
// summary for LinkStories (the one stored with its claims, else analysed
// from its text; nil when coreference fails on it), its metadata and its
// claims. One pass over the index that loads no text but for summaries
// not stored. An error from fn stops the pass and is returned.
func EachStorySummary(ix *store.Index, opt Options, fn func(sum *coref.Summary, info store.ArticleInfo, pc store.PackedClaims) error) error {
	return ix.EachClaims(func(info store.ArticleInfo, pc store.PackedClaims) error {
		s, err := storedSummary(ix, opt, info.ID, info.Story)
		if err != nil {
			return err
		}
		if s != nil {
			s.Reference = metaOfInfo(info, opt).Reference
		}
		return fn(s, info, pc)
	})
}

// storyMap says which story each article's news belongs to.
type storyMap struct {
	part map[string]string // article ID -> the first article ID of its part of a story
	arts map[string]*artStory
	// news: story part -> the keys its articles file their news under;
	// see note.
	news map[string]map[string]bool
	// counts: story part + " " + class -> its news keys with their claim
	// counts; names: the subject key each names its event by (see name)
	counts map[string]map[string]int
	names  map[string]string
	taken  map[string]bool // the names in use
	// fixed: the best names (see bestNames) of the story parts whose
	// claims this map has not noted: a re-check's untouched stories
	fixed map[string]string
	// statusKeys: article ID + " " + class -> the keys of its status claims
	statusKeys map[string]map[string]bool
	times      map[string]string // each mention time once
}

// artStory is what the story map keeps of an article's story: its year,
// the month its seminal event's mentions name most (0 when unknown or
// the article has no mention of it), and the article's mentions that
// may tell a claim's event apart (see background).
type artStory struct {
	year, month int
	mentions    []storyMention
}

// storyMention is one of an article's event mentions: its span, its time
// and its event's role.
type storyMention struct {
	start, end  int
	time        string
	bg, seminal bool
}

func newStoryMap() *storyMap {
	return &storyMap{part: map[string]string{}, arts: map[string]*artStory{}, times: map[string]string{}}
}

// addStory records a story and its events.
func (m *storyMap) addStory(st *coref.Story, evs []*coref.Event) {
	for _, id := range st.Articles {
		m.part[id] = st.Articles[0] // in ID order
		m.arts[id] = &artStory{year: st.Year}
	}
	month := 0
	for _, e := range evs {
		if !e.Seminal {
			continue
		}
		months := map[int]int{}
		for _, mn := range e.Mentions {
			if _, mo := timeParts(mn.Time); mo > 0 {
				months[mo]++
			}
		}
		best := 0
		for mo, n := range months {
			if n > best || n == best && mo < month {
				month, best = mo, n
			}
		}
	}
	for _, e := range evs {
		for _, mn := range e.Mentions {
			a := m.arts[mn.Article]
			if a == nil || mn.Time == "" && !e.Background && !e.Seminal {
				continue // one that cannot tell a claim's event (see background)
			}
			t, ok := m.times[mn.Time]
			if !ok {
				t = strings.Clone(mn.Time)
				m.times[t] = t
			}
			a.mentions = append(a.mentions, storyMention{start: mn.Start, end: mn.End, time: t, bg: e.Background, seminal: e.Seminal})
			if e.Seminal {
				a.month = month
			}
		}
	}
}

// note records the key of claim c of article art when it is the
// article's news. A figure one article files under a background event
// of its own place ("120 homes were destroyed in Velmora" in an article
// that places its news in the valley) is the story's news when another
// article of the story files its news under that key.
func (m *storyMap) note(art string, c *claim.Claim) {
	k := c.SubjectKey.String()
	if c.Kind == claim.KindStatus && c.SubjectKey.IsEvent() {
		if m.statusKeys == nil {
			m.statusKeys = map[string]map[string]bool{}
		}
		ak := art + " " + classOf(k)
		if m.statusKeys[ak] == nil {
			m.statusKeys[ak] = map[string]bool{}
		}
		m.statusKeys[ak][k] = true
	}
	part, ok := m.part[art]
	if !ok || !c.SubjectKey.IsEvent() || c.Number != nil && c.Number.Background {
		return
	}
	if m.news == nil {
		m.news = map[string]map[string]bool{}
	}
	if m.news[part] == nil {
		m.news[part] = map[string]bool{}
	}
	m.news[part][k] = true
	if m.counts == nil {
		m.counts = map[string]map[string]int{}
	}
	pc := part + " " + classOf(k)
	if m.counts[pc] == nil {
		m.counts[pc] = map[string]int{}
	}
	m.counts[pc][k]++
}

// linkStories groups the summarised articles into stories, split where
// their articles' reference dates (refs; zero: unknown) leave a gap
// wider than coref.StoryWindow.
func linkStories(sums map[string]*coref.Summary, refs map[string]time.Time) *storyMap {
	list := make([]*coref.Summary, 0, len(sums))
	for id, s := range sums {
		if s != nil {
			s.Reference = refs[id]
			list = append(list, s)
		}
	}
	res := LinkStories(list)
	byStory := map[string][]*coref.Event{}
	for _, e := range res.Events {
		byStory[e.Story] = append(byStory[e.Story], e)
	}
	m := newStoryMap()
	for _, st := range res.Stories {
		m.addStory(st, byStory[st.ID])
	}
	return m
}

// linkStored is linkStories of summaries as stored (see
// coref.LinkStored): an article without a stored summary, or with one
// that does not decode, is analysed from its indexed text. It also
// returns the link's document frequencies.
func linkStored(ix *store.Index, opt Options, stored []coref.Stored) (*storyMap, *coref.DocFreq, error) {
	m := newStoryMap()
	freq, err := coref.LinkStoredFreq(stored, coref.Options{Window: coref.StoryWindow}, func(id string) (*coref.Summary, error) {
		return storedSummary(ix, opt, id, "")
	}, m.addStory)
	return m, freq, err
}

// key returns the subject key claim c of article art is compared under.
func (m *storyMap) key(art string, c *claim.Claim) string {
	k := c.SubjectKey.String()
	if m == nil || !c.SubjectKey.IsEvent() || c.SubjectKey.IsStory() {
		return k
	}
	if c.Kind == claim.KindStatus && (events.BackgroundCue(c.ValueText) || len(m.statusKeys[art+" "+classOf(k)]) > 1) {
		// "their earlier meetings": history, not the story's; and an
		// article that tells of two occurrences of a class apart (a
		// summit held in one city, another planned in the next) keeps
		// them apart
		return k
	}
	first, ok := m.part[art]
	if c.Number != nil && c.Number.Background && !m.news[first][k] {
		return m.apart(k) // a figure of an earlier or other event
	}
	if !ok || m.background(art, c) {
		return m.apart(k)
	}
	return m.name(first, classOf(k))
}

// apart is the key of a claim kept off every story: its own, unless a
// story is named by it ("In February, a gunman killed five" filed under
// the key its article's news has), then that key marked as another's.
func (m *storyMap) apart(k string) string {
	m.name("", "")
	if m.taken[k] {
		return claim.Key(k).Apart().String()
	}
	return k
}

// name is the subject key of the event of class in story part first: the
// key most of its claims were filed under, so that a story told in the
// same words keeps the key (and the discrepancy IDs) it always had; the
// story's own key when another part would take the same name.
func (m *storyMap) name(first, class string) string {
	if m.names == nil {
		cand := m.bestNames()
		for pc, k := range m.fixed {
			if _, ok := cand[pc]; !ok {
				cand[pc] = k
			}
		}
		m.names, m.taken = resolveNames(cand)
	}
	if k, ok := m.names[first+" "+class]; ok {
		return k
	}
	return claim.StoryKey(first, class).String()
}

// bestNames is, of every story part and class the map noted claims of
// (part + " " + class), the key most of them were filed under (the least
// of those tied): its name unless another takes it too.
func (m *storyMap) bestNames() map[string]string {
	out := make(map[string]string, len(m.counts))
	for pc, byKey := range m.counts {
		best, n := "", 0
		for k, c := range byKey {
			if c > n || c == n && k < best {
				best, n = k, c
			}
		}
		out[pc] = best
	}
	return out
}

// resolveNames keeps the names (part + " " + class -> key) no other part
// and class shares, and returns them with the set of keys they take.
func resolveNames(cand map[string]string) (map[string]string, map[string]bool) {
	used := map[string]int{}
	for _, k := range cand {
		used[k]++
	}
	names, taken := make(map[string]string, len(cand)), map[string]bool{}
	for pc, k := range cand {
		if used[k] == 1 {
			names[pc] = k
			taken[k] = true
		}
	}
	return names, taken
}

// background reports a claim whose sentence speaks of another time than
// the story's: a background event of coreference and not the seminal
// one, or a time before the story's year ("destroyed by the 2005
// hurricane") or a month other than the story's ("In February, a gunman
// killed five people").
func (m *storyMap) background(art string, c *claim.Claim) bool {
	lo, hi := c.Evidence.SentenceStart, c.Evidence.SentenceEnd
	if hi <= lo {
		return false
	}
	a := m.arts[art]
	if a == nil {
		a = &artStory{}
	}
	if c.Date != nil {
		// a date is what it is compared on: only one of an earlier year
		// ("destroyed by Hurricane Tilda in 2005") is another event's
		return otherTime(c.Date.Value, a.year, 0)
	}
	bg, seminal := false, false
	for _, mn := range a.mentions {
		if mn.start < lo || mn.end > hi {
			continue
		}
		if otherTime(mn.time, a.year, a.month) {
			return true
		}
		if mn.bg {
			bg = true
		} else if mn.seminal {
			seminal = true
		}
	}
	return bg && !seminal
}

// otherTime reports a TIMEX3 value t before the story's year, or naming
// only a month (no day) other than the story's.
func otherTime(t string, year, month int) bool {
	y, mo := timeParts(t)
	if y > 0 && year > 0 && y < year {
		return true
	}
	return len(t) == len("2006-01") && mo > 0 && month > 0 && mo != month
}

// timeParts reads the year and month of a TIMEX3 date ("2013-04-11",
// "XXXX-02", "2005"); 0 for a part it lacks.
func timeParts(t string) (int, int) {
	y, mo := 0, 0
	if len(t) >= 4 {
		y, _ = strconv.Atoi(t[:4])
	}
	if len(t) >= 7 && t[4] == '-' {
		mo, _ = strconv.Atoi(t[5:7])
	}
	return y, mo
}

// storeStories links the stored articles' stories and keys their event
// claims by them, and returns the link's state for the next re-check.
// Each article's summary is the one stored with its claims; an article
// without one (indexed by an older program, or without stories) is read
// back from the index and analysed.
func storeStories(ix *store.Index, opt Options, kept *claimStore) (*linkState, error) {
	if len(kept.arts) == 0 {
		return nil, nil
	}
	stored := make([]coref.Stored, len(kept.arts))
	refs := make(map[string]time.Time, len(kept.arts))
	for i := range kept.arts {
		a := &kept.arts[i]
		stored[i] = coref.Stored{ID: a.meta.ID, Summary: a.story, Reference: a.meta.Reference}
		if a.split {
			stored[i].Table, stored[i].Features = kept.table, a.features
		}
		refs[a.meta.ID] = a.meta.Reference
		// held by stored alone: linking keeps each summary only less
		// its features once it has read them
		a.story, a.features, a.split = "", "", false
	}
	m, freq, err := linkStored(ix, opt, stored)
	if err != nil {
		return nil, err
	}
	ls := newLinkState(m, freq, refs)
	if len(m.part) == 0 {
		return ls, nil
	}
	if err := kept.rekey(m, ls); err != nil {
		return nil, err
	}
	ls.setNames(m.bestNames()) // noted by rekey
	return ls, nil
}

// storedSummary is the story summary stored for article id (enc), else
// the one its indexed text gives.
func storedSummary(ix *store.Index, opt Options, id, enc string) (*coref.Summary, error) {
	if enc != "" {
		if s, err := coref.DecodeSummary(id, enc); err == nil {
			return s, nil
		}
	}
	art, _, err := ix.Get(id)
	if err != nil {
		return nil, err
	}
	return storySummary(art, opt.KB), nil
}

// indexStoryClaims reads every event claim of the index and groups them
// by the keys of their stories (see storyMap): what an incremental check
// re-checks when an event subject changed and the stories cannot be
// placed (relinkAdded), since one article may move another's news into
// a story or out of it. One pass over the index reads every article's
// summary and event claims. It also returns the link's state.
func indexStoryClaims(ix *store.Index, opt Options) (map[string][]claim.Claim, map[string]store.ArticleInfo, *linkState, error) {
	var stored []coref.Stored
	refs := map[string]time.Time{}
	infos := map[string]store.ArticleInfo{}
	var all []claim.Claim
	type span struct {
		id     string
		n      int // claims
		js, to int // its event claims' indices and their place in all
	}
	var spans []span
	var idx []int
	err := ix.EachClaims(func(info store.ArticleInfo, pc store.PackedClaims) error {
		ref := metaOfInfo(info, opt).Reference
		stored = append(stored, coref.Stored{ID: info.ID, Summary: info.Story, Reference: ref})
		refs[info.ID] = ref
		info.Story = "" // kept in stored until linked
		sp := span{id: info.ID, n: pc.Len(), js: len(idx), to: len(all)}
		for j := range pc.Len() {
			k, err := pc.SubjectKey(j)
			if err != nil {
				return err
			}
			if !claim.Key(k).IsEvent() {
				continue
			}
			c, err := pc.Claim(j)
			if err != nil {
				return err
			}
			all = append(all, c)
			idx = append(idx, j)
		}
		if len(all) > sp.to {
			infos[info.ID] = info
			spans = append(spans, sp)
		}
		return nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	m, freq, err := linkStored(ix, opt, stored)
	if err != nil {
		return nil, nil, nil, err
	}
	stored = nil
	for i := range all {
		m.note(all[i].Evidence.Article, &all[i])
	}
	ls := newLinkState(m, freq, refs)
	out := map[string][]claim.Claim{}
	for s, sp := range spans {
		end := len(all)
		if s+1 < len(spans) {
			end = spans[s+1].to
		}
		keys := make([]string, sp.n)
		for i := sp.to; i < end; i++ {
			c := &all[i]
			nk := m.key(c.Evidence.Article, c)
			keys[idx[sp.js+i-sp.to]] = nk
			out[nk] = append(out[nk], *c)
		}
		ls.setKeys(sp.id, keys)
	}
	return out, infos, ls, nil
}

// StoryKeys rewrites, in place, the subject keys of the event claims of
// articles arts (claims[i] are arts[i]'s, refs[i] its reference date) to
// the keys of their stories, as a check compares them.
func StoryKeys(arts []*article.Article, claims [][]claim.Claim, refs []time.Time, k *kb.KB) {
	sums := map[string]*coref.Summary{}
	byID := map[string]time.Time{}
	for i, a := range arts {
		byID[a.ID] = refs[i]
		if s := storySummary(a, k); s != nil {
			sums[a.ID] = s
		}
	}
	m := linkStories(sums, byID)
	for i, a := range arts {
		for j := range claims[i] {
			m.note(a.ID, &claims[i][j])
		}
	}
	for i, a := range arts {
		for j := range claims[i] {
			claims[i][j].SubjectKey = claim.Key(m.key(a.ID, &claims[i][j]))
		}
	}
}

// classOf is the class part of an event key "event:<class>:<ident>".
func classOf(k string) string { return claim.Key(k).Class() }
