package extract

import (
	"reflect"
	"sync"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/internal/lazy/lazytest"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// The extractors' vocabularies load at their first use: in a fresh
// process (this test binary, run again with only this test), several
// workers extracting at once, each the first to need them, extract what
// one extraction after the other does (go test -race checks that the
// loads are safe).
func TestConcurrentFirstUse(t *testing.T) {
	if !lazytest.InFreshProcess(t, "TestConcurrentFirstUse") {
		return
	}
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	arts := gen.Articles(gen.Options{Articles: 8, Seed: 3})
	got := make([]Result, len(arts))
	var wg sync.WaitGroup
	for i, a := range arts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = Article(a, k, Options{})
		}()
	}
	wg.Wait()
	for i, a := range arts {
		want := Article(a, k, Options{})
		if want.Err != nil || len(want.Claims) == 0 {
			t.Fatalf("%s: %d claims, error %v", a.ID, len(want.Claims), want.Err)
		}
		if !reflect.DeepEqual(got[i].Claims, want.Claims) {
			t.Errorf("%s: the claims extracted at first use differ from those extracted after", a.ID)
		}
	}
}
