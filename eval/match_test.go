package eval

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
)

// A number conflict between two invented articles, used by the tests.
func numberConflict(sev rules.Severity) rules.Discrepancy {
	return rules.Discrepancy{
		ID: "d1", Kind: claim.KindNumber, Severity: sev,
		Subject: "homes destroyed", SubjectKey: "event:storm:brindlecombe",
		Claims: []rules.ClaimRef{
			{Article: "a-01", ValueText: "at least 300", Value: "300", Text: "At least 300 homes were destroyed."},
			{Article: "a-02", ValueText: "120", Value: "120", Text: "The storm destroyed 120 homes in Brindlecombe."},
		},
	}
}

func TestFindingMatches(t *testing.T) {
	tests := []struct {
		name string
		must bool
		f    Finding
		d    rules.Discrepancy
		want bool
	}{
		{"kind, articles and values", true, Finding{Kind: "number", Articles: []string{"a-01", "a-02"}, Values: []string{"at least 300", "120"}}, numberConflict(rules.Error), true},
		{"value written shorter than the side", true, Finding{Kind: "number", Values: []string{"300"}}, numberConflict(rules.Error), true},
		{"other kind", true, Finding{Kind: "date", Values: []string{"120"}}, numberConflict(rules.Error), false},
		{"article not among the sides", true, Finding{Kind: "number", Articles: []string{"a-03"}}, numberConflict(rules.Error), false},
		{"value absent", true, Finding{Kind: "number", Values: []string{"12"}}, numberConflict(rules.Error), false},
		{"a digit inside a longer number is no match", true, Finding{Kind: "number", Values: []string{"20"}}, numberConflict(rules.Error), false},
		{"subject words", true, Finding{Kind: "number", Subject: "Homes"}, numberConflict(rules.Error), true},
		{"subject key words", true, Finding{Kind: "number", Subject: "brindlecombe"}, numberConflict(rules.Error), true},
		{"subject absent", true, Finding{Kind: "number", Subject: "killed"}, numberConflict(rules.Error), false},
		{"sentence words", true, Finding{Kind: "number", Sentence: "the storm destroyed"}, numberConflict(rules.Error), true},
		{"sentence absent", true, Finding{Kind: "number", Sentence: "flood"}, numberConflict(rules.Error), false},
		{"must: an info update is no conflict", true, Finding{Kind: "number", Values: []string{"120"}}, numberConflict(rules.Info), false},
		{"must: exact severity info", true, Finding{Kind: "number", Values: []string{"120"}, Severity: "info"}, numberConflict(rules.Info), true},
		{"must: exact severity info, got error", true, Finding{Kind: "number", Values: []string{"120"}, Severity: "info"}, numberConflict(rules.Error), false},
		{"must_not: min severity warning lets an update pass", false, Finding{Kind: "number", Values: []string{"120"}, MinSeverity: "warning"}, numberConflict(rules.Info), false},
		{"must_not: any severity counts by default", false, Finding{Kind: "number", Values: []string{"120"}}, numberConflict(rules.Info), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.f
			f.ID, f.Why = "x", "test"
			require.Empty(t, f.prepare("test.yml", tt.must, map[string]bool{}))
			d := tt.d
			assert.Equal(t, tt.want, f.Matches(&d))
		})
	}
}

func TestContainsWords(t *testing.T) {
	tests := []struct {
		hay, needle string
		want        bool
	}{
		{"at least 300 homes", "300", true},
		{"1,300", "300", false},
		{"6.4", "6.4", true},
		{"magnitude 6.41", "6.4", false},
		{"6.45 percent", "6.4", false},
		{"14,20", "14", false},
		{"fell 6.4.", "6.4", true},
		{"300, said", "300", true},
		{"Donors’ Conference", "donors' conference", true},
		{"Port  Ilsen", "port ilsen", true},
		{"Erdoğan", "erdoğan", true},
		{"Kareth", "", false},
		{"Varo", "Varo-Aske", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, containsWords(tt.hay, tt.needle), "%q in %q", tt.needle, tt.hay)
	}
}

func TestKBHolderIsASide(t *testing.T) {
	d := rules.Discrepancy{Kind: claim.KindOffice, Severity: rules.Error,
		Claims: []rules.ClaimRef{{Article: "a-01", ValueText: "Ilse Varga", Value: "ilse varga"}},
		KB:     &rules.KBRef{Office: "xr:president", Holder: "Tomas Brandt"}}
	f := Finding{ID: "x", Why: "test", Kind: "office", Values: []string{"Varga", "Brandt"}}
	require.Empty(t, f.prepare("test.yml", true, map[string]bool{}))
	assert.True(t, f.Matches(&d))
}
