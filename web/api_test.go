package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/rules"
)

// conflictingDraft gives a person of the sample corpus another title
// (see corpus/sample/EXPECTED.md: Hedda Lorne, deputy transport minister).
const conflictingDraft = "Ferry inquiry widens\n\n" +
	"Fisheries Minister Hedda Lorne said on Friday that the inquiry into the fire would report by the end of June.\n"

const draftDate = "2025-05-16"

func decode[T any](t *testing.T, body string) T {
	t.Helper()
	var v T
	require.NoError(t, json.Unmarshal([]byte(body), &v), body)
	return v
}

func TestAPISearch(t *testing.T) {
	res, body := get(t, "/api/search?q=bridge&n=3")
	require.Equal(t, http.StatusOK, res.StatusCode, body)
	assert.Equal(t, "application/json; charset=utf-8", res.Header.Get("Content-Type"))
	got := decode[searchResult](t, body)
	assert.Equal(t, "bridge", got.Query)
	assert.Positive(t, got.Total)
	assert.LessOrEqual(t, len(got.Hits), 3)
	for _, h := range got.Hits {
		assert.NotEmpty(t, h.ID)
	}

	for _, target := range []string{"/api/search", "/api/search?q=", "/api/search?q=a&n=0", "/api/search?q=a&n=x", "/api/search?q=" + url.QueryEscape(`"unclosed`), "/api/search?q=" + url.QueryEscape(`title:/[/`)} {
		res, body := get(t, target)
		assert.Equal(t, http.StatusBadRequest, res.StatusCode, target)
		e := decode[apiError](t, body)
		assert.Equal(t, http.StatusBadRequest, e.Status)
		assert.NotEmpty(t, e.Error)
	}
}

func TestAPIDiscrepanciesIsCheckJSON(t *testing.T) {
	res, body := get(t, "/api/discrepancies")
	require.Equal(t, http.StatusOK, res.StatusCode)
	got := decode[pipeline.Report](t, body)
	want := fixture.srv.Report()
	assert.Equal(t, pipeline.ReportVersion, got.Version)
	assert.Equal(t, want.Articles, got.Articles)
	assert.Equal(t, want.Claims, got.Claims)
	assert.Equal(t, want.Discrepancies, got.Discrepancies)
}

func TestAPIDiscrepancyFilters(t *testing.T) {
	all := fixture.srv.Report().Discrepancies
	count := func(keep func(rules.Discrepancy) bool) int {
		n := 0
		for _, d := range all {
			if keep(d) {
				n++
			}
		}
		return n
	}
	source := fixture.srv.sources[0]
	tests := []struct {
		query string
		want  int
	}{
		{"kind=title", count(func(d rules.Discrepancy) bool { return d.Kind == "title" })},
		{"kind=title,date", count(func(d rules.Discrepancy) bool { return d.Kind == "title" || d.Kind == "date" })},
		{"severity=error", count(func(d rules.Discrepancy) bool { return d.Severity == rules.Error })},
		{"severity=warning", count(func(d rules.Discrepancy) bool { return d.Severity >= rules.Warning })},
		{"source=" + url.QueryEscape(strings.ToUpper(source)), count(func(d rules.Discrepancy) bool {
			for _, c := range d.Claims {
				if fixture.srv.Report().Meta[c.Article].Source == source {
					return true
				}
			}
			return false
		})},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			res, body := get(t, "/api/discrepancies?"+tc.query)
			require.Equal(t, http.StatusOK, res.StatusCode, body)
			assert.Len(t, decode[pipeline.Report](t, body).Discrepancies, tc.want)
		})
	}
	res, _ := get(t, "/api/discrepancies?severity=loud")
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
}

func TestAPIArticle(t *testing.T) {
	infos, err := fixture.ix.List()
	require.NoError(t, err)
	id := infos[0].ID
	res, body := get(t, "/api/articles/"+url.PathEscape(id))
	require.Equal(t, http.StatusOK, res.StatusCode)
	got := decode[articleResult](t, body)
	require.NotNil(t, got.Article)
	assert.Equal(t, id, got.Article.ID)
	assert.NotEmpty(t, got.Article.Text)
	_, cs, err := fixture.ix.Get(id)
	require.NoError(t, err)
	assert.Len(t, got.Claims, len(cs))
	assert.NotNil(t, got.Discrepancies)

	for _, target := range []string{"/api/articles/no-such-article", "/api/articles/" + url.PathEscape("../etc/passwd"), "/api/discrepancies/000000000000"} {
		res, body := get(t, target)
		assert.Equal(t, http.StatusNotFound, res.StatusCode, target)
		assert.Equal(t, http.StatusNotFound, decode[apiError](t, body).Status)
	}
	res, _ = get(t, "/articles/no-such-article")
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
	res, _ = get(t, "/discrepancies/nope")
	assert.Equal(t, http.StatusNotFound, res.StatusCode)
}

func TestAPICheck(t *testing.T) {
	jsonBody, err := json.Marshal(map[string]string{"title": "Ferry inquiry widens", "date": draftDate, "text": conflictingDraft})
	require.NoError(t, err)
	tests := []struct {
		name, contentType, body string
	}{
		{"plain text", "text/plain; charset=utf-8", draftDate + "\n" + conflictingDraft},
		{"no content type", "", draftDate + "\n" + conflictingDraft},
		{"json", "application/json", string(jsonBody)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, body := do(t, http.MethodPost, "/api/check", strings.NewReader(tc.body), tc.contentType)
			require.Equal(t, http.StatusOK, res.StatusCode, body)
			rep := decode[pipeline.Report](t, body)
			assert.Equal(t, []string{"draft"}, rep.Drafts)
			require.NotEmpty(t, rep.Discrepancies, "the draft gives Hedda Lorne another title")
			found := false
			for _, d := range rep.Discrepancies {
				draftSide := false
				for _, c := range d.Claims {
					draftSide = draftSide || c.Article == "draft"
				}
				assert.True(t, draftSide, "every discrepancy of a draft check involves the draft")
				found = found || d.Kind == "title"
			}
			assert.True(t, found, "a title discrepancy: %s", body)
		})
	}
	t.Run("filters apply", func(t *testing.T) {
		res, body := do(t, http.MethodPost, "/api/check?kind=number", strings.NewReader(conflictingDraft), "text/plain")
		require.Equal(t, http.StatusOK, res.StatusCode)
		for _, d := range decode[pipeline.Report](t, body).Discrepancies {
			assert.Equal(t, "number", string(d.Kind))
		}
	})
}

func TestAPICheckRefusals(t *testing.T) {
	tests := []struct {
		name, contentType, body string
		status                  int
		says                    string
	}{
		{"empty", "text/plain", "  \n ", http.StatusBadRequest, "empty"},
		{"bad json", "application/json", `{"text": `, http.StatusBadRequest, "JSON body"},
		{"unknown field", "application/json", `{"body": "x"}`, http.StatusBadRequest, "unknown field"},
		{"two values", "application/json", `{"text": "a b c"} {}`, http.StatusBadRequest, "more than one"},
		{"bad date", "application/json", `{"text": "The pier opened.", "date": "someday"}`, http.StatusBadRequest, "date"},
		{"bad utf-8 text", "text/plain", "The pier \xff\xfe opened.", http.StatusBadRequest, "UTF-8"},
		{"bad utf-8 json", "application/json", "{\"text\": \"pier \xc3\x28\"}", http.StatusBadRequest, "UTF-8"},
		{"unsupported type", "application/xml", "<a/>", http.StatusUnsupportedMediaType, "text/plain"},
		{"too large", "text/plain", strings.Repeat("a", 65<<10), http.StatusRequestEntityTooLarge, "limit"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, body := do(t, http.MethodPost, "/api/check", strings.NewReader(tc.body), tc.contentType)
			assert.Equal(t, tc.status, res.StatusCode, body)
			e := decode[apiError](t, body)
			assert.Equal(t, tc.status, e.Status)
			assert.Contains(t, e.Error, tc.says)
		})
	}
}
