package web

import (
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The pages date every article as the check does: by its publication
// day, or by --ref for every article when it is given, cited or not.
func TestPagesDateArticlesLikeTheCheck(t *testing.T) {
	require.NotEmpty(t, fixture.srv.articles)
	for _, info := range fixture.srv.articles {
		want := ""
		if !info.Published.IsZero() {
			want = info.Published.Format("2006-01-02")
		}
		assert.Equal(t, want, fixture.srv.label(info.ID, nil, nil).Date, info.ID)
	}

	draft := &article.Article{ID: "draft", Published: time.Date(2031, 5, 6, 22, 0, 0, 0, time.UTC), PublishedFrom: article.DateFromMetadata}
	drafts := map[string]*article.Article{"draft": draft}
	assert.Equal(t, "2031-05-06", fixture.srv.cited("draft", nil, drafts).Date)

	opt := fixture.opt
	opt.Extract.Ref = time.Date(2031, 1, 2, 0, 0, 0, 0, time.UTC)
	s, err := New(fixture.ix, opt, Config{MaxBody: 64 << 10})
	require.NoError(t, err)
	for _, info := range s.articles {
		assert.Equal(t, "2031-01-02", s.label(info.ID, nil, nil).Date, info.ID)
		assert.Equal(t, "2031-01-02", s.cited(info.ID, nil, nil).Date, info.ID)
	}
	assert.Equal(t, "2031-01-02", s.cited("draft", nil, drafts).Date, "a draft is dated as the draft check dates it")
	// Articles no discrepancy cites are dated from the index listing
	// (every article of the sample is cited: drop the check's metadata).
	listed := *s
	rep := *s.report
	rep.Meta = nil
	listed.report = &rep
	for _, info := range s.articles {
		m := listed.meta(info.ID, nil)
		assert.Equal(t, opt.Extract.Ref, m.Reference, info.ID)
		assert.Equal(t, "user", m.ReferenceFrom, info.ID)
		assert.Equal(t, "2031-01-02", listed.label(info.ID, nil, nil).Date, info.ID)
	}
	require.NotEmpty(t, s.report.Discrepancies)
	for _, d := range s.report.Discrepancies {
		for _, c := range d.Claims {
			m := s.report.Meta[c.Article]
			assert.Equal(t, opt.Extract.Ref, m.Reference, c.Article)
			assert.Equal(t, "user", m.ReferenceFrom, c.Article)
		}
	}
}
