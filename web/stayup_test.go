package web

import (
	"bufio"
	"context"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// newServer is a second server over the fixture's index with cfg.
func newServer(t *testing.T, cfg Config) *Server {
	t.Helper()
	var logs strings.Builder
	if cfg.ErrorLog == nil {
		cfg.ErrorLog = log.New(&logs, "", 0)
	}
	if cfg.MaxBody == 0 {
		cfg.MaxBody = 64 << 10
	}
	s, err := New(fixture.ix, fixture.opt, cfg)
	require.NoError(t, err)
	return s
}

// serve sends req to h and returns the status, headers and body.
func serve(h http.Handler, req *http.Request) (*http.Response, string) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func localRequest(method, target, body, contentType string) *http.Request {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	req.Host = "localhost:8080"
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	return req
}

// A draft check whose client has gone stops: it neither answers with a
// report nor runs on.
func TestDraftCheckCancelled(t *testing.T) {
	for _, target := range []string{"/api/check", "/draft"} {
		t.Run(target, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			body, ct := conflictingDraft, "text/plain"
			if target == "/draft" {
				body, ct = url.Values{"text": {conflictingDraft}}.Encode(), "application/x-www-form-urlencoded"
			}
			req := localRequest(http.MethodPost, target, body, ct).WithContext(ctx)
			res, page := serve(fixture.h, req)
			assert.Equal(t, statusClientClosed, res.StatusCode, page)
			assert.NotContains(t, page, `"discrepancies"`, "no report for a client that left")
			assert.NotContains(t, page, `id="results"`, "no report for a client that left")
		})
	}
}

// A check past the server's deadline is stopped and says so.
func TestDraftCheckDeadline(t *testing.T) {
	s := newServer(t, Config{DraftTimeout: time.Nanosecond})
	res, body := serve(s.Handler(), localRequest(http.MethodPost, "/api/check", conflictingDraft, "text/plain"))
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode, body)
	assert.Contains(t, decode[apiError](t, body).Error, "took longer than the server's limit")
}

// Past the limit of concurrent draft checks, a check is told to come
// back later: after a short wait when the queue has room, at once when
// it has none.
func TestDraftCheckOverLimit(t *testing.T) {
	s := newServer(t, Config{MaxDraftChecks: 1, DraftQueue: 1, DraftQueueWait: 20 * time.Millisecond})
	h := s.Handler()
	s.gate.slots <- struct{}{} // a check is running
	res, body := serve(h, localRequest(http.MethodPost, "/api/check", conflictingDraft, "text/plain"))
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode, body)
	assert.NotEmpty(t, res.Header.Get("Retry-After"))
	assert.Contains(t, decode[apiError](t, body).Error, "busy")

	s.gate.tickets <- struct{}{}
	s.gate.tickets <- struct{}{} // and another waits
	form := url.Values{"text": {conflictingDraft}}.Encode()
	res, page := serve(h, localRequest(http.MethodPost, "/draft", form, "application/x-www-form-urlencoded"))
	assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode)
	assert.NotEmpty(t, res.Header.Get("Retry-After"))
	assertHas(t, page, "busy")
	assertHas(t, page, "Hedda Lorne said on Friday", "the text is still in the form")

	<-s.gate.tickets
	<-s.gate.tickets
	<-s.gate.slots
	res, body = serve(h, localRequest(http.MethodPost, "/api/check", conflictingDraft, "text/plain"))
	assert.Equal(t, http.StatusOK, res.StatusCode, body)
}

func TestForeignOrigin(t *testing.T) {
	cms := "https://cms.newsroom.test"
	s := newServer(t, Config{CORSOrigins: []string{cms}})
	h := s.Handler()
	form := url.Values{"text": {conflictingDraft}}.Encode()
	tests := []struct {
		name, target, body, ct string
		header                 map[string]string
		status                 int
	}{
		{"foreign origin on the API", "/api/check", conflictingDraft, "text/plain", map[string]string{"Origin": "https://evil.test"}, http.StatusForbidden},
		{"foreign origin on the form", "/draft", form, "application/x-www-form-urlencoded", map[string]string{"Origin": "https://evil.test"}, http.StatusForbidden},
		{"null origin from a foreign page", "/draft", form, "application/x-www-form-urlencoded", map[string]string{"Origin": "null", "Sec-Fetch-Site": "cross-site"}, http.StatusForbidden},
		{"origin of another port", "/api/check", conflictingDraft, "text/plain", map[string]string{"Origin": "http://localhost:9999"}, http.StatusForbidden},
		{"same origin", "/draft", form, "application/x-www-form-urlencoded", map[string]string{"Origin": "http://localhost:8080"}, http.StatusOK},
		{"own form under a strict referrer policy", "/draft", form, "application/x-www-form-urlencoded", map[string]string{"Origin": "null", "Sec-Fetch-Site": "same-origin"}, http.StatusOK},
		{"no origin (a tool)", "/api/check", conflictingDraft, "text/plain", nil, http.StatusOK},
		{"allowed CMS origin", "/api/check", conflictingDraft, "text/plain", map[string]string{"Origin": cms}, http.StatusOK},
		{"CMS origin is for the API only", "/draft", form, "application/x-www-form-urlencoded", map[string]string{"Origin": cms}, http.StatusForbidden},
		{"foreign origin may read nothing new", "/api/discrepancies", "", "", map[string]string{"Origin": "https://evil.test"}, http.StatusOK},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			method := http.MethodPost
			if tc.body == "" {
				method = http.MethodGet
			}
			req := localRequest(method, tc.target, tc.body, tc.ct)
			for k, v := range tc.header {
				req.Header.Set(k, v)
			}
			res, body := serve(h, req)
			assert.Equal(t, tc.status, res.StatusCode, body)
			acao := res.Header.Get("Access-Control-Allow-Origin")
			if tc.header["Origin"] == cms && tc.status == http.StatusOK {
				assert.Equal(t, cms, acao)
			} else {
				assert.Empty(t, acao, "no CORS for anyone else")
			}
		})
	}

	t.Run("preflight", func(t *testing.T) {
		req := localRequest(http.MethodOptions, "/api/check", "", "")
		req.Header.Set("Origin", cms)
		req.Header.Set("Access-Control-Request-Method", "POST")
		res, _ := serve(h, req)
		assert.Equal(t, http.StatusNoContent, res.StatusCode)
		assert.Contains(t, res.Header.Get("Access-Control-Allow-Methods"), "POST")
		req.Header.Set("Origin", "https://evil.test")
		res, _ = serve(h, req)
		assert.NotEqual(t, http.StatusNoContent, res.StatusCode)
		assert.Empty(t, res.Header.Get("Access-Control-Allow-Origin"))
	})
}

func TestForeignHost(t *testing.T) {
	s := newServer(t, Config{AllowHosts: []string{"factcheck.newsroom.test"}})
	tests := []struct {
		host   string
		status int
	}{
		{"localhost:8080", http.StatusOK},
		{"127.0.0.1:8080", http.StatusOK},
		{"127.0.0.2", http.StatusOK},
		{"[::1]:8080", http.StatusOK},
		{"LOCALHOST.", http.StatusOK},
		{"factcheck.newsroom.test:8080", http.StatusOK},
		{"rebind.evil.test", http.StatusForbidden},
		{"rebind.evil.test:8080", http.StatusForbidden},
		{"localhost.evil.test", http.StatusForbidden},
		{"192.168.1.20:8080", http.StatusForbidden},
	}
	for _, tc := range tests {
		t.Run(tc.host, func(t *testing.T) {
			for _, target := range []string{"/", "/api/discrepancies"} {
				req := localRequest(http.MethodGet, target, "", "")
				req.Host = tc.host
				res, body := serve(s.Handler(), req)
				assert.Equal(t, tc.status, res.StatusCode, target)
				if tc.status == http.StatusForbidden {
					assert.Contains(t, body, "--allow-host")
				}
			}
		})
	}
	all := newServer(t, Config{AllowHosts: []string{"*"}})
	req := localRequest(http.MethodGet, "/", "", "")
	req.Host = "anything.test"
	res, _ := serve(all.Handler(), req)
	assert.Equal(t, http.StatusOK, res.StatusCode)
}

func TestSearchFuzzinessIsClientError(t *testing.T) {
	for _, q := range []string{"fire~100", "title:fire~3", "+bridge fire~9"} {
		for _, target := range []string{"/api/search?q=", "/search?q="} {
			res, body := get(t, target+url.QueryEscape(q))
			assert.Equal(t, http.StatusBadRequest, res.StatusCode, q)
			assert.Contains(t, body, "fuzziness", q)
		}
	}
	res, _ := get(t, "/api/search?q="+url.QueryEscape("fire~2"))
	assert.Equal(t, http.StatusOK, res.StatusCode)
}

// A body that stops arriving gets 408 in the route's own form, not a
// "malformed form" 400.
func TestStalledBody(t *testing.T) {
	ts := httptest.NewUnstartedServer(fixture.h)
	ts.Config.ReadTimeout = 300 * time.Millisecond
	ts.Start()
	defer ts.Close()
	for _, tc := range []struct{ path, ct, says string }{
		{"/api/check", "text/plain", `"status": 408`},
		{"/draft", "application/x-www-form-urlencoded", "<textarea"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			conn, err := net.Dial("tcp", ts.Listener.Addr().String())
			require.NoError(t, err)
			defer conn.Close()
			_, err = io.WriteString(conn, "POST "+tc.path+" HTTP/1.1\r\nHost: localhost\r\nContent-Type: "+tc.ct+
				"\r\nContent-Length: 1000\r\n\r\ntext=The+pier")
			require.NoError(t, err)
			require.NoError(t, conn.SetReadDeadline(time.Now().Add(10*time.Second)))
			res, err := http.ReadResponse(bufio.NewReader(conn), nil)
			require.NoError(t, err)
			b, _ := io.ReadAll(res.Body)
			assert.Equal(t, http.StatusRequestTimeout, res.StatusCode, string(b))
			assert.Contains(t, string(b), tc.says)
			assert.Contains(t, string(b), "did not arrive")
		})
	}
}

// A claim-dense draft on one line (no paragraph breaks) gives a page in
// proportion to the draft: each side shows a window of its paragraph,
// not the whole draft again.
func TestDenseOneLineDraftPageIsProportional(t *testing.T) {
	text := strings.ReplaceAll(denseDraft(60<<10), "\n", " ")
	form, ct := formBody(map[string]string{"text": text})
	res, page := do(t, http.MethodPost, "/draft", form, ct)
	require.Equal(t, http.StatusOK, res.StatusCode)
	assert.Less(t, len(page), 8*len(text), "page of %d KB for a draft of %d KB", len(page)>>10, len(text)>>10)
}

// Searches are bounded too: past the limit, 503 with Retry-After.
func TestSearchOverLimit(t *testing.T) {
	s := newServer(t, Config{})
	for i := 0; i < cap(s.searches.tickets); i++ {
		s.searches.tickets <- struct{}{}
	}
	for _, target := range []string{"/api/search?q=bridge", "/search?q=bridge"} {
		res, body := serve(s.Handler(), localRequest(http.MethodGet, target, "", ""))
		assert.Equal(t, http.StatusServiceUnavailable, res.StatusCode, target)
		assert.NotEmpty(t, res.Header.Get("Retry-After"))
		assert.Contains(t, body, "busy")
	}
	<-s.searches.tickets
	res, _ := serve(s.Handler(), localRequest(http.MethodGet, "/api/search?q=bridge", "", ""))
	assert.Equal(t, http.StatusOK, res.StatusCode)
}
