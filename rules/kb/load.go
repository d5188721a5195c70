package kb

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"
)

//go:embed data/*.yml
var defaultData embed.FS

// embeddedFiles is the embedded YAML, the source of truth that
// compiled.gob is made from.
func embeddedFiles() ([]namedFile, error) {
	var files []namedFile
	ents, _ := fs.ReadDir(defaultData, "data")
	for _, e := range ents {
		if path.Ext(e.Name()) != ".yml" {
			continue
		}
		b, err := defaultData.ReadFile(path.Join("data", e.Name()))
		if err != nil {
			return nil, err
		}
		files = append(files, namedFile{"kb/" + e.Name(), b})
	}
	return files, nil
}

// File is the shape of one knowledge-base file; any of the lists may be absent.
type File struct {
	Places       []*Place       `yaml:"places"`
	Institutions []*Institution `yaml:"institutions"`
	Offices      []*Office      `yaml:"offices"`
}

// Error is a problem in a knowledge-base file, with file and line.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

var (
	defaultOnce sync.Once
	defaultKB   *KB
	defaultErr  error
)

// Default returns the embedded knowledge base, loaded once and shared:
// callers must not modify it.
func Default() (*KB, error) {
	defaultOnce.Do(func() { defaultKB, defaultErr = Load() })
	return defaultKB, defaultErr
}

// Load reads the embedded files and then every *.yml / *.yaml file in dirs.
// A user's office with the same key as a default one replaces it; places
// and institutions with the same key or name likewise. Every problem in
// every file is reported, joined into one error.
//
// The embedded files come from their compiled form (compiled.gob, made
// from data/*.yml by `go generate`): decoding it costs a millisecond
// where parsing the YAML costs tens, on every run of the program.
func Load(dirs ...string) (*KB, error) {
	parsed, err := decodeCompiled(compiledData)
	if err != nil {
		return nil, err
	}
	var files []namedFile
	for _, d := range dirs {
		matches, err := userFiles(d)
		if err != nil {
			return nil, err
		}
		for _, m := range matches {
			b, err := os.ReadFile(m)
			if err != nil {
				return nil, &Error{File: m, Msg: err.Error()}
			}
			files = append(files, namedFile{m, b})
		}
	}
	return build(append(parsed, parseAll(files)...))
}

type namedFile struct {
	name string
	data []byte
}

func userFiles(dir string) ([]string, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, &Error{File: dir, Msg: err.Error()}
	}
	if !st.IsDir() {
		return []string{dir}, nil
	}
	var out []string
	for _, pat := range []string{"*.yml", "*.yaml"} {
		m, _ := filepath.Glob(filepath.Join(dir, pat))
		out = append(out, m...)
	}
	sort.Strings(out)
	return out, nil
}

// Parse decodes one file strictly: unknown keys and wrong types are errors.
func Parse(name string, data []byte) (*File, []error) {
	var f File
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, yamlErrors(name, err)
	}
	annotateLines(&f, data)
	return &f, nil
}

// annotateLines records the line of every place, institution, office and
// term so that Validate can point at it. The strict decode above has
// already accepted the file, so the node tree has the same shape.
func annotateLines(f *File, data []byte) {
	var doc yaml.Node
	if yaml.Unmarshal(data, &doc) != nil || len(doc.Content) == 0 {
		return
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		items := root.Content[i+1]
		if items.Kind != yaml.SequenceNode {
			continue
		}
		for j, n := range items.Content {
			switch root.Content[i].Value {
			case "places":
				if j < len(f.Places) && f.Places[j] != nil {
					f.Places[j].line = n.Line
				}
			case "institutions":
				if j < len(f.Institutions) && f.Institutions[j] != nil {
					f.Institutions[j].line = n.Line
				}
			case "offices":
				if j < len(f.Offices) && f.Offices[j] != nil {
					f.Offices[j].line = n.Line
					annotateTerms(f.Offices[j], n)
				}
			}
		}
	}
}

func annotateTerms(o *Office, n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value != "terms" || n.Content[i+1].Kind != yaml.SequenceNode {
			continue
		}
		for j, t := range n.Content[i+1].Content {
			if j < len(o.Terms) {
				o.Terms[j].line = t.Line
			}
		}
	}
}

// yamlErrors splits yaml.v3's multi-line errors into file:line errors.
func yamlErrors(name string, err error) []error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		var out []error
		for _, m := range te.Errors {
			out = append(out, lineError(name, m))
		}
		return out
	}
	return []error{lineError(name, strings.TrimPrefix(err.Error(), "yaml: "))}
}

func lineError(name, msg string) error {
	var line int
	if strings.HasPrefix(msg, "line ") {
		rest := msg[5:]
		if i := strings.IndexByte(rest, ':'); i > 0 {
			if _, err := fmt.Sscanf(rest[:i], "%d", &line); err == nil {
				msg = strings.TrimSpace(rest[i+1:])
			}
		}
	}
	return &Error{File: name, Line: line, Msg: msg}
}

// ParseDate reads YYYY-MM-DD, YYYY-MM or YYYY (the first day of the period).
func ParseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD", s)
}

func parseTerms(file string, o *Office) []error {
	var errs []error
	for i := range o.Terms {
		t := &o.Terms[i]
		var err error
		if t.start, err = ParseDate(t.Start); err != nil {
			errs = append(errs, &Error{File: file, Line: t.line, Msg: fmt.Sprintf("office %s, %s: start: %v", o.Key, t.Holder, err)})
		}
		if t.End != "" {
			if t.end, err = ParseDate(t.End); err != nil {
				errs = append(errs, &Error{File: file, Line: t.line, Msg: fmt.Sprintf("office %s, %s: end: %v", o.Key, t.Holder, err)})
			}
		}
	}
	if o.Verified != "" {
		var err error
		if o.verified, err = ParseDate(o.Verified); err != nil {
			errs = append(errs, &Error{File: file, Line: o.line, Msg: fmt.Sprintf("office %s: verified_until: %v", o.Key, err)})
		}
	}
	// Keep the terms in time order for lookups, but remember a file that
	// had them out of order: Validate reports it.
	o.unsorted = !sort.SliceIsSorted(o.Terms, func(i, j int) bool { return o.Terms[i].start.Before(o.Terms[j].start) })
	sort.SliceStable(o.Terms, func(i, j int) bool { return o.Terms[i].start.Before(o.Terms[j].start) })
	return errs
}
