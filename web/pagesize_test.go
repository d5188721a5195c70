package web

import (
	"io"
	"log"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// maxPageBytes is what any page may weigh, whatever the corpus's size.
const maxPageBytes = 200 << 10

// bigArticles is the size of the generated corpus the size tests use:
// enough that listing everything would blow every page past the cap.
const bigArticles = 5000

var big struct {
	once sync.Once
	srv  *Server
	err  error
}

// bigServer is a server over bigArticles generated articles, built once.
func bigServer(t *testing.T) *Server {
	t.Helper()
	if testing.Short() {
		t.Skip("indexes a generated corpus of some thousand articles")
	}
	big.once.Do(func() {
		dir := filepath.Join(fixture.dir, "big-index")
		ix, err := store.OpenIndex(dir)
		if err != nil {
			big.err = err
			return
		}
		src := pipeline.Source{Each: func(fn func(*article.Article) error) error {
			return gen.Stream(gen.Options{Articles: bigArticles, Seed: 7}, fn)
		}}
		if _, _, err := pipeline.Check(src, ix, fixture.opt); err != nil {
			ix.Close()
			big.err = err
			return
		}
		fixture.closers = append(fixture.closers, ix.Close)
		big.srv, big.err = New(ix, fixture.opt, Config{ErrorLog: log.New(io.Discard, "", 0)})
	})
	require.NoError(t, big.err)
	return big.srv
}

// TestPagesStaySmall visits every kind of page over the generated corpus
// (the longest list pages, the discrepancy with the most sides, the
// article cited most) and holds each under maxPageBytes.
func TestPagesStaySmall(t *testing.T) {
	s := bigServer(t)
	rep := s.Report()
	require.Greater(t, len(rep.Discrepancies), listPageSize, "enough discrepancies to page")
	widest, update := rep.Discrepancies[0], rules.Discrepancy{}
	for _, d := range rep.Discrepancies {
		if len(d.Claims) > len(widest.Claims) {
			widest = d
		}
		if isTimeline(d) && len(d.Claims) > len(update.Claims) {
			update = d
		}
	}
	mostCited := ""
	for id, ds := range s.byArticle {
		if mostCited == "" || len(ds) > len(s.byArticle[mostCited]) || (len(ds) == len(s.byArticle[mostCited]) && id < mostCited) {
			mostCited = id
		}
	}
	targets := []string{
		"/", "/articles", "/articles?from=" + strconv.Itoa(bigArticles-50), "/search?q=said",
		"/discrepancies", "/discrepancies?from=" + strconv.Itoa(listPageSize), "/discrepancies?severity=info",
		"/discrepancies/" + widest.ID, "/articles/" + url.PathEscape(mostCited), "/draft",
	}
	if update.ID != "" {
		targets = append(targets, "/discrepancies/"+update.ID)
	}
	h := s.Handler()
	for _, target := range targets {
		t.Run(target, func(t *testing.T) {
			res, body := serve(h, localRequest(http.MethodGet, target, "", ""))
			require.Equal(t, http.StatusOK, res.StatusCode)
			assert.Less(t, len(body), maxPageBytes, "%s weighs %d KB", target, len(body)>>10)
			t.Logf("%s: %d KB", target, len(body)>>10)
		})
	}
	res, body := serve(h, localRequest(http.MethodGet, "/discrepancies/"+widest.ID, "", ""))
	require.Equal(t, http.StatusOK, res.StatusCode)
	assertHas(t, body, `class="group`)
	if update.ID != "" {
		_, body = serve(h, localRequest(http.MethodGet, "/discrepancies/"+update.ID, "", ""))
		assertHas(t, body, `timeline`)
	}

	res, body = serve(h, localRequest(http.MethodGet, "/api/discrepancies", "", ""))
	require.Equal(t, http.StatusOK, res.StatusCode)
	page := decode[apiCheckResult](t, body)
	assert.Len(t, page.Discrepancies, defaultAPIPage, "the API pages too")
}
