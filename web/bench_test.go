package web

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// BenchmarkAPICheck is the latency of one draft check over HTTP with the
// index, knowledge base and rules already loaded.
func BenchmarkAPICheck(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		res, _ := do(b, http.MethodPost, "/api/check", strings.NewReader(conflictingDraft), "text/plain")
		if res.StatusCode != http.StatusOK {
			b.Fatal(res.Status)
		}
	}
}

// BenchmarkDraftPage is the same check rendered as the result page.
func BenchmarkDraftPage(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		body, ct := formBody(map[string]string{"date": draftDate, "text": conflictingDraft})
		res, _ := do(b, http.MethodPost, "/draft", body, ct)
		if res.StatusCode != http.StatusOK {
			b.Fatal(res.Status)
		}
	}
}

func BenchmarkDiscrepancyList(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if res, _ := get(b, "/discrepancies"); res.StatusCode != http.StatusOK {
			b.Fatal(res.Status)
		}
	}
}

func BenchmarkDiscrepancyPage(b *testing.B) {
	target := "/discrepancies/" + fixture.srv.Report().Discrepancies[0].ID
	b.ReportAllocs()
	for b.Loop() {
		if res, _ := get(b, target); res.StatusCode != http.StatusOK {
			b.Fatal(res.Status)
		}
	}
}

func BenchmarkSearch(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if res, _ := get(b, "/api/search?q=bridge"); res.StatusCode != http.StatusOK {
			b.Fatal(res.Status)
		}
	}
}

// denseDraft is about n bytes of sentences that each make several
// claims about subjects of the sample corpus: the costly shape of draft.
func denseDraft(n int) string {
	var b strings.Builder
	b.WriteString("Ferry inquiry widens\n\n")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Fisheries Minister Hedda Lorne said on Friday, May %d, 2025, that %d people died when the ferry caught fire. ", 1+i%28, 10+i%90)
		if i%5 == 4 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// BenchmarkDraftPageDense is the draft page for claim-dense drafts of
// growing size: the time per byte should stay flat.
func BenchmarkDraftPageDense(b *testing.B) {
	for _, kb := range []int{8, 32} {
		text := denseDraft(kb << 10)
		b.Run(fmt.Sprintf("%dKB", kb), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				body, ct := formBody(map[string]string{"text": text})
				res, _ := do(b, http.MethodPost, "/draft", body, ct)
				if res.StatusCode != http.StatusOK {
					b.Fatal(res.Status)
				}
			}
		})
	}
}
