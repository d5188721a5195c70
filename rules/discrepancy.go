package rules

import (
	"cmp"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// ClaimRef is one side of a discrepancy: a claim with its evidence. It is
// not a claim.Claim because the discrepancy JSON, which is public, names
// and nests the fields otherwise ("normalized" and "value" for a claim's
// value and value_text, "text" for its sentence, all at the top level);
// RefOf makes one.
type ClaimRef struct {
	Article       string `json:"article"`
	Value         string `json:"normalized"` // comparable form: 2025-03, person:…, 19
	ValueText     string `json:"value"`      // as written in the article
	Text          string `json:"text"`       // the sentence
	Start         int    `json:"start"`
	End           int    `json:"end"` // the value's span
	SentenceStart int    `json:"sentence_start"`
	SentenceEnd   int    `json:"sentence_end"`
	Modality      string `json:"modality,omitempty"`
	Reference     string `json:"reference,omitempty"`
	// Role says what part the claim plays: "dateline", "metadata",
	// "text", "weekday", "planned", "happened"...
	Role string `json:"role,omitempty"`
}

// KBRef is the knowledge base as a side of a discrepancy.
type KBRef struct {
	Office string `json:"office"`
	Holder string `json:"holder"`
	Start  string `json:"start,omitempty"`
	End    string `json:"end,omitempty"`
	Source string `json:"source,omitempty"`
}

// String describes the knowledge base's side in one line.
func (k KBRef) String() string {
	var b strings.Builder
	b.WriteString(k.Holder)
	b.WriteString(" — knowledge base: ")
	b.WriteString(k.Office)
	switch {
	case k.Start != "" && k.End != "":
		b.WriteString(" from " + k.Start + " to " + k.End)
	case k.Start != "":
		b.WriteString(" since " + k.Start)
	}
	if k.Source != "" {
		b.WriteString(" (" + k.Source + ")")
	}
	return b.String()
}

// Discrepancy is one contradiction (or, at info severity, an update)
// between claims, or between claims and the knowledge base.
type Discrepancy struct {
	ID         string     `json:"id"`
	Rule       string     `json:"rule"`
	Kind       claim.Kind `json:"kind"`
	Severity   Severity   `json:"severity"`
	Subject    string     `json:"subject"`
	SubjectKey string     `json:"subject_key"`
	Summary    string     `json:"summary"`
	Claims     []ClaimRef `json:"claims"`
	KB         *KBRef     `json:"kb,omitempty"`
}

// RefOf turns a claim into a side playing role ("" for none).
func RefOf(c *claim.Claim, role string) ClaimRef {
	return ClaimRef{
		Article:       c.Evidence.Article,
		Value:         c.Value,
		ValueText:     c.ValueText,
		Text:          c.Evidence.Sentence,
		Start:         c.Evidence.Start,
		End:           c.Evidence.End,
		SentenceStart: c.Evidence.SentenceStart,
		SentenceEnd:   c.Evidence.SentenceEnd,
		Modality:      string(c.Modality),
		Reference:     c.Reference.String(),
		Role:          role,
	}
}

func compareRefs(a, b ClaimRef) int {
	return cmp.Or(
		cmp.Compare(a.Article, b.Article),
		cmp.Compare(a.Start, b.Start),
		cmp.Compare(a.End, b.End),
		cmp.Compare(a.Value, b.Value),
		cmp.Compare(a.Role, b.Role),
	)
}

// Sort orders discrepancies by severity (highest first), kind, subject
// and ID, so that output never depends on map order.
func Sort(ds []Discrepancy) {
	slices.SortStableFunc(ds, func(a, b Discrepancy) int {
		return cmp.Or(
			cmp.Compare(b.Severity, a.Severity),
			cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Subject, b.Subject),
			cmp.Compare(a.ID, b.ID),
		)
	})
}
