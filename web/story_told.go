package web

import (
	"sort"
	"strings"

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
	byArt := map[string][]EventMention{}
	var arts []string
	for _, m := range e.Mentions {
		if _, ok := byArt[m.Article]; !ok {
			arts = append(arts, m.Article)
		}
		byArt[m.Article] = append(byArt[m.Article], m)
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
		ms := byArt[id]
		sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		_, sents := text.Split(a.Text)
		// The first mention outside the headline: a text that starts
		// with its title would otherwise only repeat it.
		var ref rules.ClaimRef
		for _, m := range ms {
			if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
				continue
			}
			r := rules.ClaimRef{Article: id, Value: m.Text, ValueText: m.Text, Start: m.Start, End: m.End,
				SentenceStart: m.Start, SentenceEnd: m.End}
			for _, st := range sents {
				if st.Start <= m.Start && m.End <= st.End {
					r.SentenceStart, r.SentenceEnd = st.Start, st.End
					break
				}
			}
			headline := strings.TrimSpace(a.Text[r.SentenceStart:r.SentenceEnd]) == strings.TrimSpace(a.Title)
			if ref.End == 0 || !headline {
				ref = r
			}
			if !headline {
				break
			}
		}
		if ref.End == 0 {
			continue
		}
		ref.Text = a.Text[ref.SentenceStart:ref.SentenceEnd]
		sides = append(sides, sideView{Ref: ref, Article: labels[id], Segs: snippet(ref, 2*contextBytes)})
	}
	return sides, more
}
