package read_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/read"
)

// readersBenchWords are invented words for generated benchmark stories.
var readersBenchWords = strings.Fields(`the council of Brenmoor said on Tuesday that
	its harbour plan would go ahead after a vote of seven to three and that the new
	quay at Ostrel would open in spring while the ferry company asked for more time
	to hire crews and the mayor Ilka Senn told reporters the cost was fair`)

// readersBenchParagraphs returns n generated paragraphs of about 240 bytes.
func readersBenchParagraphs(n int) []string {
	out := make([]string, n)
	w := 0
	for i := range out {
		var b strings.Builder
		for b.Len() < 240 {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(readersBenchWords[w%len(readersBenchWords)])
			w += 7
		}
		b.WriteByte('.')
		out[i] = b.String()
	}
	return out
}

// readersBenchDoc renders a ~5 KB story in a format.
func readersBenchDoc(format string) []byte {
	paras := readersBenchParagraphs(20)
	title := "Brenmoor Council Backs Harbour Plan"
	switch format {
	case "txt":
		return []byte("Tuesday, March 4, 2031\n\n" + title + "\n\n" + strings.Join(paras, "\n\n") + "\n")
	case "md":
		return []byte("---\nid: bench\ntitle: " + title + "\ndate: 2031-03-04\nauthor: Ann Roe\n---\n# " + title +
			"\n\n" + strings.Join(paras, "\n\n*Note:* ") + "\n")
	case "html":
		var b strings.Builder
		b.WriteString(`<html><head><title>` + title + ` | Ostrel Post</title>` +
			`<meta property="og:site_name" content="Ostrel Post">` +
			`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2031-03-04T09:00:00Z"}]}</script>` +
			`<style>p{margin:0}</style></head><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><main><article><h1>` +
			title + `</h1>`)
		for _, p := range paras {
			b.WriteString("<p>" + p + "</p>\n")
		}
		b.WriteString(`</article></main><footer>Ostrel Post</footer></body></html>`)
		return []byte(b.String())
	case "jsonl":
		var b strings.Builder
		for i := 0; i < 20; i++ {
			rec, _ := json.Marshal(map[string]any{"id": fmt.Sprint("r", i), "title": title,
				"date": "2031-03-04", "text": paras[i] + "\n" + paras[(i+1)%20]})
			b.Write(rec)
			b.WriteByte('\n')
		}
		return []byte(b.String())
	}
	return nil
}

func readersBench(b *testing.B, format string) {
	data := readersBenchDoc(format)
	name := "bench." + format
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		arts, problems := read.Bytes(name, data, read.Options{})
		if len(arts) == 0 || len(problems) != 0 {
			b.Fatalf("got %d articles, problems %v", len(arts), problems)
		}
	}
}

func BenchmarkReadTXT(b *testing.B)   { readersBench(b, "txt") }
func BenchmarkReadMD(b *testing.B)    { readersBench(b, "md") }
func BenchmarkReadHTML(b *testing.B)  { readersBench(b, "html") }
func BenchmarkReadJSONL(b *testing.B) { readersBench(b, "jsonl") }

func BenchmarkParseDateline(b *testing.B) {
	lines := []string{"Sunday, September 28, 2025", "2025-09-28T10:00:00Z", "Sept. 28, 2025 10:30 a.m. ET",
		"The council met on Tuesday to vote on the plan."}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		read.ParseDateline(lines[i%len(lines)])
	}
}
