package gen

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// item is one generated article with its file placement.
type item struct {
	article *article.Article
	file    Generated
	bundle  bool
}

// chunkSize is how many articles are planned, rendered in parallel and
// handed over together.
const chunkSize = 256

// placement is where an article goes: decided in article order, since
// file numbers depend on the formats of the articles before.
type placement struct {
	p    plan
	name string
	line int
}

// placer numbers files as they are opened (a bundle when its first record
// comes) and shards them into subdirectories of shardSize files.
type placer struct {
	files   int
	bundles map[string]*openBundle
}

type openBundle struct {
	name  string
	count int
}

func (pl *placer) place(p plan) placement {
	if !isBundle(p.format) {
		return placement{p: p, name: pl.next(articleID(p.index) + "." + p.format)}
	}
	b := pl.bundles[p.format]
	if b == nil || b.count == bundleSize {
		b = &openBundle{name: pl.next(fmt.Sprintf("bundle%07d.%s", pl.files, p.format))}
		pl.bundles[p.format] = b
	}
	b.count++
	return placement{p: p, name: b.name, line: b.count}
}

func (pl *placer) next(base string) string {
	name := fmt.Sprintf("s%04d/%s", pl.files/shardSize, base)
	pl.files++
	return name
}

// each generates the articles and calls fn for each, in order. Chunks are
// rendered by several goroutines while fn consumes the previous chunk;
// every article depends only on the options and its index, so the output
// does not depend on the scheduling.
func each(o *options, withFile bool, fn func(item) error) error {
	chunks := make(chan []item, 2)
	stop := make(chan struct{})
	go produce(o, withFile, chunks, stop)
	var err error
	for c := range chunks {
		if err != nil {
			continue // drain, so the producer can finish
		}
		for _, it := range c {
			if err = fn(it); err != nil {
				close(stop)
				break
			}
		}
	}
	return err
}

func produce(o *options, withFile bool, out chan<- []item, stop <-chan struct{}) {
	defer close(out)
	pl := &placer{bundles: map[string]*openBundle{}}
	workers := max(1, runtime.GOMAXPROCS(0))
	var last *event
	for lo := 0; lo < o.n; lo += chunkSize {
		select {
		case <-stop:
			return
		default:
		}
		hi := min(o.n, lo+chunkSize)
		places := make([]placement, hi-lo)
		events := make([]*event, hi-lo)
		for i := lo; i < hi; i++ {
			p, _ := planArticle(o, i)
			places[i-lo] = pl.place(p)
			if last == nil || last.index != p.event {
				last = newEvent(o.seed, p.event)
			}
			events[i-lo] = last
		}
		items := make([]item, hi-lo)
		render := func(from, to int) {
			for k := from; k < to; k++ {
				items[k] = renderItem(o, events[k], places[k], withFile)
			}
		}
		if workers == 1 || len(items) < 2*workers {
			render(0, len(items))
		} else {
			var wg sync.WaitGroup
			per := (len(items) + workers - 1) / workers
			for from := 0; from < len(items); from += per {
				wg.Add(1)
				go func(from, to int) {
					defer wg.Done()
					render(from, to)
				}(from, min(len(items), from+per))
			}
			wg.Wait()
		}
		select {
		case out <- items:
		case <-stop:
			return
		}
	}
}

func renderItem(o *options, ev *event, pc placement, withFile bool) item {
	p, r := planArticle(o, pc.p.index) // the same plan, and the stream after it
	id := articleID(p.index)
	st := compose(o, ev, p, r)
	a, data := buildArticle(id, pc.name, pc.line, p.format, st, withFile)
	return item{article: a, bundle: isBundle(p.format),
		file: Generated{ID: id, Name: pc.name, Format: p.format, Data: data}}
}
