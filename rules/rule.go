package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// Rule is one configured check. A kind is Go code; a Rule is an instance
// of a kind configured from YAML (or written in Go by a caller).
type Rule interface {
	ID() string
	Kind() string
	Doc() string
	Severity() Severity
	// Applies reports whether claims of kind k about subjectKey concern
	// the rule; the rule runs on a subject when any claim applies.
	Applies(subjectKey claim.Key, k claim.Kind) bool
	Run(p *Pass)
}

// Pass is one run of one rule on one subject.
type Pass struct {
	SubjectKey claim.Key
	Claims     []claim.Claim // all claims of the subject, sorted
	Ctx        *Context
	rule       Rule
	report     func(Discrepancy)
}

// Report records a discrepancy: it fills the rule, sorts the sides and
// derives a stable ID from the rule, the subject and the claims' spans.
func (p *Pass) Report(d Discrepancy) {
	if p.rule != nil {
		d.Rule = p.rule.ID()
	}
	if d.SubjectKey == "" {
		d.SubjectKey = p.SubjectKey.String()
	}
	if !slices.IsSortedFunc(d.Claims, compareRefs) {
		slices.SortStableFunc(d.Claims, compareRefs)
	}
	d.ID = discrepancyID(d.Rule, d.SubjectKey, d.Claims)
	if p.report != nil {
		p.report(d)
	}
}

// discrepancyID is the first 12 hex digits of a SHA-256 over the rule,
// the subject and the sorted (article, start, end) of every side: it stays
// the same across runs as long as the evidence does.
func discrepancyID(rule, subject string, refs []ClaimRef) string {
	h := sha256.New()
	var buf []byte
	buf = append(buf, rule...)
	buf = append(buf, 0)
	buf = append(buf, subject...)
	for _, r := range refs {
		buf = append(buf, 0)
		buf = append(buf, r.Article...)
		buf = append(buf, 0)
		buf = strconv.AppendInt(buf, int64(r.Start), 10)
		buf = append(buf, ':')
		buf = strconv.AppendInt(buf, int64(r.End), 10)
	}
	h.Write(buf)
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// ruleBase holds what every rule instance has, whatever its kind.
type ruleBase struct {
	id, kind, doc string
	severity      Severity
	kinds         []claim.Kind // claim kinds it applies to; empty = all
	prefixes      []string     // subject key prefixes; empty = all
	file          string
	line          int
	tests         func() ([]testCase, []error) // nil: none
}

func (b *ruleBase) ID() string         { return b.id }
func (b *ruleBase) Kind() string       { return b.kind }
func (b *ruleBase) Doc() string        { return b.doc }
func (b *ruleBase) Severity() Severity { return b.severity }
func (b *ruleBase) base() *ruleBase    { return b }

func (b *ruleBase) Applies(subjectKey claim.Key, k claim.Kind) bool {
	if len(b.kinds) > 0 && !slices.Contains(b.kinds, k) {
		return false
	}
	if len(b.prefixes) == 0 {
		return true
	}
	for _, p := range b.prefixes {
		if strings.HasPrefix(subjectKey.String(), p) { // a YAML selector, a family ("event:") or narrower
			return true
		}
	}
	return false
}

// based is implemented by the rules built from YAML.
type based interface{ base() *ruleBase }
