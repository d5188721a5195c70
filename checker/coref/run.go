package coref

import (
	"fmt"
	"runtime"
	"sort"
	"sync"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// RunOptions control Run.
type RunOptions struct {
	KB *kb.KB
	// Given maps article ids to caller mention spans; when non-nil, every
	// article's mentions are exactly its given spans (none for an article
	// not in the map).
	Given   map[string][]Span
	Stories StoryOptions
}

// Run analyses the articles (in parallel) and links them: stories and
// events. It fails when Given names an article that is not among them or a
// span that is not inside its article's text.
func Run(articles []*article.Article, opt RunOptions) (*Result, error) {
	byID := map[string]bool{}
	for _, a := range articles {
		byID[a.ID] = true
	}
	var missing []string
	for id := range opt.Given {
		if !byID[id] {
			missing = append(missing, id)
		}
	}
	if len(missing) > 0 {
		sort.Strings(missing)
		return nil, fmt.Errorf("mentions given for %d articles not read: %v", len(missing), missing)
	}
	sums := make([]*Summary, len(articles))
	errs := make([]error, len(articles))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a := articles[i]
				ao := AnalyzeOptions{KB: opt.KB}
				if opt.Given != nil {
					ao.UseGiven = true
					ao.Given = append([]Span(nil), opt.Given[a.ID]...)
					sort.SliceStable(ao.Given, func(x, y int) bool {
						if ao.Given[x].Start != ao.Given[y].Start {
							return ao.Given[x].Start < ao.Given[y].Start
						}
						return ao.Given[x].End < ao.Given[y].End
					})
				}
				sums[i], errs[i] = Analyze(a, ao)
			}
		}()
	}
	for i := range articles {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return Link(sums, Options{Stories: opt.Stories}), nil
}
