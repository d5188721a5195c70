package web

import (
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
