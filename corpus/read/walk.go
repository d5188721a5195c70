package read

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// Walk reads every supported file under paths (files or directories,
// recursive, hidden files and directories skipped, directory entries in
// sorted order so output is deterministic) and calls fn for each article
// as soon as it is read, so callers can index many articles without holding
// all texts. Duplicate IDs are reported across the whole walk; fn sees both
// articles and the later one should win. fn returning an error stops the
// walk with that error.
func Walk(paths []string, opt Options, fn func(*article.Article) error) (Stats, []Problem, error) {
	run := newReadRun(opt, fn)
	run.planIDs(osWalkSource, paths)
	for _, p := range paths {
		if err := run.walkRoot(osWalkSource, p); err != nil {
			return run.stats, run.problems, err
		}
	}
	return run.stats, run.problems, nil
}

// WalkFS is Walk over an fs.FS (the embedded sample corpus).
func WalkFS(fsys fs.FS, root string, opt Options, fn func(*article.Article) error) (Stats, []Problem, error) {
	run := newReadRun(opt, fn)
	src := walkSource{
		stat: func(name string) (fs.FileInfo, error) { return fs.Stat(fsys, name) },
		open: func(name string) (io.ReadCloser, error) { return fsys.Open(name) },
		walk: func(root string, fn fs.WalkDirFunc) error { return fs.WalkDir(fsys, root, fn) },
	}
	run.planIDs(src, []string{root})
	err := run.walkRoot(src, root)
	return run.stats, run.problems, err
}

// All collects Walk's articles in reading order; an article whose ID
// was read before takes the earlier one's place.
func All(paths []string, opt Options) ([]*article.Article, Stats, []Problem, error) {
	var c articleCollector
	stats, problems, err := Walk(paths, opt, c.add)
	return c.list, stats, problems, err
}

// AllFS is All over an fs.FS.
func AllFS(fsys fs.FS, root string, opt Options) ([]*article.Article, Stats, []Problem, error) {
	var c articleCollector
	stats, problems, err := WalkFS(fsys, root, opt, c.add)
	return c.list, stats, problems, err
}

// walkSource is a file system as the walk needs it: the OS or an fs.FS.
type walkSource struct {
	stat func(name string) (fs.FileInfo, error)
	open func(name string) (io.ReadCloser, error)
	walk func(root string, fn fs.WalkDirFunc) error
	// realPath resolves symbolic links; nil where there are none to
	// follow (an fs.FS).
	realPath func(name string) (string, error)
}

var osWalkSource = walkSource{
	stat:     os.Stat,
	open:     func(name string) (io.ReadCloser, error) { return os.Open(name) },
	walk:     filepath.WalkDir,
	realPath: filepath.EvalSymlinks,
}

// errStopWalk carries the callback's error out of WalkDir without letting
// WalkDir interpret it (a callback returning fs.SkipAll must still stop).
type errStopWalk struct{ err error }

func (e errStopWalk) Error() string { return e.err.Error() }

// walkRoot reads one path given by the user: a file, or a directory tree.
func (r *readRun) walkRoot(src walkSource, root string) error {
	info, err := src.stat(root)
	if err != nil {
		r.problemFromStat(root, err)
		return nil
	}
	if !info.IsDir() {
		// Named by the user: an unsupported extension is worth a word.
		if formatOf(root) == "" {
			r.skipExt(root)
			r.addProblem(unsupportedProblem(root))
			return nil
		}
		return r.readEntry(src, root, info)
	}
	return r.walkTree(src, root, map[string]bool{})
}

// walkTree reads a directory tree. Directories reached through symbolic
// links are followed, each real directory once, so a link that loops
// back is read no further.
func (r *readRun) walkTree(src walkSource, root string, visited map[string]bool) error {
	if src.realPath != nil {
		real, err := src.realPath(root)
		if err != nil {
			r.problemFromStat(root, err)
			return nil
		}
		if visited[real] {
			return nil
		}
		visited[real] = true
		// WalkDir does not follow a root that is itself a link; a
		// trailing separator makes it.
		if !strings.HasSuffix(root, string(filepath.Separator)) {
			root += string(filepath.Separator)
		}
	}
	err := src.walk(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.addProblem(newReadProblem(p, 0, ErrFileUnreadable, "cannot read: "+err.Error()))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if skip, verdict := skipHidden(root, p, d); skip {
			return verdict
		}
		if d.IsDir() {
			if p != root && src.realPath != nil {
				// Read each real directory once, however reached.
				if real, err := src.realPath(p); err == nil {
					if visited[real] {
						return fs.SkipDir
					}
					visited[real] = true
				}
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			info, err := src.stat(p)
			if err != nil {
				r.problemFromStat(p, err)
				return nil
			}
			if info.IsDir() {
				return r.followDir(src, p, visited)
			}
		}
		if formatOf(p) == "" {
			r.skipExt(p)
			return nil
		}
		info, err := entryInfo(src, p, d)
		if err != nil {
			r.problemFromStat(p, err)
			return nil
		}
		if err := r.readEntry(src, p, info); err != nil {
			return errStopWalk{err}
		}
		return nil
	})
	var stop errStopWalk
	if errors.As(err, &stop) {
		return stop.err
	}
	return err
}

// followDir walks a directory reached through a symbolic link.
func (r *readRun) followDir(src walkSource, p string, visited map[string]bool) error {
	if src.realPath == nil {
		r.addProblem(newReadProblem(p, 0, ErrFileUnreadable, "symbolic link to a directory, not followed"))
		return nil
	}
	if err := r.walkTree(src, p, visited); err != nil {
		return errStopWalk{err}
	}
	return nil
}

// entryInfo follows a symbolic link to what it points at.
func entryInfo(src walkSource, p string, d fs.DirEntry) (fs.FileInfo, error) {
	if d.Type()&fs.ModeSymlink != 0 {
		return src.stat(p)
	}
	return d.Info()
}

// readEntry reads a regular file; directories met through a symbolic link
// are not followed (they could loop), devices and pipes are not read.
func (r *readRun) readEntry(src walkSource, p string, info fs.FileInfo) error {
	switch {
	case info.IsDir():
		r.addProblem(newReadProblem(p, 0, ErrFileUnreadable, "symbolic link to a directory, not followed"))
		return nil
	case !info.Mode().IsRegular():
		r.addProblem(newReadProblem(p, 0, ErrFileUnreadable, "not a regular file"))
		return nil
	}
	return r.readFile(p, info, func() (io.ReadCloser, error) { return src.open(p) })
}

func (r *readRun) skipExt(name string) {
	r.stats.SkippedExt[strings.ToLower(path.Ext(filepath.ToSlash(name)))]++
}

// skipHidden says whether a walk from root passes over p, a dot file or
// dot directory below it, and what the walk function returns then.
func skipHidden(root, p string, d fs.DirEntry) (bool, error) {
	if p == root || !isHiddenName(d.Name()) {
		return false, nil
	}
	if d.IsDir() {
		return true, fs.SkipDir
	}
	return true, nil
}

// isHiddenName: dot files and dot directories (".git", ".DS_Store").
func isHiddenName(name string) bool {
	return strings.HasPrefix(name, ".") && name != "." && name != ".."
}
