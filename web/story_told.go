package web

import (
	"sort"

	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules"
)

// storyTold bounds the articles whose first sentence about the main event
// a story page quotes: each is read from the index per page view.
const storyTold = 12

// told is how each article first names an event, oldest article first:
// the sentence of its first mention with the word marked. At most
// storyTold articles are read.
func (s *Server) told(e StoryEvent) (sides []sideView, more int) {
	first := map[string]EventMention{}
	var arts []string
	for _, m := range e.Mentions {
		if f, ok := first[m.Article]; !ok || m.Start < f.Start {
			if !ok {
				arts = append(arts, m.Article)
			}
			first[m.Article] = m
		}
	}
	labels := map[string]articleLabel{}
	for _, a := range arts {
		labels[a] = s.label(a, nil, nil)
	}
	sort.SliceStable(arts, func(i, j int) bool {
		di, dj := labels[arts[i]].Date, labels[arts[j]].Date
		if di != dj {
			return di != "" && (dj == "" || di < dj)
		}
		return arts[i] < arts[j]
	})
	if len(arts) > storyTold {
		more = len(arts) - storyTold
		arts = arts[:storyTold]
	}
	src := s.articleCache(nil)
	for _, id := range arts {
		a, ok := src(id)
		if !ok {
			continue
		}
		m := first[id]
		if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
			continue
		}
		ref := rules.ClaimRef{Article: id, Value: m.Text, ValueText: m.Text, Start: m.Start, End: m.End,
			SentenceStart: m.Start, SentenceEnd: m.End}
		_, sents := text.Split(a.Text)
		for _, st := range sents {
			if st.Start <= m.Start && m.End <= st.End {
				ref.SentenceStart, ref.SentenceEnd = st.Start, st.End
				break
			}
		}
		ref.Text = a.Text[ref.SentenceStart:ref.SentenceEnd]
		sides = append(sides, sideView{Ref: ref, Article: labels[id], Segs: snippet(ref, 2*contextBytes)})
	}
	return sides, more
}
