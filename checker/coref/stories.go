package coref

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
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

// featureWeights and splitWeights are the two by kind byte (0 for an
// unknown kind).
var featureWeights, splitWeights = byKind(featureWeight), byKind(splitWeight)

func byKind(m map[byte]float64) (out [256]float64) {
	for k, w := range m {
		out[k] = w
	}
	return out
}

// sparse is a normalised feature vector: keys ascending, with their
// weights. Link numbers its features (vector); placing an article in a
// saved link keys them by name (StoryVector).
type sparse[K cmp.Ordered] struct {
	keys []K
	vals []float64
}

type vector = sparse[int32]

// idfWeight is a story feature's weight but for its count: its kind's
// weight times its idf among n summaries, df of which have it.
func idfWeight(kind float64, n, df int) float64 {
	return kind * math.Log(float64(n+1)/float64(df))
}

// tfWeight is what a feature's count in one summary multiplies it by.
func tfWeight(tf float64) float64 { return 1 + math.Log(tf) }

// groupStories returns the story index of every summary: articles whose
// weighted feature vectors are close, grouped by average linkage over the
// candidate pairs that share a rare feature (no all-pairs comparison).
func groupStories(fs *features, o StoryOptions) []int {
	n := len(fs.at) - 1
	o = o.withDefaults(n)
	vecs := fs.vectorize(nil, nil, nil)
	// postings of each article's strongest rare features: its query and
	// its index entry, as a more-like-this query would pick them
	top := make([][]int32, n)
	post := map[int32][]int32{}
	var order []entry
	for i, v := range vecs {
		order = order[:0]
		for k, id := range v.keys {
			if fs.df[id] <= o.MaxPosting {
				order = append(order, entry{id, v.vals[k]})
			}
		}
		slices.SortFunc(order, func(a, b entry) int {
			return cmp.Or(cmp.Compare(b.val, a.val), cmp.Compare(a.key, b.key))
		})
		for _, e := range order[:min(len(order), o.Keys)] {
			top[i] = append(top[i], e.key)
			post[e.key] = append(post[e.key], int32(i))
		}
	}
	edges := candidateEdges(vecs, top, post, o.Candidates)
	root := averageLink(n, edges, o.Threshold)
	return splitGroups(root, fs, edges, o)
}

// candidateEdges compares every article with the candidates, at most
// limit, that share most of its keys (top[i], whose postings are post):
// an edge for each pair similar enough to matter, in pair order. A key's
// postings are bounded (MaxPosting), so the work is linear in the number
// of articles: no all-pairs comparison, none within a large block.
func candidateEdges(vecs []vector, top [][]int32, post map[int32][]int32, limit int) []edge {
	n := len(vecs)
	shared := make([]int32, n) // keys article j shares with the current one
	var touched []int32
	var buckets [][]int32 // touched articles by count of shared keys
	var pairs []uint64
	for i := range vecs {
		touched = touched[:0]
		for _, id := range top[i] {
			for _, j := range post[id] {
				if int(j) == i {
					continue
				}
				if shared[j] == 0 {
					touched = append(touched, j)
				}
				shared[j]++
			}
		}
		// the limit candidates sharing most keys, the lowest index first
		// among equals: a counting sort by shared keys
		for _, j := range touched {
			c := int(shared[j])
			for len(buckets) <= c {
				buckets = append(buckets, nil)
			}
			buckets[c] = append(buckets[c], j)
		}
		left := limit
		for c := len(buckets) - 1; c > 0; c-- {
			b := buckets[c]
			if len(b) > left {
				slices.Sort(b)
				b = b[:left]
			}
			for _, j := range b {
				a, z := uint64(min(i, int(j))), uint64(max(i, int(j)))
				pairs = append(pairs, a<<32|z)
			}
			left -= len(b)
			buckets[c] = buckets[c][:0]
			if left == 0 {
				for c--; c > 0; c-- {
					buckets[c] = buckets[c][:0]
				}
				break
			}
		}
		for _, j := range touched {
			shared[j] = 0
		}
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	// the pairs of one article a are consecutive: its vector is spread
	// over a dense array once, and each pair costs b's entries only (the
	// same products, summed in the same order, as dot)
	var edges []edge
	var dense []float64
	cur := -1
	for _, p := range pairs {
		a, b := int(p>>32), int(p&(1<<32-1))
		if a != cur {
			if cur >= 0 {
				for _, k := range vecs[cur].keys {
					dense[k] = 0
				}
			}
			cur = a
			dense = spread(dense, vecs[a])
		}
		if sim := dotDense(dense, vecs[b]); sim > 0.02 {
			edges = append(edges, edge{A: a, B: b, Sim: sim})
		}
	}
	return edges
}

// spread writes v's values into dense at their keys, growing it as
// needed; the rest of dense is zero.
func spread(dense []float64, v vector) []float64 {
	if n := len(v.keys); n > 0 && int(v.keys[n-1]) >= len(dense) {
		dense = append(dense, make([]float64, int(v.keys[n-1])+1-len(dense))...)
	}
	for i, k := range v.keys {
		dense[k] = v.vals[i]
	}
	return dense
}

// dotDense is dot of the vector spread in dense with b.
func dotDense(dense []float64, b vector) float64 {
	var s float64
	for i, k := range b.keys {
		if int(k) < len(dense) {
			if x := dense[k]; x != 0 {
				s += x * b.vals[i]
			}
		}
	}
	return s
}

// features are the summaries' features numbered: each distinct key once,
// in order of first use (summaries in ID order, each's keys in order),
// so that ties between equal weights break alike in every run.
type features struct {
	kind []byte // of each feature id: its key's kind ('n', 'p'…)
	df   []int  // of each feature id: how many summaries have it
	// the summaries' features: summary i's are ids[at[i]:at[i+1]]
	// (ascending) with their counts tf[at[i]:at[i+1]]
	ids []int32
	tf  []float64
	at  []int

	byKey map[string]int32 // feature ids by key
	// total, when positive, is the number of summaries df counts (more
	// than these: see DocFreq.Splits)
	total int
}

func internFeatures(sums []*Summary) *features {
	fs := newFeatures(len(sums))
	for _, s := range sums {
		for _, f := range s.features {
			fs.add(f.key, f.tf)
		}
		fs.end()
	}
	return fs
}

func newFeatures(n int) *features {
	return &features{at: make([]int, 1, n+1), byKey: map[string]int32{}}
}

// add adds a feature to the summary being added.
func (fs *features) add(key string, tf float64) {
	id, ok := fs.byKey[key]
	if !ok {
		id = int32(len(fs.df))
		fs.byKey[strings.Clone(key)] = id
		fs.df = append(fs.df, 0)
		fs.kind = append(fs.kind, key[0])
	}
	fs.df[id]++
	fs.ids = append(fs.ids, id)
	fs.tf = append(fs.tf, tf)
}

// end ends the summary being added.
func (fs *features) end() {
	from := fs.at[len(fs.at)-1]
	sort.Sort(byID{fs.ids[from:], fs.tf[from:]})
	fs.at = append(fs.at, len(fs.ids))
}

// byID sorts a summary's feature ids with their counts.
type byID struct {
	ids []int32
	tf  []float64
}

func (b byID) Len() int           { return len(b.ids) }
func (b byID) Less(i, j int) bool { return b.ids[i] < b.ids[j] }
func (b byID) Swap(i, j int) {
	b.ids[i], b.ids[j] = b.ids[j], b.ids[i]
	b.tf[i], b.tf[j] = b.tf[j], b.tf[i]
}

// vectorize builds tf-idf vectors of the summaries' features: of every
// summary, or with members of those only (then idf is the group's own,
// each feature's weight its within-group idf times the square root of
// its idf in all summaries: what tells the group's articles apart, not
// what they share). local and lw are scratch space the size of the
// features (nil: allocated), left zero.
func (fs *features) vectorize(members []int, local []int32, lw []float64) []vector {
	n := len(fs.at) - 1
	each := func(fn func(k, i int)) {
		if members == nil {
			for i := range n {
				fn(i, i)
			}
			return
		}
		for k, i := range members {
			fn(k, i)
		}
	}
	df, weight := fs.df, &featureWeights
	if members != nil {
		n = len(members)
		weight = &splitWeights
		if local == nil {
			local, lw = make([]int32, len(fs.df)), make([]float64, len(fs.df))
		}
	}
	// each feature's weight but its count: kind times idf, computed once
	var kw []float64
	var touched []int32
	if members == nil {
		kw = make([]float64, len(df))
		for id, d := range df {
			if d >= 2 { // a feature no other article has cannot link it
				kw[id] = idfWeight(weight[fs.kind[id]], n, d)
			}
		}
	} else {
		kw = lw
		each(func(_, i int) {
			for _, id := range fs.ids[fs.at[i]:fs.at[i+1]] {
				if local[id] == 0 {
					touched = append(touched, id)
				}
				local[id]++
			}
		})
		gn := len(fs.at) - 1
		if fs.total > 0 {
			gn = fs.total
		}
		for _, id := range touched {
			if d := local[id]; d >= 2 {
				idf := math.Log(float64(n+1)/float64(d)) * math.Sqrt(math.Log(float64(gn+1)/float64(df[id])))
				kw[id] = weight[fs.kind[id]] * idf
			}
		}
	}
	vecs := make([]vector, n)
	var ents []entry
	each(func(k, i int) {
		ents = ents[:0]
		for j := fs.at[i]; j < fs.at[i+1]; j++ {
			id := fs.ids[j]
			if w := kw[id] * tfWeight(fs.tf[j]); w > 0 {
				ents = append(ents, entry{id, w})
			}
		}
		vecs[k] = vectorOf(ents)
	})
	for _, id := range touched {
		local[id], lw[id] = 0, 0
	}
	return vecs
}

// allPairsMax is the largest group whose pairs are all compared when it
// is split; a larger one compares its candidate pairs only.
const allPairsMax = 300

// splitGroups looks again at every group of articles: two events of one
// kind (two quakes, two arrests) share the words of their kind, so inside
// a group only what its articles do not all share may hold them together.
func splitGroups(root []int, fs *features, cand []edge, o StoryOptions) []int {
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
	out := append([]int(nil), root...)
	local, lw := make([]int32, len(fs.df)), make([]float64, len(fs.df))
	var dense []float64
	for _, r := range sortedKeys(members) {
		ms := members[r]
		if len(ms) < 4 {
			continue
		}
		vecs := fs.vectorize(ms, local, lw)
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
				dense = spread(dense, vecs[a])
				for b := a + 1; b < len(vecs); b++ {
					if sim := dotDense(dense, vecs[b]); sim > 0.02 {
						edges = append(edges, edge{A: a, B: b, Sim: sim})
					}
				}
				for _, k := range vecs[a].keys {
					dense[k] = 0
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

type entry struct {
	key int32
	val float64
}

// vectorOf is the normalised vector of the entries, given keys ascending.
func vectorOf(ents []entry) vector {
	v := vector{keys: make([]int32, len(ents)), vals: make([]float64, len(ents))}
	for i, e := range ents {
		v.keys[i], v.vals[i] = e.key, e.val
	}
	normalize(&v)
	return v
}

func normalize[K cmp.Ordered](v *sparse[K]) {
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

// dot is the cosine similarity of two normalised vectors.
func dot[K cmp.Ordered](a, b sparse[K]) float64 {
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
// (pairs without an edge count as 0) reaches t. Ties break by the groups'
// lowest indices, so the result is deterministic; each group is labelled
// by its lowest index.
//
// The heap holds, for every pair of groups that may merge, an entry at
// least as good as the pair's average: a merge pushes new entries only
// for the pairs whose summed similarity grew (the neighbours of the group
// merged away); the others only lost average, and their entries are
// looked at again when they come up. A merge costs the neighbours of the
// smaller side, not of the whole group.
func averageLink(n int, edges []edge, t float64) []int {
	size := make([]int, n)
	label := make([]int, n) // a slot's lowest index
	alive := make([]bool, n)
	parent := make([]int, n)
	nb := make([]map[int]float64, n)
	for i := range n {
		size[i], label[i], alive[i], parent[i], nb[i] = 1, i, true, i, map[int]float64{}
	}
	for _, e := range edges {
		nb[e.A][e.B] += e.Sim
		nb[e.B][e.A] += e.Sim
	}
	h := &pairHeap{}
	entry := func(a, b int, avg float64) pair {
		return pair{avg: avg, a: a, b: b, la: min(label[a], label[b]), lb: max(label[a], label[b])}
	}
	for _, e := range edges {
		if e.Sim >= t {
			h.push(entry(e.A, e.B, e.Sim))
		}
	}
	var grew []int
	for len(*h) > 0 {
		p := h.pop()
		a, b := p.a, p.b
		if !alive[a] || !alive[b] {
			continue
		}
		if cur := entry(a, b, nb[a][b]/float64(size[a]*size[b])); cur != p {
			if cur.avg >= t {
				h.push(cur)
			}
			continue
		}
		if len(nb[a]) < len(nb[b]) {
			a, b = b, a
		}
		// merge slot b into slot a
		alive[b] = false
		parent[b] = a
		size[a] += size[b]
		label[a] = min(label[a], label[b])
		delete(nb[a], b)
		grew = grew[:0]
		for c, s := range nb[b] {
			if c == a {
				continue
			}
			nb[a][c] += s
			delete(nb[c], b)
			nb[c][a] = nb[a][c]
			grew = append(grew, c)
		}
		nb[b] = nil
		for _, c := range grew {
			if avg := nb[a][c] / float64(size[a]*size[c]); avg >= t {
				h.push(entry(a, c, avg))
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
		out[i] = label[find(i)]
	}
	return out
}

type pair struct {
	avg    float64
	a, b   int // slots
	la, lb int // their labels, the lower first: the order among ties
}

// pairHeap is a binary heap of pairs, the best (see less) on top.
type pairHeap []pair

func (p pair) less(q pair) bool {
	if p.avg != q.avg {
		return p.avg > q.avg
	}
	if p.la != q.la {
		return p.la < q.la
	}
	return p.lb < q.lb
}

func (h *pairHeap) push(p pair) {
	*h = append(*h, p)
	s := *h
	for i := len(s) - 1; i > 0; {
		up := (i - 1) / 2
		if !s[i].less(s[up]) {
			break
		}
		s[i], s[up] = s[up], s[i]
		i = up
	}
}

func (h *pairHeap) pop() pair {
	s := *h
	top := s[0]
	last := len(s) - 1
	s[0] = s[last]
	s = s[:last]
	for i := 0; ; {
		l, best := 2*i+1, i
		if l < len(s) && s[l].less(s[best]) {
			best = l
		}
		if r := l + 1; r < len(s) && s[r].less(s[best]) {
			best = r
		}
		if best == i {
			break
		}
		s[i], s[best] = s[best], s[i]
		i = best
	}
	*h = s
	return top
}
