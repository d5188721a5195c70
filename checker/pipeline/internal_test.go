package pipeline

import (
	"crypto/sha256"
	"math/rand/v2"
	"os"
	"reflect"
	"runtime/debug"
	"slices"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/corpus/sample"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func TestDedupeClaims(t *testing.T) {
	c := func(subj string, start int, val string) claim.Claim {
		return claim.Claim{Kind: claim.KindDate, SubjectKey: claim.Key(subj), Value: val,
			Evidence: claim.Evidence{Article: "a1", Start: start, End: start + 4}}
	}
	many := make([]claim.Claim, 0, 120)
	for i := range 60 {
		many = append(many, c("event:fair", i, "2031"), c("event:fair", i, "2031"))
	}
	tests := []struct {
		name string
		in   []claim.Claim
		want int
	}{
		{"none", nil, 0},
		{"one", []claim.Claim{c("event:fair", 1, "2031")}, 1},
		{"same claim twice", []claim.Claim{c("event:fair", 1, "2031"), c("event:fair", 1, "2031")}, 1},
		{"other value", []claim.Claim{c("event:fair", 1, "2031"), c("event:fair", 1, "2032")}, 2},
		{"other span", []claim.Claim{c("event:fair", 1, "2031"), c("event:fair", 2, "2031")}, 2},
		{"other subject", []claim.Claim{c("event:fair", 1, "2031"), c("event:race", 1, "2031")}, 2},
		{"many, by map", many, 60},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]claim.Claim(nil), tt.in...)
			got := dedupeClaims(in)
			assert.Len(t, got, tt.want)
			for i := 1; i < len(got); i++ {
				assert.NotEqual(t, keyOf(&got[i-1]), keyOf(&got[i]), "order kept, duplicates gone")
			}
		})
	}
}

// Claims sorted as extraction leaves them are deduplicated run by run,
// with the result a map of every key gives.
func TestDedupeRunsAgreesWithMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	subjects := []claim.Key{claim.EventKey("fair", "tarnow"), claim.EventKey("race", "tarnow"), claim.PersonKey("ola brek")}
	for round := range 200 {
		var cs []claim.Claim
		for range rng.IntN(80) {
			start := rng.IntN(6)
			cs = append(cs, claim.Claim{Kind: []claim.Kind{claim.KindDate, claim.KindNumber}[rng.IntN(2)],
				SubjectKey: subjects[rng.IntN(len(subjects))], Value: []string{"1", "2"}[rng.IntN(2)],
				Evidence: claim.Evidence{Article: "a1", Start: start, End: start + rng.IntN(3)}})
		}
		extract.Sort(cs)
		require.True(t, sortedByRun(cs), "round %d", round)
		want := dedupeMap(slices.Clone(cs))
		require.Equal(t, want, dedupeRuns(slices.Clone(cs)), "round %d", round)
		require.Equal(t, want, dedupeClaims(slices.Clone(cs)), "round %d", round)
	}
	unsorted := []claim.Claim{
		{Kind: claim.KindDate, SubjectKey: "event:fair", Value: "1", Evidence: claim.Evidence{Article: "a1", Start: 5, End: 6}},
		{Kind: claim.KindDate, SubjectKey: "event:fair", Value: "1", Evidence: claim.Evidence{Article: "a1", Start: 1, End: 2}},
		{Kind: claim.KindDate, SubjectKey: "event:fair", Value: "1", Evidence: claim.Evidence{Article: "a1", Start: 5, End: 6}},
	}
	assert.False(t, sortedByRun(unsorted))
	assert.Len(t, dedupeClaims(unsorted), 2, "unsorted claims are deduplicated too")
}

// A full check holds packed claims of every article: they must come back
// equal, and must not point into the article's text, which would keep
// every text in memory.
func TestPackClaimsOfRealArticles(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	checked := 0
	for _, a := range gen.Articles(gen.Options{Articles: 40, Seed: 9}) {
		r := extract.Article(a, k, extract.Options{})
		pc, err := store.PackClaims(r.Claims)
		require.NoError(t, err)
		require.Equal(t, len(r.Claims), pc.Len())
		lo := uintptr(unsafe.Pointer(unsafe.StringData(a.Text)))
		hi := lo + uintptr(len(a.Text))
		for j := range r.Claims {
			got, err := pc.Claim(j)
			require.NoError(t, err)
			require.Equal(t, r.Claims[j], got)
			eachString(reflect.ValueOf(&got).Elem(), func(s string) {
				if s == "" {
					return
				}
				p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
				assert.False(t, p >= lo && p < hi, "%q still points into the text of %s", s, a.ID)
				checked++
			})
		}
	}
	assert.Positive(t, checked)
}

// eachString calls fn with every string reachable from v.
func eachString(v reflect.Value, fn func(string)) {
	switch v.Kind() {
	case reflect.String:
		fn(v.String())
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			eachString(v.Elem(), fn)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			eachString(v.Field(i), fn)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			eachString(v.Index(i), fn)
		}
	case reflect.Map:
		it := v.MapRange()
		for it.Next() {
			eachString(it.Key(), fn)
			eachString(it.Value(), fn)
		}
	}
}

type hashPart struct {
	Name  string
	limit int
	words map[string]int
	next  *hashPart
	mu    sync.Mutex
	fn    func() int
}

func hashOf(v any, exportedOnly bool) string {
	h := &valueHasher{h: sha256.New(), seen: map[uintptr]int{}, exportedOnly: exportedOnly}
	h.value(reflect.ValueOf(v))
	return string(h.h.Sum(nil))
}

func TestValueHasher(t *testing.T) {
	base := func() *hashPart {
		return &hashPart{Name: "rule", limit: 3, words: map[string]int{"alpha": 1, "beta": 2, "gamma": 3, "delta": 4}}
	}
	ref := hashOf(base(), false)
	tests := []struct {
		name         string
		change       func(p *hashPart)
		exportedOnly bool
		same         bool
	}{
		{"same value, new maps", func(p *hashPart) {}, false, true},
		{"lock held", func(p *hashPart) { p.mu.Lock() }, false, true},
		{"unexported option", func(p *hashPart) { p.limit = 4 }, false, false},
		{"unexported option, exported only", func(p *hashPart) { p.limit = 4 }, true, true},
		{"map value", func(p *hashPart) { p.words["beta"] = 5 }, false, false},
		{"map key", func(p *hashPart) { delete(p.words, "beta"); p.words["bet"] = 2 }, false, false},
		{"cycle", func(p *hashPart) { p.next = p }, false, false},
		{"func", func(p *hashPart) { p.fn = func() int { return 1 } }, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := base()
			tt.change(p)
			want := ref
			if tt.exportedOnly {
				want = hashOf(base(), true)
			}
			got := hashOf(p, tt.exportedOnly)
			if tt.same {
				assert.Equal(t, want, got)
			} else {
				assert.NotEqual(t, want, got)
			}
			assert.Equal(t, got, hashOf(p, tt.exportedOnly), "deterministic")
		})
	}
}

func TestFingerprint(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	k2, err := kb.Default()
	require.NoError(t, err)
	opt := Options{KB: k}
	fp := fingerprint(opt)
	require.NotEmpty(t, fp)
	assert.Equal(t, fp, fingerprint(Options{KB: k2}), "two loads of one knowledge base")
	other := opt
	other.Extract.DayFirst = true
	assert.NotEqual(t, fp, fingerprint(other))
	outlet := opt
	outlet.Extract.DayFirstSources = map[string]bool{"the harbour post": true}
	assert.NotEqual(t, fp, fingerprint(outlet))
	dated := opt
	dated.Extract.Ref = time.Date(2031, 4, 9, 0, 0, 0, 0, time.UTC)
	assert.NotEqual(t, fp, fingerprint(dated))
	assert.Equal(t, fingerprint(dated), fingerprint(dated))
	fewer := *k2
	fewer.Places = fewer.Places[1:]
	assert.NotEqual(t, fp, fingerprint(Options{KB: &fewer}))
}

func TestLimitHeap(t *testing.T) {
	if os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOMEMLIMIT is set: limitHeap leaves the runtime alone")
	}
	before := debug.SetMemoryLimit(-1)
	grow1, restore1 := limitHeap()
	grow2, restore2 := limitHeap()
	assert.EqualValues(t, heapLimitFloor, debug.SetMemoryLimit(-1), "the floor first")
	grow1(10)
	assert.EqualValues(t, heapLimitFloor, debug.SetMemoryLimit(-1), "a small check stays at the floor")
	grow2(1 << 30)
	assert.EqualValues(t, heapLimitSlack+heapLimitHalves<<29, debug.SetMemoryLimit(-1), "the limit follows what is held")
	grow1(1 << 20)
	assert.EqualValues(t, heapLimitSlack+heapLimitHalves<<29, debug.SetMemoryLimit(-1), "and never drops while checks run")
	restore1()
	assert.EqualValues(t, heapLimitSlack+heapLimitHalves<<29, debug.SetMemoryLimit(-1), "a check still runs")
	restore2()
	assert.Equal(t, before, debug.SetMemoryLimit(-1), "restored after the last")
}

// The summary an extracted article gets from extraction's sentences and
// temporal expressions is the one coreference computes from its text.
func TestPreparedSummaryIsTheTextsSummary(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	arts, _, _, err := read.AllFS(sample.FS(), ".", read.Options{})
	require.NoError(t, err)
	arts = append(arts, gen.Articles(gen.Options{Articles: 40, Seed: 3})...)
	undated := *arts[0]
	undated.ID, undated.Published = "undated", time.Time{}
	arts = append(arts, &undated)
	shared := 0
	for _, a := range arts {
		r := extract.Article(a, k, extract.Options{})
		require.NoError(t, r.Err)
		if !r.DayFirst && sameDay(r.Reference, a.Published) {
			shared++
		}
		want := storySummary(a, k)
		got := preparedSummary(r, k)
		require.NotNil(t, want, a.ID)
		require.NotNil(t, got, a.ID)
		assert.Equal(t, want.Encode(), got.Encode(), a.ID)
	}
	assert.Greater(t, shared, len(arts)/2, "most articles reuse extraction's work")
}
