package events

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
)

func TestZZDebug(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	ref := time.Date(2025, 5, 14, 0, 0, 0, 0, time.UTC)
	if r := os.Getenv("DBGREF"); r != "" {
		ref, _ = time.Parse("2006-01-02", r)
	}
	d := text.NewDoc("t", s, ref)
	exprs := temporal.Tag(s, temporal.Options{Reference: ref})
	for _, e := range exprs {
		fmt.Printf("EXPR %q %s %s %s\n", e.Text, e.Type, e.Value, e.Granularity)
	}
	a := newAnalysis(d, exprs, testKB(t))
	for _, m := range a.mentions {
		fmt.Printf("MENTION %s kind=%d ident=%q key=%q %q\n", m.class, m.kind, m.ident, m.key, s[m.start:m.end])
	}
	a.release()
	for _, c := range Extract(d, exprs, noInfo, testKB(t)) {
		fmt.Printf("CLAIM %s %s = %s [%s] %s\n", c.Kind, c.SubjectKey, c.Value, c.ValueText, c.Modality)
	}
}
