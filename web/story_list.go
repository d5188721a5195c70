package web

import (
	"net/http"
	"strconv"

	"github.com/crosscheck/crosscheck/rules"
)

// storiesData is what the stories list page shows.
type storiesData struct {
	Ready   bool
	Stories []storyRow
	From    int
	Pager   pager
}

// storyRow is one story in the list: never its articles or events, only
// their counts, so that a page stays small whatever the stories' size.
type storyRow struct {
	ID, Title, Class string
	Year             int
	Articles, Events int
	Discrepancies    int
	FirstArticle     articleLabel
}

func (s *Server) storyList(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	from, err := intParam(q, "from", 0, 0, 1<<30)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := storiesData{Ready: s.cfg.Stories.Ready(), From: from}
	status := http.StatusOK
	if !d.Ready {
		// The page says the stories are coming; 503 tells a crawler or
		// a script to come back.
		w.Header().Set("Retry-After", strconv.Itoa(notReady.RetryAfter))
		status = http.StatusServiceUnavailable
	} else {
		list, total := s.cfg.Stories.List(from, storyListPage)
		for _, st := range list {
			row := storyRow{ID: st.ID, Title: st.Title, Class: st.Class, Year: st.Year, Articles: len(st.Articles),
				Events: len(st.Events), Discrepancies: len(s.storyDiscrepancies(st))}
			if len(st.Articles) > 0 {
				row.FirstArticle = s.label(st.Articles[0], nil, nil)
			}
			d.Stories = append(d.Stories, row)
		}
		d.Pager = newPager("/stories", q, from, len(list), total, storyListPage)
	}
	s.render(w, r, status, "stories", page{Title: "Stories", Nav: "stories", Data: d})
}

// apiStory is a story as the API gives it.
type apiStory struct {
	ID       string     `json:"id"`
	Title    string     `json:"title"`
	Class    string     `json:"class,omitempty"`
	Year     int        `json:"year,omitempty"`
	Articles []string   `json:"articles"`
	Events   []apiEvent `json:"events"`
	// Discrepancies are the IDs of the corpus discrepancies citing any
	// of its articles.
	Discrepancies []string `json:"discrepancies"`
}

type apiEvent struct {
	ID           string         `json:"id"`
	Label        string         `json:"label"`
	Class        string         `json:"class"`
	Time         string         `json:"time"`
	Place        string         `json:"place"`
	Participants []string       `json:"participants"`
	Seminal      bool           `json:"seminal,omitempty"`
	Background   bool           `json:"background,omitempty"`
	Mentions     []EventMention `json:"mentions"`
	// Claims are the claims written beside its mentions, by subject.
	Claims []apiFact `json:"claims"`
}

type apiFact struct {
	Kind    string           `json:"kind"`
	Subject string           `json:"subject"`
	Claims  []rules.ClaimRef `json:"claims"`
}

// apiStoryList is the answer of /api/v1/stories: a page of stories.
type apiStoryList struct {
	Stories []apiStory `json:"stories"`
	Total   int        `json:"total"`
	From    int        `json:"from"`
	Next    *int       `json:"next,omitempty"`
}

// API story pages are short: a story carries every mention of its events.
const (
	defaultStoryAPIPage = 20
	maxStoryAPIPage     = 100
)

func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	if !s.cfg.Stories.Ready() {
		s.fail(w, r, notReady)
		return
	}
	q := r.URL.Query()
	from, err := intParam(q, "from", 0, 0, 1<<30)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	n, err := intParam(q, "n", defaultStoryAPIPage, 1, maxStoryAPIPage)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	list, total := s.cfg.Stories.List(from, n)
	out := apiStoryList{Stories: []apiStory{}, Total: total, From: from}
	for _, st := range list {
		out.Stories = append(out.Stories, s.apiStoryOf(st))
	}
	if next := from + len(list); next < total {
		out.Next = &next
	}
	writeJSON(w, r, http.StatusOK, out)
}

func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	st, ok := s.requestedStory(w, r)
	if !ok {
		return
	}
	writeJSON(w, r, http.StatusOK, s.apiStoryOf(st))
}

func (s *Server) apiStoryOf(st Story) apiStory {
	out := apiStory{ID: st.ID, Title: st.Title, Class: st.Class, Year: st.Year, Articles: st.Articles,
		Events: []apiEvent{}, Discrepancies: []string{}}
	if out.Articles == nil {
		out.Articles = []string{}
	}
	for _, e := range st.Events {
		ae := apiEvent{ID: e.ID, Label: e.Label, Class: e.Class, Time: e.Time, Place: e.Place, Participants: e.Participants,
			Seminal: e.Seminal, Background: e.Background, Mentions: e.Mentions, Claims: []apiFact{}}
		if ae.Participants == nil {
			ae.Participants = []string{}
		}
		if ae.Mentions == nil {
			ae.Mentions = []EventMention{}
		}
		for _, f := range e.Facts {
			ae.Claims = append(ae.Claims, apiFact{Kind: string(f.Kind), Subject: f.Subject, Claims: f.Claims})
		}
		out.Events = append(out.Events, ae)
	}
	for _, i := range s.storyDiscrepancies(st) {
		out.Discrepancies = append(out.Discrepancies, s.report.Discrepancies[i].ID)
	}
	return out
}
