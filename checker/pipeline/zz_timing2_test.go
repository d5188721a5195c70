package pipeline

import (
	"fmt"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
	"path/filepath"
)

func TestZZTiming2(t *testing.T) {
	k, _ := kb.Default()
	rs, _ := rules.Default()
	opt := Options{KB: k, Rules: rs}
	ix, _ := corpus.OpenIndex(filepath.Join(t.TempDir(), "x"))
	defer ix.Close()
	arts := gen.Articles(gen.Options{Articles: 2100, Seed: 1})
	each := func(as []*corpus.Article) Source {
		return Source{Each: func(fn func(*corpus.Article) error) error {
			for _, a := range as {
				fn(a)
			}
			return nil
		}}
	}
	Check(each(arts[:2000]), ix, opt)
	for r := 0; r < 4; r++ {
		as := arts[2000+r*10 : 2010+r*10]
		t0 := time.Now()
		fp := fingerprint(opt)
		t1 := time.Now()
		fits := cacheFits(ix, fp)
		t2 := time.Now()
		w := ix.NewIndexer(1000)
		for _, a := range as {
			r := extract.Article(a, k, opt.Extract)
			w.Put(corpus.Doc{Article: a, Claims: r.Claims})
		}
		t3 := time.Now()
		w.Flush()
		t4 := time.Now()
		cache, state, _ := loadCache(ix, fp)
		t5 := time.Now()
		groups, _ := ix.ClaimsForSubjects(state.Changes.Subjects)
		t6 := time.Now()
		metas, _ := metasOf(ix, groups, opt)
		t7 := time.Now()
		var st Stats
		ix2 := ix
		_ = metas
		_ = cache
		_, err := checkChanged(ix2, opt, cache, state, &st)
		t8 := time.Now()
		fmt.Println(fits, "fp", t1.Sub(t0), "fits", t2.Sub(t1), "extract", t3.Sub(t2), "flush", t4.Sub(t3), "load", t5.Sub(t4), "claims", t6.Sub(t5), len(state.Changes.Subjects), "metas", t7.Sub(t6), len(metas), "changed", t8.Sub(t7), err)
	}
}
