package pipeline

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash"
	"math"
	"os"
	"reflect"
	"runtime"
	"slices"
	"time"
)

// fingerprint identifies what check results depend on besides the claims:
// this program, the rules with their options, the knowledge base and the
// extraction options. A saved check is reused only under the same
// fingerprint; "" means it cannot be told, and nothing is reused.
func fingerprint(opt Options) (fp string) {
	defer func() {
		if recover() != nil { // an odd rule value: reuse nothing rather than fail
			fp = ""
		}
	}()
	prog, ok := programID()
	if !ok {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "cache %d\nprogram %s\nstories %t\n", cacheVersion, prog, opt.Stories)
	(&valueHasher{h: h, seen: map[uintptr]int{}}).value(reflect.ValueOf(opt.Extract))
	// Rules keep their options in unexported fields: all of them count.
	(&valueHasher{h: h, seen: map[uintptr]int{}}).value(reflect.ValueOf(opt.Rules))
	// The knowledge base's exported data is what its indexes derive from.
	(&valueHasher{h: h, seen: map[uintptr]int{}, exportedOnly: true}).value(reflect.ValueOf(opt.KB))
	return hex.EncodeToString(h.Sum(nil))
}

// programID names the running binary by path, size and modification
// time: a rebuilt crosscheck may check differently.
func programID() (string, bool) {
	exe, err := os.Executable()
	if err != nil {
		return "", false
	}
	fi, err := os.Stat(exe)
	if err != nil {
		return "", false
	}
	return fmt.Sprintf("%s %d %d", exe, fi.Size(), fi.ModTime().UnixNano()), true
}

var timeType = reflect.TypeFor[time.Time]()

// valueHasher writes a deterministic digest of any Go value: map entries
// in key order, shared and cyclic pointers by first-visit number, locks
// and channels by type only (their state is not configuration).
type valueHasher struct {
	h            hash.Hash
	seen         map[uintptr]int
	exportedOnly bool
	buf          [8]byte
}

func (vh *valueHasher) word(u uint64) {
	binary.LittleEndian.PutUint64(vh.buf[:], u)
	vh.h.Write(vh.buf[:])
}

func (vh *valueHasher) str(s string) {
	vh.word(uint64(len(s)))
	vh.h.Write([]byte(s))
}

func (vh *valueHasher) value(v reflect.Value) {
	if !v.IsValid() {
		vh.str("invalid")
		return
	}
	t := v.Type()
	vh.str(t.String())
	if pkg := t.PkgPath(); pkg == "sync" || pkg == "sync/atomic" {
		return
	}
	// A time's location holds lazily filled caches: hash what it means.
	if t == timeType && v.CanInterface() {
		vh.str(v.Interface().(time.Time).Format(time.RFC3339Nano))
		return
	}
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			vh.word(1)
		} else {
			vh.word(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		vh.word(uint64(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		vh.word(v.Uint())
	case reflect.Float32, reflect.Float64:
		vh.word(math.Float64bits(v.Float()))
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		vh.word(math.Float64bits(real(c)))
		vh.word(math.Float64bits(imag(c)))
	case reflect.String:
		vh.str(v.String())
	case reflect.Pointer:
		if v.IsNil() {
			vh.str("nil")
			return
		}
		if n, ok := vh.seen[v.Pointer()]; ok {
			vh.word(uint64(n))
			return
		}
		vh.seen[v.Pointer()] = len(vh.seen)
		vh.value(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			vh.str("nil")
			return
		}
		vh.value(v.Elem())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := t.Field(i)
			if vh.exportedOnly && !f.IsExported() {
				continue
			}
			vh.str(f.Name)
			vh.value(v.Field(i))
		}
	case reflect.Slice, reflect.Array:
		vh.word(uint64(v.Len()))
		for i := 0; i < v.Len(); i++ {
			vh.value(v.Index(i))
		}
	case reflect.Map:
		vh.mapEntries(v)
	case reflect.Func:
		if !v.IsNil() {
			if f := runtime.FuncForPC(v.Pointer()); f != nil {
				vh.str(f.Name())
			}
		}
	}
}

// mapEntries hashes a map's entries sorted by a digest of their keys, so
// that iteration order does not show; values are visited in that order,
// which keeps pointer numbering stable.
func (vh *valueHasher) mapEntries(v reflect.Value) {
	type entry struct {
		key string
		val reflect.Value
	}
	entries := make([]entry, 0, v.Len())
	it := v.MapRange()
	for it.Next() {
		kh := &valueHasher{h: sha256.New(), seen: map[uintptr]int{}, exportedOnly: vh.exportedOnly}
		kh.value(it.Key())
		entries = append(entries, entry{string(kh.h.Sum(nil)), it.Value()})
	}
	slices.SortFunc(entries, func(a, b entry) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	vh.word(uint64(len(entries)))
	for _, e := range entries {
		vh.str(e.key)
		vh.value(e.val)
	}
}
