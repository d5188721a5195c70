package pipeline

import (
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus"
	"github.com/crosscheck/crosscheck/rules"
)

// claimStore holds, for a full check, every article's metadata and its
// claims, packed as the index stores them (see corpus.PackedClaims).
type claimStore struct {
	arts  []storedArticle
	byID  map[string]int
	bytes int64 // roughly what the store holds
}

type storedArticle struct {
	meta   rules.ArticleMeta
	claims corpus.PackedClaims
}

func newClaimStore() *claimStore { return &claimStore{byID: map[string]int{}} }

// add records an article; an ID read again replaces the earlier article,
// as the index does.
func (s *claimStore) add(m rules.ArticleMeta, cs corpus.PackedClaims) {
	// The packed claims, the metadata's strings and the bookkeeping.
	s.bytes += int64(len(cs.String()) + len(m.ID) + len(m.Title) + len(m.Source) + 256)
	if i, ok := s.byID[m.ID]; ok {
		s.arts[i] = storedArticle{m, cs}
		return
	}
	s.byID[m.ID] = len(s.arts)
	s.arts = append(s.arts, storedArticle{m, cs})
}

func (s *claimStore) has(id string) bool {
	_, ok := s.byID[id]
	return ok
}

func (s *claimStore) claims() int {
	n := 0
	for i := range s.arts {
		n += s.arts[i].claims.Len()
	}
	return n
}

func (s *claimStore) metas() map[string]rules.ArticleMeta {
	out := make(map[string]rules.ArticleMeta, len(s.arts))
	for i := range s.arts {
		out[s.arts[i].meta.ID] = s.arts[i].meta
	}
	return out
}

// claimRef points at one stored claim.
type claimRef struct{ art, claim int32 }

// subjectIndex lists the claims of every subject, subjects sorted by key
// and each subject's claims in store order. One array holds all the
// references (a counting sort): no slice per subject.
type subjectIndex struct {
	keys   []string
	starts []int32 // claims of keys[i] are refs[starts[i]:starts[i+1]]
	refs   []claimRef
}

// subjects indexes the stored claims by subject key. Claims without a
// key are about nothing comparable and are left out, as the index's
// subject field leaves them out.
func (s *claimStore) subjects() (*subjectIndex, error) {
	ids := map[string]int32{}
	var keys []string
	var counts []int32
	total := 0
	// The keys of every claim, read once: the second pass reuses them.
	claimKeys := make([]int32, 0, s.claims())
	for i := range s.arts {
		for j := range s.arts[i].claims.Len() {
			k, err := s.arts[i].claims.SubjectKey(j)
			if err != nil {
				return nil, err
			}
			if k == "" {
				claimKeys = append(claimKeys, -1)
				continue
			}
			id, ok := ids[k]
			if !ok {
				id = int32(len(keys))
				ids[k] = id
				keys = append(keys, k)
				counts = append(counts, 0)
			}
			counts[id]++
			total++
			claimKeys = append(claimKeys, id)
		}
	}
	// Sorted order of the keys, and where each sorted key's claims go.
	order := make([]int32, len(keys))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(keys[a], keys[b]) })
	rank := make([]int32, len(keys))
	six := &subjectIndex{keys: make([]string, len(keys)), starts: make([]int32, len(keys)+1), refs: make([]claimRef, total)}
	for r, id := range order {
		rank[id] = int32(r)
		six.keys[r] = keys[id]
		six.starts[r+1] = six.starts[r] + counts[id]
	}
	fill := slices.Clone(six.starts[:len(keys)])
	n := 0
	for i := range s.arts {
		for j := range s.arts[i].claims.Len() {
			id := claimKeys[n]
			n++
			if id < 0 {
				continue
			}
			r := rank[id]
			six.refs[fill[r]] = claimRef{int32(i), int32(j)}
			fill[r]++
		}
	}
	return six, nil
}

// gather unpacks the claims of subject i into buf.
func (six *subjectIndex) gather(s *claimStore, i int, buf []claim.Claim) ([]claim.Claim, error) {
	buf = buf[:0]
	for _, r := range six.refs[six.starts[i]:six.starts[i+1]] {
		c, err := s.arts[r.art].claims.Claim(int(r.claim))
		if err != nil {
			return buf, err
		}
		buf = append(buf, c)
	}
	return buf, nil
}

// detachMeta copies the strings of m, which may be cut from a whole file.
func detachMeta(m rules.ArticleMeta) rules.ArticleMeta {
	m.ID, m.Title, m.Source = strings.Clone(m.ID), strings.Clone(m.Title), strings.Clone(m.Source)
	m.ReferenceFrom = strings.Clone(m.ReferenceFrom)
	return m
}
