package store

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

const (
	// idxDefaultBatch is the batch size of Add and of an Indexer asked for
	// a size below 1.
	idxDefaultBatch = 1000
	// IndexBatchBytes caps the bytes (text and stored claims) of one batch:
	// with one batch being written and one filling, an Indexer's memory
	// stays bounded whatever the size of the articles.
	IndexBatchBytes = 32 << 20
)

// Add indexes docs in batches. A doc whose ID is indexed with the same
// content hash is skipped; one with other content replaces the old one.
// When an ID occurs twice in docs, the later doc wins.
func (ix *Index) Add(docs []Doc) (IndexStats, error) {
	w := ix.NewIndexer(idxDefaultBatch)
	for _, d := range docs {
		if err := w.Put(d); err != nil {
			_ = w.Flush()
			return w.Stats(), err
		}
	}
	err := w.Flush()
	return w.Stats(), err
}

// Indexer streams documents into the index. A full batch goes to a
// writer goroutine, so that Bleve analyses and writes one batch while the
// caller fills the next; at most two batches are held at once. Call Flush
// at the end: it writes what is pending and waits for the writer. An
// Indexer is for one goroutine.
type Indexer struct {
	ix       *Index
	size     int
	maxBytes int
	pending  []idxPending
	bytes    int
	slot     map[string]int // ID -> position in pending

	out  chan []idxPending // to the writer; nil while none runs
	done chan struct{}

	mu    sync.Mutex // guards what the writer reports
	stats IndexStats
	err   error
}

// NewIndexer returns an Indexer writing batches of batchSize documents
// (1000 when batchSize < 1), or fewer when they exceed IndexBatchBytes.
func (ix *Index) NewIndexer(batchSize int) *Indexer {
	if batchSize < 1 {
		batchSize = idxDefaultBatch
	}
	return &Indexer{ix: ix, size: batchSize, maxBytes: IndexBatchBytes, slot: map[string]int{}}
}

// Put queues d, handing a batch to the writer when enough are pending. It
// returns the error of an earlier batch, if one failed.
func (w *Indexer) Put(d Doc) error {
	p, err := w.ix.Prepare(d)
	if err != nil {
		return err
	}
	return w.PutPrepared(p)
}

// PutPrepared is Put for a document already prepared (see Index.Prepare).
//
// On an index opened read-only, documents already indexed with the same
// content pass as unchanged (a check of a corpus that has not changed
// needs no write); a new or changed one fails with ErrReadOnly.
func (w *Indexer) PutPrepared(p *Prepared) error {
	if p == nil || p.p.id == "" {
		return ErrBadDoc
	}
	if err := w.failed(); err != nil {
		return err
	}
	if i, ok := w.slot[p.p.id]; ok {
		w.bytes -= w.pending[i].size
		w.pending[i] = p.p // the later doc with an ID wins
	} else {
		w.slot[p.p.id] = len(w.pending)
		w.pending = append(w.pending, p.p)
	}
	w.bytes += p.p.size
	if len(w.pending) >= w.size || w.bytes >= w.maxBytes {
		w.handOff()
	}
	return nil
}

// handOff gives the pending batch to the writer, starting it if needed;
// it blocks while the writer is busy with the batch before.
func (w *Indexer) handOff() {
	if len(w.pending) == 0 {
		return
	}
	if w.out == nil {
		w.out, w.done = make(chan []idxPending), make(chan struct{})
		go w.write(w.out, w.done)
	}
	w.out <- w.pending
	w.pending = make([]idxPending, 0, w.size)
	w.bytes = 0
	clear(w.slot)
}

// write runs on the writer goroutine: batches are written one after the
// other, so a later batch sees an earlier one's documents.
func (w *Indexer) write(in <-chan []idxPending, done chan<- struct{}) {
	defer close(done)
	for batch := range in {
		if w.failed() != nil {
			continue // drain: the caller learns of the error from Put or Flush
		}
		st, err := w.ix.writeBatch(batch)
		w.mu.Lock()
		w.stats.Indexed += st.Indexed
		w.stats.Replaced += st.Replaced
		w.stats.Unchanged += st.Unchanged
		if err != nil && w.err == nil {
			w.err = err
		}
		w.mu.Unlock()
	}
}

func (w *Indexer) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// Flush writes the pending documents, skipping those already indexed with
// the same content, and waits until every batch is written. It returns
// the first error since the last Flush; the Indexer stays usable.
func (w *Indexer) Flush() error {
	w.handOff()
	if w.out != nil {
		close(w.out)
		<-w.done
		w.out, w.done = nil, nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	err := w.err
	w.err = nil
	return err
}

// Close flushes what is pending. The Indexer stays usable.
func (w *Indexer) Close() error { return w.Flush() }

// Stats is what the Indexer has written so far; call it after Flush.
func (w *Indexer) Stats() IndexStats {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.stats
}

// writeBatch writes the documents of one batch whose content changed,
// with a journal entry of the subjects they touch when the index keeps a
// journal (see SaveCheckState), in the same Bleve batch.
func (ix *Index) writeBatch(pending []idxPending) (IndexStats, error) {
	bix, release := ix.use()
	defer release()
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	old, err := ix.idxHashes(pending)
	if err != nil {
		return IndexStats{}, err
	}
	seq, journaling, err := ix.journalSeq()
	if err != nil {
		return IndexStats{}, err
	}
	var st IndexStats
	var replaced []string
	var entry journalEntry
	batch := bix.NewBatch()
	for _, p := range pending {
		prev, known := old[p.id]
		switch {
		case known && prev.hash == p.hash:
			st.Unchanged++
			continue
		case known:
			st.Replaced++
			replaced = append(replaced, p.id)
		default:
			st.Indexed++
		}
		if ix.readOnly {
			continue // refused below
		}
		// A long article's parts go first, in batches of their own, and
		// parts an earlier version had beyond the new count go.
		if len(p.parts) > 1 || prev.parts > 1 {
			if err := ix.idxWriteChunks(bix, p.id, p.parts, prev.parts); err != nil {
				return IndexStats{}, err
			}
		}
		if err := batch.Index(p.id, p.doc); err != nil {
			return IndexStats{}, fmt.Errorf("article %s: %w", p.id, err)
		}
		entry.Claims += p.claims
		entry.Subjects = append(entry.Subjects, p.subjects...)
		entry.Written = append(entry.Written, p.id)
	}
	if ix.readOnly && st.Indexed+st.Replaced > 0 {
		return st, &IndexError{Path: ix.path, Err: fmt.Errorf("%d new or changed articles: %w", st.Indexed+st.Replaced, ErrReadOnly)}
	}
	if batch.Size() == 0 {
		return st, nil
	}
	if ix.readOnly {
		return st, &IndexError{Path: ix.path, Err: fmt.Errorf("%d new or changed articles: %w", st.Indexed+st.Replaced, ErrReadOnly)}
	}
	if journaling {
		// The subjects the replaced documents held lose claims.
		if err := ix.oldClaims(replaced, &entry); err != nil {
			return IndexStats{}, err
		}
		if err := entry.add(batch, seq+1); err != nil {
			return IndexStats{}, err
		}
	}
	if err := bix.Batch(batch); err != nil {
		return IndexStats{}, fmt.Errorf("index %s: %w", ix.path, err)
	}
	return st, nil
}

// idxStored is what an article's document holds of its content.
type idxStored struct {
	hash  string
	parts int // number of parts (chunks.go)
}

// idxHashes looks up the stored content hashes (and numbers of parts) of
// the pending IDs in one search.
func (ix *Index) idxHashes(pending []idxPending) (map[string]idxStored, error) {
	bix, release := ix.use()
	defer release()
	ids := make([]string, len(pending))
	for i, p := range pending {
		ids[i] = p.id
	}
	req := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	req.Fields = []string{idxFHash, idxFParts}
	res, err := bix.Search(req)
	if err != nil {
		return nil, fmt.Errorf("index %s: looking up hashes: %w", ix.path, err)
	}
	out := make(map[string]idxStored, len(res.Hits))
	for _, h := range res.Hits {
		n, err := idxChunkCount(h.Fields[idxFParts])
		if err != nil {
			return nil, idxCorrupt(ix, h.ID, idxFParts, err)
		}
		out[h.ID] = idxStored{hash: idxString(h.Fields[idxFHash]), parts: n}
	}
	return out, nil
}
