package read_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// symlinkTree builds:
//
//	root/real/a.txt
//	root/alias     -> real      (a second way to the same folder)
//	root/loop      -> .         (a link back up)
//	root/outside   -> ../elsewhere, holding b.txt
//	rootlink       -> root
func symlinkTree(t *testing.T) (base string) {
	t.Helper()
	base = t.TempDir()
	root := filepath.Join(base, "root")
	require.NoError(t, os.MkdirAll(filepath.Join(root, "real"), 0o755))
	require.NoError(t, os.MkdirAll(filepath.Join(base, "elsewhere"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(root, "real", "a.txt"), []byte("Monday, March 3, 2025\nA\nThe Orvel bridge was closed.\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(base, "elsewhere", "b.txt"), []byte("Tuesday, March 4, 2025\nB\nThe Orvel bridge reopened.\n"), 0o644))
	for link, target := range map[string]string{
		filepath.Join(root, "alias"):    "real",
		filepath.Join(root, "loop"):     ".",
		filepath.Join(root, "outside"):  filepath.Join("..", "elsewhere"),
		filepath.Join(base, "rootlink"): "root",
	} {
		if err := os.Symlink(target, link); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	return base
}

// Directory links are followed, each real folder read once (a loop ends),
// and never counted as files without an extension.
func TestWalkFollowsDirectoryLinks(t *testing.T) {
	base := symlinkTree(t)
	for _, root := range []string{filepath.Join(base, "root"), filepath.Join(base, "rootlink")} {
		t.Run(filepath.Base(root), func(t *testing.T) {
			var paths []string
			st, problems, err := read.Walk([]string{root}, read.Options{}, func(a *article.Article) error {
				paths = append(paths, a.Path)
				return nil
			})
			require.NoError(t, err)
			assert.Empty(t, problems)
			assert.Empty(t, st.SkippedExt, "a directory link is not a file without an extension")
			// In sorted order the first way to a folder ("alias" before
			// "real") is the one it is read by.
			assert.Equal(t, []string{filepath.Join(root, "alias", "a.txt"), filepath.Join(root, "outside", "b.txt")}, paths)
		})
	}
}
