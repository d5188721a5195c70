package corpus

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// idxDefaultBatch is the batch size of Add and of an Indexer asked for a
// size below 1.
const idxDefaultBatch = 1000

// Add indexes docs in batches. A doc whose ID is indexed with the same
// content hash is skipped; one with other content replaces the old one.
// When an ID occurs twice in docs, the later doc wins.
func (ix *Index) Add(docs []Doc) (IndexStats, error) {
	w := ix.NewIndexer(idxDefaultBatch)
	for _, d := range docs {
		if err := w.Put(d); err != nil {
			return w.Stats(), err
		}
	}
	err := w.Flush()
	return w.Stats(), err
}

// Indexer streams documents into the index, writing a batch whenever
// batchSize documents are pending. Call Flush (or Close) at the end.
// An Indexer is for one goroutine.
type Indexer struct {
	ix      *Index
	size    int
	batch   *bleve.Batch
	pending []idxPending
	slot    map[string]int // ID -> position in pending
	stats   IndexStats
}

type idxPending struct {
	id   string
	hash string
	doc  map[string]interface{}
}

// NewIndexer returns an Indexer writing batches of batchSize documents
// (1000 when batchSize < 1).
func (ix *Index) NewIndexer(batchSize int) *Indexer {
	if batchSize < 1 {
		batchSize = idxDefaultBatch
	}
	return &Indexer{ix: ix, size: batchSize, batch: ix.bi.NewBatch(), slot: map[string]int{}}
}

// Put queues d, writing a batch when enough are pending.
func (w *Indexer) Put(d Doc) error {
	if w.ix.readOnly {
		return &IndexError{Path: w.ix.path, Err: ErrReadOnly}
	}
	if d.Article == nil || d.Article.ID == "" {
		return ErrBadDoc
	}
	doc, hash, err := idxDocument(d)
	if err != nil {
		return fmt.Errorf("article %s: %w", d.Article.ID, err)
	}
	p := idxPending{id: d.Article.ID, hash: hash, doc: doc}
	if i, ok := w.slot[p.id]; ok {
		w.pending[i] = p // the later doc with an ID wins
	} else {
		w.slot[p.id] = len(w.pending)
		w.pending = append(w.pending, p)
	}
	if len(w.pending) >= w.size {
		return w.Flush()
	}
	return nil
}

// Flush writes the pending documents, skipping those already indexed with
// the same content.
func (w *Indexer) Flush() error {
	if len(w.pending) == 0 {
		return nil
	}
	old, err := w.ix.idxHashes(w.pending)
	if err != nil {
		return err
	}
	var st IndexStats
	for _, p := range w.pending {
		prev, known := old[p.id]
		switch {
		case known && prev == p.hash:
			st.Unchanged++
			continue
		case known:
			st.Replaced++
		default:
			st.Indexed++
		}
		if err := w.batch.Index(p.id, p.doc); err != nil {
			w.batch.Reset()
			return fmt.Errorf("article %s: %w", p.id, err)
		}
	}
	if w.batch.Size() > 0 {
		err = w.ix.bi.Batch(w.batch)
		w.batch.Reset()
		if err != nil {
			return fmt.Errorf("index %s: %w", w.ix.path, err)
		}
	}
	w.stats.Indexed += st.Indexed
	w.stats.Replaced += st.Replaced
	w.stats.Unchanged += st.Unchanged
	clear(w.slot)
	clear(w.pending) // drop references to the documents
	w.pending = w.pending[:0]
	return nil
}

// Close flushes what is pending. The Indexer stays usable.
func (w *Indexer) Close() error { return w.Flush() }

// Stats is what the Indexer has written so far.
func (w *Indexer) Stats() IndexStats { return w.stats }

// idxHashes looks up the stored content hashes of the pending IDs in one
// search.
func (ix *Index) idxHashes(pending []idxPending) (map[string]string, error) {
	ids := make([]string, len(pending))
	for i, p := range pending {
		ids[i] = p.id
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{idxFHash}
	res, err := ix.bi.Search(req)
	if err != nil {
		return nil, fmt.Errorf("index %s: looking up hashes: %w", ix.path, err)
	}
	out := make(map[string]string, len(res.Hits))
	for _, h := range res.Hits {
		out[h.ID] = idxString(h.Fields[idxFHash])
	}
	return out, nil
}
