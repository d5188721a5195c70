package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStoriesAreRealistic keeps the held-out stories in shape: 4-6
// articles of 120-600 words (short wire briefs included) in every input format, and HTML pages with
// the furniture (scripts, menus, footers) the readers must drop.
func TestStoriesAreRealistic(t *testing.T) {
	for _, story := range storyDirs(t) {
		t.Run(filepath.Base(story), func(t *testing.T) {
			arts, _, problems, err := read.All([]string{story}, read.Options{})
			require.NoError(t, err)
			require.Empty(t, problems)
			assert.GreaterOrEqual(t, len(arts), 4, "articles")
			assert.LessOrEqual(t, len(arts), 6, "articles")
			for _, a := range arts {
				n := len(strings.Fields(a.Text))
				assert.GreaterOrEqual(t, n, 120, "%s: words", a.ID)
				assert.LessOrEqual(t, n, 600, "%s: words", a.ID)
				assert.True(t, strings.HasPrefix(a.ID, filepath.Base(story)+"-"), "%s: ids share the story prefix", a.ID)
			}
			formats := map[string]bool{}
			entries, err := os.ReadDir(story)
			require.NoError(t, err)
			for _, e := range entries {
				ext := filepath.Ext(e.Name())
				formats[ext] = true
				if ext != ".html" {
					continue
				}
				page, err := os.ReadFile(filepath.Join(story, e.Name()))
				require.NoError(t, err)
				for _, tag := range []string{"<script", "<nav", "<footer"} {
					assert.Contains(t, string(page), tag, e.Name())
				}
			}
			for _, ext := range []string{".txt", ".md", ".json", ".html"} {
				assert.True(t, formats[ext], "no %s article", ext)
			}
		})
	}
}
