package store

import (
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/stretchr/testify/assert"
)

// An indexed article's stored metadata decides its reference date as the
// article itself did when it was read.
func TestArticleInfoReferenceIsTheArticles(t *testing.T) {
	evening := time.Date(2025, 5, 14, 23, 30, 0, 0, time.FixedZone("", -5*3600))
	arts := []*article.Article{
		{ID: "a", Published: evening, PublishedFrom: article.DateFromDateline},
		{ID: "b", PublishedFrom: article.DateUnknown},
	}
	policies := []article.RefPolicy{{}, {Ref: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)}, {Fallback: time.Date(2023, 3, 4, 0, 0, 0, 0, time.UTC)}}
	for _, a := range arts {
		for _, p := range policies {
			info := ArticleInfo{ID: a.ID, Published: a.Published, PublishedFrom: a.PublishedFrom}
			wantDay, wantFrom := a.Reference(p)
			gotDay, gotFrom := info.Reference(p)
			assert.Equal(t, wantDay, gotDay, "%s %+v", a.ID, p)
			assert.Equal(t, wantFrom, gotFrom, "%s %+v", a.ID, p)
		}
	}
}
