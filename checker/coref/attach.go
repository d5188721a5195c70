package coref

import (
	"sort"
	"strconv"
)

// A check that adds a few articles to a linked corpus need not link the
// corpus again: it keeps each story as the last full link made it and
// places each new article in the story it is most similar to (see
// pipeline's relink). What that needs of the link is here: the story
// features' document frequencies it weighed them by (DocFreq), the
// weighted vector of one summary under them (Vector), the similarity two
// stories are joined at (StoryThreshold) and the events of one story's
// articles (ClusterStory).

// DocFreq counts, of N summaries, how many have each story feature.
type DocFreq struct {
	N  int              `json:"n"`
	DF map[string]int32 `json:"df"`
}

// docFreq is the document frequencies of the features fs numbered.
func (fs *features) docFreq() *DocFreq {
	d := &DocFreq{N: len(fs.at) - 1, DF: make(map[string]int32, len(fs.byKey))}
	for k, id := range fs.byKey {
		d.DF[k] = int32(fs.df[id])
	}
	return d
}

// Add counts one more summary.
func (d *DocFreq) Add(s *Summary) {
	if d.DF == nil {
		d.DF = map[string]int32{}
	}
	d.N++
	for _, f := range s.features {
		d.DF[f.key]++
	}
}

// StoryVector is a summary's features weighed as Link weighs them for
// grouping (kind times idf under a DocFreq, times 1 + log of the count),
// normalised.
type StoryVector sparse[string]

// Vector is s's StoryVector under d: a feature no other summary has
// weighs nothing, as in Link.
func (d *DocFreq) Vector(s *Summary) StoryVector {
	var v sparse[string]
	type kv struct {
		k string
		w float64
	}
	var ents []kv
	for _, f := range s.features {
		df := d.DF[f.key]
		if df < 2 || f.tf <= 0 {
			continue
		}
		if w := idfWeight(featureWeights[f.key[0]], d.N, int(df)) * tfWeight(f.tf); w > 0 {
			ents = append(ents, kv{f.key, w})
		}
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].k < ents[j].k })
	for _, e := range ents {
		v.keys = append(v.keys, e.k)
		v.vals = append(v.vals, e.w)
	}
	normalize(&v)
	return StoryVector(v)
}

// Dot is the cosine similarity of two vectors.
func (v StoryVector) Dot(w StoryVector) float64 { return dot(sparse[string](v), sparse[string](w)) }

// StoryThreshold is the average similarity two groups of articles need to
// be one story (StoryOptions.Threshold's default).
func StoryThreshold() float64 { return StoryOptions{}.withDefaults(0).Threshold }

// ClusterStory is the story of the summarised articles as Link makes it
// when it groups exactly these articles into one story: its articles in
// ID order, its class and year, and its events (numbered from e1).
func ClusterStory(sums []*Summary) (*Story, []*Event) {
	g := append([]*Summary(nil), sums...)
	sort.SliceStable(g, func(i, j int) bool { return g[i].ID < g[j].ID })
	st := &Story{ID: "s1"}
	for _, s := range g {
		st.Articles = append(st.Articles, s.ID)
	}
	evs := clusterStory(st, g)
	for i, e := range evs {
		e.ID = "e" + strconv.Itoa(i+1)
	}
	return st, evs
}

// Splits reports whether Link, given the summarised articles as one
// group, would split it (see splitGroups: the similarity of its articles
// on what they do not all share), their features weighed by d's
// document frequencies. A group of more than allPairsMax articles, which
// Link splits on candidate pairs only, is never reported split.
func (d *DocFreq) Splits(sums []*Summary) bool {
	if len(sums) < 4 || len(sums) > allPairsMax {
		return false
	}
	g := append([]*Summary(nil), sums...)
	sort.SliceStable(g, func(i, j int) bool { return g[i].ID < g[j].ID })
	fs := internFeatures(g)
	for k, id := range fs.byKey {
		fs.df[id] = max(fs.df[id], int(d.DF[k]))
	}
	fs.total = max(d.N, len(g))
	root := make([]int, len(g))
	for _, r := range splitGroups(root, fs, nil, StoryOptions{}.withDefaults(d.N)) {
		if r != 0 {
			return true
		}
	}
	return false
}
