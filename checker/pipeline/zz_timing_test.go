package pipeline_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus"
)

func TestZZTiming(t *testing.T) {
	opt := testOptions(t)
	ix := openIndex(t, "idx")
	check(t, generated(1, 0, 2000), ix, opt)
	var extra []*corpus.Article
	generated(1, 2000, 2100).Each(func(a *corpus.Article) error { extra = append(extra, a); return nil })
	for r := 0; r < 5; r++ {
		t0 := time.Now()
		_, st, err := pipeline.Check(listed(extra[r*10:r*10+10]), ix, opt)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println("total", time.Since(t0), "stream", st.Seconds, "check", st.CheckSeconds, st.Rechecked, st.Incremental)
	}
	t0 := time.Now()
	st, _ := ix.LoadCheckState()
	fmt.Println("load", time.Since(t0), len(st.Data))
	t0 = time.Now()
	ix.SaveCheckState(st.Data, st.Mark)
	fmt.Println("save", time.Since(t0))
}
