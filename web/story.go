package web

import (
	"net/http"
	"strconv"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
)

// Stories is the events layer a story page is fed by: the articles that
// report one event across outlets, the events in them and what each
// article says about each event (issue 17 item 3). This package builds no
// stories; a server given Config.Stories serves /stories/{id} and links
// each article and discrepancy to its story. An adapter over the events
// layer (checker/coref's stories) is all that is left to write.
type Stories interface {
	// StoryOf names the story an article belongs to.
	StoryOf(articleID string) (storyID string, ok bool)
	// Story returns one story.
	Story(id string) (Story, bool)
}

// Story is one story as a page shows it.
type Story struct {
	ID, Title string
	Articles  []string // IDs of its articles
	Events    []StoryEvent
}

// StoryEvent is one event of a story with everything its articles say
// about it: the page groups the claims by value and, for counts, draws
// them over time, as it does a discrepancy's sides.
type StoryEvent struct {
	ID, Label string
	Kind      claim.Kind
	Claims    []rules.ClaimRef
}

// Bounds of a story page, so that a story of thousands of articles stays
// a page of a few hundred KB.
const (
	storyArticles      = 100
	storyEvents        = 40
	storyDiscrepancies = 50
)

// storyView is what the story page shows.
type storyView struct {
	S             Story
	Articles      []articleLabel
	MoreArticles  int
	Events        []storyEventView
	MoreEvents    int
	Discrepancies []itemView
	Citing        int
}

type storyEventView struct {
	E    StoryEvent
	Item itemView
}

func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	st, ok := s.cfg.Stories.Story(id)
	if !ok {
		s.fail(w, r, &requestError{Status: http.StatusNotFound, Msg: "no story with id " + strconv.Quote(id)})
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
	for i, e := range st.Events {
		if i >= storyEvents {
			v.MoreEvents = len(st.Events) - i
			break
		}
		// An event's claims are shown as the sides of a discrepancy would
		// be: counts over time as a timeline, other values by how many say
		// them.
		d := rules.Discrepancy{ID: e.ID, Kind: e.Kind, Subject: e.Label, Claims: e.Claims, Severity: rules.Warning}
		if e.Kind == claim.KindNumber {
			d.Severity = rules.Info
		}
		item := s.item(d, nil, nil, nil, draftLimits)
		item.Link = false
		v.Events = append(v.Events, storyEventView{E: e, Item: item})
	}
	seen := map[int]bool{}
	for _, a := range st.Articles {
		for _, i := range s.byArticle[a] {
			if seen[i] {
				continue
			}
			seen[i] = true
			v.Citing++
			if len(v.Discrepancies) < storyDiscrepancies {
				v.Discrepancies = append(v.Discrepancies, s.item(s.report.Discrepancies[i], nil, nil, nil, listLimits))
			}
		}
	}
	title := st.Title
	if title == "" {
		title = "Story " + st.ID
	}
	s.render(w, r, http.StatusOK, "story", page{Title: title, Data: v})
}

// storyOf is the story an article belongs to, "" without a story layer.
func (s *Server) storyOf(articleID string) string {
	if s.cfg.Stories == nil {
		return ""
	}
	id, ok := s.cfg.Stories.StoryOf(articleID)
	if !ok {
		return ""
	}
	return id
}
