package web

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// multipartBody builds the draft form as a browser sends it.
func multipartBody(t *testing.T, fields map[string]string, fileName string, file []byte) (io.Reader, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		require.NoError(t, mw.WriteField(k, v))
	}
	if fileName != "" {
		fw, err := mw.CreateFormFile("file", fileName)
		require.NoError(t, err)
		_, err = fw.Write(file)
		require.NoError(t, err)
	}
	require.NoError(t, mw.Close())
	return &buf, mw.FormDataContentType()
}

func formBody(fields map[string]string) (io.Reader, string) {
	v := url.Values{}
	for k, x := range fields {
		v.Set(k, x)
	}
	return strings.NewReader(v.Encode()), "application/x-www-form-urlencoded"
}

const scriptDraft = `<script>alert("owned")</script> Fisheries Minister Hedda Lorne said the <b>pier</b> & the <img src=x onerror=alert(1)> bridge were safe.`

func TestDraftPageEscapesScript(t *testing.T) {
	fields := map[string]string{"title": `<script>alert("title")</script>`, "date": draftDate, "text": scriptDraft}
	encodings := map[string]func() (io.Reader, string){
		"urlencoded": func() (io.Reader, string) { return formBody(fields) },
		"multipart":  func() (io.Reader, string) { return multipartBody(t, fields, "", nil) },
	}
	for name, enc := range encodings {
		t.Run(name, func(t *testing.T) {
			body, ct := enc()
			res, page := do(t, http.MethodPost, "/draft", body, ct)
			require.Equal(t, http.StatusOK, res.StatusCode, page)
			assertLacks(t, page, "<script")
			assertLacks(t, page, "<img")
			assertLacks(t, page, "<b>pier")
			assertHas(t, page, "&lt;script&gt;alert(&#34;owned&#34;)&lt;/script&gt;")
			assertHas(t, page, "&lt;img src=x onerror=alert(1)&gt;")
			assertHas(t, page, "&lt;script&gt;alert(&#34;title&#34;)")
		})
	}
}

func TestDraftPageShowsConflict(t *testing.T) {
	body, ct := formBody(map[string]string{"date": draftDate, "text": conflictingDraft})
	res, page := do(t, http.MethodPost, "/draft", body, ct)
	require.Equal(t, http.StatusOK, res.StatusCode, page)
	assertHas(t, page, `<li class="item `, "the result lists a discrepancy")
	assertHas(t, page, `class="conflict"`, "the draft's evidence is marked in the draft")
	assertHas(t, page, "your draft")
}

func TestDraftUpload(t *testing.T) {
	md := []byte("---\ntitle: Inquiry widens\ndate: " + draftDate + "\n---\n\n" + conflictingDraft)
	body, ct := multipartBody(t, map[string]string{"text": ""}, "inquiry.md", md)
	res, page := do(t, http.MethodPost, "/draft", body, ct)
	require.Equal(t, http.StatusOK, res.StatusCode, page)
	assertHas(t, page, "Inquiry widens")
	assertHas(t, page, `<li class="item `)

	tests := []struct {
		name   string
		fields map[string]string
		file   string
		data   []byte
		says   string
	}{
		{"unsupported extension", nil, "draft.exe", []byte("MZ text"), "unsupported"},
		{"text and file", map[string]string{"text": "Some pasted words."}, "d.txt", []byte("Other words."), "not both"},
		{"nothing", map[string]string{"title": "Only a title"}, "", nil, "empty"},
		{"binary file", nil, "d.txt", []byte("a\x00b\x00c"), "binary"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, ct := multipartBody(t, tc.fields, tc.file, tc.data)
			res, page := do(t, http.MethodPost, "/draft", body, ct)
			assert.Equal(t, http.StatusBadRequest, res.StatusCode)
			assertHas(t, page, tc.says)
			assertHas(t, page, "<textarea", "the form comes back")
		})
	}
}

func TestDraftPageRefusals(t *testing.T) {
	big := strings.Repeat("word ", 14<<10) // 70KB, over the fixture's 64KB cap
	tests := []struct {
		name   string
		body   func() (io.Reader, string)
		status int
		says   string
	}{
		{"too large urlencoded", func() (io.Reader, string) { return formBody(map[string]string{"text": big}) }, http.StatusRequestEntityTooLarge, "64KB"},
		{"too large multipart", func() (io.Reader, string) {
			return multipartBody(t, nil, "big.txt", []byte(big))
		}, http.StatusRequestEntityTooLarge, "64KB"},
		{"bad utf-8", func() (io.Reader, string) { return formBody(map[string]string{"text": "pier \xff opened"}) }, http.StatusBadRequest, "not valid UTF-8"},
		{"bad utf-8 title", func() (io.Reader, string) {
			return multipartBody(t, map[string]string{"title": "\xc3", "text": "The pier opened."}, "", nil)
		}, http.StatusBadRequest, "the title is not valid UTF-8"},
		{"bad date", func() (io.Reader, string) {
			return formBody(map[string]string{"text": "The pier opened.", "date": "next Tuesday-ish"})
		}, http.StatusBadRequest, "not understood"},
		{"wrong content type", func() (io.Reader, string) { return strings.NewReader("x"), "text/plain" }, http.StatusUnsupportedMediaType, "multipart"},
		{"broken multipart", func() (io.Reader, string) {
			return strings.NewReader("--xx\r\nnonsense"), "multipart/form-data; boundary=xx"
		}, http.StatusBadRequest, "malformed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, ct := tc.body()
			res, page := do(t, http.MethodPost, "/draft", body, ct)
			assert.Equal(t, tc.status, res.StatusCode)
			assertHas(t, page, tc.says)
		})
	}
}

func TestWrongMethods(t *testing.T) {
	reads := []string{"/", "/search", "/discrepancies", "/discrepancies/x", "/articles/x", "/static/style.css",
		"/api/search", "/api/discrepancies", "/api/discrepancies/x", "/api/articles/x"}
	for _, path := range reads {
		for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
			res, _ := do(t, m, path, strings.NewReader("x"), "text/plain")
			assert.Equal(t, http.StatusMethodNotAllowed, res.StatusCode, "%s %s", m, path)
			assert.Equal(t, "GET, HEAD", res.Header.Get("Allow"), "%s %s", m, path)
		}
	}
	for _, m := range []string{http.MethodGet, http.MethodPut, http.MethodDelete} {
		res, body := do(t, m, "/api/check", nil, "")
		assert.Equal(t, http.StatusMethodNotAllowed, res.StatusCode, m)
		assert.Equal(t, "POST", res.Header.Get("Allow"))
		assert.Equal(t, http.StatusMethodNotAllowed, decode[apiError](t, body).Status)
	}
	res, _ := do(t, http.MethodPut, "/draft", nil, "")
	assert.Equal(t, http.StatusMethodNotAllowed, res.StatusCode)
}

func TestUnknownPaths(t *testing.T) {
	for _, path := range []string{"/nope", "/articles/", "/api/nope", "/static/other.css", "/discrepancies/a/b"} {
		res, body := get(t, path)
		assert.Equal(t, http.StatusNotFound, res.StatusCode, path)
		if strings.HasPrefix(path, "/api/") {
			assert.Equal(t, http.StatusNotFound, decode[apiError](t, body).Status)
		}
	}
}

func TestHeadAndSecurityHeaders(t *testing.T) {
	for _, path := range []string{"/", "/discrepancies", "/api/discrepancies", "/nope"} {
		res, body := do(t, http.MethodHead, path, nil, "")
		assert.Empty(t, body, path)
		assert.NotEqual(t, http.StatusMethodNotAllowed, res.StatusCode, path)
		assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"), path)
		assert.Contains(t, res.Header.Get("Content-Security-Policy"), "default-src 'none'", path)
	}
}

func TestNoServerFaultsLogged(t *testing.T) {
	// Runs after the hostile tests in this file: nothing they sent may
	// have been a server fault.
	TestDraftPageRefusals(t)
	TestAPICheckRefusals(t)
	assert.Empty(t, fixture.errs.String())
}

func TestServeShutsDownOnCancel(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, NewHTTPServer(ln.Addr().String(), fixture.h), ln) }()
	res, err := http.Get("http://" + ln.Addr().String() + "/api/discrepancies")
	require.NoError(t, err)
	res.Body.Close()
	assert.Equal(t, http.StatusOK, res.StatusCode)
	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
}

// TestConcurrentRequests runs draft checks and page views side by side;
// with -race it shows the server shares nothing unsafely.
func TestConcurrentRequests(t *testing.T) {
	id := fixture.srv.Report().Discrepancies[0].ID
	var wg sync.WaitGroup
	codes := make(chan int, 64)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 4; j++ {
				res, _ := do(t, http.MethodPost, "/api/check", strings.NewReader(conflictingDraft), "text/plain")
				codes <- res.StatusCode
				res, _ = get(t, "/discrepancies/"+id)
				codes <- res.StatusCode
			}
		}()
	}
	wg.Wait()
	close(codes)
	for c := range codes {
		assert.Equal(t, http.StatusOK, c)
	}
}
