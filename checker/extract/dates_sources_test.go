package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/corpus/read"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Each place that dates an article more than a day away from its chosen
// date becomes a claim of its own, so the calendar rule can report it.
func TestArticleDateSourceClaims(t *testing.T) {
	k, err := kb.Default()
	require.NoError(t, err)
	rec := `{"id": "d1", "date": "2031-03-04", "url": "https://news.example/2031/03/04/pier",` +
		` "text": "Ferry Pier Closes\nPosted: March 12, 2031\nThe harbour council of Brenmoor voted to close the ferry pier, a spokesman said."}`
	arts, problems := read.Bytes("d.jsonl", []byte(rec), read.Options{})
	require.Empty(t, problems)
	require.Len(t, arts, 1)
	r := Article(arts[0], k, Options{})
	got := map[string]string{}
	for _, c := range r.Claims {
		if c.Kind == claim.KindDate && c.SubjectKey == "article:d1" {
			got[c.Subject] = c.Value
		}
	}
	assert.Equal(t, map[string]string{"metadata": "2031-03-04", "dateline": "2031-03-12"}, got,
		"the address agrees with the metadata; the dateline does not")
}
