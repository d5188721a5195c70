package web

import (
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/sample"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// fixture is one server over the sample corpus, shared by the tests of
// this package: indexing the sample once keeps the tests fast.
var fixture struct {
	srv  *Server
	ix   *store.Index
	opt  pipeline.Options
	h    http.Handler
	errs strings.Builder // what the server logged
	dir  string          // a temp dir for the tests' indexes
	// closers run after the tests (indexes opened on the way).
	closers []func() error
}

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	dir, err := os.MkdirTemp("", "crosscheck-web-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	ix, opt, err := sampleIndex(filepath.Join(dir, "index"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "sample index:", err)
		return 1
	}
	defer ix.Close()
	// A long queue wait: on a loaded machine the concurrent tests must
	// not meet the busy answer meant for a flood.
	srv, err := New(ix, opt, Config{MaxBody: 64 << 10, ErrorLog: log.New(&fixture.errs, "", 0), DraftQueueWait: time.Minute})
	if err != nil {
		fmt.Fprintln(os.Stderr, "web.New:", err)
		return 1
	}
	fixture.srv, fixture.ix, fixture.opt, fixture.h, fixture.dir = srv, ix, opt, srv.Handler(), dir
	defer func() {
		for _, c := range fixture.closers {
			c()
		}
	}()
	return m.Run()
}

// sampleIndex indexes the built-in sample corpus into dir.
func sampleIndex(dir string) (*store.Index, pipeline.Options, error) {
	k, err := kb.Default()
	if err != nil {
		return nil, pipeline.Options{}, err
	}
	rs, err := rules.Default()
	if err != nil {
		return nil, pipeline.Options{}, err
	}
	opt := pipeline.Options{KB: k, Rules: rs}
	ix, err := store.OpenIndex(dir)
	if err != nil {
		return nil, opt, err
	}
	if _, _, err := pipeline.Check(pipeline.Source{FS: sample.FS(), Root: sample.Root}, ix, opt); err != nil {
		ix.Close()
		return nil, opt, err
	}
	return ix, opt, nil
}

// do sends one request to the shared server and returns the answer.
func do(t testing.TB, method, target string, body io.Reader, contentType string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, body)
	// httptest's default host, example.com, is foreign to the server.
	req.Host = "localhost"
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	fixture.h.ServeHTTP(rec, req)
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func get(t testing.TB, target string) (*http.Response, string) {
	t.Helper()
	return do(t, http.MethodGet, target, nil, "")
}

// assertHas is assert.Contains for pages: on failure it names only what
// was missing, not the whole page.
func assertHas(t testing.TB, page, want string, msgAndArgs ...any) {
	t.Helper()
	if !strings.Contains(page, want) {
		t.Errorf("page lacks %q %v", want, fmt.Sprint(msgAndArgs...))
	}
}

// assertLacks is the opposite of assertHas.
func assertLacks(t testing.TB, page, unwanted string) {
	t.Helper()
	if strings.Contains(page, unwanted) {
		i := strings.Index(page, unwanted)
		t.Errorf("page has %q: …%s…", unwanted, page[max(0, i-80):min(len(page), i+80)])
	}
}
