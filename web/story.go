package web

import (
	"net/http"
	"sort"
	"strconv"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
)

// Stories is the events layer a story page is fed by: the articles that
// report one event across outlets, the events in them and what each
// article says about each event (issue 17 item 3). A server given
// Config.Stories serves /stories, /stories/{id} and their API and links
// each article and discrepancy to its story. EventStories is the layer
// over checker/coref.
type Stories interface {
	// Ready is false while the stories are still being computed: pages
	// then say so and the API answers 503.
	Ready() bool
	// StoryOf names the story an article belongs to.
	StoryOf(articleID string) (storyID string, ok bool)
	// Story returns one story.
	Story(id string) (Story, bool)
	// List returns at most n stories from position from, largest first,
	// and how many there are.
	List(from, n int) ([]Story, int)
}

// Story is one story as a page shows it.
type Story struct {
	ID, Title string
	Class     string // the seminal event's class
	Year      int    // the story's most frequent explicit year, 0 if none
	Articles  []string
	Events    []StoryEvent
}

// StoryEvent is one event of a story: its frame, its mentions and the
// claims written beside its mentions, grouped by what they are about.
type StoryEvent struct {
	ID, Label           string
	Class, Time, Place  string
	Participants        []string
	Seminal, Background bool
	Mentions            []EventMention
	Facts               []StoryFact
}

// EventMention is one word naming the event in one article.
type EventMention struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
}

// StoryFact is the claims of one kind about one subject that the
// articles write beside an event's mentions: the page groups them by
// value and, for counts, draws them over time, as it does a
// discrepancy's sides.
type StoryFact struct {
	Kind    claim.Kind
	Subject string
	Claims  []rules.ClaimRef
}

// Articles counts the distinct articles mentioning the event.
func (e StoryEvent) Articles() int {
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		seen[m.Article] = true
	}
	return len(seen)
}

// Words are the distinct ways the event is written, most frequent first.
func (e StoryEvent) Words(n int) []string {
	count := map[string]int{}
	for _, m := range e.Mentions {
		count[m.Text]++
	}
	ws := make([]string, 0, len(count))
	for w := range count {
		ws = append(ws, w)
	}
	sort.Slice(ws, func(i, j int) bool {
		if count[ws[i]] != count[ws[j]] {
			return count[ws[i]] > count[ws[j]]
		}
		return ws[i] < ws[j]
	})
	return ws[:min(n, len(ws))]
}

// Bounds of a story page, so that a story of thousands of articles stays
// a page of a few hundred KB.
const (
	storyArticles      = 100
	storyEvents        = 30
	storyFactEvents    = 12 // events whose facts are shown in full
	storyFacts         = 3  // facts shown per event
	storyWords         = 6  // ways of writing an event shown
	storyDiscrepancies = 20
	storyListPage      = 50
)

// factLimits bound one fact of an event: its values, one example each.
var factLimits = groupLimits{groups: 4, examples: 1, others: 0}

// storyView is what the story page shows.
type storyView struct {
	S             Story
	Articles      []articleLabel
	MoreArticles  int
	Events        []storyEventView
	MoreEvents    int
	Main          bool // an event is marked the story's main one
	Discrepancies []itemView
	Citing        int
}

type storyEventView struct {
	E       StoryEvent
	StoryID string
	// Told is how each article first names the main event, oldest
	// first; MoreTold counts the articles not quoted.
	Told      []sideView
	MoreTold  int
	Words     []string
	Articles  int
	Facts     []itemView
	MoreFacts int
}

// notReady is the answer while the stories are being computed.
var notReady = &requestError{Status: http.StatusServiceUnavailable, RetryAfter: 10,
	Msg: "stories are being computed; try again in a moment"}

// requestedStory finds the story the request names, or answers the request: 503
// while the stories are being computed, 404 for an unknown id.
func (s *Server) requestedStory(w http.ResponseWriter, r *http.Request) (Story, bool) {
	if !s.cfg.Stories.Ready() {
		s.fail(w, r, notReady)
		return Story{}, false
	}
	id := r.PathValue("id")
	st, ok := s.cfg.Stories.Story(id)
	if !ok {
		s.fail(w, r, &requestError{Status: http.StatusNotFound, Msg: "no story with id " + strconv.Quote(id)})
	}
	return st, ok
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	st, ok := s.requestedStory(w, r)
	if !ok {
		return
	}
	v := storyView{S: st}
	for i, a := range st.Articles {
		if i >= storyArticles {
			v.MoreArticles = len(st.Articles) - i
			break
		}
		v.Articles = append(v.Articles, s.label(a, nil, nil))
	}
	for i, e := range shownEvents(st.Events) {
		if i >= storyEvents {
			v.MoreEvents = len(st.Events) - i
			break
		}
		ev := storyEventView{E: e, StoryID: st.ID, Words: e.Words(storyWords), Articles: e.Articles()}
		if e.Seminal {
			v.Main = true
			ev.Told, ev.MoreTold = s.told(e)
		}
		for j, f := range e.Facts {
			if j >= storyFacts || i >= storyFactEvents {
				ev.MoreFacts = len(e.Facts) - j
				break
			}
			ev.Facts = append(ev.Facts, s.factItem(e, j, f))
		}
		v.Events = append(v.Events, ev)
	}
	for _, i := range s.storyDiscrepancies(st) {
		v.Citing++
		if len(v.Discrepancies) < storyDiscrepancies {
			v.Discrepancies = append(v.Discrepancies, s.item(s.report.Discrepancies[i], nil, nil, nil, listLimits))
		}
	}
	title := st.Title
	if title == "" {
		title = "Story " + st.ID
	}
	s.render(w, r, http.StatusOK, "story", page{Title: title, Data: v})
}

// factItem shows an event's claims about one subject as the sides of a
// discrepancy would be: counts over time as a timeline, other values by
// how many say them.
func (s *Server) factItem(e StoryEvent, j int, f StoryFact) itemView {
	d := rules.Discrepancy{ID: e.ID + "-" + strconv.Itoa(j+1), Kind: f.Kind, Subject: f.Subject, Claims: f.Claims, Severity: rules.Warning}
	if f.Kind == claim.KindNumber {
		d.Severity = rules.Info
	}
	item := s.item(d, nil, nil, nil, factLimits)
	item.Link = false
	return item
}

// shownEvents orders a story's events for its page: the seminal event,
// then events the articles say something about, then the others, each by
// how many articles mention them.
func shownEvents(evs []StoryEvent) []StoryEvent {
	out := append([]StoryEvent(nil), evs...)
	rank := func(e StoryEvent) int {
		switch {
		case e.Seminal:
			return 0
		case len(e.Facts) > 0:
			return 1
		}
		return 2
	}
	sort.SliceStable(out, func(i, j int) bool {
		if ri, rj := rank(out[i]), rank(out[j]); ri != rj {
			return ri < rj
		}
		return out[i].Articles() > out[j].Articles()
	})
	return out
}

// storyDiscrepancies are the positions of the discrepancies citing any
// article of the story, in report order.
func (s *Server) storyDiscrepancies(st Story) []int {
	seen := map[int]bool{}
	var out []int
	for _, a := range st.Articles {
		for _, i := range s.byArticle[a] {
			if !seen[i] {
				seen[i] = true
				out = append(out, i)
			}
		}
	}
	sort.Ints(out)
	return out
}

// storyOf is the story an article belongs to, "" without a story layer
// or while it is being computed.
func (s *Server) storyOf(articleID string) string {
	if s.cfg.Stories == nil || !s.cfg.Stories.Ready() {
		return ""
	}
	id, ok := s.cfg.Stories.StoryOf(articleID)
	if !ok {
		return ""
	}
	return id
}
