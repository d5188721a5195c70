// Package lazy holds package-level values that are computed at their
// first use instead of at package initialization: a vocabulary decoded
// from embedded data, a table built from it. A process that never needs
// one (`crosscheck version`, a command that does not extract) never pays
// for it, and one that does pays once, on whichever goroutine asks first.
//
// Unlike sync.OnceValue, Get is a method small enough to be inlined, and
// so is a one-line getter around it: once the value is there, it costs
// one atomic load (a plain load on amd64 and arm64) and a branch, so that
// a getter can stand where a package-level variable was read in a hot
// loop.
package lazy

import (
	"sync"
	"sync/atomic"
)

// Value is a value of type T computed by a function at the first Get.
// It is safe for concurrent use; the zero Value is not usable (New).
type Value[T any] struct {
	once
	v T
}

// once runs fill at most once, successfully; it is not generic, so that
// Get's call of it is cheap enough for Get to be inlined.
type once struct {
	done atomic.Bool
	mu   sync.Mutex
	fill func()
}

// New returns a Value that load computes at its first Get. load runs at
// most once (if it panics, the panic reaches the Get that called it and
// the next Get calls load again); it may Get other Values, never its own.
func New[T any](load func() T) *Value[T] {
	l := &Value[T]{}
	l.fill = func() { l.v = load() }
	return l
}

// Get returns the value, computing it first if no Get has.
func (l *Value[T]) Get() T {
	if !l.done.Load() {
		l.compute()
	}
	return l.v
}

func (o *once) compute() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.done.Load() {
		o.fill()
		o.fill = nil
		o.done.Store(true)
	}
}

// Loaded reports whether the value has been computed.
func (l *Value[T]) Loaded() bool { return l.done.Load() }
