package pipeline

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/coref"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// claimStore holds, for a full check, every article's metadata and its
// claims, packed as the index stores them (see store.PackedClaims). It
// numbers subjects as articles arrive, so that grouping them overlaps
// with indexing instead of following it.
type claimStore struct {
	arts  []storedArticle
	byID  map[string]int
	bytes int64 // roughly what the store holds, less table
	// table numbers the story features of the articles Check extracts
	// (see prepare)
	table *coref.FeatureTable

	subjectIDs map[string]int32
	keys       []string // subject keys by number, in order of first use
	counts     []int32  // claims per subject
}

type storedArticle struct {
	meta   rules.ArticleMeta
	claims store.PackedClaims
	// subject number of each claim; -1 for a claim without a subject
	subjects []int32
	story    string // the encoded story summary, "" for none
	// features, when split is set, are the story's features: story is
	// then the rest of it (see coref.FeatureTable.Split)
	features string
	split    bool
}

func newClaimStore() *claimStore {
	return &claimStore{byID: map[string]int{}, subjectIDs: map[string]int32{}, table: coref.NewFeatureTable()}
}

// held is roughly what the store holds.
func (s *claimStore) held() int64 {
	return s.bytes + s.table.Bytes()
}

// add records an article; an ID read again replaces the earlier article,
// as the index does.
func (s *claimStore) add(m rules.ArticleMeta, cs store.PackedClaims, story string) error {
	return s.addSplit(m, cs, story, nil)
}

// addSplit is add of an article whose story summary, when features is
// set, was split against the store's table.
func (s *claimStore) addSplit(m rules.ArticleMeta, cs store.PackedClaims, story string, features *string) error {
	subjects := make([]int32, cs.Len())
	for j := range subjects {
		k, err := cs.SubjectKey(j)
		if err != nil {
			return fmt.Errorf("article %s: %w", m.ID, err)
		}
		subjects[j] = s.subject(k)
	}
	// The packed claims, the metadata's strings and the bookkeeping.
	a := storedArticle{meta: m, claims: cs, subjects: subjects, story: story}
	if features != nil {
		a.features, a.split = *features, true
	}
	s.bytes += int64(len(cs.String()) + len(story) + len(a.features) + len(m.ID) + len(m.Title) + len(m.Source) + 4*len(subjects) + 256)
	if i, ok := s.byID[m.ID]; ok {
		for _, id := range s.arts[i].subjects {
			if id >= 0 {
				s.counts[id]--
			}
		}
		s.arts[i] = a
		return nil
	}
	s.byID[m.ID] = len(s.arts)
	s.arts = append(s.arts, a)
	return nil
}

// subject counts one more claim of subject key k and returns its number.
// Claims without a key are about nothing comparable and are left out, as
// the index's subject field leaves them out.
func (s *claimStore) subject(k string) int32 {
	if k == "" {
		return -1
	}
	id, ok := s.subjectIDs[k]
	if !ok {
		id = int32(len(s.keys))
		s.subjectIDs[k] = id
		s.keys = append(s.keys, k)
		s.counts = append(s.counts, 0)
	}
	s.counts[id]++
	return id
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

// subjectIndex lists the claims of every subject, subjects in the order
// they first occur and each subject's claims in store order. One array
// holds all the references (a counting sort): no slice per subject. The
// order follows the articles, so that checking one subject after the
// other reads articles near each other in memory: sorting the keys here
// cost more than the rules at 100k articles, through cache misses alone.
type subjectIndex struct {
	keys   []string
	starts []int32 // claims of keys[i] are refs[starts[i]:starts[i+1]]
	refs   []claimRef
}

// subjects lists the claims of every subject, placed by a counting sort
// of the subject numbers add gave them.
func (s *claimStore) subjects() *subjectIndex {
	six := &subjectIndex{keys: s.keys, starts: make([]int32, len(s.keys)+1)}
	for id, c := range s.counts {
		six.starts[id+1] = six.starts[id] + c
	}
	six.refs = make([]claimRef, six.starts[len(s.keys)])
	fill := slices.Clone(six.starts[:len(s.keys)])
	for i := range s.arts {
		for j, id := range s.arts[i].subjects {
			if id >= 0 {
				six.refs[fill[id]] = claimRef{int32(i), int32(j)}
				fill[id]++
			}
		}
	}
	return six
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
	m.ReferenceFrom, m.Path = strings.Clone(m.ReferenceFrom), strings.Clone(m.Path)
	return m
}

// rekey numbers the subjects again, event claims under the key m gives
// them (see storyMap); subjects left without claims disappear. Each
// article's keys, when it has an event claim, go to ls (see linkState).
func (s *claimStore) rekey(m *storyMap, ls *linkState) error {
	if err := s.eachEventClaim(m.note); err != nil {
		return err
	}
	s.subjectIDs, s.keys, s.counts = map[string]int32{}, nil, nil
	for i := range s.arts {
		a := &s.arts[i]
		var finals []string
		for j := range a.subjects {
			k, err := a.claims.SubjectKey(j)
			if err != nil {
				return fmt.Errorf("article %s: %w", a.meta.ID, err)
			}
			if claim.Key(k).IsEvent() {
				c, err := a.claims.Claim(j)
				if err != nil {
					return fmt.Errorf("article %s: %w", a.meta.ID, err)
				}
				k = m.key(a.meta.ID, &c)
				if finals == nil {
					finals = make([]string, len(a.subjects))
				}
				finals[j] = k
			}
			a.subjects[j] = s.subject(k)
		}
		if finals != nil && ls != nil {
			ls.setKeys(a.meta.ID, finals)
		}
	}
	return nil
}

// eachEventClaim calls fn with every stored event claim.
func (s *claimStore) eachEventClaim(fn func(art string, c *claim.Claim)) error {
	for i := range s.arts {
		a := &s.arts[i]
		for j, id := range a.subjects {
			if id < 0 || !claim.Key(s.keys[id]).IsEvent() {
				continue
			}
			c, err := a.claims.Claim(j)
			if err != nil {
				return fmt.Errorf("article %s: %w", a.meta.ID, err)
			}
			fn(a.meta.ID, &c)
		}
	}
	return nil
}
