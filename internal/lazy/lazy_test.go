package lazy

import (
	"sync"
	"sync/atomic"
	"testing"
)

// The value is computed once, at the first Get, whichever goroutine asks
// first; every Get sees it (go test -race checks the publication).
func TestOnceAcrossGoroutines(t *testing.T) {
	var calls atomic.Int32
	v := New(func() map[string]int {
		calls.Add(1)
		return map[string]int{"a": 1}
	})
	if v.Loaded() {
		t.Fatal("loaded before the first Get")
	}
	if calls.Load() != 0 {
		t.Fatal("New computed the value")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := v.Get()["a"]; got != 1 {
				t.Errorf("Get: %d", got)
			}
		}()
	}
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Fatalf("load ran %d times", n)
	}
	if !v.Loaded() {
		t.Fatal("not loaded after Get")
	}
}

// A load may read another Value.
func TestChained(t *testing.T) {
	a := New(func() int { return 2 })
	b := New(func() int { return a.Get() * 3 })
	if got := b.Get(); got != 6 {
		t.Fatalf("got %d", got)
	}
	if !a.Loaded() {
		t.Fatal("a not loaded")
	}
}

// A load that panics leaves the value unloaded; the next Get tries again.
func TestPanicRetries(t *testing.T) {
	n := 0
	v := New(func() int {
		n++
		if n == 1 {
			panic("first")
		}
		return n
	})
	func() {
		defer func() {
			if recover() == nil {
				t.Fatal("no panic")
			}
		}()
		v.Get()
	}()
	if v.Loaded() {
		t.Fatal("loaded after a panic")
	}
	if got := v.Get(); got != 2 {
		t.Fatalf("got %d", got)
	}
}
