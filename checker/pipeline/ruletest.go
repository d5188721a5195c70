package pipeline

import (
	"fmt"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// RuleTestExtractor turns the short articles of a rule file's test case
// into claims with the real extractors, so rule tests exercise the same
// path as `crosscheck check`.
func RuleTestExtractor(k *kb.KB, xo extract.Options) rules.Extractor {
	return func(arts []rules.TestArticle) ([]claim.Claim, map[string]rules.ArticleMeta, error) {
		var all []claim.Claim
		metas := map[string]rules.ArticleMeta{}
		for i, ta := range arts {
			a := &article.Article{ID: ta.ID, Title: ta.Title, Source: ta.Source, Text: ta.Text, PublishedFrom: article.DateUnknown}
			if a.ID == "" {
				a.ID = fmt.Sprintf("a%d", i+1)
			}
			if ta.Date != "" {
				t, ok := read.ParseDate(ta.Date)
				if !ok {
					return nil, nil, fmt.Errorf("article %s: date %q is not a date", a.ID, ta.Date)
				}
				a.Published, a.PublishedFrom = t, article.DateFromMetadata
			}
			a.Paragraphs = article.SplitParagraphs(a.Text)
			r := extract.Article(a, k, xo)
			if r.Err != nil {
				return nil, nil, r.Err
			}
			metas[a.ID] = meta(r)
			all = append(all, r.Claims...)
		}
		return all, metas, nil
	}
}
