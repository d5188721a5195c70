package pipeline_test

import (
	"fmt"
	"sort"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules"
)

// referenceCheck is the plainest check there is: every article extracted,
// claims grouped by subject, one subject after the other.
func referenceCheck(t *testing.T, arts []*article.Article, opt pipeline.Options) []rules.Discrepancy {
	t.Helper()
	metas := map[string]rules.ArticleMeta{}
	groups := map[string][]claim.Claim{}
	all := make([][]claim.Claim, len(arts))
	refs := make([]time.Time, len(arts))
	for i, a := range arts {
		r := extract.Article(a, opt.KB, opt.Extract)
		metas[a.ID] = rules.ArticleMeta{ID: a.ID, Title: a.Title, Source: a.Source, Reference: r.Reference, ReferenceFrom: r.ReferenceOf}
		all[i], refs[i] = r.Claims, r.Reference
	}
	// with Stories, the news of articles in one story is compared as one event
	if opt.Stories {
		pipeline.StoryKeys(arts, all, refs, opt.KB)
	}
	for i := range arts {
		for _, c := range all[i] {
			groups[c.SubjectKey.String()] = append(groups[c.SubjectKey.String()], c)
		}
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ctx := &rules.Context{KB: opt.KB, Articles: metas}
	var ds []rules.Discrepancy
	for _, k := range keys {
		ds = append(ds, opt.Rules.CheckSubject(claim.Key(k), groups[k], ctx)...)
	}
	rules.Sort(ds)
	return ds
}

func TestCheckFindsWhatAPlainCheckFinds(t *testing.T) {
	for _, stories := range []bool{false, true} {
		t.Run(fmt.Sprintf("stories=%t", stories), func(t *testing.T) {
			opt := testOptions(t)
			opt.Stories = stories
			checkFindsWhatAPlainCheckFinds(t, opt)
		})
	}
}

func checkFindsWhatAPlainCheckFinds(t *testing.T, opt pipeline.Options) {
	arts := generatedList(t, 21, 0, 200)
	want := referenceCheck(t, arts, opt)
	require.NotEmpty(t, want)

	rep, st := check(t, listed(arts), openIndex(t, "ix"), opt)
	assert.Equal(t, want, rep.Discrepancies)
	assert.Equal(t, len(arts), rep.Articles)
	assert.Equal(t, st.Claims, rep.Claims)
	for _, d := range rep.Discrepancies {
		for _, c := range d.Claims {
			assert.Contains(t, rep.Meta, c.Article, "every cited article is described")
		}
	}
}

// An ID read twice: the later article wins, in the index and in the check.
func TestCheckLaterDuplicateWins(t *testing.T) {
	opt := testOptions(t)
	arts := generatedList(t, 2, 0, 24)
	early := *arts[3]
	early.Text = "Harbour officials in Quenby said the ferry vote was held on 3 March 2031 in Tallowmere."
	early.Paragraphs = article.SplitParagraphs(early.Text)
	withDup := append([]*article.Article{&early}, arts...)

	want, _ := check(t, listed(arts), openIndex(t, "plain"), opt)
	got, _ := check(t, listed(withDup), openIndex(t, "dup"), opt)
	assert.Equal(t, reportJSON(t, want), reportJSON(t, got))
}

func TestCheckEmptySource(t *testing.T) {
	rep, st := check(t, listed(nil), openIndex(t, "ix"), testOptions(t))
	assert.Zero(t, st.Articles)
	assert.Equal(t, 0, rep.Articles)
	assert.NotNil(t, rep.Discrepancies, "JSON shows [] rather than null")
}
