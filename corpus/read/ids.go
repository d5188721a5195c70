package read

import (
	"errors"
	"io/fs"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// ErrArticleIDChanged: an article's id was not the one its file name or
// record gives (two files would have shared it, or it held control
// characters). The article is kept; the note says which id it has.
var ErrArticleIDChanged = errors.New("article id changed")

// planIDs looks at the names of every file the walk will read, before
// reading any, and gives the files whose default id (the file name
// without extension) is shared with another a longer one: the path
// relative to the argument it was found under, without extension
// ("a/story", "b/story"), or with it when that is shared too ("story.md",
// "story.html"). Both files of a pair get one, so the ids do not depend
// on reading order, and no article silently replaces another.
func (r *readRun) planIDs(src walkSource, roots []string) {
	type file struct{ path, rel string }
	var files []file
	for _, root := range roots {
		info, err := src.stat(root)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			if formatOf(root) != "" {
				files = append(files, file{root, filepath.ToSlash(filepath.Clean(root))})
			}
			continue
		}
		_ = src.walk(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if skip, verdict := skipHidden(root, p, d); skip {
				return verdict
			}
			if !d.IsDir() && formatOf(p) != "" {
				rel, err := filepath.Rel(root, p)
				if err != nil {
					rel = p
				}
				files = append(files, file{p, filepath.ToSlash(rel)})
			}
			return nil
		})
	}
	byStem := map[string]int{}
	byRel := map[string]int{}
	seen := map[string]bool{}
	uniq := files[:0]
	for _, f := range files {
		if k := filepath.Clean(f.path); !seen[k] { // a file named twice is one file
			seen[k] = true
			uniq = append(uniq, f)
		}
	}
	files = uniq
	for _, f := range files {
		byStem[cleanID(articleFileStem(f.path))]++
		byRel[strings.TrimSuffix(f.rel, path.Ext(f.rel))]++
	}
	for _, f := range files {
		if byStem[cleanID(articleFileStem(f.path))] < 2 {
			continue
		}
		id := strings.TrimSuffix(f.rel, path.Ext(f.rel))
		if byRel[id] > 1 {
			id = f.rel
		}
		if r.ids == nil {
			r.ids = map[string]string{}
		}
		r.ids[filepath.Clean(f.path)] = cleanID(id)
	}
}

// assignID gives a its planned id when it still has the default one its
// file name gave it (a record's "name-N" included), removes control
// characters, and notes each change once per file.
func (r *readRun) assignID(a *article.Article) {
	stem := articleFileStem(a.Path)
	if id, ok := r.ids[filepath.Clean(a.Path)]; ok && a.Path != "" {
		switch {
		case a.ID == stem:
			r.noteID(a, id, "another file has the same name")
		case strings.HasPrefix(a.ID, stem+"-") && isDigits(a.ID[len(stem)+1:]):
			r.noteID(a, id+a.ID[len(stem):], "another file has the same name")
		}
	}
	if c := cleanID(a.ID); c != a.ID {
		r.noteID(a, c, "control characters replaced")
	}
}

func (r *readRun) noteID(a *article.Article, id, why string) {
	old := a.ID
	a.ID = id
	if r.noted == nil {
		r.noted = map[string]bool{}
	}
	if r.noted[a.Path] {
		return
	}
	r.noted[a.Path] = true
	r.addProblem(newReadProblem(a.Path, 0, ErrArticleIDChanged,
		"article id "+strconv.Quote(id)+" instead of "+strconv.Quote(old)+" ("+why+")"))
}

// cleanID replaces control characters (a newline in a file name, say),
// which would break line-based output, with "_".
func cleanID(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '_'
		}
		return r
	}, s)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
