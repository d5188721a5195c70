package read_test

import (
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	return dir
}

// Every file gets its own id: names that collide get the path relative
// to the argument (with the extension when that collides too), with a
// note; control characters never reach an id.
func TestWalkGivesEveryFileItsOwnID(t *testing.T) {
	for _, c := range []struct {
		name  string
		files map[string]string
		want  []string
		notes int
	}{
		{"unique names stay short", map[string]string{"a/one.txt": "One.", "b/two.txt": "Two."}, []string{"one", "two"}, 0},
		{"same name in two folders", map[string]string{"a/story.txt": "A.", "b/story.txt": "B.", "c/other.txt": "C."}, []string{"a/story", "b/story", "other"}, 2},
		{"same stem, two formats", map[string]string{"bad.md": "Body.", "bad.html": "<p>Body two.</p>"}, []string{"bad.html", "bad.md"}, 2},
		{"records of same-name feeds", map[string]string{"x/feed.jsonl": `{"text":"One."}` + "\n" + `{"text":"Two."}` + "\n", "y/feed.jsonl": `{"text":"Three."}` + "\n"},
			[]string{"x/feed-1", "x/feed-2", "y/feed-1"}, 2},
		{"explicit ids kept", map[string]string{"x/feed.jsonl": `{"id":"k1","text":"One."}` + "\n", "y/feed.jsonl": `{"id":"k2","text":"Two."}` + "\n"}, []string{"k1", "k2"}, 0},
		{"newline in a file name", map[string]string{"odd\nname.txt": "Text."}, []string{"odd_name"}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			dir := writeTree(t, c.files)
			var ids []string
			_, problems, err := read.Walk([]string{dir}, read.Options{}, func(a *article.Article) error {
				ids = append(ids, a.ID)
				return nil
			})
			require.NoError(t, err)
			sort.Strings(ids)
			assert.Equal(t, c.want, ids)
			notes := 0
			for _, p := range problems {
				require.True(t, errors.Is(p, read.ErrArticleIDChanged), "%v", p)
				assert.True(t, p.Kept())
				notes++
			}
			assert.Equal(t, c.notes, notes, "%v", problems)
		})
	}
}
