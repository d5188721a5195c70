package extract

import (
	"fmt"
	"math/rand"
	"sort"
	"testing"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// Sort orders as a stable sort by article, evidence start, kind, subject
// key and value does, claims of equal keys in their order: checked on
// random claims with many ties (Subject tells tied claims apart).
func TestSortStableOrder(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for round := 0; round < 300; round++ {
		n := r.Intn(40)
		cs := make([]claim.Claim, n)
		for i := range cs {
			cs[i] = claim.Claim{
				Kind:       claim.Kinds[r.Intn(3)],
				SubjectKey: claim.EventKey("meeting", fmt.Sprint(r.Intn(3))),
				Value:      fmt.Sprint(r.Intn(2)),
				Subject:    fmt.Sprint(i),
				Evidence:   claim.Evidence{Article: fmt.Sprint("a", r.Intn(2)), Start: r.Intn(4)},
			}
		}
		if round%5 == 0 { // some inputs already in order
			sort.SliceStable(cs, func(i, j int) bool { return less(&cs[i], &cs[j]) })
		}
		want := append([]claim.Claim(nil), cs...)
		sort.SliceStable(want, func(i, j int) bool { return less(&want[i], &want[j]) })
		Sort(cs)
		for i := range cs {
			if cs[i].Subject != want[i].Subject {
				t.Fatalf("round %d: claim %d is %+v, want %+v", round, i, cs[i], want[i])
			}
		}
	}
}

func less(a, b *claim.Claim) bool {
	if a.Evidence.Article != b.Evidence.Article {
		return a.Evidence.Article < b.Evidence.Article
	}
	if a.Evidence.Start != b.Evidence.Start {
		return a.Evidence.Start < b.Evidence.Start
	}
	if a.Kind != b.Kind {
		return a.Kind < b.Kind
	}
	if a.SubjectKey != b.SubjectKey {
		return a.SubjectKey < b.SubjectKey
	}
	return a.Value < b.Value
}
