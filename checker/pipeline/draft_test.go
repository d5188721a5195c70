package pipeline_test

import (
	"context"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules"
)

// A draft telling a planted contradiction again is reported against the
// corpus, and only what involves the draft is.
func TestCheckDraftAgainstIndex(t *testing.T) {
	opt := testOptions(t)
	arts := generatedList(t, 13, 0, 64)
	ix := openIndex(t, "ix")
	full, _ := check(t, listed(arts), ix, opt)
	// An article some discrepancy cites, sent again as a draft.
	require.NotEmpty(t, full.Discrepancies)
	cited := full.Discrepancies[0].Claims[0].Article
	var draft article.Article
	for _, a := range arts {
		if a.ID == cited {
			draft = *a
		}
	}
	draft.ID = "draft-1"

	rep, err := pipeline.CheckDraft([]*article.Article{&draft}, ix, opt)
	require.NoError(t, err)
	assert.Equal(t, []string{"draft-1"}, rep.Drafts)
	require.NotEmpty(t, rep.Discrepancies)
	for _, d := range rep.Discrepancies {
		involved := false
		for _, c := range d.Claims {
			involved = involved || c.Article == "draft-1"
			assert.Contains(t, rep.Meta, c.Article)
		}
		assert.True(t, involved, "%s does not involve the draft", d.ID)
	}
	n, err := ix.Count()
	require.NoError(t, err)
	assert.EqualValues(t, len(arts), n, "drafts are not indexed")
}

// A cancelled context stops a draft check with the context's error, and
// a finished check says how many draft claims it read and compared.
func TestCheckDraftContext(t *testing.T) {
	opt := testOptions(t)
	arts := generatedList(t, 13, 0, 32)
	ix := openIndex(t, "ix")
	check(t, listed(arts[:24]), ix, opt)
	drafts := arts[24:]

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep, err := pipeline.CheckDraftContext(ctx, drafts, ix, opt)
	assert.ErrorIs(t, err, context.Canceled)
	assert.Nil(t, rep)

	rep, err = pipeline.CheckDraftContext(context.Background(), drafts, ix, opt)
	require.NoError(t, err)
	assert.Positive(t, rep.DraftClaims)
	assert.LessOrEqual(t, rep.ComparedClaims, rep.DraftClaims)
	assert.Positive(t, rep.ComparedClaims, "generated drafts share events with the corpus")
}

// Rules that arrive while the draft is extracted (RulesReady) give the
// same report; a failure to load them is the check's error.
func TestCheckDraftRulesReadyLater(t *testing.T) {
	opt := testOptions(t)
	arts := generatedList(t, 13, 0, 32)
	ix := openIndex(t, "ix")
	check(t, listed(arts), ix, opt)
	draft := *arts[0]
	draft.ID = "draft-1"
	want, err := pipeline.CheckDraft([]*article.Article{&draft}, ix, opt)
	require.NoError(t, err)

	later := opt
	set := opt.Rules
	later.Rules = nil
	later.RulesReady = func() (*rules.Set, error) { return set, nil }
	got, err := pipeline.CheckDraft([]*article.Article{&draft}, ix, later)
	require.NoError(t, err)
	assert.Equal(t, want, got)

	later.RulesReady = func() (*rules.Set, error) { return nil, errors.New("rules: broken") }
	_, err = pipeline.CheckDraft([]*article.Article{&draft}, ix, later)
	assert.ErrorContains(t, err, "rules: broken")
}
