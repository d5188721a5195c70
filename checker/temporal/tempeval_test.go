package temporal

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/internal/seeds"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tempevalFloor is the score each TBAQ-cleaned corpus must keep (the
// figures reached, less a small margin): a change that loses TIMEX3
// conventions fails here.
var tempevalFloor = map[string]struct{ strict, value float64 }{
	"TimeBank": {0.90, 0.85},
	"AQUAINT":  {0.86, 0.77},
}

// TestTempEvalRatchet tags TempEval-3's TBAQ-cleaned training documents,
// each against its creation date, and scores them as the TempEval-3
// scorer does. TEMPEVAL_DUMP=DIR writes the errors and the system output
// (byte offsets) there for study.
func TestTempEvalRatchet(t *testing.T) {
	root := seeds.Shared(t, "data/tempeval3/tbaq-cleaned")
	dump := os.Getenv("TEMPEVAL_DUMP")
	for corpus, floor := range tempevalFloor {
		t.Run(corpus, func(t *testing.T) {
			docs, err := readTMLDir(filepath.Join(root, corpus))
			require.NoError(t, err)
			require.NotEmpty(t, docs)
			var c teCounts
			var errs strings.Builder
			system := map[string][]map[string]any{}
			for _, d := range docs {
				sys := tagDoc(d)
				pairs := pairSpans(d.gold, sys)
				c.add(d.gold, sys, pairs)
				if dump != "" {
					writeErrors(&errs, d, sys, pairs)
					out := []map[string]any{}
					for _, s := range sys {
						out = append(out, map[string]any{"start": s.start, "end": s.end, "value": s.value, "type": s.typ})
					}
					system[d.id] = out
				}
			}
			t.Logf("%s: gold %d system %d; strict F1 %.4f relaxed F1 %.4f value F1 %.4f type F1 %.4f",
				corpus, c.gold, c.sys, c.strictF1(), c.relaxF1(), c.valueF1(), c.typeF1())
			if dump != "" {
				require.NoError(t, os.MkdirAll(dump, 0o755))
				require.NoError(t, os.WriteFile(filepath.Join(dump, corpus+".errors.tsv"), []byte(errs.String()), 0o644))
				js, err := json.Marshal(system)
				require.NoError(t, err)
				require.NoError(t, os.WriteFile(filepath.Join(dump, corpus+".system.json"), js, 0o644))
			}
			assert.GreaterOrEqual(t, c.strictF1(), floor.strict, "strict span F1")
			assert.GreaterOrEqual(t, c.valueF1(), floor.value, "value F1")
		})
	}
}

// writeErrors lists one line per error: kind, gold text/value/type,
// system text/value/type, document.
func writeErrors(b *strings.Builder, d teDoc, sys []teSpan, pairs []tePair) {
	pairedG, pairedS := map[int]bool{}, map[int]bool{}
	show := func(s teSpan) string {
		return fmt.Sprintf("%q\t%s\t%s", d.text[s.start:s.end], s.value, s.typ)
	}
	for _, p := range pairs {
		pairedG[p.g], pairedS[p.s] = true, true
		g, s := d.gold[p.g], sys[p.s]
		kind := ""
		switch {
		case !p.strict && g.value != s.value:
			kind = "span+value"
		case !p.strict:
			kind = "span"
		case g.value != s.value:
			kind = "value"
		default:
			continue
		}
		fmt.Fprintf(b, "%s\t%s\t%s\t%s\t%s\n", kind, show(g), show(s), d.id, context(d.text, g.start, g.end))
	}
	for gi, g := range d.gold {
		if !pairedG[gi] {
			fmt.Fprintf(b, "missed\t%s\t-\t-\t-\t%s\t%s\n", show(g), d.id, context(d.text, g.start, g.end))
		}
	}
	for si, s := range sys {
		if !pairedS[si] {
			fmt.Fprintf(b, "spurious\t-\t-\t-\t%s\t%s\t%s\n", show(s), d.id, context(d.text, s.start, s.end))
		}
	}
}

func context(text string, s, e int) string {
	lo, hi := max(0, s-60), min(len(text), e+60)
	return strings.ReplaceAll(text[lo:s]+"[["+text[s:e]+"]]"+text[e:hi], "\n", " ")
}
