package kb

import (
	"bytes"
	_ "embed"
	"encoding/gob"
	"errors"
	"fmt"
)

// The embedded YAML (data/*.yml) stays the source of truth. compiled.gob
// is the same files already decoded, with the line numbers Validate
// reports, so that a run of the program does not parse YAML. A test
// proves that it equals the YAML; after editing the YAML, run:
//
//go:generate go test -run TestCompiledMatchesYAML -update .

//go:embed compiled.gob
var compiledData []byte

// compiledVersion changes whenever compiledFile or File changes shape.
const compiledVersion = 2

// compiledFile is one parsed file with the lines gob cannot see (they are
// unexported), in the order of the file's lists.
type compiledFile struct {
	Name        string
	File        File
	PlaceLines  []int
	InstLines   []int
	OfficeLines []int
	TermLines   [][]int // per office
}

type compiledKB struct {
	Version int
	Files   []compiledFile
}

// compile parses the YAML files and encodes them; any error in a file is
// an error here (the embedded data must load cleanly).
func compile(files []namedFile) ([]byte, error) {
	c := compiledKB{Version: compiledVersion}
	for _, pf := range parseAll(files) {
		if len(pf.errs) > 0 {
			return nil, errors.Join(pf.errs...)
		}
		cf := compiledFile{Name: pf.name, File: *pf.file}
		for _, p := range pf.file.Places {
			if p == nil {
				return nil, &Error{File: pf.name, Msg: "empty place entry"}
			}
			cf.PlaceLines = append(cf.PlaceLines, p.line)
		}
		for _, in := range pf.file.Institutions {
			if in == nil {
				return nil, &Error{File: pf.name, Msg: "empty institution entry"}
			}
			cf.InstLines = append(cf.InstLines, in.line)
		}
		for _, o := range pf.file.Offices {
			if o == nil {
				return nil, &Error{File: pf.name, Msg: "empty office entry"}
			}
			cf.OfficeLines = append(cf.OfficeLines, o.line)
			lines := make([]int, len(o.Terms))
			for i := range o.Terms {
				lines[i] = o.Terms[i].line
			}
			cf.TermLines = append(cf.TermLines, lines)
		}
		c.Files = append(c.Files, cf)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&c); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decodeCompiled is the inverse of compile.
func decodeCompiled(data []byte) ([]parsedFile, error) {
	var c compiledKB
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&c); err != nil {
		return nil, fmt.Errorf("kb: compiled data: %w (run go generate ./rules/kb)", err)
	}
	if c.Version != compiledVersion {
		return nil, fmt.Errorf("kb: compiled data is version %d, want %d (run go generate ./rules/kb)", c.Version, compiledVersion)
	}
	out := make([]parsedFile, len(c.Files))
	for i := range c.Files {
		cf := &c.Files[i]
		f := &cf.File
		ok := len(cf.PlaceLines) == len(f.Places) && len(cf.InstLines) == len(f.Institutions) &&
			len(cf.OfficeLines) == len(f.Offices) && len(cf.TermLines) == len(f.Offices)
		if !ok {
			return nil, fmt.Errorf("kb: compiled data of %s is inconsistent (run go generate ./rules/kb)", cf.Name)
		}
		for j, p := range f.Places {
			p.line = cf.PlaceLines[j]
		}
		for j, in := range f.Institutions {
			in.line = cf.InstLines[j]
		}
		for j, o := range f.Offices {
			o.line = cf.OfficeLines[j]
			if len(cf.TermLines[j]) != len(o.Terms) {
				return nil, fmt.Errorf("kb: compiled data of %s is inconsistent (run go generate ./rules/kb)", cf.Name)
			}
			for t := range o.Terms {
				o.Terms[t].line = cf.TermLines[j][t]
			}
		}
		out[i] = parsedFile{name: cf.Name, file: f}
	}
	return out, nil
}
