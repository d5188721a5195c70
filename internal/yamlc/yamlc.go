// Package yamlc keeps embedded YAML files already parsed: a compact form
// of each file's node tree (yaml.Node), made at build time (go generate),
// from which a run rebuilds the tree without scanning the YAML again.
// A value is decoded exactly as yaml.Unmarshal decodes it.
//
// The YAML files stay the source of truth: a compiled file is used only
// while its source is the one it was compiled from (its length and
// CRC-32C: see sum), so an edited file is parsed as before until the
// compiled set is made again, and each package that uses one has a test
// that it is current, byte for byte.
//
// Unmarshal decodes most files straight from a second, flatter form of
// each document into plain Go types (fast.go), and leaves the rest to
// yaml.v3 on the tree.
package yamlc

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"reflect"
	"slices"
	"sync"

	"gopkg.in/yaml.v3"
)

// magic opens a compiled set; the digit changes with the format.
const magic = "yamlc3\n"

// Set is a compiled set of files, read from the form Compile writes.
type Set struct {
	data string
	once sync.Once
	byNm map[string]entry
	err  error
	// asked records each name a loader asked for: true once an ask found
	// the compiled tree (see Unasked).
	asked sync.Map
	// decoded records each file and target type Unmarshal was given,
	// for Equivalent.
	decoded sync.Map
}

type entry struct {
	size  uint64 // the source's length and CRC-32C (see sum)
	sum   uint32
	nodes string // the encoded tree; "" for an empty document
	fast  string // the fast form (fast.go); "" when yaml.v3 decodes it
}

// New reads a compiled set lazily (at its first use). A broken set is
// never used: every file is then parsed from its YAML.
func New(compiled string) *Set { return &Set{data: compiled} }

func (s *Set) index() {
	s.once.Do(func() {
		r := reader{s: s.data}
		if !r.prefix(magic) {
			s.err = errors.New("yamlc: not a compiled set")
			return
		}
		n := r.uvarint()
		s.byNm = make(map[string]entry, n)
		for i := uint64(0); i < n && r.err == nil; i++ {
			name := r.str()
			var e entry
			e.size = r.uvarint()
			if sum := r.str0(4); len(sum) == 4 { // else r.err
				e.sum = binary.LittleEndian.Uint32([]byte(sum))
			}
			e.nodes = r.str()
			e.fast = r.str()
			s.byNm[name] = e
		}
		if r.err != nil {
			s.byNm, s.err = nil, r.err
		}
	})
}

// Unmarshal decodes data, the contents of the file called name, into v as
// yaml.Unmarshal(data, v) does, from the compiled tree when the set holds
// one for exactly these contents.
func (s *Set) Unmarshal(name string, data []byte, v any) error {
	if s != nil {
		s.decoded.LoadOrStore(decodedKey{name, reflect.TypeOf(v)}, data)
		if e, ok := s.entry(name, data); ok && e.fast != "" && decodeFast(e.fast, v) {
			s.asked.Store(name, true)
			return nil
		}
		if n, ok := s.Node(name, data); ok {
			if n == nil { // an empty document: nothing to decode
				return nil
			}
			return n.Decode(v)
		}
	}
	return yaml.Unmarshal(data, v)
}

// Node returns the document node yaml.Unmarshal would make of data (nil
// for an empty document), and false when the set holds no tree for these
// contents of name.
func (s *Set) Node(name string, data []byte) (*yaml.Node, bool) {
	n, ok := s.node(name, data)
	if ok {
		s.asked.Store(name, true)
	} else {
		s.asked.LoadOrStore(name, false)
	}
	return n, ok
}

// Unasked lists the files the set holds that no loader found compiled
// since the set was made: never asked for under their name, or only with
// other contents. A loader that asks under another name than the
// file was compiled under parses the YAML at every run: slower, never
// wrong, so nothing else shows it. (Names asked for that the set does not
// hold are users' files too, and say nothing.)
func (s *Set) Unasked() []string {
	s.index()
	var out []string
	for name := range s.byNm {
		if hit, ok := s.asked.Load(name); !ok || !hit.(bool) {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}

// castagnoli is CRC-32C, which amd64 and arm64 compute in hardware.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sum tells a file from the one a set was compiled from. It guards
// against a YAML file edited without go generate, not against a forged
// one (both are built into the same binary), so a checksum does: with
// the length, an edit goes unseen with odds of 2^-32, and Current, what
// each package's test runs, compares the whole compiled set. SHA-256 of
// the ~370 KB of YAML a draft check reads took 0.3-0.9 ms; this ~0.04.
func sum(data []byte) uint32 { return crc32.Checksum(data, castagnoli) }

type decodedKey struct {
	name string
	typ  reflect.Type
}

// entry is the compiled form of these contents of name, if the set holds it.
func (s *Set) entry(name string, data []byte) (entry, bool) {
	s.index()
	e, ok := s.byNm[name]
	if !ok || e.size != uint64(len(data)) || e.sum != sum(data) {
		return entry{}, false
	}
	return e, true
}

func (s *Set) node(name string, data []byte) (*yaml.Node, bool) {
	e, ok := s.entry(name, data)
	if !ok {
		return nil, false
	}
	if e.nodes == "" {
		return nil, true
	}
	n, err := decodeTree(e.nodes)
	if err != nil {
		return nil, false
	}
	return n, true
}

// Current reports whether the set is every file as given (name to
// contents) compiled, byte for byte, and nothing else.
func (s *Set) Current(files map[string][]byte) error {
	s.index()
	if s.err != nil {
		return s.err
	}
	for name, data := range files {
		if _, ok := s.node(name, data); !ok {
			return fmt.Errorf("yamlc: %s is not compiled as it is now", name)
		}
	}
	for name := range s.byNm {
		if _, ok := files[name]; !ok {
			return fmt.Errorf("yamlc: %s is compiled but no longer a file", name)
		}
	}
	// what the checksums cannot see, and a set from an older compiler
	b, err := Compile(files)
	if err != nil {
		return err
	}
	if string(b) != s.data {
		return errors.New("yamlc: the set is not these files compiled as they are now")
	}
	return nil
}

// Compile parses every file (name to contents) and writes the compiled
// set. A file that does not parse is an error: embedded data must.
func Compile(files map[string][]byte) ([]byte, error) {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	out := []byte(magic)
	out = binary.AppendUvarint(out, uint64(len(names)))
	for _, name := range names {
		var doc yaml.Node
		if err := yaml.Unmarshal(files[name], &doc); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		var enc, fast []byte
		if doc.Kind != 0 {
			var err error
			if enc, err = encodeTree(&doc); err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			fast = encodeFast(&doc)
		}
		out = appendStr(out, name)
		out = binary.AppendUvarint(out, uint64(len(files[name])))
		out = binary.LittleEndian.AppendUint32(out, sum(files[name]))
		out = appendStr(out, string(enc))
		out = appendStr(out, string(fast))
	}
	return out, nil
}

// encodeTree writes the nodes in pre-order; an alias names its target by
// that order.
func encodeTree(root *yaml.Node) ([]byte, error) {
	order := map[*yaml.Node]int{}
	var number func(n *yaml.Node)
	number = func(n *yaml.Node) {
		order[n] = len(order)
		for _, c := range n.Content {
			number(c)
		}
	}
	number(root)
	out := binary.AppendUvarint(nil, uint64(len(order)))
	var err error
	var enc func(n *yaml.Node)
	enc = func(n *yaml.Node) {
		out = binary.AppendUvarint(out, uint64(n.Kind))
		out = binary.AppendUvarint(out, uint64(n.Style))
		out = appendStr(out, n.Tag)
		out = appendStr(out, n.Value)
		out = appendStr(out, n.Anchor)
		alias := 0
		if n.Alias != nil {
			i, ok := order[n.Alias]
			if !ok {
				err = errors.New("yamlc: an alias to a node outside the document")
			}
			alias = i + 1
		}
		out = binary.AppendUvarint(out, uint64(alias))
		out = appendStr(out, n.HeadComment)
		out = appendStr(out, n.LineComment)
		out = appendStr(out, n.FootComment)
		out = binary.AppendUvarint(out, uint64(n.Line))
		out = binary.AppendUvarint(out, uint64(n.Column))
		out = binary.AppendUvarint(out, uint64(len(n.Content)))
		for _, c := range n.Content {
			enc(c)
		}
	}
	enc(root)
	return out, err
}

// decodeTree rebuilds a tree: all nodes in one block, all child lists in
// another, strings pointing into the compiled data.
func decodeTree(s string) (*yaml.Node, error) {
	r := reader{s: s}
	total := r.uvarint()
	if r.err != nil || total == 0 || total > uint64(len(s)) {
		return nil, errors.New("yamlc: bad tree")
	}
	nodes := make([]yaml.Node, total)
	kids := make([]*yaml.Node, total-1)
	next, nextKid := 0, 0
	var aliases []int // node, target+1 pairs, set once all exist
	var dec func() *yaml.Node
	dec = func() *yaml.Node {
		if next >= len(nodes) || r.err != nil {
			r.fail()
			return nil
		}
		n := &nodes[next]
		i := next
		next++
		n.Kind = yaml.Kind(r.uvarint())
		n.Style = yaml.Style(r.uvarint())
		n.Tag = r.str()
		n.Value = r.str()
		n.Anchor = r.str()
		if a := int(r.uvarint()); a > 0 {
			aliases = append(aliases, i, a)
		}
		n.HeadComment = r.str()
		n.LineComment = r.str()
		n.FootComment = r.str()
		n.Line = int(r.uvarint())
		n.Column = int(r.uvarint())
		k := int(r.uvarint())
		if k == 0 {
			return n
		}
		if k > len(kids)-nextKid {
			r.fail()
			return nil
		}
		n.Content = kids[nextKid : nextKid+k : nextKid+k]
		nextKid += k
		for j := range k {
			if n.Content[j] = dec(); n.Content[j] == nil {
				return nil
			}
		}
		return n
	}
	root := dec()
	if r.err != nil || root == nil || next != len(nodes) || r.off != len(s) {
		return nil, errors.New("yamlc: bad tree")
	}
	for j := 0; j < len(aliases); j += 2 {
		t := aliases[j+1] - 1
		if t >= len(nodes) {
			return nil, errors.New("yamlc: bad alias")
		}
		nodes[aliases[j]].Alias = &nodes[t]
	}
	return root, nil
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

type reader struct {
	s   string
	off int
	err error
}

func (r *reader) fail() {
	if r.err == nil {
		r.err = errors.New("yamlc: truncated")
	}
}

func (r *reader) uvarint() uint64 {
	var x uint64
	var shift uint
	for r.off < len(r.s) {
		b := r.s[r.off]
		r.off++
		if b < 0x80 {
			if shift >= 64 || shift == 63 && b > 1 {
				r.fail()
				return 0
			}
			return x | uint64(b)<<shift
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	r.fail()
	return 0
}

func (r *reader) str() string {
	n := r.uvarint()
	if r.err != nil || n > uint64(len(r.s)-r.off) {
		r.fail()
		return ""
	}
	s := r.s[r.off : r.off+int(n)]
	r.off += int(n)
	return s
}

func (r *reader) str0(n int) string {
	if n > len(r.s)-r.off {
		r.fail()
		return ""
	}
	s := r.s[r.off : r.off+n]
	r.off += n
	return s
}

func (r *reader) prefix(p string) bool {
	if len(r.s) < len(p) || r.s[:len(p)] != p {
		return false
	}
	r.off = len(p)
	return true
}

// Files reads the files of fsys that match pattern (fs.Glob), by their
// path in fsys: what a package compiles and checks its set against.
func Files(fsys fs.FS, pattern string) (map[string][]byte, error) {
	names, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("yamlc: no file matches %s", pattern)
	}
	out := make(map[string][]byte, len(names))
	for _, name := range names {
		if out[name], err = fs.ReadFile(fsys, name); err != nil {
			return nil, err
		}
	}
	return out, nil
}
