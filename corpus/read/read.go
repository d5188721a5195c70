package read

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path"
	"strings"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// DefaultMaxBytes is the size limit of one file (of one record in JSONL).
const DefaultMaxBytes = 20 << 20

// Options tune the readers.
type Options struct {
	// MaxBytes is the largest file read; larger files are reported and
	// skipped. JSONL files are streamed and the limit applies to each line.
	// Zero or less means DefaultMaxBytes.
	MaxBytes int64
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Stats counts what a walk saw.
type Stats struct {
	Files    int   // files of a supported format that were read
	Articles int   // articles passed on, duplicates included
	Bytes    int64 // bytes read
	// SkippedExt counts files left alone for their extension ("" when none).
	SkippedExt map[string]int
	// SkippedFiles lists files of a supported format that gave no article
	// because of a problem (binary, empty, too large, unreadable).
	SkippedFiles []string
}

// Formats, from the file extension.
const (
	formatTXT   = "txt"
	formatMD    = "md"
	formatHTML  = "html"
	formatJSON  = "json"
	formatJSONL = "jsonl"
)

// formatOf maps a file name to a reader format, "" when unsupported.
func formatOf(name string) string {
	switch strings.ToLower(path.Ext(strings.ReplaceAll(name, `\`, "/"))) {
	case ".txt", ".text":
		return formatTXT
	case ".md", ".markdown":
		return formatMD
	case ".html", ".htm", ".xhtml":
		return formatHTML
	case ".json":
		return formatJSON
	case ".jsonl", ".ndjson":
		return formatJSONL
	}
	return ""
}

// File reads one file of any supported format.
func File(name string, opt Options) ([]*article.Article, []Problem) {
	var c articleCollector
	run := newReadRun(opt, c.add)
	info, err := os.Stat(name)
	switch {
	case err != nil:
		run.problemFromStat(name, err)
	case info.IsDir():
		run.addProblem(newReadProblem(name, 0, ErrFileUnreadable, "is a directory, not a file"))
	default:
		_ = run.readEntry(osWalkSource, name, info)
	}
	return c.list, run.problems
}

// Bytes parses data as if read from name (format from name's
// extension); used for drafts and embedded files.
func Bytes(name string, data []byte, opt Options) ([]*article.Article, []Problem) {
	var c articleCollector
	run := newReadRun(opt, c.add)
	if formatOf(name) == "" {
		run.addProblem(unsupportedProblem(name))
		return nil, run.problems
	}
	_ = run.readData(name, data)
	return c.list, run.problems
}

func unsupportedProblem(name string) Problem {
	return newReadProblem(name, 0, ErrUnsupportedFormat,
		fmt.Sprintf("unsupported file extension %q (want .txt, .md, .html, .json or .jsonl)", path.Ext(name)))
}

// fileOpener opens a file for reading; os and fs.FS files both fit.
type fileOpener func() (io.ReadCloser, error)

// fileSized is the part of fs.FileInfo a read needs.
type fileSized interface{ Size() int64 }

// readFile reads one file of a supported format, streaming JSONL.
func (r *readRun) readFile(name string, info fileSized, open fileOpener) error {
	format := formatOf(name)
	if format == "" {
		r.addProblem(unsupportedProblem(name))
		return nil
	}
	r.stats.Files++
	before, problemsBefore := r.stats.Articles, len(r.problems)
	err := r.readFileFormat(name, format, info, open)
	if r.stats.Articles == before && len(r.problems) > problemsBefore {
		r.stats.SkippedFiles = append(r.stats.SkippedFiles, name)
	}
	return err
}

func (r *readRun) readFileFormat(name, format string, info fileSized, open fileOpener) error {
	max := r.opt.maxBytes()
	if format != formatJSONL && info.Size() > max {
		r.addProblem(tooLargeProblem(name, 0, info.Size(), max))
		return nil
	}
	f, err := open()
	if err != nil {
		r.addProblem(newReadProblem(name, 0, ErrFileUnreadable, "cannot open: "+err.Error()))
		return nil
	}
	defer f.Close()
	if format == formatJSONL {
		n, err := readJSONL(name, f, max, r)
		r.stats.Bytes += n
		return err
	}
	// The file may have grown since it was measured: never read past max.
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	r.stats.Bytes += int64(len(data))
	if err != nil {
		r.addProblem(newReadProblem(name, 0, ErrFileUnreadable, "cannot read: "+err.Error()))
		return nil
	}
	return r.readData(name, data)
}

func tooLargeProblem(name string, line int, size, max int64) Problem {
	return newReadProblem(name, line, ErrFileTooLarge,
		fmt.Sprintf("%d bytes, over the limit of %d bytes", size, max))
}

// readData dispatches bytes to the reader for name's format.
func (r *readRun) readData(name string, data []byte) error {
	format := formatOf(name)
	max := r.opt.maxBytes()
	if format != formatJSONL && int64(len(data)) > max {
		r.addProblem(tooLargeProblem(name, 0, int64(len(data)), max))
		return nil
	}
	var a *article.Article
	var problems []Problem
	switch format {
	case formatTXT:
		a, problems = readTXT(name, data)
	case formatMD:
		a, problems = readMD(name, data)
	case formatHTML:
		a, problems = readHTML(name, data)
	case formatJSON:
		return readJSON(name, data, r)
	case formatJSONL:
		_, err := readJSONL(name, bytes.NewReader(data), max, r)
		return err
	default:
		problems = []Problem{unsupportedProblem(name)}
	}
	r.addProblem(problems...)
	if a == nil {
		return nil
	}
	return r.emit(a)
}
