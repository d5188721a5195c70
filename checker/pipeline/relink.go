package pipeline

import (
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/coref"
	"github.com/crosscheck/crosscheck/corpus/store"
)

// A re-check that adds articles to a checked index need not link the
// whole corpus into stories again. The full link (every check without a
// saved one, or whose changes relinkAdded refuses) saves a linkState with
// the check; a re-check then keeps every story as that link made it and
// places each new article (relinkAdded):
//
//   - it is compared, under the story features' document frequencies of
//     the saved link plus the new articles, with the indexed articles the
//     index finds for its names, places, numbers and event words (as a
//     draft's candidates) and with the articles added before it (ID
//     order), and joins the story whose articles it is most similar to on
//     average (pairs not compared count 0, as in the full link), when
//     that average reaches the threshold the full link joins groups at
//     and its reference date is within coref.StoryWindow of the story's
//     dated articles; otherwise it starts a story of its own;
//   - the stories it joined (and its own) are clustered into events
//     again, their claims keyed again, and the rules run again on every
//     subject those claims were or are compared under; every other
//     subject keeps its saved result.
//
// A story whose name (the key most of its claims are filed under) the
// new names take or free is keyed again too.
//
// The result is the full check's whenever the full link would group the
// corpus so. Where it may not, the re-check links the whole corpus again
// instead: when articles were removed or replaced; when the journal does
// not list the articles written (an older program wrote them); when the
// corpus grew by more than relinkGrowth since the last full link (the
// saved frequencies, the full link's cut-offs and what is rare drift as
// it grows); when a story a new article joined would now split (see
// coref.DocFreq.Splits) or newly files its news under the key another
// story files its own under (most likely the same event: the full link
// may join them); when an indexed article of another story is now as
// close, on average, to a new article's story as to its own (the full
// link may move it); when names keep changing hands (relinkRenames), or
// a key an untouched claim is compared under changes hands. What is left
// is drift these do not see: a decision of the full link that the new
// articles' weight on the document frequencies tips one way or the other
// far from them (two stories the new articles do not touch merged or
// split), or an article that joins a story on a candidate pair the full
// link does not compare (or the reverse). On 30 re-checks of the ECB+
// dev corpus after appending 3 to 36 of its articles, every report was
// the full check's (25 of them linked in full); see the README.

// relinkGrowth: a re-check links the corpus in full when it grew by more
// than this share of the articles of the last full link.
const relinkGrowth = 0.05

// relinkRenames bounds the rounds of stories renamed by others' new
// names (see relinkAdded); one more links in full.
const relinkRenames = 4

// linkState is what a check saves of its link into stories for the next
// re-check (see relinkAdded).
type linkState struct {
	// Linked is the number of articles the last full link grouped;
	// Freq the story features' document frequencies, of those and of the
	// articles placed since.
	Linked int            `json:"linked"`
	Freq   *coref.DocFreq `json:"freq"`
	// Parts: article ID -> its story part (its first article's ID), of
	// every article linked.
	Parts map[string]string `json:"parts"`
	// Span: story part -> the earliest and latest reference dates of its
	// dated articles (Unix seconds); absent for a part of undated ones.
	Span map[string][2]int64 `json:"span,omitempty"`
	// Names: story part -> class -> the key most of its claims of the
	// class were filed under (storyMap.bestNames).
	Names map[string]map[string]string `json:"names"`
	// Keys: article ID -> the key each of its claims is compared under
	// ("" for a claim about no event), of every article with an event
	// claim.
	Keys map[string][]string `json:"keys"`
}

// newLinkState is the link state of map m, linked from articles whose
// reference dates refs gives (zero: unknown).
func newLinkState(m *storyMap, freq *coref.DocFreq, refs map[string]time.Time) *linkState {
	ls := &linkState{Linked: freq.N, Freq: freq, Parts: make(map[string]string, len(m.part)),
		Span: map[string][2]int64{}, Names: map[string]map[string]string{}, Keys: map[string][]string{}}
	for id, p := range m.part {
		ls.Parts[id] = p
		ls.widen(p, refs[id])
	}
	ls.setNames(m.bestNames()) // of the claims m noted
	return ls
}

// widen adds a reference date to part p's span.
func (ls *linkState) widen(p string, ref time.Time) {
	if ref.IsZero() {
		return
	}
	t := ref.Unix()
	sp, ok := ls.Span[p]
	if !ok {
		sp = [2]int64{t, t}
	}
	ls.Span[p] = [2]int64{min(sp[0], t), max(sp[1], t)}
}

// setNames records best names given as part + " " + class -> key.
func (ls *linkState) setNames(best map[string]string) {
	for pc, k := range best {
		i := strings.LastIndexByte(pc, ' ')
		part, class := pc[:i], pc[i+1:]
		if ls.Names[part] == nil {
			ls.Names[part] = map[string]string{}
		}
		ls.Names[part][class] = k
	}
}

// bestNames is Names as storyMap keys them, but for the parts skip.
func (ls *linkState) bestNames(skip map[string]bool) map[string]string {
	out := map[string]string{}
	for part, byClass := range ls.Names {
		if skip[part] {
			continue
		}
		for class, k := range byClass {
			out[part+" "+class] = k
		}
	}
	return out
}

// setKeys records the keys an article's claims are compared under.
func (ls *linkState) setKeys(id string, keys []string) {
	if slices.ContainsFunc(keys, func(k string) bool { return k != "" }) {
		ls.Keys[id] = keys
	} else {
		delete(ls.Keys, id)
	}
}

// relinked is what relinkAdded found: the event claims of every subject
// to check again, grouped by the keys they are compared under, with
// their articles, and the link state after.
type relinked struct {
	groups map[string][]claim.Claim
	infos  map[string]store.ArticleInfo
	keys   []string // the subjects to check again, sorted
	state  *linkState
}

// loadedArt is an indexed article relinkAdded read.
type loadedArt struct {
	info   store.ArticleInfo
	claims []claim.Claim
	sum    *coref.Summary
}

// relinkAdded places the articles written since the saved check (ch) in
// the stories of the saved link ls (see the note at the top); nil when
// it cannot, and the corpus must be linked in full. The document
// frequencies of ls count the new articles after.
func relinkAdded(ix *store.Index, opt Options, ls *linkState, ch store.Changes) (*relinked, error) {
	if ls == nil || ls.Freq == nil || ch.ArticlesUnknown || len(ch.Removed) > 0 {
		return nil, nil
	}
	for _, id := range ch.Written {
		if _, ok := ls.Parts[id]; ok {
			return nil, nil // replaced: its story may lose it
		}
		if _, ok := ls.Keys[id]; ok {
			return nil, nil
		}
	}
	if float64(ls.Freq.N+len(ch.Written)) > float64(ls.Linked)*(1+relinkGrowth) {
		return nil, nil
	}
	loaded := map[string]*loadedArt{}
	load := func(ids []string) error {
		var todo []string
		for _, id := range ids {
			if loaded[id] == nil {
				todo = append(todo, id)
			}
		}
		return ix.EachClaimsOf(todo, func(info store.ArticleInfo, pc store.PackedClaims) error {
			s, err := storedSummary(ix, opt, info.ID, info.Story)
			if err != nil {
				return err
			}
			ref := metaOfInfo(info, opt).Reference
			if s != nil {
				s.Reference = ref
			}
			cs, err := pc.Claims()
			if err != nil {
				return err
			}
			info.Story = ""
			loaded[info.ID] = &loadedArt{info: info, claims: cs, sum: s}
			return nil
		})
	}
	if err := load(ch.Written); err != nil {
		return nil, err
	}
	added := slices.Clone(ch.Written) // sorted
	added = slices.DeleteFunc(added, func(id string) bool { return loaded[id] == nil })

	// a copy: when placing gives up, the saved link keeps its counts
	freq := &coref.DocFreq{N: ls.Freq.N, DF: maps.Clone(ls.Freq.DF)}
	var cands []string
	candOf := map[string][]string{}
	for _, id := range added {
		s := loaded[id].sum
		if s == nil {
			continue
		}
		freq.Add(s)
		found, err := draftCandidateIDs(ix, opt.KB, []*coref.Summary{s})
		if err != nil {
			return nil, err
		}
		candOf[id] = found
		cands = append(cands, found...)
	}
	slices.Sort(cands)
	if err := load(slices.Compact(cands)); err != nil {
		return nil, err
	}

	// every article's part, and each part's members, as placed so far
	partOf := func(id string) string { return ls.Parts[id] }
	newPart := map[string]string{}
	size := map[string]int{}
	for _, p := range ls.Parts {
		size[p]++
	}
	span := map[string][2]int64{}
	spanOf := func(p string) ([2]int64, bool) {
		if sp, ok := span[p]; ok {
			return sp, true
		}
		sp, ok := ls.Span[p]
		return sp, ok
	}
	vecs := map[string]coref.StoryVector{}
	vec := func(id string) (coref.StoryVector, bool) {
		a := loaded[id]
		if a == nil || a.sum == nil {
			return coref.StoryVector{}, false
		}
		v, ok := vecs[id]
		if !ok {
			v = freq.Vector(a.sum)
			vecs[id] = v
		}
		return v, true
	}
	threshold := coref.StoryThreshold()
	window := int64(coref.StoryWindow / time.Second)
	touched := map[string]bool{} // parts, by their ID before this re-check
	var placed []string
	for _, id := range added {
		a := loaded[id]
		if a.sum == nil {
			continue
		}
		vx, _ := vec(id)
		sums := map[string]float64{}
		seen := map[string]bool{id: true}
		compare := func(c string) {
			if seen[c] {
				return
			}
			seen[c] = true
			p := partOf(c)
			if np, ok := newPart[c]; ok {
				p = np
			}
			if p == "" {
				return
			}
			if vc, ok := vec(c); ok {
				sums[p] += vx.Dot(vc)
			}
		}
		for _, c := range candOf[id] {
			if slices.Contains(added, c) {
				continue // compared below if placed before
			}
			compare(c)
		}
		for _, c := range placed {
			compare(c)
		}
		best, bestAvg := "", 0.0
		ref := a.sum.Reference
		for _, p := range slices.Sorted(maps.Keys(sums)) {
			avg := sums[p] / float64(size[p])
			if avg < threshold || avg <= bestAvg {
				continue
			}
			if sp, ok := spanOf(p); ok && !ref.IsZero() {
				t := ref.Unix()
				if t < sp[0]-window || t > sp[1]+window {
					continue // another run of the story's kind
				}
			}
			best, bestAvg = p, avg
		}
		if best == "" {
			best = id
		} else {
			touched[best] = true
		}
		newPart[id] = best
		size[best]++
		if !ref.IsZero() {
			sp, ok := spanOf(best)
			t := ref.Unix()
			if !ok {
				sp = [2]int64{t, t}
			}
			span[best] = [2]int64{min(sp[0], t), max(sp[1], t)}
		}
		placed = append(placed, id)
	}

	// An indexed article of another story that a new article is close
	// to may be drawn to the new article's story: when it is now as
	// close, on average, to that story as to its own, the full link may
	// move it, which placing cannot.
	partOfNow := func(id string) string {
		if p, ok := newPart[id]; ok {
			return p
		}
		return ls.Parts[id]
	}
	wanted := map[string]bool{} // the stories of near, both sides
	var near [][2]string        // (indexed article, the story it may be drawn to)
	for _, id := range placed {
		vx, _ := vec(id)
		for _, c := range candOf[id] {
			p, q := partOfNow(c), newPart[id]
			if _, isNew := newPart[c]; isNew || p == "" || p == q {
				continue
			}
			if vc, ok := vec(c); !ok || vx.Dot(vc) < threshold {
				continue
			}
			near = append(near, [2]string{c, q})
			wanted[p], wanted[q] = true, true
		}
	}
	if len(near) > 0 {
		membersOf, todo := partMembers(ls.Parts, newPart, func(p string, _ bool) bool { return wanted[p] })
		if err := load(todo); err != nil {
			return nil, err
		}
		avg := func(c string, vc coref.StoryVector, p string) float64 {
			sum, n := 0.0, 0
			for _, o := range membersOf[p] {
				if o == c {
					continue
				}
				if vo, ok := vec(o); ok {
					sum += vc.Dot(vo)
				}
				n++
			}
			if n == 0 {
				return 0
			}
			return sum / float64(n)
		}
		for _, nq := range near {
			c, q := nq[0], nq[1]
			vc, _ := vec(c)
			if avg(c, vc, q) >= avg(c, vc, partOfNow(c)) {
				return nil, nil
			}
		}
	}

	// The stories touched are clustered and their claims keyed again. A
	// story whose name their new names take or free (the key most of its
	// claims are filed under, now shared with another story, or no
	// longer) is touched too: its claims are keyed again under its new
	// name.
	var (
		m         *storyMap
		members   map[string][]string
		isTouched map[string]bool // articles whose claims are keyed again
		ids       []string
	)
	oldBest := ls.bestNames(nil)
	oldNames, oldTaken := resolveNames(oldBest)
	for round := 0; ; round++ {
		if round == relinkRenames {
			return nil, nil
		}
		var todo []string
		members, todo = partMembers(ls.Parts, newPart, func(p string, isNew bool) bool { return isNew || touched[p] })
		if err := load(todo); err != nil {
			return nil, err
		}
		isTouched = map[string]bool{}
		for _, id := range todo {
			if loaded[id] == nil {
				return nil, nil // cannot be: the journal lists every removal
			}
			isTouched[id] = true
		}
		for _, id := range added {
			isTouched[id] = true
		}
		m = newStoryMap()
		for _, p := range slices.Sorted(maps.Keys(members)) {
			var sums, before []*coref.Summary
			for _, id := range members[p] {
				if s := loaded[id].sum; s != nil {
					sums = append(sums, s)
					if _, isNew := newPart[id]; !isNew {
						before = append(before, s)
					}
				}
			}
			// A story the new articles would split (its articles held
			// together before, no longer on what they do not all
			// share) is the full link's to split.
			if round == 0 && len(before) < len(sums) && freq.Splits(sums) && !freq.Splits(before) {
				return nil, nil
			}
			st, evs := coref.ClusterStory(sums)
			m.addStory(st, evs)
		}
		ids = slices.Sorted(maps.Keys(isTouched))
		for _, id := range ids {
			cs := loaded[id].claims
			for j := range cs {
				if cs[j].SubjectKey.IsEvent() {
					m.note(id, &cs[j])
				}
			}
		}
		// A story a new article joined or started that now files its
		// news of a class under the key another story files its own
		// under tells, most likely, of the same event as that story: the
		// full link may join the two, which placing cannot.
		m.fixed = ls.bestNames(touched)
		if round == 0 {
			others := map[string]bool{}
			for _, k := range m.fixed {
				others[k] = true
			}
			oldOf := map[string]string{} // a touched part's ID now -> before
			for p, ms := range members {
				if touched[p] {
					oldOf[m.part[ms[0]]] = p
				}
			}
			now := m.bestNames()
			used := map[string]int{}
			for _, k := range now {
				used[k]++
			}
			for pc, k := range now {
				if !others[k] && used[k] < 2 {
					continue
				}
				i := strings.LastIndexByte(pc, ' ')
				if old, ok := oldOf[pc[:i]]; !ok || oldBest[old+pc[i:]] != k {
					return nil, nil
				}
			}
		}
		m.name("", "")
		renamed := 0
		for pc := range m.fixed {
			if oldNames[pc] != m.names[pc] {
				touched[pc[:strings.LastIndexByte(pc, ' ')]] = true
				renamed++
			}
		}
		if renamed == 0 {
			break
		}
	}
	// No key an untouched claim is compared under may change hands.
	changed := map[string]bool{}
	for k := range oldTaken {
		if !m.taken[k] {
			changed[k] = true
		}
	}
	for k := range m.taken {
		if !oldTaken[k] {
			changed[k] = true
		}
	}
	// refs of every claim by the key it was compared under
	type ref struct {
		art string
		j   int
	}
	byKey := map[string][]ref{}
	for art, keys := range ls.Keys {
		for j, k := range keys {
			if k != "" {
				byKey[k] = append(byKey[k], ref{art, j})
			}
		}
	}
	for k := range changed {
		for _, kk := range []string{k, claim.Key(k).Apart().String()} {
			for _, r := range byKey[kk] {
				if !isTouched[r.art] {
					return nil, nil
				}
			}
		}
	}

	// the subjects to check again: those the touched articles' claims
	// were and are compared under
	next := &linkState{Linked: ls.Linked, Freq: freq, Parts: maps.Clone(ls.Parts), Span: maps.Clone(ls.Span),
		Names: maps.Clone(ls.Names), Keys: maps.Clone(ls.Keys)}
	redo := map[string]bool{}
	groups := map[string][]claim.Claim{}
	infos := map[string]store.ArticleInfo{}
	for _, id := range ids {
		for _, k := range ls.Keys[id] {
			if k != "" {
				redo[k] = true
			}
		}
		a := loaded[id]
		keys := make([]string, len(a.claims))
		for j := range a.claims {
			c := &a.claims[j]
			if !c.SubjectKey.IsEvent() {
				continue
			}
			k := m.key(id, c)
			keys[j] = k
			redo[k] = true
			groups[k] = append(groups[k], *c)
		}
		next.setKeys(id, keys)
		infos[id] = a.info
	}
	// the claims of untouched articles compared under those subjects
	var others []string
	for k := range redo {
		for _, r := range byKey[k] {
			if !isTouched[r.art] {
				others = append(others, r.art)
			}
		}
	}
	slices.Sort(others)
	others = slices.Compact(others)
	if err := load(others); err != nil {
		return nil, err
	}
	for _, id := range others {
		a := loaded[id]
		if a == nil {
			return nil, nil // cannot be: the journal lists every removal
		}
		keys := ls.Keys[id]
		if len(keys) != len(a.claims) {
			return nil, nil
		}
		for j, k := range keys {
			if k != "" && redo[k] {
				groups[k] = append(groups[k], a.claims[j])
			}
		}
		infos[id] = a.info
	}

	// the link state after: the touched parts as placed now
	for p := range touched {
		delete(next.Span, p)
		delete(next.Names, p)
	}
	for _, p := range slices.Sorted(maps.Keys(members)) {
		for _, id := range members[p] {
			first := m.part[id]
			if first == "" {
				continue
			}
			next.Parts[id] = first
			next.widen(first, metaOfInfo(loaded[id].info, opt).Reference)
		}
	}
	next.setNames(m.bestNames())
	return &relinked{groups: groups, infos: infos, keys: slices.Sorted(maps.Keys(redo)), state: next}, nil
}

// partMembers groups by story, in ID order, the saved articles (saved:
// article → story) and the placed ones (added) of the stories keep
// accepts, and lists them all in ID order.
func partMembers(saved, added map[string]string, keep func(part string, isNew bool) bool) (map[string][]string, []string) {
	var ids []string
	for id, p := range saved {
		if keep(p, false) {
			ids = append(ids, id)
		}
	}
	for id, p := range added {
		if keep(p, true) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	members := map[string][]string{}
	for _, id := range ids {
		p, ok := added[id]
		if !ok {
			p = saved[id]
		}
		members[p] = append(members[p], id)
	}
	return members, ids
}
