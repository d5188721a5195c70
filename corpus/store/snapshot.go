package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// A writer holds an exclusive lock on the index's root.bolt for as long
// as it is open, and bolt's readers need a shared one: a running server
// or indexer would shut every reader out. Readers therefore open a
// snapshot: a copy of root.bolt taken between two commits (bolt's two
// meta pages unchanged before and after the copy, so every page they
// reach was copied whole) beside hard links to the segment files, which
// scorch never changes once written. The snapshot lives in a hidden
// folder beside the index and is removed when the reader closes (or by
// the next open, after a kill).

// idxSnapshotTries bounds the copies tried while a writer keeps
// committing.
const idxSnapshotTries = 20

type idxSnapshotter struct {
	dir  string
	meta []byte // root.bolt's meta pages when the current snapshot was taken
}

// idxOpenReader opens dir for reading from a snapshot; where none can be
// made (a read-only file system or folder, where no writer can be
// either), it opens dir itself read-only.
func idxOpenReader(dir string) (*Index, error) {
	s := &idxSnapshotter{dir: dir}
	snap, err := s.take()
	if err != nil {
		return idxOpen(dir, true)
	}
	ix, err := idxOpenAt(dir, snap, true)
	if err != nil {
		_ = os.RemoveAll(snap)
		return nil, err
	}
	ix.h.snap = snap
	ix.snap = s
	return ix, nil
}

// Refresh makes a reader see what writers committed since it opened (or
// last refreshed); operations in flight finish on what they began with.
// It reports whether anything changed. A writer sees its own writes and
// never needs it.
func (ix *Index) Refresh() (bool, error) {
	ix.mu.RLock()
	s, closed := ix.snap, ix.closed
	ix.mu.RUnlock()
	if s == nil || closed {
		return false, nil
	}
	meta, err := idxBoltMeta(filepath.Join(s.dir, "store", "root.bolt"))
	if err != nil {
		return false, fmt.Errorf("index %s: %w", s.dir, err)
	}
	if bytes.Equal(meta, s.meta) {
		return false, nil
	}
	snap, err := s.take()
	if err != nil {
		return false, fmt.Errorf("index %s: %w", s.dir, err)
	}
	next, err := idxOpenAt(s.dir, snap, true)
	if err != nil {
		_ = os.RemoveAll(snap)
		return false, err
	}
	next.h.snap = snap
	ix.mu.Lock()
	if ix.closed {
		ix.mu.Unlock()
		_ = next.h.release()
		return false, nil
	}
	old := ix.h
	ix.h = next.h
	ix.mu.Unlock()
	_ = old.release()
	return true, nil
}

// stateFile is where the check state is read: a reader's snapshot holds
// the copy taken with it.
func (ix *Index) stateFile() string {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.h.snap != "" {
		return filepath.Join(ix.h.snap, idxStateFile)
	}
	return filepath.Join(ix.path, idxStateFile)
}

// take copies the index into a new snapshot folder and returns it.
func (s *idxSnapshotter) take() (string, error) {
	idxSweep(s.dir)
	tmp, err := os.MkdirTemp(filepath.Dir(s.dir), idxTempPattern(s.dir, idxReading))
	if err != nil {
		return "", err
	}
	ok := false
	defer func() {
		if !ok {
			_ = os.RemoveAll(tmp)
		}
	}()
	if err := idxCopyFile(filepath.Join(s.dir, idxMetaFile), filepath.Join(tmp, idxMetaFile)); err != nil {
		return "", err
	}
	store, dst := filepath.Join(s.dir, "store"), filepath.Join(tmp, "store")
	if err := os.Mkdir(dst, 0o700); err != nil {
		return "", err
	}
	root := filepath.Join(store, "root.bolt")
	for try := range idxSnapshotTries {
		before, err := idxBoltMeta(root)
		if err != nil {
			return "", err
		}
		// The state before the store: its mark is then never past the
		// journal the snapshot holds. A link, not a copy: the state is
		// only ever replaced whole (written beside it and renamed over
		// it), so the linked file stays the state as it was now, and a
		// reader that never reads it (a draft check) does not copy a
		// file that grows with the corpus.
		err = idxLinkOrCopy(filepath.Join(s.dir, idxStateFile), filepath.Join(tmp, idxStateFile))
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", err
		}
		if err := idxCopyFile(root, filepath.Join(dst, "root.bolt")); err != nil {
			return "", err
		}
		if err := idxLinkSegments(store, dst); err != nil {
			return "", err
		}
		after, err1 := idxBoltMeta(root)
		copied, err2 := idxBoltMeta(filepath.Join(dst, "root.bolt"))
		if err1 == nil && err2 == nil && bytes.Equal(before, after) && bytes.Equal(before, copied) {
			s.meta, ok = before, true
			return tmp, nil
		}
		time.Sleep(time.Duration(try+1) * 10 * time.Millisecond)
	}
	return "", errors.New("the index kept changing while a snapshot was taken")
}

// idxLinkSegments hard-links every segment file of store into dst (a
// copy where links are refused).
func idxLinkSegments(store, dst string) error {
	segs, err := filepath.Glob(filepath.Join(store, "*.zap"))
	if err != nil {
		return err
	}
	for _, src := range segs {
		to := filepath.Join(dst, filepath.Base(src))
		if _, err := os.Lstat(to); err == nil {
			continue
		}
		if err := os.Link(src, to); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				continue // merged away meanwhile: the meta check decides
			}
			if err := idxCopyFile(src, to); err != nil && !errors.Is(err, os.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}

// idxLinkOrCopy hard-links src as dst, replacing dst (a copy where links
// are refused); a missing src is os.ErrNotExist.
func idxLinkOrCopy(src, dst string) error {
	if err := os.Remove(dst); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	err := os.Link(src, dst)
	if err == nil || errors.Is(err, os.ErrNotExist) {
		return err
	}
	return idxCopyFile(src, dst)
}

// idxBoltMeta reads bolt's two meta pages (a page header of 16 bytes,
// then the magic number, the version and the page size).
func idxBoltMeta(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 28)
	if _, err := io.ReadFull(f, head); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if binary.LittleEndian.Uint32(head[16:]) != 0xED0CDAED {
		return nil, fmt.Errorf("%s: not a bolt file", path)
	}
	size := int64(binary.LittleEndian.Uint32(head[24:]))
	if size < 512 || size > 1<<20 {
		return nil, fmt.Errorf("%s: page size %d", path, size)
	}
	meta := make([]byte, 2*size)
	if _, err := f.ReadAt(meta, 0); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return meta, nil
}

func idxCopyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		_ = out.Close()
		return err
	}
	return out.Close()
}
