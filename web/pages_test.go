package web

import (
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPagesAnswer(t *testing.T) {
	infos, err := fixture.ix.List()
	require.NoError(t, err)
	require.NotEmpty(t, infos)
	rep := fixture.srv.Report()
	require.NotEmpty(t, rep.Discrepancies, "the sample corpus has planted contradictions")
	first := infos[0]
	tests := []struct {
		name, target string
		want         []string
	}{
		{"the article list names every article of the sample", "/articles", titlesOf(infos)},
		{"home links the rest", "/", []string{`href="/search"`, `href="/discrepancies"`, `href="/draft"`, `name="q"`}},
		{"empty search shows the box", "/search", []string{`name="q"`}},
		{"search", "/search?q=" + url.QueryEscape(firstWord(first.Title)), []string{"<mark>", "/articles/" + url.PathEscape(first.ID)}},
		{"discrepancy list", "/discrepancies", []string{html.EscapeString(rep.Discrepancies[0].Summary), `name="severity"`, `name="kind"`}},
		{"discrepancy page", "/discrepancies/" + rep.Discrepancies[0].ID, []string{"<mark>", html.EscapeString(rep.Discrepancies[0].Subject)}},
		{"article page", "/articles/" + url.PathEscape(first.ID), []string{html.EscapeString(first.Title), "Claims ("}},
		{"draft form", "/draft", []string{`<textarea`, `enctype="multipart/form-data"`, `type="file"`}},
		{"stylesheet", "/static/style.css", []string{"mark"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, body := get(t, tc.target)
			require.Equal(t, http.StatusOK, res.StatusCode, body)
			for _, w := range tc.want {
				assertHas(t, body, w)
			}
			if !strings.HasSuffix(tc.target, ".css") {
				assert.Equal(t, "text/html; charset=utf-8", res.Header.Get("Content-Type"))
				assertHas(t, body, `name="viewport"`)
			}
		})
	}
}

func titlesOf(infos []store.ArticleInfo) []string {
	var out []string
	for _, a := range infos {
		if a.Title != "" {
			out = append(out, html.EscapeString(a.Title))
		}
	}
	return out
}

func firstWord(s string) string {
	for _, w := range strings.Fields(s) {
		if len(w) > 3 {
			return strings.Trim(w, ".,:;!?\"'")
		}
	}
	return "the"
}

// TestDiscrepancyPagesMarkEvidence checks every discrepancy's page: each
// side's value, cut from its sentence at the claim's offsets, is marked.
func TestDiscrepancyPagesMarkEvidence(t *testing.T) {
	for _, d := range fixture.srv.Report().Discrepancies {
		res, body := get(t, "/discrepancies/"+d.ID)
		require.Equal(t, http.StatusOK, res.StatusCode, d.ID)
		for _, c := range d.Claims {
			vs, ve := c.Start-c.SentenceStart, c.End-c.SentenceStart
			require.True(t, vs >= 0 && ve <= len(c.Text) && vs <= ve, "claim offsets inside the sentence: %+v", c)
			if vs == ve {
				continue
			}
			assertHas(t, body, "<mark>"+html.EscapeString(c.Text[vs:ve])+"</mark>", "discrepancy "+d.ID+", article "+c.Article)
			assertHas(t, body, `href="/articles/`+url.PathEscape(c.Article)+`"`)
		}
	}
}

func TestDiscrepancyListFilters(t *testing.T) {
	rep := fixture.srv.Report()
	byKind := map[string]int{}
	for _, d := range rep.Discrepancies {
		byKind[string(d.Kind)]++
	}
	for kind, n := range byKind {
		t.Run(kind, func(t *testing.T) {
			res, body := get(t, "/discrepancies?kind="+kind)
			require.Equal(t, http.StatusOK, res.StatusCode)
			assert.Equal(t, n, strings.Count(body, `<li class="item `), "items of kind %s", kind)
			assertHas(t, body, `value="`+kind+`" checked`)
		})
	}
	t.Run("article", func(t *testing.T) {
		d := rep.Discrepancies[0]
		art := d.Claims[0].Article
		want := 0
		for _, x := range rep.Discrepancies {
			for _, c := range x.Claims {
				if c.Article == art {
					want++
					break
				}
			}
		}
		_, body := get(t, "/discrepancies?article="+url.QueryEscape(art))
		assert.Equal(t, want, strings.Count(body, `<li class="item `))
	})
	t.Run("bad kind is a 400 with the form", func(t *testing.T) {
		res, body := get(t, "/discrepancies?kind=colour")
		assert.Equal(t, http.StatusBadRequest, res.StatusCode)
		assertHas(t, body, "unknown kind")
		assertHas(t, body, `name="severity"`)
	})
}

func TestArticlePageMarksClaims(t *testing.T) {
	infos, err := fixture.ix.List()
	require.NoError(t, err)
	for _, info := range infos {
		a, cs, err := fixture.ix.Get(info.ID)
		require.NoError(t, err)
		_, body := get(t, "/articles/"+url.PathEscape(info.ID))
		assertHas(t, body, "Claims (")
		for i, c := range cs {
			if c.Evidence.End <= c.Evidence.Start {
				continue
			}
			assertHas(t, body, `id="claim-`+strconv.Itoa(i+1)+`"`)
			assertHas(t, body, html.EscapeString(a.Text[c.Evidence.Start:c.Evidence.End]))
		}
	}
}

func TestSearchErrors(t *testing.T) {
	res, body := get(t, "/search?q="+url.QueryEscape(`"unclosed`))
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
	assertHas(t, body, "query not understood")
	res, _ = get(t, "/search?q=x&from=-1")
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
	res, _ = get(t, "/search?q="+strings.Repeat("a", maxQueryBytes+1))
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
}
