package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
)

// A check state is what a checker saved about the whole index (its
// results, say), stored in a file inside the index directory, with the
// journal position it covers. Loading it also returns what the journal
// says changed since: the checker redoes only that part.

// ErrNoCheckState: no usable check state is saved with the index (none
// was saved, or it no longer matches the index).
var ErrNoCheckState = errors.New("no check state saved")

const (
	idxStateFile  = "crosscheck.state"
	idxStateMagic = "crosscheck-state 1 "
)

// Changes is what writes after a check state changed in the index.
type Changes struct {
	// Subjects are the sorted subject keys of claims added or removed.
	Subjects []string
	// Claims is the number of claims added minus the number removed.
	Claims int
	// Batches is the number of batches written.
	Batches int
	// Written are the sorted IDs of the articles written (new or
	// replaced), Removed those removed (an ID may be in both: removed,
	// then written again), unless ArticlesUnknown: a batch written by an
	// older program did not record them.
	Written, Removed []string
	ArticlesUnknown  bool
}

// CheckState is a saved check state and the changes since it was saved.
type CheckState struct {
	Data    []byte
	Changes Changes
	// Mark is the journal position the state plus Changes cover: pass it
	// to SaveCheckState with data that accounts for Changes.
	Mark uint64
}

// JournalMark is the current journal position: a state saved with it
// covers every batch written so far.
func (ix *Index) JournalMark() (uint64, error) {
	seq, _, err := ix.journalSeq()
	return seq, err
}

// LoadCheckState returns the saved check state with the changes since, or
// an error matching ErrNoCheckState.
func (ix *Index) LoadCheckState() (*CheckState, error) {
	raw, err := os.ReadFile(ix.stateFile())
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNoCheckState
	}
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", ix.path, err)
	}
	mark, data, ok := idxParseState(raw)
	if !ok {
		return nil, fmt.Errorf("%w: %s is unreadable", ErrNoCheckState, idxStateFile)
	}
	last, journaling, err := ix.journalSeq()
	if err != nil {
		return nil, err
	}
	if !journaling || mark > last {
		return nil, fmt.Errorf("%w: it does not match the index's journal", ErrNoCheckState)
	}
	ch, err := ix.readJournal(mark, last)
	if err != nil {
		return nil, err
	}
	return &CheckState{Data: data, Changes: ch, Mark: last}, nil
}

// SaveCheckState stores data as the check state of the index up to the
// journal position mark (from JournalMark or a loaded state), turns the
// journal on, and drops the entries mark covers. Batches written after
// mark stay in the journal.
func (ix *Index) SaveCheckState(data []byte, mark uint64) error {
	return ix.SaveCheckStateFrom(mark, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// SaveCheckStateFrom is SaveCheckState for a state that write streams to
// the file, so that a large one need not be held in memory whole.
func (ix *Index) SaveCheckStateFrom(mark uint64, write func(io.Writer) error) error {
	bix, release := ix.use()
	defer release()
	if ix.readOnly {
		return &IndexError{Path: ix.path, Err: ErrReadOnly}
	}
	ix.writeMu.Lock()
	defer ix.writeMu.Unlock()
	last, journaling, err := ix.journalSeq()
	if err != nil {
		return err
	}
	if mark > last {
		return fmt.Errorf("index %s: check state mark %d is past the journal (%d)", ix.path, mark, last)
	}
	if !journaling {
		// On before the state exists: a crash in between leaves a journal
		// without a state, which the next check ignores.
		if err := bix.SetInternal([]byte(idxJournalKey), []byte("0")); err != nil {
			return fmt.Errorf("index %s: journal: %w", ix.path, err)
		}
	}
	prev := uint64(0)
	if raw, err := os.ReadFile(filepath.Join(ix.path, idxStateFile)); err == nil {
		if m, _, ok := idxParseState(raw); ok && m <= mark {
			prev = m
		}
	}
	err = idxWriteFile(filepath.Join(ix.path, idxStateFile), func(w io.Writer) error {
		if _, err := fmt.Fprintf(w, "%s%d\n", idxStateMagic, mark); err != nil {
			return err
		}
		return write(w)
	})
	if err != nil {
		return fmt.Errorf("index %s: saving check state: %w", ix.path, err)
	}
	// The state now covers these entries; dropping them is tidying only.
	if mark > prev {
		batch := bix.NewBatch()
		for seq := prev + 1; seq <= mark; seq++ {
			batch.DeleteInternal(idxJournalEntryKey(seq))
		}
		if err := bix.Batch(batch); err != nil {
			return fmt.Errorf("index %s: journal: %w", ix.path, err)
		}
	}
	return nil
}

// DropCheckState removes the saved check state: the next check is a
// full one.
func (ix *Index) DropCheckState() error {
	if ix.readOnly {
		return &IndexError{Path: ix.path, Err: ErrReadOnly}
	}
	err := os.Remove(filepath.Join(ix.path, idxStateFile))
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("index %s: %w", ix.path, err)
	}
	return nil
}

func idxParseState(raw []byte) (uint64, []byte, bool) {
	rest, ok := bytes.CutPrefix(raw, []byte(idxStateMagic))
	if !ok {
		return 0, nil, false
	}
	num, data, ok := bytes.Cut(rest, []byte("\n"))
	if !ok {
		return 0, nil, false
	}
	mark, err := strconv.ParseUint(string(num), 10, 64)
	if err != nil {
		return 0, nil, false
	}
	return mark, data, true
}

// idxWriteFile replaces path with what write writes, through a synced
// temporary file, so that a crash leaves the old file or the new one,
// never half of one.
func idxWriteFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(tmp, 1<<20)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		_ = os.Remove(tmp.Name())
	}
	return err
}
