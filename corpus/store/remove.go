package store

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"
)

// Remove deletes the articles with the given IDs and returns the IDs it
// found and removed, sorted; IDs not in the index are passed over. When
// the index keeps a journal, the subjects the removed claims were about
// are journaled in the same batch, so that the next check re-compares
// them and forgets every finding that cited a removed article.
//
// On an index opened read-only, removing nothing succeeds; removing
// something fails with ErrReadOnly.
func (ix *Index) Remove(ids []string) ([]string, error) {
	ids = slices.Compact(slices.Sorted(slices.Values(ids)))
	if len(ids) == 0 {
		return nil, nil
	}
	bix, release := ix.use()
	defer release()
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	var found []string
	parts := map[string]int{} // of long articles (chunks.go)
	for chunk := range slices.Chunk(ids, idxPage) {
		err := ix.idxEach(query.NewDocIDQuery(chunk), []string{idxFParts}, func(id string, f map[string]interface{}) error {
			found = append(found, id)
			n, err := idxChunkCount(f[idxFParts])
			if err != nil {
				return idxCorrupt(ix, id, idxFParts, err)
			}
			if n > 1 {
				parts[id] = n
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	if len(found) == 0 {
		return nil, nil
	}
	if ix.readOnly {
		return nil, &IndexError{Path: ix.path, Err: fmt.Errorf("%d articles to remove: %w", len(found), ErrReadOnly)}
	}
	seq, journaling, err := ix.journalSeq()
	if err != nil {
		return nil, err
	}
	for chunk := range slices.Chunk(found, idxPage) {
		batch := bix.NewBatch()
		if journaling {
			entry := journalEntry{Removed: chunk}
			if err := ix.oldClaims(chunk, &entry); err != nil {
				return nil, err
			}
			seq++
			if err := entry.add(batch, seq); err != nil {
				return nil, err
			}
		}
		for _, id := range chunk {
			batch.Delete(id)
			for _, cid := range idxChunkIDs(id, 1, parts[id]) {
				batch.Delete(cid)
			}
		}
		if err := bix.Batch(batch); err != nil {
			return nil, fmt.Errorf("index %s: removing articles: %w", ix.path, err)
		}
	}
	return found, nil
}

// ArticlesUnder returns the ID and path of every indexed article read
// from a file inside one of roots (files or directories). Paths are
// compared as absolute paths, so "./news" and "news" are the same root.
func (ix *Index) ArticlesUnder(roots []string) (map[string]string, error) {
	var abs []string
	for _, r := range roots {
		a, err := filepath.Abs(r)
		if err != nil {
			return nil, err
		}
		abs = append(abs, a)
	}
	out := map[string]string{}
	err := ix.idxEach(query.NewMatchAllQuery(), []string{idxFPath}, func(id string, f map[string]interface{}) error {
		p := idxString(f[idxFPath])
		if p == "" {
			return nil
		}
		a, err := filepath.Abs(p)
		if err != nil {
			return nil
		}
		for _, r := range abs {
			if a == r || strings.HasPrefix(a, strings.TrimSuffix(r, string(filepath.Separator))+string(filepath.Separator)) {
				out[id] = p
				return nil
			}
		}
		return nil
	})
	return out, err
}
