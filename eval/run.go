package eval

import (
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// CheckStory runs the real pipeline (read, extract, index, check) over
// the articles in dir, in a throw-away index, as `crosscheck check
// --index TMP dir` does.
func CheckStory(dir string, opt pipeline.Options) (*pipeline.Report, pipeline.Stats, error) {
	tmp, err := os.MkdirTemp("", "crosscheck-eval-")
	if err != nil {
		return nil, pipeline.Stats{}, err
	}
	defer os.RemoveAll(tmp)
	ix, err := store.OpenIndex(filepath.Join(tmp, "index"))
	if err != nil {
		return nil, pipeline.Stats{}, err
	}
	defer ix.Close()
	return pipeline.Check(pipeline.Source{Paths: []string{dir}}, ix, opt)
}
