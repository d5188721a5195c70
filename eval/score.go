package eval

import (
	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules"
)

// Outcome is one finding of an answer key and the discrepancies that
// matched it.
type Outcome struct {
	Finding *Finding
	Hits    []*rules.Discrepancy
}

// Holds says whether the finding holds: a must finding was reported, a
// must-not finding was not.
func (o Outcome) Holds(must bool) bool { return (len(o.Hits) > 0) == must }

// Score is how a report compares with a story's answer key.
type Score struct {
	Story    string
	Reported int // discrepancies in the report
	Must     []Outcome
	MustNot  []Outcome
	// Correct are discrepancies that match a must finding and no must-not
	// finding; FalseAlarms match a must-not finding; Unjudged match
	// neither and are listed for a person to judge.
	Correct     []*rules.Discrepancy
	FalseAlarms []*rules.Discrepancy
	Unjudged    []*rules.Discrepancy
}

// Evaluate matches every discrepancy of a report against an answer key.
func Evaluate(exp *Expected, ds []rules.Discrepancy) Score {
	s := Score{Story: exp.Story, Reported: len(ds)}
	s.Must = outcomes(exp.Must)
	s.MustNot = outcomes(exp.MustNot)
	for i := range ds {
		d := &ds[i]
		good := record(s.Must, d)
		bad := record(s.MustNot, d)
		switch {
		case bad:
			s.FalseAlarms = append(s.FalseAlarms, d)
		case good:
			s.Correct = append(s.Correct, d)
		default:
			s.Unjudged = append(s.Unjudged, d)
		}
	}
	return s
}

func outcomes(fs []Finding) []Outcome {
	out := make([]Outcome, len(fs))
	for i := range fs {
		out[i].Finding = &fs[i]
	}
	return out
}

// record adds d to every outcome whose finding it matches.
func record(outs []Outcome, d *rules.Discrepancy) bool {
	hit := false
	for i := range outs {
		if outs[i].Finding.Matches(d) {
			outs[i].Hits = append(outs[i].Hits, d)
			hit = true
		}
	}
	return hit
}

// Found counts the must findings reported.
func (s Score) Found() int {
	n := 0
	for _, o := range s.Must {
		if o.Holds(true) {
			n++
		}
	}
	return n
}

// Recall is the share of must findings reported (1 when there are none).
func (s Score) Recall() float64 { return ratio(s.Found(), len(s.Must)) }

// Precision is the share of reported discrepancies that match a must
// finding and no must-not finding; unjudged ones count against it.
func (s Score) Precision() float64 { return ratio(len(s.Correct), s.Reported) }

// JudgedPrecision leaves the unjudged discrepancies out.
func (s Score) JudgedPrecision() float64 {
	return ratio(len(s.Correct), len(s.Correct)+len(s.FalseAlarms))
}

// FalseAlarmsByKind counts false alarms per kind, in claim.Kinds order.
func FalseAlarmsByKind(scores []Score) []KindCount {
	n := map[claim.Kind]int{}
	for _, s := range scores {
		for _, d := range s.FalseAlarms {
			n[d.Kind]++
		}
	}
	var out []KindCount
	for _, k := range claim.Kinds {
		if n[k] > 0 {
			out = append(out, KindCount{Kind: k, N: n[k]})
		}
	}
	return out
}

// KindCount is a count for one kind.
type KindCount struct {
	Kind claim.Kind
	N    int
}

// Total adds up several stories' scores.
func Total(scores []Score) Score {
	t := Score{Story: "all"}
	for _, s := range scores {
		t.Reported += s.Reported
		t.Must = append(t.Must, s.Must...)
		t.MustNot = append(t.MustNot, s.MustNot...)
		t.Correct = append(t.Correct, s.Correct...)
		t.FalseAlarms = append(t.FalseAlarms, s.FalseAlarms...)
		t.Unjudged = append(t.Unjudged, s.Unjudged...)
	}
	return t
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
