package rules

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// Set is a loaded collection of rules, sorted by ID.
type Set struct {
	Rules []Rule
}

// CheckSubject runs every applicable rule on the claims of one subject.
// The result is sorted and does not depend on the order of claims.
func (s *Set) CheckSubject(key claim.Key, claims []claim.Claim, ctx *Context) []Discrepancy {
	sorted := claims // rules only read: an input already in order is used as is
	if !isSorted(claims) {
		idx := make([]int32, len(claims))
		for i := range idx {
			idx[i] = int32(i)
		}
		sorted = make([]claim.Claim, len(claims))
		gather(sorted, claims, idx)
	}
	var out []Discrepancy
	s.checkSorted(key, sorted, ctx, func(d Discrepancy) { out = append(out, d) })
	Sort(out)
	return out
}

// Check groups claims by subject key and checks every subject, several
// subjects at a time: rules must be safe for concurrent use (the built-in
// ones are read-only once loaded).
func (s *Set) Check(claims []claim.Claim, ctx *Context) []Discrepancy {
	subjects := groupBySubject(claims)
	// Subjects are independent: check chunks of them in parallel, each
	// chunk's findings kept apart so that the result does not depend on
	// scheduling.
	const chunk = 512
	results := make([][]Discrepancy, (len(subjects)+chunk-1)/chunk)
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(results)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var group []claim.Claim
			for ci := range next {
				emit := func(d Discrepancy) { results[ci] = append(results[ci], d) }
				for _, sub := range subjects[ci*chunk : min(len(subjects), (ci+1)*chunk)] {
					if !s.anyApplies(sub.key, claims, sub.idx) {
						continue
					}
					group = slices.Grow(group[:0], len(sub.idx))[:len(sub.idx)]
					gather(group, claims, sub.idx)
					s.checkSorted(sub.key, group, ctx, emit)
				}
			}
		}()
	}
	for ci := range results {
		next <- ci
	}
	close(next)
	wg.Wait()
	out := slices.Concat(results...)
	Sort(out)
	return out
}

// subjectGroup is the indexes of one subject's claims.
type subjectGroup struct {
	key claim.Key
	idx []int32
}

// groupBySubject buckets claim indexes by subject key, sorted by key. A
// counting sort into one array: one map lookup per claim and no slice per
// subject, which matters at a million claims.
func groupBySubject(claims []claim.Claim) []subjectGroup {
	ids := make(map[claim.Key]int32)
	var keys []claim.Key
	var counts []int32
	of := make([]int32, len(claims))
	for i := range claims {
		k := claims[i].SubjectKey
		id, ok := ids[k]
		if !ok {
			id = int32(len(keys))
			ids[k] = id
			keys = append(keys, k)
			counts = append(counts, 0)
		}
		of[i] = id
		counts[id]++
	}
	starts := make([]int32, len(keys)+1)
	for id, n := range counts {
		starts[id+1] = starts[id] + n
	}
	flat := make([]int32, len(claims))
	fill := slices.Clone(starts[:len(keys)])
	for i, id := range of {
		flat[fill[id]] = int32(i)
		fill[id]++
	}
	out := make([]subjectGroup, len(keys))
	for id, k := range keys {
		out[id] = subjectGroup{key: k, idx: flat[starts[id]:starts[id+1]:starts[id+1]]}
	}
	slices.SortFunc(out, func(a, b subjectGroup) int { return strings.Compare(string(a.key), string(b.key)) })
	return out
}

func (s *Set) anyApplies(key claim.Key, claims []claim.Claim, idx []int32) bool {
	for _, r := range s.Rules {
		for _, i := range idx {
			if r.Applies(key, claims[i].Kind) {
				return true
			}
		}
	}
	return false
}

// checkSorted runs the rules on claims already sorted by compareClaims.
// Rules must not keep the slice: Check reuses it for the next subject.
func (s *Set) checkSorted(key claim.Key, claims []claim.Claim, ctx *Context, emit func(Discrepancy)) {
	for _, r := range s.Rules {
		applies := false
		for i := range claims {
			if r.Applies(key, claims[i].Kind) {
				applies = true
				break
			}
		}
		if !applies {
			continue
		}
		p := &Pass{SubjectKey: key, Claims: claims, Ctx: ctx, rule: r, report: emit}
		r.Run(p)
	}
}

// gather sorts idx by the claims it points at and copies those claims,
// in order, into dst. Sorting indexes moves 4 bytes, not a whole claim.
func gather(dst, claims []claim.Claim, idx []int32) {
	slices.SortFunc(idx, func(a, b int32) int {
		if c := compareClaims(&claims[a], &claims[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b) // keep equal claims in input order
	})
	for i, j := range idx {
		dst[i] = claims[j]
	}
}

func isSorted(claims []claim.Claim) bool {
	for i := 1; i < len(claims); i++ {
		if compareClaims(&claims[i-1], &claims[i]) > 0 {
			return false
		}
	}
	return true
}

// compareClaims orders the claims of one subject by article and position.
// It returns early rather than using cmp.Or, which would evaluate every
// comparison: this runs millions of times in Check.
func compareClaims(a, b *claim.Claim) int {
	if c := strings.Compare(a.Evidence.Article, b.Evidence.Article); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Evidence.Start, b.Evidence.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Evidence.End, b.Evidence.End); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.Kind), string(b.Kind)); c != 0 {
		return c
	}
	if c := strings.Compare(a.Value, b.Value); c != 0 {
		return c
	}
	return strings.Compare(string(a.Modality), string(b.Modality))
}

// byID returns the rule with that ID.
func (s *Set) byID(id string) (Rule, bool) {
	for _, r := range s.Rules {
		if r.ID() == id {
			return r, true
		}
	}
	return nil, false
}
