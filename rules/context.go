package rules

import (
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Context is what rules may consult besides the claims.
type Context struct {
	KB       *kb.KB                 // may be nil: rules that need it say nothing
	Articles map[string]ArticleMeta // article ID → metadata
}

// ArticleMeta describes an article a claim comes from.
type ArticleMeta struct {
	ID            string    `json:"id"`
	Title         string    `json:"title,omitempty"`
	Source        string    `json:"source,omitempty"`
	Reference     time.Time `json:"reference,omitempty"` // zero = unknown
	ReferenceFrom string    `json:"reference_from,omitempty"`
	// Path is the file the article was read from, when it was ("line"
	// output points into it).
	Path string `json:"path,omitempty"`
}

func (ctx *Context) kb() *kb.KB {
	if ctx == nil {
		return nil
	}
	return ctx.KB
}

func (ctx *Context) meta(article string) (ArticleMeta, bool) {
	if ctx == nil {
		return ArticleMeta{}, false
	}
	m, ok := ctx.Articles[article]
	return m, ok
}

// reference is the day a claim's article was written: the claim's own
// Reference, else the article's metadata; ok is false when unknown.
func (ctx *Context) reference(c *claim.Claim) (time.Time, bool) {
	if !c.Reference.IsZero() {
		return c.Reference.Time(), true
	}
	if m, ok := ctx.meta(c.Evidence.Article); ok && !m.Reference.IsZero() {
		y, mo, d := m.Reference.Date()
		return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}
