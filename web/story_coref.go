package web

import (
	"errors"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/coref"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// EventStories is the story layer over checker/coref: every indexed
// article analysed once, linked into stories and events, and the claims
// written beside each event's mentions attached to it. It is computed in
// the background so that a server on a large index answers at once; until
// it is done, Ready is false.
type EventStories struct {
	set     atomic.Pointer[storySet]
	stop    atomic.Bool
	done    chan struct{}
	err     error
	elapsed time.Duration
}

// storySet is the computed layer; it never changes once built.
type storySet struct {
	stories []Story // largest first
	byID    map[string]int
	storyOf map[string]string
}

// ArticleClaims is an article with its extracted claims, the input of
// BuildStories.
type ArticleClaims struct {
	Article *article.Article
	Claims  []claim.Claim
}

// ComputeStories starts computing the stories of every article in ix and
// returns at once; Wait blocks until they are done. ix must stay open
// until then. The stories are those a check compares event claims by
// (pipeline.LinkStories over the summaries stored with the claims).
func ComputeStories(ix *store.Index, opt pipeline.Options) *EventStories {
	es := &EventStories{done: make(chan struct{})}
	go func() {
		defer close(es.done)
		start := time.Now()
		set, err := storiesFromIndex(ix, opt, &es.stop)
		es.elapsed = time.Since(start)
		if err != nil {
			es.err = err
			return
		}
		es.set.Store(set)
		// The analysis's garbage (every article's summary) goes back
		// to the system, as the corpus check's does before serving.
		debug.FreeOSMemory()
	}()
	return es
}

// BuildStories computes the stories of the given articles at once.
func BuildStories(arts []ArticleClaims, opt pipeline.Options) (*EventStories, error) {
	es := &EventStories{done: make(chan struct{})}
	defer close(es.done)
	start := time.Now()
	var sums []*coref.Summary
	near := map[string][]claimAt{}
	for _, a := range arts {
		if sum := pipeline.StorySummary(a.Article, opt); sum != nil {
			sums = append(sums, sum)
			near[a.Article.ID] = claimsNearMentions(sum, a.Claims)
		}
	}
	es.set.Store(linkStories(sums, near))
	es.elapsed = time.Since(start)
	return es, nil
}

// Wait blocks until the stories are computed and returns the error that
// stopped them, with how long they took.
func (es *EventStories) Wait() (time.Duration, error) {
	<-es.done
	return es.elapsed, es.err
}

// ErrStoriesStopped is Wait's error when Close stopped the computation.
var ErrStoriesStopped = errors.New("stopped before the stories were computed")

// Close stops a computation still running and waits for it, so that the
// index can be closed.
func (es *EventStories) Close() {
	es.stop.Store(true)
	<-es.done
}

// Ready tells whether the stories are computed.
func (es *EventStories) Ready() bool { return es.set.Load() != nil }

// StoryOf implements Stories.
func (es *EventStories) StoryOf(articleID string) (string, bool) {
	set := es.set.Load()
	if set == nil {
		return "", false
	}
	id, ok := set.storyOf[articleID]
	return id, ok
}

// Story implements Stories.
func (es *EventStories) Story(id string) (Story, bool) {
	set := es.set.Load()
	if set == nil {
		return Story{}, false
	}
	i, ok := set.byID[id]
	if !ok {
		return Story{}, false
	}
	return set.stories[i], true
}

// List implements Stories.
func (es *EventStories) List(from, n int) ([]Story, int) {
	set := es.set.Load()
	if set == nil {
		return nil, 0
	}
	all := set.stories
	return all[min(from, len(all)):min(from+n, len(all))], len(all)
}

// claimAt is what a story keeps of a claim written in a sentence that
// also names an event: the rest of the claim is dropped while every
// article is read.
type claimAt struct {
	kind                claim.Kind
	subjectKey, subject string
	counts              string // what a figure counts
	ref                 rules.ClaimRef
}

// storiesFromIndex reads the summary of every indexed article, keeping
// only it and the claims beside its mentions, then links them.
func storiesFromIndex(ix *store.Index, opt pipeline.Options, stop *atomic.Bool) (*storySet, error) {
	var sums []*coref.Summary
	near := map[string][]claimAt{}
	words := &interner{m: map[string]string{}}
	err := pipeline.EachStorySummary(ix, opt, func(sum *coref.Summary, _ store.ArticleInfo, pc store.PackedClaims) error {
		if stop.Load() {
			return ErrStoriesStopped
		}
		if sum == nil {
			return nil
		}
		cs, err := pc.Claims()
		if err != nil {
			return err
		}
		near[sum.ID] = claimsNearMentions(sum, cs)
		detach(sum, words)
		sums = append(sums, sum)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return linkStories(sums, near), nil
}

// interner shares one copy of each mention word across articles.
type interner struct {
	mu sync.Mutex
	m  map[string]string
}

func (in *interner) of(s string) string {
	in.mu.Lock()
	defer in.mu.Unlock()
	if x, ok := in.m[s]; ok {
		return x
	}
	x := strings.Clone(s)
	in.m[x] = x
	return x
}

// detach copies the words a summary's mentions keep out of the article's
// text, so that the text can be freed once the article is analysed
// instead of staying in memory for a few words of it.
func detach(sum *coref.Summary, in *interner) {
	for _, m := range sum.Mentions {
		m.Text = in.of(m.Text)
		m.Lemma = in.of(m.Lemma)
		m.Time = in.of(m.Time)
		m.Place = in.of(m.Place)
		for i, p := range m.Participants {
			m.Participants[i] = in.of(p)
		}
	}
}

// claimsNearMentions keeps the claims about something other than the
// article itself that are written in a sentence naming an event.
func claimsNearMentions(sum *coref.Summary, cs []claim.Claim) []claimAt {
	var out []claimAt
	for _, c := range cs {
		if c.SubjectKey.Is(claim.FamilyArticle) {
			continue
		}
		for _, m := range sum.Mentions {
			if m.Start >= c.Evidence.SentenceStart && m.Start < c.Evidence.SentenceEnd {
				ca := claimAt{kind: c.Kind, subjectKey: c.SubjectKey.String(), subject: c.Subject, ref: rules.RefOf(&c, "")}
				if c.Number != nil {
					ca.counts = c.Number.Counts
				}
				out = append(out, ca)
				break
			}
		}
	}
	return out
}

// linkStories links the summaries and attaches each kept claim to the
// event whose mention in its sentence is nearest to its value.
func linkStories(sums []*coref.Summary, near map[string][]claimAt) *storySet {
	// In ID order, so that the facts and their claims do not depend on
	// the order the articles were read in.
	sums = append([]*coref.Summary(nil), sums...)
	sort.Slice(sums, func(i, j int) bool { return sums[i].ID < sums[j].ID })
	res := pipeline.LinkStories(sums)
	// A fact is what a story's claims are about: one kind, one subject
	// and, for figures, one thing counted. Each claim votes for the event
	// nearest to it in its sentence; the whole fact goes to the event
	// with most votes, so that every outlet's toll is in one place even
	// when one wrote it beside "killed" and another beside "injuring".
	type factKey struct {
		story      string
		kind       claim.Kind
		subjectKey string
	}
	facts := map[factKey]*StoryFact{}
	votes := map[factKey]map[*coref.Event]int{}
	var order []factKey
	for _, sum := range sums {
		evs := res.ArticleEvents(sum.ID)
		for _, ca := range near[sum.ID] {
			var best *coref.Event
			dist := -1
			for _, e := range evs {
				for _, m := range e.Mentions {
					if m.Article != sum.ID || m.Start < ca.ref.SentenceStart || m.Start >= ca.ref.SentenceEnd {
						continue
					}
					if d := abs(m.Start - ca.ref.Start); dist < 0 || d < dist {
						best, dist = e, d
					}
				}
			}
			if best == nil {
				continue
			}
			k := factKey{best.Story, ca.kind, ca.subjectKey}
			subject := ca.subject
			if ca.counts != "" {
				// Figures of one event count different things: the
				// dead, the magnitude, the villages destroyed.
				k.subjectKey += "\x00" + ca.counts
				subject = ca.counts + " · " + subject
			}
			f, ok := facts[k]
			if !ok {
				f = &StoryFact{Kind: ca.kind, Subject: subject}
				facts[k] = f
				votes[k] = map[*coref.Event]int{}
				order = append(order, k)
			}
			f.Claims = append(f.Claims, ca.ref)
			votes[k][best]++
		}
	}
	eventOf := func(k factKey) string {
		var best *coref.Event
		for e, n := range votes[k] {
			if best == nil || n > votes[k][best] || n == votes[k][best] && eventBefore(e, best) {
				best = e
			}
		}
		return best.ID
	}
	byEvent := map[string][]StoryFact{}
	for _, k := range order {
		id := eventOf(k)
		byEvent[id] = append(byEvent[id], *facts[k])
	}
	for id, fs := range byEvent {
		sort.SliceStable(fs, func(i, j int) bool {
			if li, lj := lateKinds[fs[i].Kind], lateKinds[fs[j].Kind]; li != lj {
				return lj
			}
			ai, aj := factArticles(fs[i]), factArticles(fs[j])
			if ai != aj {
				return ai > aj
			}
			if fs[i].Kind != fs[j].Kind {
				return fs[i].Kind < fs[j].Kind
			}
			return fs[i].Subject < fs[j].Subject
		})
		byEvent[id] = fs
	}

	// Slices made to size: a large index has a million mentions.
	perStory := map[string]int{}
	for _, e := range res.Events {
		perStory[e.Story]++
	}
	evs := make(map[string][]StoryEvent, len(perStory))
	for id, n := range perStory {
		evs[id] = make([]StoryEvent, 0, n)
	}
	for _, e := range res.Events {
		se := StoryEvent{ID: e.ID, Class: e.Class, Time: e.Time, Place: e.Place, Participants: e.Participants,
			Seminal: e.Seminal, Background: e.Background, Facts: byEvent[e.ID]}
		se.Mentions = make([]EventMention, 0, len(e.Mentions))
		for _, m := range e.Mentions {
			se.Mentions = append(se.Mentions, EventMention{Article: m.Article, Start: m.Start, End: m.End, Text: m.Text})
		}
		if ws := se.Words(1); len(ws) > 0 {
			se.Label = strings.ToLower(ws[0])
		}
		evs[e.Story] = append(evs[e.Story], se)
	}
	set := &storySet{byID: map[string]int{}, storyOf: map[string]string{}}
	for _, st := range res.Stories {
		s := Story{ID: st.ID, Class: st.Class, Year: st.Year, Articles: st.Articles, Events: evs[st.ID]}
		s.Title = storyTitle(s)
		set.stories = append(set.stories, s)
		for _, a := range st.Articles {
			set.storyOf[a] = st.ID
		}
	}
	sort.SliceStable(set.stories, func(i, j int) bool { return len(set.stories[i].Articles) > len(set.stories[j].Articles) })
	for i, s := range set.stories {
		set.byID[s.ID] = i
	}
	return set
}

// lateKinds are shown after the others: whether an event happened and
// the weekday of a date matter less to a reader than what and how many.
var lateKinds = map[claim.Kind]bool{claim.KindStatus: true, claim.KindWeekday: true}

// storyTitle names a story by its seminal event: its word, place and time.
func storyTitle(s Story) string {
	for _, e := range s.Events {
		if !e.Seminal {
			continue
		}
		var parts []string
		if e.Place != "" {
			parts = append(parts, e.Place)
		}
		if e.Time != "" {
			parts = append(parts, e.Time)
		}
		if len(parts) == 0 {
			return e.Label
		}
		return e.Label + " · " + strings.Join(parts, ", ")
	}
	if s.Class != "" {
		return s.Class
	}
	return ""
}

func factArticles(f StoryFact) int {
	seen := map[string]bool{}
	for _, c := range f.Claims {
		seen[c.Article] = true
	}
	return len(seen)
}

// eventBefore breaks a tie of votes: the seminal event, else the one
// linked first.
func eventBefore(a, b *coref.Event) bool {
	if a.Seminal != b.Seminal {
		return a.Seminal
	}
	na, _ := strconv.Atoi(strings.TrimPrefix(a.ID, "e"))
	nb, _ := strconv.Atoi(strings.TrimPrefix(b.ID, "e"))
	return na < nb
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
