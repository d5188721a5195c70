package pipeline

import (
	"path/filepath"

	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// RemoveGone removes from the index the articles that were read from a
// file inside src's paths before and were not read now: checking a
// folder checks what is in it now. An article whose file could not be
// read in this run is kept (it may be back next time), and so is every
// article under a directory that could not be read; one whose file is
// gone, or that its file no longer holds, is removed.
func RemoveGone(ix *store.Index, src Source, seen map[string]bool, problems []read.Problem) ([]string, error) {
	if len(src.Paths) == 0 {
		return nil, nil
	}
	// Every article read is indexed by now: when the index holds no more
	// than those, nothing else can be gone (and no scan is needed).
	n, err := ix.Count()
	if err != nil {
		return nil, err
	}
	if int(n) <= len(seen) {
		return nil, nil
	}
	under, err := ix.ArticlesUnder(src.Paths)
	if err != nil {
		return nil, err
	}
	troubled := map[string]bool{}
	for _, p := range problems {
		if p.Path != "" {
			troubled[absPath(p.Path)] = true
		}
	}
	var gone []string
	for id, path := range under {
		if !seen[id] && !underAny(absPath(path), troubled) {
			gone = append(gone, id)
		}
	}
	return ix.Remove(gone)
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

// underAny reports whether p or one of its parent directories is in set.
func underAny(p string, set map[string]bool) bool {
	for len(set) > 0 {
		if set[p] {
			return true
		}
		parent := filepath.Dir(p)
		if parent == p {
			return false
		}
		p = parent
	}
	return false
}
