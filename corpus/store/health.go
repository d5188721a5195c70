package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	bolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Keys of Bleve's scorch store (bleve/v2/util/keys.go).
var (
	idxBoltSnapshots = []byte{'s'}
	idxBoltPath      = []byte{'p'}
	idxBoltInternal  = []byte{'i'}
	idxBoltMapping   = []byte("_mapping")
)

// idxInspect looks into an index's store without Bleve, which logs and
// goes on when a snapshot cannot be loaded: a missing segment would open
// as an empty index, an empty root.bolt fails with "bad file
// descriptor". It returns an error naming what is wrong, or unfinished
// when the store holds no saved mapping and no segment (an index whose
// creation was interrupted: it holds nothing). An index another process
// holds for writing is live and not inspected.
func idxInspect(dir string) (unfinished bool, err error) {
	// Only a scorch index is looked into; Bleve refuses anything else.
	var meta struct {
		Storage string `json:"storage"`
	}
	// (Bleve pads the file with NUL bytes: decode the first value only.)
	if b, err := os.ReadFile(filepath.Join(dir, idxMetaFile)); err != nil || json.NewDecoder(bytes.NewReader(b)).Decode(&meta) != nil || meta.Storage != "scorch" {
		return false, nil
	}
	store := filepath.Join(dir, "store")
	root := filepath.Join(store, "root.bolt")
	fi, err := os.Stat(root)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return false, errors.New("store/root.bolt is missing")
	case err != nil:
		return false, err
	case fi.Size() == 0:
		return false, errors.New("store/root.bolt is empty")
	}
	db, err := bolt.Open(root, 0o600, &bolt.Options{
		ReadOnly: true,
		Timeout:  50 * time.Millisecond,
		OpenFile: func(p string, _ int, m os.FileMode) (*os.File, error) { return os.OpenFile(p, os.O_RDONLY, m) },
	})
	if errors.Is(err, bolterrors.ErrTimeout) || errors.Is(err, os.ErrPermission) {
		return false, nil // in use by a writer, or Bleve will say
	}
	if err != nil {
		return false, fmt.Errorf("store/root.bolt cannot be read: %v", err)
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		snaps := tx.Bucket(idxBoltSnapshots)
		var last []byte
		if snaps != nil {
			last, _ = snaps.Cursor().Last()
		}
		var snap *bolt.Bucket
		if last != nil {
			snap = snaps.Bucket(last)
		}
		if snap == nil {
			unfinished = true
			return nil
		}
		segments, mapped := 0, false
		if in := snap.Bucket(idxBoltInternal); in != nil {
			mapped = len(in.Get(idxBoltMapping)) > 0
		}
		err := snap.ForEachBucket(func(k []byte) error {
			p := snap.Bucket(k).Get(idxBoltPath)
			if p == nil {
				return nil
			}
			segments++
			if _, err := os.Stat(filepath.Join(store, string(p))); err != nil {
				return fmt.Errorf("segment store/%s is missing", p)
			}
			return nil
		})
		unfinished = err == nil && !mapped && segments == 0
		return err
	})
	return unfinished, err
}
