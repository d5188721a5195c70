package web

import (
	"path"
	"strings"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules"
)

// apiReport is the JSON of /api/discrepancies and /api/check: the shape
// of `check --format json`, its discrepancies' sides told which article
// they come from, and, on a paged list, where the page is.
type apiReport struct {
	*pipeline.Report
	Discrepancies []apiDiscrepancy `json:"discrepancies"`
	// Total counts the discrepancies that match before paging; From and
	// Next are the positions of this page and the next (Next is absent
	// on the last page).
	Total int  `json:"total"`
	From  int  `json:"from"`
	Next  *int `json:"next,omitempty"`
}

// apiDiscrepancy is a discrepancy as the API gives it: every field of
// the check's JSON, each side with its article.
type apiDiscrepancy struct {
	rules.Discrepancy
	Claims []apiSide `json:"claims"`
}

// apiSide is one side: the check's fields (byte offsets), the cited
// article's title, source, date and URL, and, where the article's text is
// at hand (always for a draft), the offsets in UTF-16 code units, which is
// what a browser editor counts in.
type apiSide struct {
	rules.ClaimRef
	Cited              *citedArticle `json:"cited,omitempty"`
	StartUTF16         *int          `json:"start_utf16,omitempty"`
	EndUTF16           *int          `json:"end_utf16,omitempty"`
	SentenceStartUTF16 *int          `json:"sentence_start_utf16,omitempty"`
	SentenceEndUTF16   *int          `json:"sentence_end_utf16,omitempty"`
}

// citedArticle is what a side says about its article: never a path on
// the server.
type citedArticle struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Source string `json:"source,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD
	URL    string `json:"url,omitempty"`
	Draft  bool   `json:"draft,omitempty"`
}

// apiView turns discrepancies into their API form. texts gives an
// article's text for UTF-16 offsets (nil: none).
func (s *Server) apiView(ds []rules.Discrepancy, metas map[string]rules.ArticleMeta, drafts map[string]*article.Article, texts func(id string) (string, bool)) []apiDiscrepancy {
	cited := map[string]*citedArticle{}
	u16 := map[string]*utf16Index{}
	out := make([]apiDiscrepancy, len(ds))
	for i, d := range ds {
		sides := make([]apiSide, len(d.Claims))
		for j, c := range d.Claims {
			ca, ok := cited[c.Article]
			if !ok {
				ca = s.cited(c.Article, metas, drafts)
				cited[c.Article] = ca
			}
			side := apiSide{ClaimRef: c, Cited: ca}
			if texts != nil {
				ix, ok := u16[c.Article]
				if !ok {
					if t, found := texts(c.Article); found {
						ix = newUTF16Index(t)
					}
					u16[c.Article] = ix
				}
				if ix != nil {
					side.StartUTF16, side.EndUTF16 = ix.at(c.Start), ix.at(c.End)
					side.SentenceStartUTF16, side.SentenceEndUTF16 = ix.at(c.SentenceStart), ix.at(c.SentenceEnd)
				}
			}
			sides[j] = side
		}
		out[i] = apiDiscrepancy{Discrepancy: d, Claims: sides}
	}
	return out
}

// cited describes an article for the API.
func (s *Server) cited(id string, metas map[string]rules.ArticleMeta, drafts map[string]*article.Article) *citedArticle {
	if a, ok := drafts[id]; ok {
		ref, _ := a.Reference(s.opt.Extract.RefPolicy)
		return &citedArticle{ID: id, Title: a.Title, Date: fmtDate(ref), Draft: true}
	}
	m := s.meta(id, metas)
	c := &citedArticle{ID: id, Title: m.Title, Source: m.Source, Date: fmtDate(m.Reference)}
	if info, ok := s.infoByID[id]; ok {
		c.URL = webURL(info.URL)
	}
	return c
}

// publicPath keeps a file's name but not where it is on the server.
func publicPath(p string) string {
	if p == "" {
		return ""
	}
	return path.Base(strings.ReplaceAll(p, `\`, "/"))
}

// utf16Index converts byte offsets of a text to UTF-16 code units, from
// checkpoints so that many offsets into a long draft cost little.
type utf16Index struct {
	text   string
	counts []int // UTF-16 units before byte i*utf16Step
}

const utf16Step = 4096

func newUTF16Index(text string) *utf16Index {
	ix := &utf16Index{text: text, counts: make([]int, 0, len(text)/utf16Step+1)}
	n := 0
	for i := 0; i < len(text); i++ {
		if i%utf16Step == 0 {
			ix.counts = append(ix.counts, n)
		}
		n += utf16Units(text[i])
	}
	return ix
}

// utf16Units is what byte b adds: 1 for each character's first byte (an
// invalid byte stands for U+FFFD, one unit too), 2 for the first byte of
// a character beyond the BMP (a surrogate pair), 0 for a continuation.
func utf16Units(b byte) int {
	switch {
	case b&0xC0 == 0x80:
		return 0
	case b >= 0xF0 && b <= 0xF4:
		return 2
	}
	return 1
}

// at is the UTF-16 offset of byte offset off (clipped to the text).
func (ix *utf16Index) at(off int) *int {
	off = max(0, min(off, len(ix.text)))
	k := off / utf16Step
	n := 0
	if k < len(ix.counts) {
		n = ix.counts[k]
	} else if len(ix.counts) > 0 {
		k = len(ix.counts) - 1
		n = ix.counts[k]
	}
	for i := k * utf16Step; i < off; i++ {
		n += utf16Units(ix.text[i])
	}
	return &n
}
