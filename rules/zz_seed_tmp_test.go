package rules_test

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func TestZZSeedsTmp(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Log(err)
	}
	s, _ := rules.Default()
	var all []claim.Claim
	metas := map[string]rules.ArticleMeta{}
	opt := pipeline.Options{KB: k, Rules: s}
	_, err = pipeline.Stream(pipeline.Source{Paths: []string{"../../shared/seeds"}}, opt, func(r extract.Result) error {
		metas[r.Article.ID] = rules.ArticleMeta{ID: r.Article.ID, Reference: r.Reference, ReferenceFrom: r.ReferenceOf}
		all = append(all, r.Claims...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range all {
		fmt.Printf("CLAIM %s %s %q %q %s ref=%s subj=%q\n", c.Evidence.Article, c.Kind, c.SubjectKey, c.Value, c.Modality, c.Reference, c.Subject)
	}
	for _, d := range s.Check(all, &rules.Context{KB: k, Articles: metas}) {
		fmt.Printf("DISC %s %s %s %s: %s\n", d.ID, d.Rule, d.Severity, d.SubjectKey, d.Summary)
		for _, c := range d.Claims {
			fmt.Printf("    %s %q %q role=%s\n", c.Article, c.Value, c.ValueText, c.Role)
		}
	}
	for _, r := range s.RunTests(pipeline.RuleTestExtractor(k, extract.Options{}), k) {
		if !r.Pass || r.Skipped {
			fmt.Printf("RULETEST %v %s:%d %s/%s %s\n", r.Pass, r.File, r.Line, r.Rule, r.Case, r.Msg)
		}
	}
}
