package store_test

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// benchDocs generates n articles with a dozen claims each, shaped like
// extractor output, so that stored claims weigh what they will in use.
func benchDocs(n int) ([]store.Doc, int64) {
	arts := gen.Articles(gen.Options{Articles: n, Seed: 1})
	docs := make([]store.Doc, len(arts))
	var size int64
	for i, a := range arts {
		size += int64(len(a.Text))
		var cs []claim.Claim
		for k, p := range a.Paragraphs {
			if k >= 12 {
				break
			}
			cs = append(cs, claim.Claim{
				Kind:       claim.Kinds[k%len(claim.Kinds)],
				SubjectKey: claim.EventKey("bench", fmt.Sprintf("%d:%d", i/8, k%4)),
				Value:      fmt.Sprint(k),
				Modality:   claim.Asserted,
				Evidence: claim.Evidence{Article: a.ID, Start: p.Start, End: min(p.End, p.Start+20),
					SentenceStart: p.Start, SentenceEnd: p.End, Sentence: a.Text[p.Start:min(p.End, p.Start+160)]},
			})
		}
		docs[i] = store.Doc{Article: a, Claims: cs}
	}
	return docs, size
}

func benchmarkIndex(b *testing.B, n int) {
	docs, size := benchDocs(n)
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		dir := filepath.Join(b.TempDir(), "idx")
		b.StartTimer()
		ix, err := store.OpenIndex(dir)
		if err != nil {
			b.Fatal(err)
		}
		st, err := ix.Add(docs)
		if err != nil {
			b.Fatal(err)
		}
		if err := ix.Close(); err != nil { // includes persisting to disk
			b.Fatal(err)
		}
		if st.Indexed != n {
			b.Fatalf("indexed %d of %d", st.Indexed, n)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkIndex1k indexes 1000 generated articles into a fresh index.
func BenchmarkIndex1k(b *testing.B) { benchmarkIndex(b, 1000) }

// BenchmarkIndex10k indexes 10,000 articles; it runs only when asked for
// by name (-bench=10k), being too slow for -bench=. on small machines.
func BenchmarkIndex10k(b *testing.B) {
	if f := flag.Lookup("test.bench"); f == nil || !strings.Contains(f.Value.String(), "10k") {
		b.Skip("run with -bench=10k")
	}
	benchmarkIndex(b, 10000)
}

// BenchmarkReindexUnchanged measures the skip path: every doc is known
// with the same hash.
func BenchmarkReindexUnchanged(b *testing.B) {
	docs, size := benchDocs(1000)
	ix, err := store.OpenIndex(filepath.Join(b.TempDir(), "idx"))
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	if _, err := ix.Add(docs); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		st, err := ix.Add(docs)
		if err != nil || st.Unchanged != len(docs) {
			b.Fatal(st, err)
		}
	}
	b.ReportMetric(float64(len(docs)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func benchIndex(b *testing.B, n int) *store.Index {
	docs, _ := benchDocs(n)
	ix, err := store.OpenIndex(filepath.Join(b.TempDir(), "idx"))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = ix.Close() })
	if _, err := ix.Add(docs); err != nil {
		b.Fatal(err)
	}
	return ix
}

// BenchmarkSearch runs a phrase query with highlighting over 1000 articles.
func BenchmarkSearch(b *testing.B) {
	ix := benchIndex(b, 1000)
	b.ResetTimer()
	for b.Loop() {
		hits, _, err := ix.Search(`"officials said" flood`, 10, 0)
		if err != nil || len(hits) == 0 {
			b.Fatal(len(hits), err)
		}
	}
}

// BenchmarkClaimsForSubjects loads the claims of 50 subjects.
func BenchmarkClaimsForSubjects(b *testing.B) {
	ix := benchIndex(b, 1000)
	var keys []string
	for e := range 50 {
		keys = append(keys, fmt.Sprintf("event:bench:%d:1", e))
	}
	b.ResetTimer()
	for b.Loop() {
		got, err := ix.ClaimsForSubjects(keys)
		if err != nil || len(got) != len(keys) {
			b.Fatal(len(got), err)
		}
	}
}

// benchmarkPlainBleve indexes n generated articles, read from files, with
// Bleve alone: the baseline `crosscheck bench` compares crosscheck with.
func benchmarkPlainBleve(b *testing.B, n int) {
	src := filepath.Join(b.TempDir(), "corpus")
	_, size, err := gen.WriteDir(src, gen.Options{Articles: n, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	i := 0
	for b.Loop() {
		i++
		got, err := store.PlainBleve(filepath.Join(b.TempDir(), fmt.Sprint("bleve", i)), 1000, func(fn func(*article.Article) error) error {
			_, _, err := read.Walk([]string{src}, read.Options{}, fn)
			return err
		})
		if err != nil || got != n {
			b.Fatal(got, err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkPlainBleve1k(b *testing.B) { benchmarkPlainBleve(b, 1000) }

func BenchmarkPlainBleve10k(b *testing.B) {
	if f := flag.Lookup("test.bench"); f == nil || !strings.Contains(f.Value.String(), "10k") {
		b.Skip("run with -bench=10k")
	}
	benchmarkPlainBleve(b, 10000)
}
