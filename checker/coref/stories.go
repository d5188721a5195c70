package coref

import (
	"container/heap"
	"math"
	"sort"
)

// StoryOptions tune story grouping; the zero value takes the defaults.
type StoryOptions struct {
	// Threshold is the average cosine similarity two groups of articles
	// need to be one story.
	Threshold float64
	// Keys is how many of an article's strongest features retrieve
	// candidates; MaxPosting skips features shared by more articles than
	// this (they say nothing about the story).
	Keys       int
	MaxPosting int
	// Candidates is how many articles, those sharing most keys, an
	// article is compared with.
	Candidates int
	// Split is the average similarity, inside a group, on the features its
	// articles do not all share, that keeps them one story.
	Split float64
	// Fragment: after the split, parts with fewer than this share of the
	// group's articles join the part they are most similar to.
	Fragment float64
}

func (o StoryOptions) withDefaults(n int) StoryOptions {
	if o.Threshold == 0 {
		o.Threshold = 0.1
	}
	if o.Split == 0 {
		o.Split = 0.06
	}
	if o.Fragment == 0 {
		o.Fragment = 0.25
	}
	if o.Keys == 0 {
		o.Keys = 40
	}
	if o.MaxPosting == 0 {
		o.MaxPosting = max(20, min(n/4, 200))
	}
	if o.Candidates == 0 {
		o.Candidates = 200
	}
	return o
}

// featureWeight says how much each kind of feature tells of the story:
// names, places and years tell apart two events of one kind.
var featureWeight = map[byte]float64{'n': 2.0, 'p': 1.5, 'y': 2.0, 'c': 1.5, '#': 1.0, 'w': 1.0}

// splitWeight is featureWeight inside a group.
var splitWeight = map[byte]float64{'n': 2.0, 'p': 1.5, 'y': 2.0, 'c': 1.5, '#': 1.0, 'w': 1.0}

type vector struct {
	keys []int32 // feature ids, ascending
	vals []float64
}

// groupStories returns the story index of every summary: articles whose
// weighted feature vectors are close, grouped by average linkage over the
// candidate pairs that share a rare feature (no all-pairs comparison).
func groupStories(sums []*Summary, o StoryOptions) []int {
	n := len(sums)
	o = o.withDefaults(n)
	ids, df, vecs := vectorize(sums, nil, 0)
	// postings of each article's strongest rare features: its query and
	// its index entry, as a more-like-this query would pick them
	top := make([][]int32, n)
	post := map[int32][]int32{}
	for i, v := range vecs {
		order := make([]int, len(v.keys))
		for k := range order {
			order[k] = k
		}
		sort.Slice(order, func(a, b int) bool {
			if v.vals[order[a]] != v.vals[order[b]] {
				return v.vals[order[a]] > v.vals[order[b]]
			}
			return v.keys[order[a]] < v.keys[order[b]]
		})
		for _, k := range order {
			if len(top[i]) == o.Keys {
				break
			}
			if id := v.keys[k]; df[id] <= o.MaxPosting {
				top[i] = append(top[i], id)
				post[id] = append(post[id], int32(i))
			}
		}
	}
	var edges []edge
	seen := map[[2]int32]bool{}
	for i := range vecs {
		shared := map[int32]int{}
		for _, id := range top[i] {
			for _, j := range post[id] {
				if int(j) != i {
					shared[j]++
				}
			}
		}
		cand := make([]int32, 0, len(shared))
		for j := range shared {
			cand = append(cand, j)
		}
		sort.Slice(cand, func(a, b int) bool {
			if shared[cand[a]] != shared[cand[b]] {
				return shared[cand[a]] > shared[cand[b]]
			}
			return cand[a] < cand[b]
		})
		if len(cand) > o.Candidates {
			cand = cand[:o.Candidates]
		}
		for _, j := range cand {
			p := [2]int32{int32(min(i, int(j))), int32(max(i, int(j)))}
			if seen[p] {
				continue
			}
			seen[p] = true
			if sim := dot(vecs[p[0]], vecs[p[1]]); sim > 0.02 {
				edges = append(edges, edge{A: int(p[0]), B: int(p[1]), Sim: sim})
			}
		}
	}
	root := averageLink(n, edges, o.Threshold)
	return splitGroups(sums, root, df, ids, edges, o)
}

// vectorize builds tf-idf vectors of the summaries' features. With a
// global document frequency (gdf, gn), a feature's weight is its
// within-group idf times the square root of its global idf: what tells
// the group's articles apart, not what they share.
func vectorize(sums []*Summary, gdf func(string) int, gn int) (map[string]int32, []int, []vector) {
	n := len(sums)
	ids := map[string]int32{}
	var df []int
	for _, s := range sums {
		for k := range s.features {
			id, ok := ids[k]
			if !ok {
				id = int32(len(df))
				ids[k] = id
				df = append(df, 0)
			}
			df[id]++
		}
	}
	vecs := make([]vector, n)
	for i, s := range sums {
		v := vector{}
		for k, tf := range s.features {
			id := ids[k]
			if df[id] < 2 {
				continue // a feature no other article has cannot link it
			}
			idf := math.Log(float64(n+1) / float64(df[id]))
			if gdf != nil {
				idf *= math.Sqrt(math.Log(float64(gn+1) / float64(gdf(k))))
			}
			kw := featureWeight[k[0]]
			if gdf != nil {
				kw = splitWeight[k[0]]
			}
			w := kw * (1 + math.Log(tf)) * idf
			if w > 0 {
				v.keys = append(v.keys, id)
				v.vals = append(v.vals, w)
			}
		}
		sortVector(&v)
		normalize(&v)
		vecs[i] = v
	}
	return ids, df, vecs
}

// allPairsMax is the largest group whose pairs are all compared when it
// is split; a larger one compares its candidate pairs only.
const allPairsMax = 300

// splitGroups looks again at every group of articles: two events of one
// kind (two quakes, two arrests) share the words of their kind, so inside
// a group only what its articles do not all share may hold them together.
func splitGroups(sums []*Summary, root []int, gdfs []int, gids map[string]int32, cand []edge, o StoryOptions) []int {
	members := map[int][]int{}
	for i, r := range root {
		members[r] = append(members[r], i)
	}
	// a large group compares only its candidate pairs, not all its pairs
	candOf := map[int][]edge{}
	pos := make([]int, len(root))
	for _, r := range sortedKeys(members) {
		for k, i := range members[r] {
			pos[i] = k
		}
	}
	for _, e := range cand {
		if r := root[e.A]; r == root[e.B] && len(members[r]) > allPairsMax {
			candOf[r] = append(candOf[r], edge{A: pos[e.A], B: pos[e.B]})
		}
	}
	gdf := func(k string) int { return gdfs[gids[k]] }
	out := append([]int(nil), root...)
	for _, r := range sortedKeys(members) {
		ms := members[r]
		if len(ms) < 4 {
			continue
		}
		sub := make([]*Summary, len(ms))
		for k, i := range ms {
			sub[k] = sums[i]
		}
		_, _, vecs := vectorize(sub, gdf, len(sums))
		var edges []edge
		add := func(a, b int) {
			if sim := dot(vecs[a], vecs[b]); sim > 0.02 {
				edges = append(edges, edge{A: a, B: b, Sim: sim})
			}
		}
		if len(ms) > allPairsMax {
			for _, e := range candOf[r] {
				add(e.A, e.B)
			}
		} else {
			for a := range vecs {
				for b := a + 1; b < len(vecs); b++ {
					add(a, b)
				}
			}
		}
		sr := attachFragments(averageLink(len(ms), edges, o.Split), edges, o.Fragment)
		for k := range ms {
			out[ms[k]] = ms[sr[k]]
		}
	}
	return out
}

// attachFragments joins every small part of a split group (fewer than
// frac of its articles) to the large part it is most similar to on
// average: a strict split leaves a few articles of a story alone when
// they say less than the others, not because they report another event.
func attachFragments(root []int, edges []edge, frac float64) []int {
	n := len(root)
	size := map[int]int{}
	for _, r := range root {
		size[r]++
	}
	minSize := max(2, int(math.Ceil(frac*float64(n))))
	major := func(r int) bool { return size[r] >= minSize }
	sum := map[[2]int]float64{} // (fragment root, major root) -> summed similarity
	for _, e := range edges {
		ra, rb := root[e.A], root[e.B]
		switch {
		case !major(ra) && major(rb):
			sum[[2]int{ra, rb}] += e.Sim
		case major(ra) && !major(rb):
			sum[[2]int{rb, ra}] += e.Sim
		}
	}
	best := map[int]int{}
	bestAvg := map[int]float64{}
	keys := make([][2]int, 0, len(sum))
	for k := range sum {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		avg := sum[k] / float64(size[k[0]]*size[k[1]])
		if avg > bestAvg[k[0]] {
			best[k[0]], bestAvg[k[0]] = k[1], avg
		}
	}
	out := make([]int, n)
	for i, r := range root {
		if b, ok := best[r]; ok {
			r = b
		}
		out[i] = r
	}
	return out
}

func sortedKeys(m map[int][]int) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

type edge struct {
	A, B int
	Sim  float64
}

func sortVector(v *vector) {
	idx := make([]int, len(v.keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool { return v.keys[idx[a]] < v.keys[idx[b]] })
	k, x := make([]int32, len(idx)), make([]float64, len(idx))
	for i, j := range idx {
		k[i], x[i] = v.keys[j], v.vals[j]
	}
	v.keys, v.vals = k, x
}

func normalize(v *vector) {
	var s float64
	for _, x := range v.vals {
		s += x * x
	}
	if s == 0 {
		return
	}
	s = math.Sqrt(s)
	for i := range v.vals {
		v.vals[i] /= s
	}
}

func dot(a, b vector) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a.keys) && j < len(b.keys) {
		switch {
		case a.keys[i] == b.keys[j]:
			s += a.vals[i] * b.vals[j]
			i++
			j++
		case a.keys[i] < b.keys[j]:
			i++
		default:
			j++
		}
	}
	return s
}

// averageLink merges groups while the average similarity of their members
// (pairs without an edge count as 0) reaches t. Ties break by index, so
// the result is deterministic.
func averageLink(n int, edges []edge, t float64) []int {
	size := make([]int, n)
	ver := make([]int, n)
	alive := make([]bool, n)
	nb := make([]map[int]float64, n)
	for i := range n {
		size[i], alive[i], nb[i] = 1, true, map[int]float64{}
	}
	h := &pairHeap{}
	for _, e := range edges {
		nb[e.A][e.B] += e.Sim
		nb[e.B][e.A] += e.Sim
	}
	for _, e := range edges {
		if e.Sim >= t {
			heap.Push(h, pair{avg: e.Sim, a: e.A, b: e.B})
		}
	}
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	for h.Len() > 0 {
		p := heap.Pop(h).(pair)
		if !alive[p.a] || !alive[p.b] || ver[p.a] != p.va || ver[p.b] != p.vb {
			continue
		}
		a, b := p.a, p.b
		if a > b {
			a, b = b, a
		}
		// merge b into a
		alive[b] = false
		parent[b] = a
		size[a] += size[b]
		ver[a]++
		delete(nb[a], b)
		for c, s := range nb[b] {
			if c == a {
				continue
			}
			nb[a][c] += s
			delete(nb[c], b)
			nb[c][a] = nb[a][c]
		}
		nb[b] = nil
		cs := make([]int, 0, len(nb[a]))
		for c := range nb[a] {
			cs = append(cs, c)
		}
		sort.Ints(cs)
		for _, c := range cs {
			avg := nb[a][c] / float64(size[a]*size[c])
			if avg >= t {
				heap.Push(h, pair{avg: avg, a: a, b: c, va: ver[a], vb: ver[c]})
			}
		}
	}
	find := func(i int) int {
		for parent[i] != i {
			i = parent[i]
		}
		return i
	}
	out := make([]int, n)
	for i := range out {
		out[i] = find(i)
	}
	return out
}

type pair struct {
	avg    float64
	a, b   int
	va, vb int
}

type pairHeap []pair

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].avg != h[j].avg {
		return h[i].avg > h[j].avg
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pair)) }
func (h *pairHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
