package web

import (
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oneStory is a stand-in events layer: every article of the sample is one
// story, whose one event holds the sides of the sample's first
// discrepancy.
type oneStory struct{ s Story }

func (o oneStory) StoryOf(id string) (string, bool) {
	for _, a := range o.s.Articles {
		if a == id {
			return o.s.ID, true
		}
	}
	return "", false
}

func (o oneStory) Story(id string) (Story, bool) { return o.s, id == o.s.ID }

func TestStoryPage(t *testing.T) {
	rep := fixture.srv.Report()
	d := rep.Discrepancies[0]
	infos, err := fixture.ix.List()
	require.NoError(t, err)
	st := Story{ID: "s1", Title: "The strait crossing", Events: []StoryEvent{{ID: "e1", Label: d.Subject, Kind: d.Kind, Claims: d.Claims}}}
	for _, a := range infos {
		st.Articles = append(st.Articles, a.ID)
	}
	s := newServer(t, Config{Stories: oneStory{st}})
	h := s.Handler()

	res, body := serve(h, localRequest(http.MethodGet, "/stories/s1", "", ""))
	require.Equal(t, http.StatusOK, res.StatusCode)
	assertHas(t, body, "The strait crossing")
	assertHas(t, body, `class="group`)
	assertHas(t, body, `id="d-`+d.ID+`"`, "the story's discrepancies are listed")
	res, _ = serve(h, localRequest(http.MethodGet, "/stories/nope", "", ""))
	assert.Equal(t, http.StatusNotFound, res.StatusCode)

	_, body = serve(h, localRequest(http.MethodGet, "/articles/"+url.PathEscape(infos[0].ID), "", ""))
	assertHas(t, body, `href="/stories/s1"`, "an article links to its story")
	_, body = serve(h, localRequest(http.MethodGet, "/discrepancies/"+d.ID, "", ""))
	assertHas(t, body, `href="/stories/s1"`, "a discrepancy links to its story")

	// Without a story layer there are no story pages and no links.
	res, _ = get(t, "/stories/s1")
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
	_, body = get(t, "/discrepancies/"+d.ID)
	assertLacks(t, body, "/stories/")
}
