package read_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/read"
)

// readersFuzz reads data as name and checks every article it gives: no
// panic, valid spans, an ID, a format. MaxBytes is small so the size check
// is exercised too.
func readersFuzz(f *testing.F, name string, fixtures ...string) {
	for _, fx := range fixtures {
		matches, _ := filepath.Glob(readersFixture(fx))
		for _, m := range matches {
			if data, err := os.ReadFile(m); err == nil {
				f.Add(data)
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		arts, problems := read.Bytes(name, data, read.Options{MaxBytes: 64 << 10})
		for _, a := range arts {
			readersCheckSpans(t, a)
			if a.ID == "" || a.Format == "" {
				t.Fatalf("article without id or format: %+v", a)
			}
		}
		for _, p := range problems {
			if p.Err == nil || p.Reason == "" {
				t.Fatalf("problem without kind or reason: %#v", p)
			}
		}
	})
}

func FuzzReadBytesTXT(f *testing.F) {
	f.Add([]byte("Sunday, September 28, 2031\n\nA Title\n\nBody.\n"))
	f.Add([]byte("\xEF\xBB\xBF\r\n2031-01-02\r\nBy Ann Roe\r\nWorld\r\n"))
	readersFuzz(f, "fuzz.txt", "txt/*.txt")
}

func FuzzReadBytesMD(f *testing.F) {
	f.Add([]byte("---\nid: x\ndate: [1, 2]\n---\n# T\n\n> - *a* [b](c)\n"))
	f.Add([]byte("---\n---\n| a |\n|---|\n| b |\n"))
	readersFuzz(f, "fuzz.md", "md/*.md")
}

func FuzzReadBytesHTML(f *testing.F) {
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2031-01-02"}]}</script><p>x</p>`))
	f.Add([]byte(`<html><body><article><pre>a\n b</pre><table><tr><td>c</td></tr></table></article></body></html>`))
	readersFuzz(f, "fuzz.html", "html/*.html")
}

func FuzzReadBytesJSONL(f *testing.F) {
	f.Add([]byte(`{"id": 1, "text": ["a", "b"], "source": {"name": "S"}, "date": "2031-01-02"}` + "\n[]\n"))
	f.Add([]byte("{\"text\": \"<p>x</p>\"}\r\n\r\n{\"text\":"))
	readersFuzz(f, "fuzz.jsonl", "json/*.jsonl", "json/*.json")
}
