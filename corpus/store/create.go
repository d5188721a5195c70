package store

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
)

// idxStepHook, when set (by tests), is called between the steps of index
// creation, so that a test can kill the process at each of them.
var idxStepHook func(step string)

func idxStep(step string) {
	if idxStepHook != nil {
		idxStepHook(step)
	}
}

// idxCreate makes a new index at dir atomically. Bleve writes an index's
// metadata, mapping and our schema marker in separate steps; they are all
// done in a hidden folder beside dir, which is then renamed into place.
// A kill at any moment leaves no index or a whole one, never a folder
// later opens refuse. It returns nil when another process created dir
// first.
func idxCreate(dir string) error {
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return fmt.Errorf("index %s: %w", dir, err)
	}
	idxSweep(dir)
	tmp, err := os.MkdirTemp(parent, idxTempPattern(dir, idxCreating))
	if err != nil {
		return fmt.Errorf("index %s: %w", dir, err)
	}
	defer os.RemoveAll(tmp)
	staged := filepath.Join(tmp, "index")
	bi, err := bleve.NewUsing(staged, idxMapping(), scorch.Name, scorch.Name, nil)
	if err != nil {
		return fmt.Errorf("index %s: %w", dir, err)
	}
	idxStep("created")
	if err := bi.SetInternal([]byte(idxSchemaKey), []byte(idxSchemaVersion)); err != nil {
		_ = bi.Close()
		return fmt.Errorf("index %s: %w", dir, err)
	}
	idxStep("marked")
	if err := bi.Close(); err != nil {
		return fmt.Errorf("index %s: %w", dir, err)
	}
	idxStep("closed")
	// An empty directory given as the index makes way (Remove leaves a
	// full one alone); when the rename fails on a full one, another
	// process won the race, and its index is as good as ours.
	_ = os.Remove(dir)
	if err := os.Rename(staged, dir); err != nil {
		if st, serr := idxDirState(dir); serr == nil && st == idxDirIndex {
			return nil
		}
		return fmt.Errorf("index %s: %w", dir, err)
	}
	idxStep("renamed")
	return nil
}

const (
	idxCreating = "creating"
	idxReading  = "reading"
)

// idxTempPattern names the hidden folders beside dir that creation and
// readers' snapshots use; the process id lets a later run tell a
// killed process's leftovers from a live one's.
func idxTempPattern(dir, what string) string {
	return fmt.Sprintf(".%s.%s-%d-*", filepath.Base(dir), what, os.Getpid())
}

// idxSweep removes what killed processes left beside dir.
func idxSweep(dir string) {
	prefix := "." + filepath.Base(dir) + "."
	entries, err := os.ReadDir(filepath.Dir(dir))
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok || !e.IsDir() {
			continue
		}
		var pidPart string
		for _, what := range []string{idxCreating, idxReading} {
			if r, ok := strings.CutPrefix(rest, what+"-"); ok {
				pidPart, _, _ = strings.Cut(r, "-")
			}
		}
		pid, err := strconv.Atoi(pidPart)
		if err != nil || pid <= 0 || processAlive(pid) {
			continue
		}
		_ = os.RemoveAll(filepath.Join(filepath.Dir(dir), name))
	}
}

// processAlive reports whether a process with this id exists (where that
// cannot be told, it is assumed alive and its files are left alone).
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	if err == nil || errors.Is(err, syscall.EPERM) {
		return true
	}
	return !errors.Is(err, os.ErrProcessDone) && !errors.Is(err, syscall.ESRCH)
}

// errUnfinished: an index an older crosscheck began to create and never
// finished (killed before the schema marker): our mapping, no documents.
var errUnfinished = errors.New("its creation was interrupted; it holds no articles")

// idxUnmarkedOurs reports whether an index without a schema marker is one
// of ours left unfinished: our mapping and no documents.
func idxUnmarkedOurs(bi bleve.Index) bool {
	if n, err := bi.DocCount(); err != nil || n > 0 {
		return false
	}
	got, err := json.Marshal(bi.Mapping())
	if err != nil {
		return false
	}
	for _, v := range []string{idxSchemaVersion, idxSchemaV1} {
		if want, err := json.Marshal(idxMappingOf(v)); err == nil && string(got) == string(want) {
			return true
		}
	}
	return false
}
