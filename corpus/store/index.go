package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/blevesearch/bleve/v2"
	zapx "github.com/blevesearch/zapx/v17"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/article"
)

// Doc is what the index stores for one article: the article and the claims
// extracted from it.
type Doc struct {
	Article *article.Article
	Claims  []claim.Claim
	// Story is what the events layer needs of the article to place it in
	// a story (an encoded checker/coref summary, opaque here), stored with
	// the claims so that no text is analysed again; "" for none.
	Story string
}

// IndexStats counts what Add and an Indexer did with the documents given.
type IndexStats struct {
	Indexed   int `json:"indexed"`   // new IDs
	Replaced  int `json:"replaced"`  // known IDs whose content changed
	Unchanged int `json:"unchanged"` // known IDs with the same content hash, skipped
}

// Index is an on-disk Bleve index of articles and their claims. It is safe
// for concurrent use by several goroutines; an Indexer is not.
type Index struct {
	mu       sync.RWMutex
	h        *idxHandle // the open Bleve index; a reader's is swapped by Refresh
	path     string
	readOnly bool
	snap     *idxSnapshotter // set for readers that read from snapshots
	closed   bool
	notes    []string
	// chunked: the index may hold long articles in parts (schema 2).
	chunked bool
	// writeMu orders batches and journal entries of several Indexers.
	writeMu sync.Mutex
}

const (
	// idxLockWait bounds how long an open waits for another process's lock.
	idxLockWait = "2s"
	// idxSchemaKey marks an index as crosscheck's, with its schema version,
	// so that a foreign Bleve index is refused instead of misread.
	idxSchemaKey     = "crosscheck.schema"
	idxSchemaVersion = "2"
	// idxSchemaV1 indexes (no parts, see chunks.go) are read and written
	// as they are; a long article goes into one whole as before.
	idxSchemaV1 = "1"
	idxMetaFile = "index_meta.json" // written by Bleve in every index
)

// idxAnalysisOnce widens Bleve's process-wide analysis pool (4 workers by
// default) to the machine, since analysis dominates indexing time.
var idxAnalysisOnce sync.Once

// idxSegmentOnce turns off zap's guess of a new segment's size, which
// reserves the last segment's bytes per document times the documents of
// the next batch plus 100: after a batch of a long article's parts (a
// megabyte a document) it reserved 160 MB for two parts, and would
// reserve a gigabyte for the next thousand small articles. The buffer
// grows as it is written instead; the index is the same.
var idxSegmentOnce sync.Once

// OpenIndex opens the index at dir for reading and writing, creating it
// when dir is missing or empty. An index an older crosscheck was killed
// while creating (it holds nothing) is made again, with a note in Notes.
func OpenIndex(dir string) (*Index, error) {
	idxAnalysisOnce.Do(func() { bleve.Config.SetAnalysisQueueSize(max(4, runtime.NumCPU())) })
	idxSegmentOnce.Do(func() { zapx.NewSegmentBufferAvgBytesPerDocFactor = 0 })
	state, err := idxDirState(dir)
	if err != nil {
		return nil, err
	}
	unfinished := false
	if state == idxDirIndex {
		if unfinished, err = idxInspect(dir); err != nil {
			return nil, &IndexError{Path: dir, Err: ErrIndexDamaged, Cause: err}
		}
	}
	var ix *Index
	if state == idxDirIndex && !unfinished {
		ix, err = idxOpen(dir, false)
		if !errors.Is(err, errUnfinished) {
			return ix, err
		}
	}
	var notes []string
	if state == idxDirIndex {
		if err := os.RemoveAll(dir); err != nil {
			return nil, fmt.Errorf("index %s: %w", dir, err)
		}
		notes = append(notes, fmt.Sprintf("%s held an index whose creation was interrupted (it held no articles); it was made again", dir))
	}
	if err := idxCreate(dir); err != nil {
		return nil, err
	}
	ix, err = idxOpen(dir, false)
	if ix != nil {
		ix.notes = notes
	}
	return ix, err
}

// Notes are things the open did that a user should hear about.
func (ix *Index) Notes() []string { return ix.notes }

// OpenIndexReadOnly opens an existing index for reading only. Any number
// of readers work beside each other and beside one writer: a reader sees
// the index as it was when opened, until Refresh (see index_snapshot.go).
func OpenIndexReadOnly(dir string) (*Index, error) {
	state, err := idxDirState(dir)
	if err != nil {
		return nil, err
	}
	if state != idxDirIndex {
		return nil, &IndexError{Path: dir, Err: ErrNoIndex}
	}
	unfinished, err := idxInspect(dir)
	if err != nil {
		return nil, &IndexError{Path: dir, Err: ErrIndexDamaged, Cause: err}
	}
	if unfinished {
		return nil, &IndexError{Path: dir, Err: ErrNotIndex, Cause: errUnfinished}
	}
	return idxOpenReader(dir)
}

func idxOpen(dir string, readOnly bool) (*Index, error) {
	return idxOpenAt(dir, dir, readOnly)
}

// idxOpenAt opens the Bleve index in from as the index at dir.
func idxOpenAt(dir, from string, readOnly bool) (*Index, error) {
	cfg := map[string]interface{}{"bolt_timeout": idxLockWait}
	if readOnly {
		cfg["read_only"] = true
	}
	bi, err := bleve.OpenUsing(from, cfg)
	if err != nil {
		return nil, idxTranslate(dir, err)
	}
	v, err := bi.GetInternal([]byte(idxSchemaKey))
	if err != nil || (string(v) != idxSchemaVersion && string(v) != idxSchemaV1) {
		cause := fmt.Errorf("schema version %q, want %q", v, idxSchemaVersion)
		if err != nil {
			cause = err
		} else if len(v) == 0 && idxUnmarkedOurs(bi) {
			cause = errUnfinished
		}
		_ = bi.Close()
		return nil, &IndexError{Path: dir, Err: ErrNotIndex, Cause: cause}
	}
	return &Index{h: newIdxHandle(bi, ""), path: dir, readOnly: readOnly, chunked: string(v) != idxSchemaV1}, nil
}

type idxDirKind int

const (
	idxDirMissing idxDirKind = iota // no such path, or an empty directory
	idxDirIndex                     // holds a Bleve index
)

// idxDirState tells a usable index from a path to create and from
// anything else, which is refused rather than written into.
func idxDirState(dir string) (idxDirKind, error) {
	fi, err := os.Stat(dir)
	if errors.Is(err, os.ErrNotExist) {
		return idxDirMissing, nil
	}
	if err != nil {
		return 0, fmt.Errorf("index %s: %w", dir, err)
	}
	if !fi.IsDir() {
		return 0, &IndexError{Path: dir, Err: ErrNotIndex, Cause: errors.New("not a directory")}
	}
	if _, err := os.Stat(filepath.Join(dir, idxMetaFile)); err == nil {
		return idxDirIndex, nil
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, fmt.Errorf("index %s: %w", dir, err)
	}
	if len(entries) == 0 {
		return idxDirMissing, nil
	}
	return 0, &IndexError{Path: dir, Err: ErrNotIndex, Cause: fmt.Errorf("no %s", idxMetaFile)}
}

// idxTranslate turns Bleve's and bolt's open errors into ours.
func idxTranslate(dir string, err error) error {
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return &IndexError{Path: dir, Err: ErrIndexLocked, Cause: err}
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist):
		return &IndexError{Path: dir, Err: ErrNoIndex, Cause: err}
	case errors.Is(err, bleve.ErrorIndexMetaMissing), errors.Is(err, bleve.ErrorIndexMetaCorrupt),
		errors.Is(err, bleve.ErrorUnknownIndexType):
		return &IndexError{Path: dir, Err: ErrNotIndex, Cause: err}
	case errors.Is(err, os.ErrPermission):
		return fmt.Errorf("index %s: %w", dir, err)
	case strings.Contains(err.Error(), "error parsing mapping JSON"):
		return &IndexError{Path: dir, Err: ErrIndexDamaged, Cause: errors.New("its mapping cannot be read")}
	}
	return fmt.Errorf("index %s: %w", dir, err)
}

// Close flushes pending writes and releases the lock.
func (ix *Index) Close() error {
	ix.mu.Lock()
	h, was := ix.h, ix.closed
	ix.closed = true
	ix.mu.Unlock()
	if was {
		return nil
	}
	return h.release()
}

// Path is the directory the index lives in.
func (ix *Index) Path() string { return ix.path }

// Count is the number of articles in the index.
func (ix *Index) Count() (uint64, error) {
	bix, release := ix.use()
	defer release()
	n, err := bix.DocCount()
	if err != nil {
		return 0, err
	}
	parts, err := ix.idxChunkDocs(bix)
	return n - min(n, parts), err
}
