package web

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
)

// apiCheckResult is the part of /api/check's answer these tests read.
type apiCheckResult struct {
	DraftClaims    int              `json:"draft_claims"`
	ComparedClaims int              `json:"compared_claims"`
	Drafts         []string         `json:"drafts"`
	Discrepancies  []apiDiscrepancy `json:"discrepancies"`
}

func TestDraftVerdictIsHonest(t *testing.T) {
	tests := []struct {
		name, text string
		says       string
	}{
		{"no claims", "The afternoon was mild and people walked along the water.\n", "No claims were found"},
		{"nothing comparable", "Harbour report\n\nHarbour Commissioner Ovin Tarlesk said on Tuesday, June 3, 2025, that 40 boats were inspected at Calderwick.\n", "none is about a subject the corpus covers"},
		{"a conflict", conflictingDraft, "Hedda Lorne"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, body := do(t, http.MethodPost, "/api/check", strings.NewReader(tc.text), "text/plain")
			require.Equal(t, http.StatusOK, res.StatusCode, body)
			api := decode[apiCheckResult](t, body)

			form, ct := formBody(map[string]string{"text": tc.text})
			res, page := do(t, http.MethodPost, "/draft", form, ct)
			require.Equal(t, http.StatusOK, res.StatusCode)
			assertHas(t, page, tc.says)
			if len(api.Discrepancies) == 0 && api.ComparedClaims == 0 {
				assertLacks(t, page, "contradicts")
				assertLacks(t, page, `class="ok"`)
			}
		})
	}
	res, body := do(t, http.MethodPost, "/api/check", strings.NewReader("The afternoon was mild.\n"), "text/plain")
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Zero(t, decode[apiCheckResult](t, body).DraftClaims)
}

// A paste over the limit comes back in the form, with the limit said.
func TestDraftOverLimitKeepsText(t *testing.T) {
	end := "THE-END-OF-THE-PASTE"
	text := strings.Repeat("The pier opened to walkers and cyclists. ", 1700) + end
	require.Greater(t, len(text), 64<<10)
	form, ct := formBody(map[string]string{"text": text, "title": "Pier"})
	res, page := do(t, http.MethodPost, "/draft", form, ct)
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
	assertHas(t, page, "limit of 64KB")
	assertHas(t, page, end+"</textarea>", "the text is kept")
	assertHas(t, page, `value="Pier"`)

	huge := strings.Repeat("x", 200<<10)
	form, ct = formBody(map[string]string{"text": huge})
	res, page = do(t, http.MethodPost, "/draft", form, ct)
	assert.Equal(t, http.StatusRequestEntityTooLarge, res.StatusCode)
	assertHas(t, page, "64KB")
	assertHas(t, page, "<textarea", "the form is still there")
}

func TestAPIDiscrepanciesPaging(t *testing.T) {
	all := fixture.srv.Report().Discrepancies
	require.GreaterOrEqual(t, len(all), 3)
	for _, base := range []string{"/api/", "/api/v1/"} {
		res, body := get(t, base+"discrepancies?from=1&n=1")
		require.Equal(t, http.StatusOK, res.StatusCode, body)
		var got struct {
			Total         int               `json:"total"`
			From          int               `json:"from"`
			Next          *int              `json:"next"`
			Discrepancies []json.RawMessage `json:"discrepancies"`
		}
		require.NoError(t, json.Unmarshal([]byte(body), &got))
		assert.Equal(t, len(all), got.Total)
		assert.Equal(t, 1, got.From)
		require.Len(t, got.Discrepancies, 1)
		assert.Contains(t, string(got.Discrepancies[0]), all[1].ID)
		require.NotNil(t, got.Next)
		assert.Equal(t, 2, *got.Next)

		_, body = get(t, base+"discrepancies?from="+url.QueryEscape("100000"))
		assert.Contains(t, body, `"discrepancies": []`)
	}
	res, _ := get(t, "/api/discrepancies?n=501")
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
}

// Every side names its article (title, source, date, URL); no answer
// carries a directory of the server.
func TestAPICitesArticlesNotPaths(t *testing.T) {
	d := fixture.srv.Report().Discrepancies[0]
	for _, target := range []string{"/api/discrepancies", "/api/v1/discrepancies/" + d.ID} {
		_, body := get(t, target)
		var one apiDiscrepancy
		if strings.Contains(target, d.ID) {
			one = decode[apiDiscrepancy](t, body)
		} else {
			one = decode[struct {
				Discrepancies []apiDiscrepancy `json:"discrepancies"`
			}](t, body).Discrepancies[0]
		}
		require.NotEmpty(t, one.Claims)
		for _, c := range one.Claims {
			require.NotNil(t, c.Cited, target)
			assert.Equal(t, c.Article, c.Cited.ID)
			assert.NotEmpty(t, c.Cited.Title)
			assert.NotEmpty(t, c.Cited.Date)
		}
	}
	infos, err := fixture.ix.List()
	require.NoError(t, err)
	for _, target := range []string{"/api/articles/" + url.PathEscape(infos[0].ID), "/api/search?q=ferry&n=50"} {
		_, body := get(t, target)
		var v any
		require.NoError(t, json.Unmarshal([]byte(body), &v))
		walkJSON(v, func(k string, s string) {
			if k == "path" {
				assert.NotContains(t, s, "/", "%s: a server path", target)
			}
		})
	}
}

func walkJSON(v any, fn func(key, s string)) {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			if s, ok := x.(string); ok {
				fn(k, s)
			}
			walkJSON(x, fn)
		}
	case []any:
		for _, x := range t {
			walkJSON(x, fn)
		}
	}
}

// Markdown with front matter and HTML are read as the command line reads
// them; draft sides carry UTF-16 offsets a browser editor can use.
func TestAPIDraftFormats(t *testing.T) {
	md := "---\ntitle: Inquiry widens 🙂\ndate: " + draftDate + "\n---\n\n🙂🙂 " + conflictingDraft
	html := "<html><head><title>Inquiry widens</title><meta name=\"date\" content=\"" + draftDate + "\"></head><body><h1>Inquiry widens</h1><p>" +
		strings.TrimPrefix(conflictingDraft, "Ferry inquiry widens\n\n") + "</p></body></html>"
	jsonMD, err := json.Marshal(map[string]string{"text": md, "format": "markdown"})
	require.NoError(t, err)
	tests := []struct{ name, ct, body string }{
		{"markdown", "text/markdown; charset=utf-8", md},
		{"markdown in json", "application/json", string(jsonMD)},
		{"html", "text/html", html},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, body := do(t, http.MethodPost, "/api/v1/check", strings.NewReader(tc.body), tc.ct)
			require.Equal(t, http.StatusOK, res.StatusCode, body)
			got := decode[apiCheckResult](t, body)
			require.Len(t, got.Drafts, 1)
			require.NotEmpty(t, got.Discrepancies, "the title conflict is found")
			for _, d := range got.Discrepancies {
				for _, c := range d.Claims {
					require.NotNil(t, c.Cited)
					if !c.Cited.Draft {
						continue
					}
					require.NotNil(t, c.StartUTF16, "a draft side has UTF-16 offsets")
					require.NotNil(t, c.EndUTF16)
					// The value in UTF-16 units is the value in bytes.
					assert.Equal(t, c.ValueText, utf16Slice(t, body, c), "value %q", c.ValueText)
				}
			}
		})
	}
	res, body := do(t, http.MethodPost, "/api/check", strings.NewReader(`{"text":"x","format":"docx"}`), "application/json")
	assert.Equal(t, http.StatusBadRequest, res.StatusCode)
	assert.Contains(t, body, "format")
}

// utf16Slice cuts the claim's value out of its sentence by UTF-16
// offsets, checking them against the byte offsets.
func utf16Slice(t *testing.T, _ string, c apiSide) string {
	t.Helper()
	require.NotNil(t, c.SentenceStartUTF16)
	sent := utf16.Encode([]rune(c.Text))
	from, to := *c.StartUTF16-*c.SentenceStartUTF16, *c.EndUTF16-*c.SentenceStartUTF16
	require.True(t, from >= 0 && to <= len(sent) && from <= to, "offsets %d..%d in %d units", from, to, len(sent))
	bytesBefore := len(string(utf16.Decode(sent[:from])))
	assert.Equal(t, c.Start-c.SentenceStart, bytesBefore, "UTF-16 and byte offsets agree")
	return string(utf16.Decode(sent[from:to]))
}

func TestUTF16Index(t *testing.T) {
	text := strings.Repeat("a", 4090) + "é🙂x" + strings.Repeat("ü", 3000) + "🙂"
	ix := newUTF16Index(text)
	for _, off := range []int{0, 1, 4090, 4092, 4096, 4097, 5000, len(text) - 4, len(text), len(text) + 10} {
		want := len(utf16.Encode([]rune(text[:min(off, len(text))])))
		assert.Equal(t, want, *ix.at(off), "offset %d", off)
	}
}

func TestSmallThings(t *testing.T) {
	res, body := get(t, "/favicon.ico")
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Equal(t, "image/x-icon", res.Header.Get("Content-Type"))
	assert.Equal(t, "\x00\x00\x01\x00", body[:4], "an ICO file")

	_, home := get(t, "/")
	assertHas(t, home, "<title>crosscheck</title>")
	assertLacks(t, home, "crosscheck · crosscheck")

	for _, tc := range []struct{ in, want string }{
		{"https://news.example.org/a?b=1", "https://news.example.org/a?b=1"},
		{"http://x.test/", "http://x.test/"},
		{"javascript:alert(1)", ""},
		{" JavaScript:alert(1)", ""},
		{"file:///etc/passwd", ""},
		{"//evil.test/x", ""},
		{"", ""},
	} {
		assert.Equal(t, tc.want, webURL(tc.in), tc.in)
	}
}

// A ten-sided conflict is a few values with counts, an update a
// timeline, and values written alike but normalised apart show the
// normalised value.
func TestGroupSides(t *testing.T) {
	side := func(article, value, written, date string) rules.ClaimRef {
		return rules.ClaimRef{Article: article, Value: value, ValueText: written, Reference: date}
	}
	var claims []rules.ClaimRef
	for i := 0; i < 7; i++ {
		claims = append(claims, side(string(rune('a'+i)), "10", "10 dead", "2025-05-0"+string(rune('3'+i%3))))
	}
	claims = append(claims, side("h", "3", "3 dead", "2025-05-01"), side("h", "3", "three dead", "2025-05-01"), side("i", "12", "12 dead", "2025-05-09"))
	label := func(id string) articleLabel { return articleLabel{ID: id} }
	mk := func(c rules.ClaimRef, l articleLabel) sideView { return sideView{Ref: c, Article: l} }

	d := rules.Discrepancy{Kind: claim.KindNumber, Severity: rules.Error, Claims: claims}
	groups, hidden := groupSides(d, groupLimits{groups: 2, examples: 1, others: 3}, label, mk)
	assert.Equal(t, 1, hidden)
	require.Len(t, groups, 2)
	assert.Equal(t, "10", groups[0].Value, "the value most articles say first")
	assert.Equal(t, 7, groups[0].Articles)
	assert.Len(t, groups[0].Sides, 1)
	assert.Len(t, groups[0].Others, 3)
	assert.Equal(t, 3, groups[0].More)
	assert.Equal(t, "2025-05-03", groups[0].First)
	assert.Equal(t, "2025-05-05", groups[0].Last)
	assert.Equal(t, []string{"3 dead", "three dead"}, groups[1].Written)
	assert.Equal(t, 1, groups[1].Articles)

	d.Severity = rules.Info
	groups, _ = groupSides(d, pageLimits, label, mk)
	var order []string
	for _, g := range groups {
		order = append(order, g.Value)
	}
	assert.Equal(t, []string{"3", "10", "12"}, order, "an update is told in the order it was reported")

	alike := rules.Discrepancy{Kind: claim.KindDate, Claims: []rules.ClaimRef{
		side("a", "2025-04-29", "April 29", ""), side("b", "2030-04-29", "April 29", ""), side("c", "2025-05-01", "May 1", "")}}
	groups, _ = groupSides(alike, pageLimits, label, mk)
	for _, g := range groups {
		assert.Equal(t, g.Label() == "April 29", g.ShowValue, g.Value)
	}
}
