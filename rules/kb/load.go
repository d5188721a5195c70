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
	"time"

	"gopkg.in/yaml.v3"
)

//go:embed data/*.yml
var defaultData embed.FS

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

// Default loads the embedded knowledge base.
func Default() (*KB, error) { return Load() }

// Load reads the embedded files and then every *.yml / *.yaml file in dirs.
// A user's office with the same key as a default one replaces it; places
// and institutions with the same key or name likewise. Every problem in
// every file is reported, joined into one error.
func Load(dirs ...string) (*KB, error) {
	var files []namedFile
	ents, _ := fs.ReadDir(defaultData, "data")
	for _, e := range ents {
		b, err := defaultData.ReadFile(path.Join("data", e.Name()))
		if err != nil {
			return nil, err
		}
		files = append(files, namedFile{"kb/" + e.Name(), b})
	}
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
	return build(files)
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
	return &f, nil
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

func build(files []namedFile) (*KB, error) {
	k := &KB{
		placeByWord:   map[string]*Place{},
		instByWord:    map[string]*Institution{},
		officeByKey:   map[string]*Office{},
		officeByTitle: map[string]*Office{},
		govWord:       map[string][]*Office{},
	}
	var errs []error
	places := map[string]*Place{}
	insts := map[string]*Institution{}
	var placeOrder, instOrder, officeOrder []string
	for _, nf := range files {
		f, ferrs := Parse(nf.name, nf.data)
		if len(ferrs) > 0 {
			errs = append(errs, ferrs...)
			continue
		}
		for _, p := range f.Places {
			if p.Key == "" || p.Name == "" {
				errs = append(errs, &Error{File: nf.name, Msg: fmt.Sprintf("place %q needs key and name", p.Name)})
				continue
			}
			if _, seen := places[p.Key]; !seen {
				placeOrder = append(placeOrder, p.Key)
			}
			places[p.Key] = p
		}
		for _, in := range f.Institutions {
			if in.Name == "" || in.Country == "" {
				errs = append(errs, &Error{File: nf.name, Msg: fmt.Sprintf("institution %q needs name and country", in.Name)})
				continue
			}
			key := normWord(in.Name)
			if _, seen := insts[key]; !seen {
				instOrder = append(instOrder, key)
			}
			insts[key] = in
		}
		for _, o := range f.Offices {
			if o.Key == "" || o.Body == "" {
				errs = append(errs, &Error{File: nf.name, Msg: fmt.Sprintf("office %q needs key and body", o.Title)})
				continue
			}
			if err := parseTerms(nf.name, o); err != nil {
				errs = append(errs, err...)
				continue
			}
			if _, seen := k.officeByKey[o.Key]; !seen {
				officeOrder = append(officeOrder, o.Key)
			}
			k.officeByKey[o.Key] = o
		}
	}
	for _, key := range placeOrder {
		p := places[key]
		k.Places = append(k.Places, p)
		for _, w := range append(append(append([]string{p.Name}, p.Aliases...), p.Adjectives...), p.Demonyms...) {
			nw := normWord(w)
			if _, taken := k.placeByWord[nw]; !taken || p.Kind == "country" {
				k.placeByWord[nw] = p
			}
		}
	}
	for _, key := range instOrder {
		in := insts[key]
		k.Institutions = append(k.Institutions, in)
		for _, w := range append([]string{in.Name}, in.Aliases...) {
			k.instByWord[strings.TrimPrefix(normWord(w), "the ")] = in
		}
	}
	for _, key := range officeOrder {
		o := k.officeByKey[key]
		k.Offices = append(k.Offices, o)
		for _, a := range append([]string{o.Title}, o.Aliases...) {
			k.officeByTitle[o.Body+"|"+normWord(a)] = o
		}
		for _, g := range o.GovernmentWords {
			k.govWord[normWord(g)] = append(k.govWord[normWord(g)], o)
		}
	}
	if len(errs) > 0 {
		return k, errors.Join(errs...)
	}
	return k, nil
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
			errs = append(errs, &Error{File: file, Msg: fmt.Sprintf("office %s, %s: start: %v", o.Key, t.Holder, err)})
		}
		if t.End != "" {
			if t.end, err = ParseDate(t.End); err != nil {
				errs = append(errs, &Error{File: file, Msg: fmt.Sprintf("office %s, %s: end: %v", o.Key, t.Holder, err)})
			}
		}
	}
	sort.SliceStable(o.Terms, func(i, j int) bool { return o.Terms[i].start.Before(o.Terms[j].start) })
	return errs
}
