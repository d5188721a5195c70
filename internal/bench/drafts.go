package bench

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// draftWarmUp drafts are checked before timing starts: the first queries
// page the index in.
const draftWarmUp = 3

// makeDrafts builds n drafts of at least words words each, spread over
// the corpus of the first articles generated articles: a draft follows
// one article and goes on with the next ones (the same event, mostly), so
// it shares subjects with the indexed coverage, as a real draft would.
func makeDrafts(opt gen.Options, articles, n, words int) ([]*article.Article, error) {
	if n <= 0 || articles <= 0 {
		return nil, nil
	}
	step := max(1, articles/n)
	starts := map[int]int{} // article index -> draft
	for d := 0; d < n; d++ {
		starts[(d*step)%articles] = d
	}
	drafts := make([]*article.Article, n)
	texts := make([]strings.Builder, n)
	counts := make([]int, n)
	open := map[int]bool{} // drafts still short of words
	i := 0
	opt.Articles = articles
	err := gen.Stream(opt, func(a *article.Article) error {
		if d, ok := starts[i]; ok && drafts[d] == nil {
			drafts[d] = &article.Article{ID: fmt.Sprintf("draft-%04d", d), Title: a.Title, Source: "bench draft",
				Published: a.Published, PublishedFrom: a.PublishedFrom, Format: "md"}
			open[d] = true
		}
		i++
		for d := range open {
			for _, p := range a.Paragraphs {
				if counts[d] >= words {
					break
				}
				para := a.Text[p.Start:p.End]
				if texts[d].Len() > 0 {
					texts[d].WriteString("\n\n")
				}
				texts[d].WriteString(para)
				counts[d] += len(strings.Fields(para))
			}
			if counts[d] >= words {
				delete(open, d)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := drafts[:0]
	for d, a := range drafts {
		if a == nil {
			continue
		}
		a.Text = texts[d].String()
		a.Paragraphs = article.SplitParagraphs(a.Text)
		out = append(out, a)
	}
	return out, nil
}

// draftLatency checks each draft on its own against ix and returns the
// 50th and 99th percentile times in milliseconds (nearest rank).
func draftLatency(ix *store.Index, drafts []*article.Article, opt pipeline.Options) (p50, p99 float64, err error) {
	for i := 0; i < min(draftWarmUp, len(drafts)); i++ {
		if _, err := pipeline.CheckDraft(drafts[i:i+1], ix, opt); err != nil {
			return 0, 0, err
		}
	}
	ms := make([]float64, 0, len(drafts))
	for i := range drafts {
		t := time.Now()
		if _, err := pipeline.CheckDraft(drafts[i:i+1], ix, opt); err != nil {
			return 0, 0, err
		}
		ms = append(ms, float64(time.Since(t).Microseconds())/1000)
	}
	slices.Sort(ms)
	return percentile(ms, 50), percentile(ms, 99), nil
}

// percentile is the nearest-rank percentile of sorted values.
func percentile(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(math.Ceil(p / 100 * float64(len(sorted))))
	return sorted[min(max(rank, 1), len(sorted))-1]
}
