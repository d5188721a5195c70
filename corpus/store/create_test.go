package store

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHelperKilledWhileCreating is not a test: run as a subprocess with
// CROSSCHECK_KILL_AT set, it creates an index and kills itself with
// SIGKILL at that step, as a user's Ctrl-C or kill would.
func TestHelperKilledWhileCreating(t *testing.T) {
	step, dir := os.Getenv("CROSSCHECK_KILL_AT"), os.Getenv("CROSSCHECK_KILL_DIR")
	if step == "" {
		t.Skip("subprocess helper")
	}
	idxStepHook = func(s string) {
		if s == step {
			if p, err := os.FindProcess(os.Getpid()); err == nil {
				_ = p.Kill() // SIGKILL: no deferred cleanup runs
			}
			select {}
		}
	}
	ix, err := OpenIndex(dir)
	if err == nil {
		_ = ix.Close()
	}
}

// A process killed at any step of creating an index leaves a folder the
// next open uses (and no leftovers once that open has swept them).
func TestOpenIndexAfterKillDuringCreation(t *testing.T) {
	if testing.Short() {
		t.Skip("starts subprocesses")
	}
	for _, step := range []string{"created", "marked", "closed"} {
		t.Run(step, func(t *testing.T) {
			base := t.TempDir()
			dir := filepath.Join(base, "idx")
			cmd := exec.Command(os.Args[0], "-test.run=^TestHelperKilledWhileCreating$")
			cmd.Env = append(os.Environ(), "CROSSCHECK_KILL_AT="+step, "CROSSCHECK_KILL_DIR="+dir)
			err := cmd.Run()
			require.Error(t, err, "the helper must have been killed")

			ix, err := OpenIndex(dir)
			require.NoError(t, err, "the next open after a kill at %q", step)
			_, err = ix.Add(idxTestDocs(2))
			require.NoError(t, err)
			require.NoError(t, ix.Close())
			r, err := OpenIndexReadOnly(dir)
			require.NoError(t, err)
			n, err := r.Count()
			require.NoError(t, err)
			assert.EqualValues(t, 2, n)
			require.NoError(t, r.Close())
			entries, err := os.ReadDir(base)
			require.NoError(t, err)
			for _, e := range entries {
				assert.False(t, strings.Contains(e.Name(), idxCreating), "leftover %s", e.Name())
			}
		})
	}
}

// An index an older crosscheck left half-made (metadata and mapping but no
// schema marker, or not even a mapping) is rebuilt with a note; a foreign
// or populated index never is.
func TestOpenIndexRebuildsHalfCreated(t *testing.T) {
	t.Run("no schema marker", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "idx")
		bi, err := bleve.NewUsing(dir, idxMapping(), scorch.Name, scorch.Name, nil)
		require.NoError(t, err)
		require.NoError(t, bi.Close())
		ix, err := OpenIndex(dir)
		require.NoError(t, err)
		defer ix.Close()
		require.Len(t, ix.Notes(), 1)
		assert.Contains(t, ix.Notes()[0], "interrupted")
		assert.Contains(t, ix.Notes()[0], dir)
	})
	t.Run("foreign index kept", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "foreign")
		bi, err := bleve.New(dir, bleve.NewIndexMapping())
		require.NoError(t, err)
		require.NoError(t, bi.Close())
		_, err = OpenIndex(dir)
		assert.ErrorIs(t, err, ErrNotIndex)
		_, err = os.Stat(filepath.Join(dir, idxMetaFile))
		assert.NoError(t, err)
	})
}

// A damaged index (a segment gone, root.bolt emptied) is refused by every
// open with what is wrong and how to make it again, never opened as an
// empty index nor with Bleve's own words.
func TestOpenIndexDamaged(t *testing.T) {
	for _, c := range []struct {
		name, want string
		damage     func(t *testing.T, store string)
	}{
		{"missing segment", "segment store/", func(t *testing.T, store string) {
			segs, err := filepath.Glob(filepath.Join(store, "*.zap"))
			require.NoError(t, err)
			require.NotEmpty(t, segs)
			require.NoError(t, os.Remove(segs[0]))
		}},
		{"empty root.bolt", "store/root.bolt is empty", func(t *testing.T, store string) {
			require.NoError(t, os.Truncate(filepath.Join(store, "root.bolt"), 0))
		}},
		{"missing root.bolt", "store/root.bolt is missing", func(t *testing.T, store string) {
			require.NoError(t, os.Remove(filepath.Join(store, "root.bolt")))
		}},
	} {
		for _, open := range []struct {
			name string
			fn   func(string) (*Index, error)
		}{{"writer", OpenIndex}, {"reader", OpenIndexReadOnly}} {
			t.Run(c.name+"/"+open.name, func(t *testing.T) {
				dir := filepath.Join(t.TempDir(), "idx")
				ix, err := OpenIndex(dir)
				require.NoError(t, err)
				_, err = ix.Add(idxTestDocs(3))
				require.NoError(t, err)
				require.NoError(t, ix.Close())
				c.damage(t, filepath.Join(dir, "store"))

				ix, err = open.fn(dir)
				if ix != nil {
					_ = ix.Close()
				}
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrIndexDamaged)
				msg := err.Error()
				assert.Contains(t, msg, c.want)
				assert.Contains(t, msg, "the index at "+dir+" is damaged")
				assert.Contains(t, msg, "rm -r "+dir)
				assert.NotContains(t, msg, "mapping JSON")
				assert.NotContains(t, msg, "bad file descriptor")
			})
		}
	}
}
