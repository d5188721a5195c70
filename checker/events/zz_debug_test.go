package events

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"strings"
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

func TestZZGen(t *testing.T) {
	if os.Getenv("DBGGEN") == "" {
		t.Skip()
	}
	opt := gen.Options{Articles: 400, Seed: 11, Contradictions: 0.5}
	truths, _ := gen.GroundTruth(opt)
	arts := gen.Articles(opt)
	k := testKB(t)
	want := os.Getenv("DBGGEN")
	for i, a := range arts {
		tr := truths[i]
		if want != "all" && !strings.Contains(tr.EventText, want) && tr.Planted != want && a.ID != want {
			continue
		}
		fmt.Printf("==== %s event=%d %s planted=%s true=%q told=%q\n", a.ID, tr.Event, tr.EventText, tr.Planted, tr.True, tr.Told)
		if os.Getenv("DBGTEXT") != "" {
			fmt.Println(a.Text)
		}
		if os.Getenv("DBGTOLD") != "" && tr.Told != "" {
			d := text.NewDoc(a.ID, a.Text, a.Published)
			told := tr.Told
			if i := strings.Index(told, ", "); i > 0 && tr.Planted == "date" {
				told = told[i+2:]
				told = told[:strings.LastIndex(told, ",")]
			}
			for _, st := range d.Sentences {
				if strings.Contains(a.Text[st.Start:st.End], told) {
					fmt.Printf("  TOLD %s\n", a.Text[st.Start:st.End])
				}
			}
		}
		for _, c := range extractArticle(a, k) {
			if os.Getenv("DBGTOLD") != "" && !strings.HasPrefix(c.SubjectKey, "event:") {
				continue
			}
			fmt.Printf("CLAIM %s %s = %s [%s] %s | %s\n", c.Kind, c.SubjectKey, c.Value, c.ValueText, c.Modality, c.Evidence.Sentence)
		}
	}
}

func TestZZGenKeys(t *testing.T) {
	if os.Getenv("DBGKEYS") == "" {
		t.Skip()
	}
	opt := gen.Options{Articles: 400, Seed: 11, Contradictions: 0.5}
	truths, _ := gen.GroundTruth(opt)
	arts := gen.Articles(opt)
	k := testKB(t)
	for i, a := range arts[:120] {
		tr := truths[i]
		ref := a.Published
		d := text.NewDoc(a.ID, a.Text, ref)
		exprs := temporal.Tag(a.Text, temporal.Options{Reference: ref})
		an := newAnalysis(d, exprs, k)
		cnt := map[string]int{}
		for _, m := range an.mentions {
			cnt[m.key]++
		}
		fmt.Printf("%s %s dominant=%q %v\n", a.ID, tr.EventText, an.dominantEvent(), cnt)
		an.release()
	}
}
