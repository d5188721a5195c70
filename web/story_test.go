package web

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// quakeArticles are two invented earthquakes, in two towns and two years,
// each reported by several outlets that disagree on the toll: two stories
// of the same kind that must stay apart.
var quakeArticles = map[string]string{
	"varnholt-1.md": `---
title: "Earthquake strikes Varnholt"
source: Valley Post
date: 2031-03-04
---

An earthquake of magnitude 6.1 struck the mining town of Varnholt on Monday, 3 March 2031. The earthquake killed 12 people, said the mayor, Dana Oskarsdottir. Rescuers from Varnholt searched the collapsed school through the night.
`,
	"varnholt-2.md": `---
title: "Varnholt quake toll rises"
source: Northern Ledger
date: 2031-03-05
---

The earthquake that hit Varnholt on 3 March 2031 killed 19 people, the mayor, Dana Oskarsdottir, said on Wednesday. The earthquake destroyed the Varnholt school and two bridges.
`,
	"varnholt-3.md": `---
title: "Varnholt mourns after earthquake"
source: Coast Herald
date: 2031-03-06
---

Varnholt buried its dead on Thursday. The earthquake on 3 March 2031 killed 19 people, according to the mayor, Dana Oskarsdottir, and left the Varnholt school in ruins.
`,
	"kessmoor-1.md": `---
title: "Earthquake shakes Kessmoor"
source: Valley Post
date: 2034-11-20
---

An earthquake of magnitude 5.4 shook the fishing port of Kessmoor on Sunday, 19 November 2034. The earthquake killed 3 people, the harbour master, Piet Calloway, said. Boats in Kessmoor harbour were overturned.
`,
	"kessmoor-2.md": `---
title: "Kessmoor counts the cost of earthquake"
source: Northern Ledger
date: 2034-11-21
---

The earthquake in Kessmoor on 19 November 2034 killed 4 people, the harbour master, Piet Calloway, said on Tuesday. The earthquake sank a dozen boats in Kessmoor harbour.
`,
}

// storyServer indexes the invented quakes and serves them with the events
// layer computed over the index.
func storyServer(t *testing.T) (*Server, http.Handler) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, text := range quakeArticles {
		fsys["quakes/"+name] = &fstest.MapFile{Data: []byte(text)}
	}
	ix, err := store.OpenIndex(filepath.Join(t.TempDir(), "index"))
	require.NoError(t, err)
	t.Cleanup(func() { ix.Close() })
	_, _, err = pipeline.Check(pipeline.Source{FS: fsys, Root: "quakes"}, ix, fixture.opt)
	require.NoError(t, err)
	st := ComputeStories(ix, fixture.opt)
	_, err = st.Wait()
	require.NoError(t, err)
	s, err := New(ix, fixture.opt, Config{Stories: st, MaxBody: 64 << 10})
	require.NoError(t, err)
	return s, s.Handler()
}

func apiStoryGet(t *testing.T, h http.Handler, target string, v any) {
	t.Helper()
	res, body := serve(h, localRequest(http.MethodGet, target, "", ""))
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	require.NoError(t, json.Unmarshal([]byte(body), v))
}

func TestStoriesOverCoref(t *testing.T) {
	s, h := storyServer(t)
	var list apiStoryList
	apiStoryGet(t, h, "/api/v1/stories", &list)
	require.Equal(t, 2, list.Total, "two quakes, two stories")
	byTown := map[string]apiStory{}
	for _, st := range list.Stories {
		town := strings.SplitN(st.Articles[0], "-", 2)[0]
		for _, a := range st.Articles {
			assert.True(t, strings.HasPrefix(a, town+"-"), "story %s mixes %v", st.ID, st.Articles)
		}
		byTown[town] = st
	}
	require.Len(t, byTown, 2)
	assert.Len(t, byTown["varnholt"].Articles, 3)
	assert.Equal(t, "varnholt", strings.SplitN(list.Stories[0].Articles[0], "-", 2)[0], "largest story first")

	v := byTown["varnholt"]
	var main *apiEvent
	for i, e := range v.Events {
		if e.Seminal {
			main = &v.Events[i]
		}
	}
	require.NotNil(t, main, "the story has a main event")
	assert.NotEmpty(t, main.Mentions)
	for _, m := range main.Mentions {
		assert.True(t, strings.HasPrefix(m.Article, "varnholt-"))
		assert.Greater(t, m.End, m.Start)
	}
	// The tolls the outlets gave are claims of some event of the story,
	// with every value said.
	tolls := map[string]bool{}
	for _, e := range v.Events {
		for _, f := range e.Claims {
			values := map[string]bool{}
			for _, c := range f.Claims {
				values[c.Value] = true
				if f.Kind == "number" {
					tolls[c.Value] = true
				}
			}
			assert.False(t, values["6.1"] && values["12"], "the magnitude and the toll are figures of different things: %+v", f)
		}
	}
	assert.True(t, tolls["12"] && tolls["19"], "both tolls of the story are shown: %v", tolls)
	assert.False(t, tolls["3"] || tolls["4"], "the other quake's tolls stay in its story: %v", tolls)

	// The story's discrepancies are those citing its articles.
	for _, id := range v.Discrepancies {
		d := s.report.Discrepancies[s.byID[id]]
		for _, c := range d.Claims {
			assert.True(t, strings.HasPrefix(c.Article, "varnholt-"), "%s cites %s", id, c.Article)
		}
	}

	var one apiStory
	apiStoryGet(t, h, "/api/v1/stories/"+v.ID, &one)
	assert.Equal(t, v, one)
	var old apiStory
	apiStoryGet(t, h, "/api/stories/"+v.ID, &old)
	assert.Equal(t, v, old, "the unversioned path serves the same")

	// Paging.
	var first, second apiStoryList
	apiStoryGet(t, h, "/api/v1/stories?n=1", &first)
	require.Len(t, first.Stories, 1)
	require.NotNil(t, first.Next)
	assert.Equal(t, 1, *first.Next)
	apiStoryGet(t, h, "/api/v1/stories?n=1&from=1", &second)
	require.Len(t, second.Stories, 1)
	assert.Nil(t, second.Next)
	assert.Equal(t, byTown["kessmoor"].ID, second.Stories[0].ID)

	for _, bad := range []struct {
		target string
		status int
	}{{"/api/v1/stories/nope", 404}, {"/api/v1/stories?n=0", 400}, {"/api/v1/stories?n=101", 400}, {"/api/v1/stories?from=-1", 400}} {
		res, body := serve(h, localRequest(http.MethodGet, bad.target, "", ""))
		assert.Equal(t, bad.status, res.StatusCode, bad.target)
		assert.Contains(t, res.Header.Get("Content-Type"), "json", bad.target)
		assert.Contains(t, body, `"error"`, bad.target)
	}

	// The pages.
	res, body := serve(h, localRequest(http.MethodGet, "/stories", "", ""))
	require.Equal(t, http.StatusOK, res.StatusCode)
	assertHas(t, body, `href="/stories/`+v.ID+`"`)
	assertHas(t, body, `href="/stories/`+byTown["kessmoor"].ID+`"`)
	assertHas(t, body, `>Stories</a>`, "the menu links to the stories")

	res, body = serve(h, localRequest(http.MethodGet, "/stories/"+v.ID, "", ""))
	require.Equal(t, http.StatusOK, res.StatusCode)
	assertHas(t, body, "main event")
	assertHas(t, body, "How each article first tells it")
	told := body[strings.Index(body, `<ul class="sides told">`):]
	told = told[:strings.Index(told, "</ul>")]
	assert.Equal(t, 3, strings.Count(told, `<li class="side`), "each article's first sentence about the quake")
	assert.Less(t, strings.Index(told, "Valley Post"), strings.Index(told, "Coast Herald"), "oldest first")
	assertHas(t, body, `class="group`, "claims grouped by value")
	assertHas(t, body, "Northern Ledger")
	assertLacks(t, body, "kessmoor-")
	for _, id := range v.Discrepancies {
		assertHas(t, body, `id="d-`+id+`"`)
	}

	_, body = serve(h, localRequest(http.MethodGet, "/articles/varnholt-2", "", ""))
	assertHas(t, body, `href="/stories/`+v.ID+`"`, "an article links to its story")
	for _, id := range v.Discrepancies {
		_, body = serve(h, localRequest(http.MethodGet, "/discrepancies/"+url.PathEscape(id), "", ""))
		assertHas(t, body, `href="/stories/`+v.ID+`"`, "a discrepancy links to its story")
	}
	res, _ = serve(h, localRequest(http.MethodGet, "/stories/nope", "", ""))
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
}

// pendingStories is a story layer still being computed.
type pendingStories struct{}

func (pendingStories) Ready() bool                   { return false }
func (pendingStories) StoryOf(string) (string, bool) { return "", false }
func (pendingStories) Story(string) (Story, bool)    { return Story{}, false }
func (pendingStories) List(int, int) ([]Story, int)  { return nil, 0 }

func TestStoriesBeingComputed(t *testing.T) {
	h := newServer(t, Config{Stories: pendingStories{}}).Handler()
	res, body := serve(h, localRequest(http.MethodGet, "/stories", "", ""))
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	assert.NotEmpty(t, res.Header.Get("Retry-After"))
	assertHas(t, body, "Stories are being computed")
	for _, target := range []string{"/stories/s1", "/api/v1/stories", "/api/v1/stories/s1"} {
		res, body := serve(h, localRequest(http.MethodGet, target, "", ""))
		assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode, target)
		assert.Contains(t, body, "being computed", target)
	}
	// Meanwhile the rest of the site answers, without story links.
	d := fixture.srv.Report().Discrepancies[0]
	res, body = serve(h, localRequest(http.MethodGet, "/discrepancies/"+d.ID, "", ""))
	assert.Equal(t, http.StatusOK, res.StatusCode)
	assertLacks(t, body, "/stories/")
}

// manyStories is a stand-in layer of n stories of size articles each, to
// bound the pages whatever the corpus.
type manyStories struct {
	n, size int
	events  []StoryEvent
	real    []string // indexed articles every story starts with: its discrepancies are shown
}

func (m manyStories) Ready() bool                   { return true }
func (m manyStories) StoryOf(string) (string, bool) { return "", false }
func (m manyStories) story(i int) Story {
	st := Story{ID: fmt.Sprintf("s%d", i+1), Title: fmt.Sprintf("a story of %d articles", m.size), Events: m.events}
	st.Articles = append(st.Articles, m.real...)
	for j := range m.size {
		st.Articles = append(st.Articles, fmt.Sprintf("story-%d-article-%d-with-a-long-identifier", i, j))
	}
	return st
}
func (m manyStories) Story(id string) (Story, bool) {
	var i int
	if _, err := fmt.Sscanf(id, "s%d", &i); err != nil || i < 1 || i > m.n {
		return Story{}, false
	}
	return m.story(i - 1), true
}
func (m manyStories) List(from, n int) ([]Story, int) {
	var out []Story
	for i := from; i < min(from+n, m.n); i++ {
		out = append(out, m.story(i))
	}
	return out, m.n
}

func TestStoryPagesStaySmall(t *testing.T) {
	d := fixture.srv.Report().Discrepancies[0]
	var claims = d.Claims
	for len(claims) < 2000 {
		claims = append(claims, d.Claims...)
	}
	var events []StoryEvent
	for i := range 500 {
		e := StoryEvent{ID: fmt.Sprintf("e%d", i), Label: "event", Class: "attack"}
		for j := range 200 {
			e.Mentions = append(e.Mentions, EventMention{Article: fmt.Sprintf("a%d", j), Text: fmt.Sprintf("word%d", j%9)})
		}
		for j := range 20 {
			e.Facts = append(e.Facts, StoryFact{Kind: d.Kind, Subject: fmt.Sprintf("subject %d", j), Claims: claims})
		}
		events = append(events, e)
	}
	infos, err := fixture.ix.List()
	require.NoError(t, err)
	var real []string
	for _, a := range infos {
		real = append(real, a.ID)
	}
	h := newServer(t, Config{Stories: manyStories{n: 5000, size: 3000, events: events, real: real}}).Handler()
	for _, target := range []string{"/stories", "/stories?from=4990", "/stories/s1", "/stories/s5000"} {
		res, body := serve(h, localRequest(http.MethodGet, target, "", ""))
		require.Equal(t, http.StatusOK, res.StatusCode, target)
		assert.Less(t, len(body), 200<<10, "%s is %d bytes", target, len(body))
		t.Logf("%s: %d bytes", target, len(body))
	}
	_, body := serve(h, localRequest(http.MethodGet, "/stories", "", ""))
	assertHas(t, body, "1–50 of 5000")
	_, body = serve(h, localRequest(http.MethodGet, "/stories/s1", "", ""))
	assertHas(t, body, `class="item sev-`, "the story's discrepancies are on its page")
}

// The stories depend on the articles, not on the order they are read in,
// and a computation stopped early leaves no half-built layer.
func TestStoriesDeterministic(t *testing.T) {
	infos, err := fixture.ix.List()
	require.NoError(t, err)
	var arts []ArticleClaims
	for i := len(infos) - 1; i >= 0; i-- {
		a, cs, err := fixture.ix.Get(infos[i].ID)
		require.NoError(t, err)
		arts = append(arts, ArticleClaims{Article: a, Claims: cs})
	}
	built, err := BuildStories(arts, fixture.opt)
	require.NoError(t, err)
	computed := ComputeStories(fixture.ix, fixture.opt)
	_, err = computed.Wait()
	require.NoError(t, err)
	want, n := computed.List(0, 1000)
	got, m := built.List(0, 1000)
	require.Positive(t, n)
	assert.Equal(t, n, m)
	assert.Equal(t, want, got)

	stopped := ComputeStories(fixture.ix, fixture.opt)
	stopped.Close()
	_, err = stopped.Wait()
	if stopped.Ready() {
		assert.NoError(t, err)
	} else {
		assert.ErrorIs(t, err, ErrStoriesStopped)
		_, ok := stopped.Story("s1")
		assert.False(t, ok)
	}
}
