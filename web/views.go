package web

import (
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/rules"
)

// articleLabel is how a page names an article.
type articleLabel struct {
	ID, Title, Source, Date string
	Known                   bool // in the index: the page can link to it
	Draft                   bool
}

// sideView is one side of a discrepancy, ready to show.
type sideView struct {
	Ref     rules.ClaimRef
	Article articleLabel
	Segs    []segment
}

// itemView is one discrepancy, ready to show: its sides grouped by value.
type itemView struct {
	D        rules.Discrepancy
	Story    string // the story of its first side, when there is a story layer
	Groups   []valueGroup
	Hidden   int  // value groups not shown
	Timeline bool // a count that changed over time
	Link     bool // it has a page of its own (corpus discrepancies)
}

// Articles counts the distinct articles on the discrepancy's sides.
func (v itemView) Articles() int {
	seen := map[string]bool{}
	for _, c := range v.D.Claims {
		seen[c.Article] = true
	}
	return len(seen)
}

// articleSource finds an article's text for evidence in context.
type articleSource func(id string) (*article.Article, bool)

// articleCache returns an articleSource that reads each article from the
// index at most once per request; drafts (not indexed) come first.
func (s *Server) articleCache(drafts map[string]*article.Article) articleSource {
	cache := map[string]*article.Article{}
	return func(id string) (*article.Article, bool) {
		if a, ok := drafts[id]; ok {
			return a, true
		}
		if a, ok := cache[id]; ok {
			return a, a != nil
		}
		a, _, err := s.ix.Get(id)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			s.cfg.ErrorLog.Printf("web: article %s: %v", id, err)
		}
		cache[id] = a
		return a, a != nil
	}
}

func (s *Server) label(id string, metas map[string]rules.ArticleMeta, drafts map[string]*article.Article) articleLabel {
	m := s.meta(id, metas)
	_, draft := drafts[id]
	_, known := s.infoByID[id]
	return articleLabel{ID: id, Title: m.Title, Source: m.Source, Date: fmtDate(m.Reference), Known: known && !draft, Draft: draft}
}

// item prepares d: with src, each example side in its paragraph (the
// discrepancy's own page); without, a short snippet of its sentence (a
// list).
func (s *Server) item(d rules.Discrepancy, metas map[string]rules.ArticleMeta, drafts map[string]*article.Article, src articleSource, lim groupLimits) itemView {
	v := itemView{D: d, Timeline: isTimeline(d)}
	_, v.Link = s.byID[d.ID]
	if len(d.Claims) > 0 {
		v.Story = s.storyOf(d.Claims[0].Article)
	}
	labels := map[string]articleLabel{}
	label := func(id string) articleLabel {
		l, ok := labels[id]
		if !ok {
			l = s.label(id, metas, drafts)
			labels[id] = l
		}
		return l
	}
	v.Groups, v.Hidden = groupSides(d, lim, label, func(c rules.ClaimRef, l articleLabel) sideView {
		side := sideView{Ref: c, Article: l}
		if src == nil {
			side.Segs = snippet(c, snippetBytes)
		} else if a, ok := src(c.Article); ok {
			side.Segs = evidenceContext(c, a.Text, a.Paragraphs)
		} else {
			side.Segs = sentenceMarked(c)
		}
		return side
	})
	return v
}

// spanKey identifies a claim's evidence across a claim and a ClaimRef.
type spanKey struct {
	start, end int
	value      string
}

// claimView is one claim in an article's claim list.
type claimView struct {
	N             int
	C             claim.Claim
	Discrepancies []string // IDs of the corpus discrepancies citing it
}

// articleView is an article with every claim marked in its text.
type articleView struct {
	A             *article.Article
	Date          string
	URL           string // the original, when it is a web address
	Paragraphs    [][]segment
	Claims        []claimView
	Discrepancies []itemView
	// Citing counts every discrepancy citing the article; only the first
	// maxCiting are shown.
	Citing int
	Story  string // the story it belongs to, when there is a story layer
}

// maxCiting bounds the discrepancies an article page lists in full.
const maxCiting = 20

func (s *Server) articleView(a *article.Article, cs []claim.Claim) articleView {
	cited := map[spanKey][]string{}
	var items []itemView
	for n, i := range s.byArticle[a.ID] {
		d := s.report.Discrepancies[i]
		if n < maxCiting {
			items = append(items, s.item(d, nil, nil, nil, listLimits))
		}
		for _, c := range d.Claims {
			if c.Article == a.ID {
				k := spanKey{c.Start, c.End, c.Value}
				cited[k] = append(cited[k], d.ID)
			}
		}
	}
	v := articleView{A: a, Date: fmtDate(a.Published), URL: webURL(a.URL), Discrepancies: items, Citing: len(s.byArticle[a.ID]), Story: s.storyOf(a.ID)}
	spans := make([]markSpan, 0, len(cs))
	for i, c := range cs {
		cv := claimView{N: i + 1, C: c, Discrepancies: cited[spanKey{c.Evidence.Start, c.Evidence.End, c.Value}]}
		v.Claims = append(v.Claims, cv)
		sp := markSpan{Start: c.Evidence.Start, End: c.Evidence.End, Mark: true,
			Anchor: fmt.Sprintf("c-%d", cv.N), Title: fmt.Sprintf("%s: %s", c.Kind, c.ValueText),
			Href: fmt.Sprintf("#claim-%d", cv.N)}
		if len(cv.Discrepancies) > 0 {
			sp.Class, sp.Href = "conflict", "/discrepancies/"+cv.Discrepancies[0]
		}
		spans = append(spans, sp)
	}
	v.Paragraphs = paragraphSegments(a, spans)
	return v
}

// paragraphSegments splits each paragraph of a at the spans touching it.
func paragraphSegments(a *article.Article, spans []markSpan) [][]segment {
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	longest := 0
	for _, sp := range spans {
		longest = max(longest, sp.End-sp.Start)
	}
	paras := a.Paragraphs
	if len(paras) == 0 && a.Text != "" {
		paras = article.SplitParagraphs(a.Text)
	}
	out := make([][]segment, 0, len(paras))
	for _, p := range paras {
		if p.Start < 0 || p.End > len(a.Text) || p.Start >= p.End {
			continue
		}
		upto := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= p.End })
		// Spans are short: none starting before p.Start-longest reaches p.
		lo := sort.Search(len(spans), func(i int) bool { return spans[i].Start >= p.Start-longest })
		var here []markSpan
		for _, sp := range spans[lo:upto] {
			if sp.End > p.Start {
				here = append(here, sp)
			}
		}
		out = append(out, highlight(a.Text[p.Start:p.End], p.Start, here))
	}
	return out
}

// draftView is one checked draft with its conflicting evidence marked.
type draftView struct {
	ID, Title, Date string
	Paragraphs      [][]segment
}

func draftViews(drafts []*article.Article, ds []rules.Discrepancy) []draftView {
	out := make([]draftView, 0, len(drafts))
	for _, a := range drafts {
		var spans []markSpan
		for _, d := range ds {
			for _, c := range d.Claims {
				if c.Article == a.ID {
					spans = append(spans, markSpan{Start: c.Start, End: c.End, Mark: true, Class: "conflict",
						Title: string(d.Kind) + ": " + clip(d.Summary, 140), Href: "#d-" + d.ID})
				}
			}
		}
		out = append(out, draftView{ID: a.ID, Title: a.Title, Date: fmtDate(a.Published), Paragraphs: paragraphSegments(a, spans)})
	}
	return out
}

// webURL is u when it is an http(s) address a page may link to, else ""
// (a javascript: or file: URL in an article's metadata is no link).
func webURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

// clip shortens s to about n bytes at a rune boundary, with "…".
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:snapRune(s, n)] + "…"
}
