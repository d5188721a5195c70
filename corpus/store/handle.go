package store

import (
	"os"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
)

// idxHandle is one open Bleve index shared by the operations using it: a
// reader's Refresh puts a new one in place while searches on the old one
// finish, and the last to let go closes it (and removes its snapshot).
type idxHandle struct {
	bi   bleve.Index
	refs atomic.Int64 // 1 while current, plus one per operation in flight
	snap string       // snapshot folder to remove once closed ("" for none)
	shut atomic.Bool  // closed (once)
}

func newIdxHandle(bi bleve.Index, snap string) *idxHandle {
	h := &idxHandle{bi: bi, snap: snap}
	h.refs.Store(1)
	return h
}

// release drops one reference; the last one closes the index.
func (h *idxHandle) release() error {
	if h.refs.Add(-1) > 0 || !h.shut.CompareAndSwap(false, true) {
		return nil
	}
	err := h.bi.Close()
	if h.snap != "" {
		if rerr := os.RemoveAll(h.snap); err == nil {
			err = rerr
		}
	}
	return err
}

// use returns the current Bleve index for one operation and the function
// that ends the operation. After Close, operations get Bleve's errors
// for a closed index.
func (ix *Index) use() (bleve.Index, func()) {
	ix.mu.RLock()
	h := ix.h
	h.refs.Add(1)
	ix.mu.RUnlock()
	return h.bi, func() { _ = h.release() }
}
