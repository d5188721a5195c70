package events_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/corpus/store"
	"github.com/crosscheck/crosscheck/internal/seeds"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// The figures the whole dev set reached when this test was written, less
// a small margin: recall over the labeled real inconsistencies, and the
// share of findings in the labeled events that match a labeled positive.
// Raise them as the checker improves; never lower them to let a change
// pass.
// Each mode of the check has its own: the default, and --stories (event
// claims compared per story).
var ratchets = []struct {
	name      string
	stories   bool
	recall    float64
	precision float64
	// findings caps the findings over all 772 articles (every kind).
	findings int
}{
	// by subject key (--stories=false): 0.85, not 0.90: three true findings the label matching
	// cannot see (aftershocks 3 against at least 4; two weapon findings whose side
	// article the label does not list, or whose quote the splitter cut at
	// "a. 357")
	{"by-key", false, 0.37, 0.85, 32},   // reached 0.377 (23/61), 22/25, 31
	{"per-story", true, 0.60, 0.93, 46}, // reached 0.607 (37/61), 36/37, 45
}

// TestECBPlusRatchet checks the whole ECB+ dev set in one run, the way
// `crosscheck check` does on the JSONL that tools/ecb_corpus.py writes,
// and scores it against the labeled inconsistencies with the matching of
// tools/score_real.py.
func TestECBPlusRatchet(t *testing.T) {
	if testing.Short() {
		t.Skip("checks 772 real articles")
	}
	dev := seeds.Shared(t, "data/ecbplus/dev.jsonl")
	labels := seeds.Shared(t, "data/ecbplus/contradictions-dev.json")
	path := writeCorpus(t, dev)

	k, err := kb.Default()
	require.NoError(t, err)
	rs, err := rules.Default()
	require.NoError(t, err)
	for _, r := range ratchets {
		t.Run(r.name, func(t *testing.T) {
			ix, err := store.OpenIndex(filepath.Join(t.TempDir(), "idx"))
			require.NoError(t, err)
			defer func() { _ = ix.Close() }()
			rep, _, err := pipeline.Check(pipeline.Source{Paths: []string{path}}, ix, pipeline.Options{KB: k, Rules: rs, Stories: r.stories})
			require.NoError(t, err)

			sc := score(t, labels, rep.Discrepancies)
			t.Logf("recall %.3f (%d/%d); findings in labeled events %d: positive %d, trap %d; all findings %d",
				sc.recall(), sc.found, sc.labels, sc.scoped, sc.positive, sc.trap, len(rep.Discrepancies))
			assert.GreaterOrEqual(t, sc.recall(), r.recall, "recall over the labels")
			assert.GreaterOrEqual(t, sc.precision(), r.precision, "findings in the labeled events that match a positive")
			assert.LessOrEqual(t, len(rep.Discrepancies), r.findings, "findings over the dev set")
		})
	}
}

// writeCorpus writes the dev records as tools/ecb_corpus.py does: id (the
// document name without .xml), text and url, no date.
func writeCorpus(t *testing.T, dev string) string {
	t.Helper()
	in, err := os.Open(dev)
	require.NoError(t, err)
	defer in.Close()
	out := filepath.Join(t.TempDir(), "dev.jsonl")
	f, err := os.Create(out)
	require.NoError(t, err)
	defer f.Close()
	w := bufio.NewWriter(f)
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		var d struct {
			Doc  string  `json:"doc"`
			Text string  `json:"text"`
			URL  *string `json:"url"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &d))
		rec := map[string]string{"id": strings.TrimSuffix(d.Doc, ".xml"), "text": d.Text}
		if d.URL != nil && *d.URL != "" {
			rec["url"] = *d.URL
		}
		b, err := json.Marshal(rec)
		require.NoError(t, err)
		_, _ = w.Write(append(b, '\n'))
	}
	require.NoError(t, sc.Err())
	require.NoError(t, w.Flush())
	return out
}

type label struct {
	ID    string `json:"id"`
	Event string `json:"event"`
	Sides []struct {
		Doc   string `json:"doc"`
		Quote string `json:"quote"`
	} `json:"sides"`
}

type scores struct {
	labels, found, scoped, positive, trap int
}

func (s scores) recall() float64 {
	if s.labels == 0 {
		return 0
	}
	return float64(s.found) / float64(s.labels)
}

func (s scores) precision() float64 {
	if s.scoped == 0 {
		return 0
	}
	return float64(s.positive) / float64(s.scoped)
}

// score ports tools/score_real.py: a claim matches a label's side when it
// is from the side's document and its sentence and the quote overlap (one
// contains the other, or they share 30 characters in a row, all of the
// quote when shorter), compared without whitespace and case; a finding
// matches a label when its claims match two different sides. Only
// findings whose claims all come from the labeled events count.
func score(t *testing.T, path string, ds []rules.Discrepancy) scores {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var lab struct {
		Events    []string `json:"events"`
		Positives []label  `json:"positives"`
		Traps     []label  `json:"traps"`
	}
	require.NoError(t, json.Unmarshal(b, &lab))
	events := map[string]bool{}
	for _, e := range lab.Events {
		events[e] = true
	}
	var scoped []rules.Discrepancy
	for _, d := range ds {
		in := len(d.Claims) > 0
		for _, c := range d.Claims {
			in = in && events[eventOf(c.Article)]
		}
		if in {
			scoped = append(scoped, d)
		}
	}
	s := scores{labels: len(lab.Positives), scoped: len(scoped)}
	for _, l := range lab.Positives {
		for _, d := range scoped {
			if matches(l, d) {
				s.found++
				break
			}
		}
	}
	for _, d := range scoped {
		pos, trap := false, false
		for _, l := range lab.Positives {
			pos = pos || matches(l, d)
		}
		for _, l := range lab.Traps {
			trap = trap || matches(l, d)
		}
		switch {
		case pos:
			s.positive++
		case trap:
			s.trap++
		}
	}
	return s
}

var docEvent = regexp.MustCompile(`^(\d+)_\d+(ecbplus|ecb)$`)

func eventOf(doc string) string {
	m := docEvent.FindStringSubmatch(stem(doc))
	if m == nil {
		return ""
	}
	return m[1] + "_" + m[2]
}

func stem(s string) string {
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		s = s[i+1:]
	}
	for _, ext := range []string{".xml", ".txt", ".md", ".html", ".htm", ".json", ".jsonl"} {
		s = strings.TrimSuffix(s, ext)
	}
	return s
}

func squash(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), ""))
}

func matches(l label, d rules.Discrepancy) bool {
	got := map[int]bool{}
	for _, c := range d.Claims {
		art, sent := stem(c.Article), squash(c.Text)
		for i, side := range l.Sides {
			if stem(side.Doc) != art {
				continue
			}
			q := squash(side.Quote)
			if q != "" && sent != "" && (strings.Contains(sent, q) || strings.Contains(q, sent) || longestCommon(q, sent) >= min(len(q), 30)) {
				got[i] = true
			}
		}
	}
	return len(got) >= 2
}

// longestCommon is the length of the longest common substring of a and b
// (in bytes, as the Python scorer counts characters of mostly ASCII text).
func longestCommon(a, b string) int {
	best := 0
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1] == b[j-1] {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return best
}
