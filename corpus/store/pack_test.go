package store

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/article"
)

// Every field of the claim model, set at random, survives packing: a
// field added to the model and not to the packer fails here.
func TestPackClaimsKeepsEveryField(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		cs := make([]claim.Claim, 1+round%4)
		for i := range cs {
			packFillRandom(t, r, reflect.ValueOf(&cs[i]).Elem(), round%3 == 0)
		}
		pc, err := PackClaims(cs)
		require.NoError(t, err)
		require.Equal(t, len(cs), pc.Len())
		again, err := ParsePackedClaims(pc.String())
		require.NoError(t, err)
		got, err := again.Claims()
		require.NoError(t, err)
		require.Equal(t, cs, got, "round %d", round)
		for j := range cs {
			k, err := again.SubjectKey(j)
			require.NoError(t, err)
			assert.Equal(t, cs[j].SubjectKey.String(), k)
		}
	}
}

func TestPackClaimsEmpty(t *testing.T) {
	pc, err := PackClaims(nil)
	require.NoError(t, err)
	assert.Zero(t, pc.Len())
	cs, err := pc.Claims()
	require.NoError(t, err)
	assert.Nil(t, cs)
	_, err = pc.Claim(0)
	assert.ErrorIs(t, err, ErrPackedClaims)
}

// Damaged data gives an error, never a panic or a wrong claim.
func TestPackedClaimsRefuseDamage(t *testing.T) {
	cs := []claim.Claim{
		idxTestClaim("a1", "event:fair:lowmarsh", "2031-05-02", 10),
		{Kind: claim.KindNumber, SubjectKey: "event:fair:lowmarsh", Value: "40",
			Number: &claim.NumberValue{Value: 40, Counts: "stalls"}, Title: &claim.TitleValue{Ranks: []string{"deputy"}}},
	}
	pc, err := PackClaims(cs)
	require.NoError(t, err)
	s := pc.String()
	for cut := 0; cut < len(s); cut++ {
		got, err := ParsePackedClaims(s[:cut])
		if err != nil {
			continue
		}
		// A prefix that parses must fail on the claims it lost.
		_, err = got.Claims()
		assert.Error(t, err, "cut at %d of %d", cut, len(s))
	}
	for i := 1; i < len(s); i++ {
		b := []byte(s)
		b[i] ^= 0xff
		pc, err := ParsePackedClaims(string(b))
		if err == nil {
			_, _ = pc.Claims() // may decode to other values; must not panic
			for j := range pc.Len() {
				_, _ = pc.SubjectKey(j)
			}
		}
	}
	_, err = ParsePackedClaims("[]")
	assert.ErrorIs(t, err, ErrPackedClaims)

	// A reference date that is no day does not decode.
	cs[0].Reference, _ = claim.ParseDay("2030-07-08")
	pc, err = PackClaims(cs)
	require.NoError(t, err)
	got, err := ParsePackedClaims(strings.Replace(pc.String(), "2030-07-08", "2030-17-08", 1))
	require.NoError(t, err)
	_, err = got.Claims()
	assert.ErrorIs(t, err, ErrPackedClaims)
}

// Indexes written before claims were packed store them as JSON: they
// still read.
func TestStoredJSONClaimsStillRead(t *testing.T) {
	ix := idxTestOpen(t)
	doc := idxTestDocs(1)[0]
	doc.Claims = append(doc.Claims, idxTestClaim(doc.Article.ID, "event:crossing:ferry-0", "2031-04-10", 9))
	p, err := ix.Prepare(doc)
	require.NoError(t, err)
	old, err := json.Marshal(doc.Claims)
	require.NoError(t, err)
	p.p.doc[idxFClaims] = string(old)
	require.NoError(t, ix.h.bi.Index(doc.Article.ID, p.p.doc))

	_, got, err := ix.Get(doc.Article.ID)
	require.NoError(t, err)
	assert.Equal(t, doc.Claims, got)
	bySubject, err := ix.ClaimsForSubjects([]string{"event:crossing:ferry-0"})
	require.NoError(t, err)
	assert.Equal(t, doc.Claims, bySubject["event:crossing:ferry-0"])
	n := 0
	require.NoError(t, ix.EachClaims(func(_ ArticleInfo, pc PackedClaims) error {
		n += pc.Len()
		return nil
	}))
	assert.Equal(t, 2, n)
}

// packFillRandom sets every field reachable from v; pointers are set
// unless sparse says to leave some nil; slices are nil, empty or filled.
func packFillRandom(t *testing.T, r *rand.Rand, v reflect.Value, sparse bool) {
	if v.Type() == reflect.TypeFor[claim.Day]() {
		days := []string{"", "2031-04-09", "0001-01-02", "9999-12-31", "2028-02-29"}
		d, _ := claim.ParseDay(days[r.IntN(len(days))])
		v.Set(reflect.ValueOf(d))
		return
	}
	switch v.Kind() {
	case reflect.String:
		words := []string{"", "summit", "Brannock", "2031-04-09", "person:edda vorn", "«quoted»"}
		v.SetString(words[r.IntN(len(words))] + strings.Repeat("x", r.IntN(3)))
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(r.Int64N(1<<20) - 1<<10)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(r.NormFloat64() * 1e6)
	case reflect.Pointer:
		if sparse && r.IntN(2) == 0 {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		packFillRandom(t, r, v.Elem(), sparse)
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			packFillRandom(t, r, v.Field(i), sparse)
		}
	case reflect.Slice:
		switch r.IntN(3) {
		case 0: // nil
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
		default:
			v.Set(reflect.MakeSlice(v.Type(), 1+r.IntN(3), 3))
			for i := 0; i < v.Len(); i++ {
				packFillRandom(t, r, v.Index(i), sparse)
			}
		}
	default:
		t.Fatalf("no random filler for %s: teach PackClaims and packFillRandom the new field", v.Type())
	}
}

func TestParagraphSpansRoundTrip(t *testing.T) {
	tests := []struct {
		name  string
		spans []article.Span
	}{
		{"nil", nil},
		{"empty", []article.Span{}},
		{"one", []article.Span{{Start: 0, End: 12}}},
		{"several", []article.Span{{Start: 0, End: 25}, {Start: 27, End: 40}, {Start: 42, End: 4000}, {Start: 4001, End: 4002}}},
		{"odd but kept", []article.Span{{Start: 10, End: 5}, {Start: 3, End: 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := idxSpans(idxPackSpans(tt.spans))
			require.NoError(t, err)
			assert.Equal(t, tt.spans, got)
			// Older indexes hold JSON.
			old, err := json.Marshal(tt.spans)
			require.NoError(t, err)
			got, err = idxSpans(string(old))
			require.NoError(t, err)
			assert.Equal(t, tt.spans, got)
		})
	}
	packed := idxPackSpans([]article.Span{{Start: 0, End: 25}, {Start: 27, End: 40}})
	for cut := 1; cut < len(packed); cut++ {
		_, err := idxSpans(packed[:cut])
		assert.Error(t, err, "cut at %d", cut)
	}
	_, err := idxSpans(packed + "x")
	assert.Error(t, err, "trailing bytes")
}
