package store

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCheckQuerySyntax(t *testing.T) {
	tests := []struct {
		q    string
		want string // "" = accepted
	}{
		{`summit`, ""},
		{`+title:flood -source:wire`, ""},
		{`"bridge (east span)"`, ""},
		{`a \(b\)`, ""},
		{`ANDERSON and ORLANDO`, ""},
		{`foo AND (`, "AND is not an operator"},
		{`foo OR bar`, "OR is not an operator"},
		{`+NOT bar`, "is not an operator"},
		{`(foo bar)`, "parentheses do not group"},
		{`foo)`, "parentheses do not group"},
		{`"open phrase`, "phrase is not closed"},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			err := checkQuerySyntax(tt.q)
			if tt.want == "" {
				assert.NoError(t, err)
				return
			}
			assert.ErrorIs(t, err, ErrQuerySyntax)
			assert.ErrorContains(t, err, tt.want)
		})
	}
}

// Bleve's own syntax errors and ours are one kind of error.
func TestSearchSyntaxErrorsAreOneKind(t *testing.T) {
	ix := idxTestOpen(t)
	for _, q := range []string{"+", "foo AND ("} {
		_, _, err := ix.Search(q, 10, 0)
		assert.ErrorIs(t, err, ErrQuerySyntax, q)
	}
}
