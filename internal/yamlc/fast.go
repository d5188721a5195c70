package yamlc

import (
	"encoding"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"time"

	"gopkg.in/yaml.v3"
)

// The fast form of a document is a second encoding, made at compile time
// only for documents whose decoding needs nothing but their scalars'
// resolved values: no aliases or merge keys, no duplicate keys, no tags
// beyond !!str, !!null, !!bool, !!int, !!float, !!map and !!seq. Each
// scalar carries what yaml.v3 resolves it to, so decoding it into a Go
// value is yaml.v3's decoder (decode.go: unmarshal, scalar, mapping,
// mappingStruct, sequence) without the tree or the resolving. The decoder
// takes only the plain types it knows (plan); anything else, and every
// value yaml.v3 would report an error for, goes to yaml.v3 instead.
const (
	opNull  = iota // resolves to nil (ShortTag !!null)
	opStr          // resolves to its text
	opFalse        // resolves to false; then its text
	opTrue         // resolves to true; then its text
	opInt          // resolves to int or int64; text, zigzag varint
	opUint         // resolves to uint64 (beyond int64); text, uvarint
	opFloat        // resolves to float64; text, 8 bytes
	opMap          // pair count, then key, value, ...
	opSeq          // item count, then items
	opTime         // resolves to a time.Time; its text (a string takes it)
)

// errFallback stops the fast decoder: yaml.v3 decodes the value instead.
var errFallback = errors.New("yamlc: not for the fast path")

// encodeFast writes the fast form of a document node, or nil when the
// document needs yaml.v3's own decoder.
func encodeFast(doc *yaml.Node) []byte {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		return nil
	}
	var out []byte
	var enc func(n *yaml.Node) bool
	enc = func(n *yaml.Node) bool {
		switch n.Kind {
		case yaml.MappingNode:
			if n.ShortTag() != "!!map" || len(n.Content)%2 != 0 {
				return false
			}
			// yaml.v3's duplicate key test (decoder.mapping)
			seen := make(map[[2]string]bool, len(n.Content)/2)
			for i := 0; i < len(n.Content); i += 2 {
				k := [2]string{string(rune('0' + n.Content[i].Kind)), n.Content[i].Value}
				if seen[k] {
					return false
				}
				seen[k] = true
			}
			out = append(out, opMap)
			out = binary.AppendUvarint(out, uint64(len(n.Content)/2))
		case yaml.SequenceNode:
			if n.ShortTag() != "!!seq" {
				return false
			}
			out = append(out, opSeq)
			out = binary.AppendUvarint(out, uint64(len(n.Content)))
		case yaml.ScalarNode:
			return encScalar(&out, n)
		default:
			return false
		}
		for _, c := range n.Content {
			if !enc(c) {
				return false
			}
		}
		return true
	}
	if !enc(doc.Content[0]) {
		return nil
	}
	return out
}

// encScalar writes a scalar with the value yaml.v3 resolves it to, taken
// from yaml.v3 itself: a scalar decoded into an interface is set to it.
func encScalar(out *[]byte, n *yaml.Node) bool {
	short := n.ShortTag()
	switch short {
	case "!!str", "!!null", "!!bool", "!!int", "!!float", "!!timestamp":
	default:
		return false
	}
	var v any
	if n.Decode(&v) != nil {
		return false
	}
	if (v == nil) != (short == "!!null") {
		return false
	}
	b := *out
	switch v := v.(type) {
	case nil:
		b = append(b, opNull)
	case string:
		if v != n.Value {
			return false
		}
		b = appendStr(append(b, opStr), n.Value)
	case bool:
		op := byte(opFalse)
		if v {
			op = opTrue
		}
		b = appendStr(append(b, op), n.Value)
	case int:
		b = binary.AppendVarint(appendStr(append(b, opInt), n.Value), int64(v))
	case int64:
		b = binary.AppendVarint(appendStr(append(b, opInt), n.Value), v)
	case uint64:
		b = binary.AppendUvarint(appendStr(append(b, opUint), n.Value), v)
	case float64:
		b = binary.LittleEndian.AppendUint64(appendStr(append(b, opFloat), n.Value), math.Float64bits(v))
	case time.Time:
		b = appendStr(append(b, opTime), n.Value)
	default:
		return false
	}
	*out = b
	return true
}

// plan is what the fast decoder knows of a type: nil when yaml.v3 must
// decode it.
type plan struct {
	fields map[string]int // a struct's keys to field numbers
}

var plans sync.Map // reflect.Type → *plan (nil: not fast)

var (
	nodeType       = reflect.TypeFor[yaml.Node]()
	durationType   = reflect.TypeFor[time.Duration]()
	unmarshalerT   = reflect.TypeFor[yaml.Unmarshaler]()
	obsoleteT      = reflect.TypeFor[interface{ UnmarshalYAML(func(any) error) error }]()
	textUnmarshalT = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// planOf returns the plan of t, or nil when t or a type in it has a
// decoding of its own (a yaml.Unmarshaler, a TextUnmarshaler, a yaml.Node),
// is an interface, array or duration, or is a struct with inline or
// embedded fields.
func planOf(t reflect.Type) *plan {
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	inProgress := map[reflect.Type]*plan{}
	p := makePlan(t, inProgress)
	for typ, q := range inProgress {
		if p == nil {
			// a type that depends on an unsupported one is not
			// known to be fast; only the root is decided here
			continue
		}
		plans.Store(typ, q)
	}
	plans.Store(t, p)
	return p
}

func makePlan(t reflect.Type, seen map[reflect.Type]*plan) *plan {
	if p, ok := seen[t]; ok {
		return p
	}
	if p, ok := plans.Load(t); ok {
		return p.(*plan)
	}
	p := &plan{}
	seen[t] = p
	ok := func() bool {
		if t == nodeType || t == durationType {
			return false
		}
		if t.Kind() != reflect.Pointer {
			pt := reflect.PointerTo(t)
			if pt.Implements(unmarshalerT) || pt.Implements(obsoleteT) || pt.Implements(textUnmarshalT) {
				return false
			}
		}
		switch t.Kind() {
		case reflect.Bool, reflect.String,
			reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
			reflect.Float32, reflect.Float64:
			return true
		case reflect.Pointer, reflect.Slice:
			return makePlan(t.Elem(), seen) != nil
		case reflect.Map:
			switch t.Key().Kind() {
			case reflect.Bool, reflect.String,
				reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
				reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
				reflect.Float32, reflect.Float64:
			default:
				return false
			}
			return makePlan(t.Key(), seen) != nil && makePlan(t.Elem(), seen) != nil
		case reflect.Struct:
			p.fields = make(map[string]int, t.NumField())
			for i := range t.NumField() {
				f := t.Field(i)
				if f.Anonymous {
					return false
				}
				if !f.IsExported() {
					continue
				}
				// yaml.v3's getStructInfo, less the flags it rejects
				// and inline fields
				tag := f.Tag.Get("yaml")
				if tag == "" && !strings.Contains(string(f.Tag), ":") {
					tag = string(f.Tag)
				}
				if tag == "-" {
					continue
				}
				parts := strings.Split(tag, ",")
				for _, flag := range parts[1:] {
					if flag != "omitempty" && flag != "flow" {
						return false
					}
				}
				key := parts[0]
				if key == "" {
					key = strings.ToLower(f.Name)
				}
				if _, dup := p.fields[key]; dup {
					return false
				}
				p.fields[key] = i
				if makePlan(f.Type, seen) == nil {
					return false
				}
			}
			return true
		}
		return false
	}()
	if !ok {
		seen[t] = nil
		return nil
	}
	return p
}

// fastDecoder reads a fast form into Go values as yaml.v3 would.
type fastDecoder struct {
	r reader
}

// unmarshal is decoder.unmarshal: it reports whether out was set (what
// yaml.v3 calls good), and stops with errFallback where yaml.v3 would
// report an error.
func (d *fastDecoder) unmarshal(out reflect.Value) bool {
	if d.r.err != nil || d.r.off >= len(d.r.s) {
		panic(errFallback)
	}
	op := d.r.s[d.r.off]
	d.r.off++
	if op == opNull {
		return null(out)
	}
	// decoder.prepare: pointers are made for anything but a null
	for out.Kind() == reflect.Pointer {
		if out.IsNil() {
			out.Set(reflect.New(out.Type().Elem()))
		}
		out = out.Elem()
	}
	switch op {
	case opMap:
		d.mapping(out)
		return true
	case opSeq:
		d.sequence(out)
		return true
	}
	d.scalar(op, out)
	return true
}

func null(out reflect.Value) bool {
	switch out.Kind() {
	case reflect.Interface, reflect.Pointer, reflect.Map, reflect.Slice:
		out.SetZero()
		return true
	}
	return false
}

// scalar is decoder.scalar for a value that is not null.
func (d *fastDecoder) scalar(op byte, out reflect.Value) {
	text := d.r.str()
	var i int64
	var u uint64
	var f float64
	switch op {
	case opInt:
		i = d.varint()
	case opUint:
		u = d.r.uvarint()
	case opFloat:
		f = math.Float64frombits(binary.LittleEndian.Uint64([]byte(d.r.str0(8))))
	case opStr, opFalse, opTrue, opTime:
	default:
		panic(errFallback)
	}
	if d.r.err != nil {
		panic(errFallback)
	}
	switch out.Kind() {
	case reflect.String:
		out.SetString(text)
		return
	}
	if op == opTime {
		panic(errFallback) // only yaml.v3 knows what else takes a time
	}
	switch out.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		switch op {
		case opInt:
			if !out.OverflowInt(i) {
				out.SetInt(i)
				return
			}
		case opUint:
			if u <= math.MaxInt64 && !out.OverflowInt(int64(u)) {
				out.SetInt(int64(u))
				return
			}
		case opFloat:
			if f <= math.MaxInt64 && !out.OverflowInt(int64(f)) {
				out.SetInt(int64(f))
				return
			}
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		switch op {
		case opInt:
			if i >= 0 && !out.OverflowUint(uint64(i)) {
				out.SetUint(uint64(i))
				return
			}
		case opUint:
			if !out.OverflowUint(u) {
				out.SetUint(u)
				return
			}
		case opFloat:
			if f <= math.MaxUint64 && !out.OverflowUint(uint64(f)) {
				out.SetUint(uint64(f))
				return
			}
		}
	case reflect.Bool:
		switch op {
		case opTrue:
			out.SetBool(true)
			return
		case opFalse:
			out.SetBool(false)
			return
		case opStr:
			// yaml.v3 takes YAML 1.1's words into a typed bool
			switch text {
			case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON":
				out.SetBool(true)
				return
			case "n", "N", "no", "No", "NO", "off", "Off", "OFF":
				out.SetBool(false)
				return
			}
		}
	case reflect.Float32, reflect.Float64:
		switch op {
		case opInt:
			out.SetFloat(float64(i))
			return
		case opUint:
			out.SetFloat(float64(u))
			return
		case opFloat:
			out.SetFloat(f)
			return
		}
	}
	panic(errFallback) // yaml.v3's type error
}

func (d *fastDecoder) varint() int64 {
	u := d.r.uvarint()
	x := int64(u >> 1)
	if u&1 != 0 {
		x = ^x
	}
	return x
}

func (d *fastDecoder) count() int {
	n := d.r.uvarint()
	if d.r.err != nil || n > uint64(len(d.r.s)-d.r.off) {
		panic(errFallback)
	}
	return int(n)
}

// sequence is decoder.sequence: an item that is not set (a null into a
// string, say) is left out.
func (d *fastDecoder) sequence(out reflect.Value) {
	l := d.count()
	if out.Kind() != reflect.Slice {
		panic(errFallback)
	}
	out.Set(reflect.MakeSlice(out.Type(), l, l))
	j := 0
	for range l {
		// an item that is not set is not written either (a null into
		// a string), so the next one takes its place
		if d.unmarshal(out.Index(j)) {
			j++
		}
	}
	out.Set(out.Slice(0, j))
}

// mapping is decoder.mapping (keys are never repeated in a fast form).
func (d *fastDecoder) mapping(out reflect.Value) {
	l := d.count()
	switch out.Kind() {
	case reflect.Struct:
		d.mappingStruct(l, out)
		return
	case reflect.Map:
	default:
		panic(errFallback)
	}
	mapIsNew := false
	if out.IsNil() {
		out.Set(reflect.MakeMapWithSize(out.Type(), l))
		mapIsNew = true
	}
	// one key and one value, zeroed for each pair: the map keeps copies
	k := reflect.New(out.Type().Key()).Elem()
	e := reflect.New(out.Type().Elem()).Elem()
	for i := range l {
		if i > 0 {
			k.SetZero()
			e.SetZero()
		}
		if !d.unmarshal(k) {
			d.skip()
			continue
		}
		isNull := d.r.off < len(d.r.s) && d.r.s[d.r.off] == opNull
		if d.unmarshal(e) || isNull && (mapIsNew || !out.MapIndex(k).IsValid()) {
			out.SetMapIndex(k, e)
		}
	}
}

// mappingStruct is decoder.mappingStruct without inline fields: a key
// that is null is passed over, an unknown one ignored.
func (d *fastDecoder) mappingStruct(l int, out reflect.Value) {
	p := planOf(out.Type())
	if p == nil {
		panic(errFallback)
	}
	var done uint64 // fields set, while they fit
	var doneMore map[int]bool
	var name string
	nameV := reflect.ValueOf(&name).Elem()
	for range l {
		if !d.unmarshal(nameV) {
			d.skip()
			continue
		}
		num, ok := p.fields[name]
		if !ok {
			d.skip()
			continue
		}
		if num < 64 {
			if done&(1<<num) != 0 {
				panic(errFallback) // "field already set"
			}
			done |= 1 << num
		} else {
			if doneMore[num] {
				panic(errFallback)
			}
			if doneMore == nil {
				doneMore = map[int]bool{}
			}
			doneMore[num] = true
		}
		d.unmarshal(out.Field(num))
	}
}

// skip passes over one node.
func (d *fastDecoder) skip() {
	if d.r.err != nil || d.r.off >= len(d.r.s) {
		panic(errFallback)
	}
	op := d.r.s[d.r.off]
	d.r.off++
	switch op {
	case opNull:
	case opStr, opFalse, opTrue, opTime:
		d.r.str()
	case opInt, opUint:
		d.r.str()
		d.r.uvarint()
	case opFloat:
		d.r.str()
		d.r.str0(8)
	case opMap:
		for range 2 * d.count() {
			d.skip()
		}
	case opSeq:
		for range d.count() {
			d.skip()
		}
	default:
		panic(errFallback)
	}
}

// decodeFast decodes a fast form into v, a pointer to a zero value of a
// type with a plan; false leaves *v zero again for yaml.v3.
func decodeFast(form string, v any) (ok bool) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return false
	}
	out := rv.Elem()
	if planOf(out.Type()) == nil || !out.IsZero() {
		return false
	}
	d := fastDecoder{r: reader{s: form}}
	defer func() {
		if r := recover(); r != nil {
			if r != errFallback {
				panic(r)
			}
			out.SetZero()
			ok = false
		}
	}()
	d.unmarshal(out)
	if d.r.err != nil || d.r.off != len(form) {
		panic(errFallback)
	}
	return true
}

// Equivalent checks each file and target type Unmarshal has been given
// that the fast path can decode (a type with a plan): that it does, and
// that the value is the one yaml.Unmarshal makes.
func (s *Set) Equivalent() error {
	var errs []error
	s.decoded.Range(func(k, v any) bool {
		key, data := k.(decodedKey), v.([]byte)
		if key.typ == nil || key.typ.Kind() != reflect.Pointer || planOf(key.typ.Elem()) == nil {
			return true
		}
		e, ok := s.entry(key.name, data)
		if !ok || e.nodes == "" {
			return true // not compiled, or empty: yaml.v3's, or nothing
		}
		fast := reflect.New(key.typ.Elem())
		if e.fast == "" || !decodeFast(e.fast, fast.Interface()) {
			errs = append(errs, fmt.Errorf("yamlc: %s into %v is decoded by yaml.v3, not the fast path", key.name, key.typ))
			return true
		}
		want := reflect.New(key.typ.Elem())
		if err := yaml.Unmarshal(data, want.Interface()); err != nil {
			errs = append(errs, fmt.Errorf("yamlc: %s into %v: the fast path decoded what yaml.v3 fails on: %w", key.name, key.typ, err))
			return true
		}
		if !reflect.DeepEqual(fast.Interface(), want.Interface()) {
			errs = append(errs, fmt.Errorf("yamlc: %s into %v: the fast path differs from yaml.v3", key.name, key.typ))
		}
		return true
	})
	return errors.Join(errs...)
}
