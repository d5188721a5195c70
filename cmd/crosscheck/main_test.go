package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/internal/seeds"
)

var update = flag.Bool("update", false, "rewrite golden files")

// runCLI runs crosscheck in-process and returns exit code, stdout, stderr.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(&env{stdout: &out, stderr: &errb, stdin: strings.NewReader("")}, args)
	return code, out.String(), errb.String()
}

// seedsDir returns ../shared/seeds; with CI set a missing folder fails.
func seedsDir(t *testing.T) string { return seeds.Dir(t) }

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file missing: run go test ./cmd/crosscheck -run %s -update", t.Name())
	assert.Equal(t, string(want), string(got), "output differs from %s (go test -update rewrites it)", path)
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"no command", nil, exitUsage, "Usage"},
		{"unknown command", []string{"frobnicate"}, exitUsage, `unknown command "frobnicate"`},
		{"unknown flag", []string{"check", "--nope"}, exitUsage, "flag provided but not defined"},
		{"bad severity", []string{"check", "--min-severity", "loud"}, exitUsage, "--min-severity"},
		{"bad kind", []string{"check", "--kind", "colour"}, exitUsage, `unknown kind "colour"`},
		{"bad format", []string{"check", "--format", "xml"}, exitUsage, `unknown format "xml"`},
		{"bad ref", []string{"dates", "--ref", "yesterday"}, exitUsage, "--ref"},
		{"index without path", []string{"index"}, exitUsage, "no PATH"},
		{"search without query", []string{"search"}, exitUsage, "no QUERY"},
		{"against without draft", []string{"check", "--against"}, exitUsage, "--against needs"},
		{"missing path", []string{"check", "--index", "IDX", "/no/such/dir"}, exitUsage, "/no/such/dir"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			args := c.args
			for i, a := range args {
				if a == "IDX" {
					args[i] = filepath.Join(t.TempDir(), "idx")
				}
			}
			code, _, stderr := runCLI(t, args...)
			assert.Equal(t, c.code, code)
			assert.Contains(t, stderr, c.err)
		})
	}
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := runCLI(t, "version")
	assert.Equal(t, exitClean, code)
	assert.Contains(t, out, "crosscheck ")
	for _, c := range commands {
		code, out, _ := runCLI(t, c.name, "--help")
		assert.Equal(t, exitClean, code, c.name)
		assert.Contains(t, out, "Usage: crosscheck "+c.name, c.name)
		assert.Contains(t, out, "Examples:", "%s --help has examples", c.name)
	}
}

// checkJSON is the public JSON shape of check, decoded loosely.
type checkJSON struct {
	Version       int                    `json:"version"`
	Articles      int                    `json:"articles"`
	Claims        int                    `json:"claims"`
	Discrepancies []checkJSONDiscrepancy `json:"discrepancies"`
}

func checkSeeds(t *testing.T, format string) (int, string) {
	dir := seedsDir(t)
	code, out, stderr := runCLI(t, "check", "--index", filepath.Join(t.TempDir(), "idx"), "--format", format, dir)
	require.NotEqual(t, exitUsage, code, stderr)
	return code, out
}

func TestCheckSeedsJSONGolden(t *testing.T) {
	code, out := checkSeeds(t, "json")
	assert.Equal(t, exitFound, code)
	golden(t, "seeds.check.json", []byte(out))
}

func TestCheckSeedsTableGolden(t *testing.T) {
	_, out := checkSeeds(t, "table")
	// The summary line carries the run time; drop it for the golden file.
	out = out[:strings.LastIndex(strings.TrimRight(out, "\n"), " in ")] + "\n"
	golden(t, "seeds.check.txt", []byte(out))
}

// side matches one claim of a discrepancy.
type side struct{ article, value string }

// finding describes a discrepancy that must (or must not) be reported:
// its kind, a word its subject contains, and sides it lists.
type finding struct {
	name    string
	kind    string
	subject string
	sides   []side
}

func (f finding) matches(d checkJSONDiscrepancy) bool {
	if d.Kind != f.kind || !strings.Contains(strings.ToLower(d.Subject+" "+d.Summary), strings.ToLower(f.subject)) {
		return false
	}
	for _, s := range f.sides {
		found := false
		for _, c := range d.Claims {
			if strings.HasPrefix(c.Article, s.article) && strings.Contains(strings.ToLower(c.Value), strings.ToLower(s.value)) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

type checkJSONDiscrepancy = struct {
	ID       string `json:"id"`
	Rule     string `json:"rule"`
	Kind     string `json:"kind"`
	Severity string `json:"severity"`
	Subject  string `json:"subject"`
	Summary  string `json:"summary"`
	Claims   []struct {
		Article string `json:"article"`
		Value   string `json:"value"`
		Text    string `json:"text"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
	} `json:"claims"`
}

// TestCheckSeedsAcceptance is the acceptance list of the rule-engine
// issue: what crosscheck must and must not report on the seed articles.
func TestCheckSeedsAcceptance(t *testing.T) {
	_, out := checkSeeds(t, "json")
	var rep checkJSON
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	must := []finding{
		{"Alaska summit date", "date", "alaska", []side{{"004", "March 2025"}, {"004", "August 15"}, {"001", "August"}}},
		{"Biden administration vs Trump as president", "office", "president", []side{{"002", "Biden"}, {"", "Trump"}}},
		{"Ushakov's title", "title", "ushakov", []side{{"003", "aide"}, {"004", "Director"}}},
		{"000's own dates", "date", "000", []side{{"000", "September 28, 2025"}, {"000", "29/9/2025"}, {"000", "Monday"}}},
		{"Alaska meeting planned vs past in 004", "status", "alaska", []side{{"004", "planned"}, {"004", ""}}},
	}
	mustNot := []finding{
		{"Peskov spokesman vs spokesperson", "title", "peskov", nil},
		{"Geneva as a past summit", "status", "geneva", nil},
		{"Helsinki as a past summit", "status", "helsinki", nil},
		{"Geneva location", "location", "geneva", nil},
		{"Helsinki location", "location", "helsinki", nil},
		{"Moscow summit status", "status", "moscow", nil},
		{"Moscow summit date", "date", "moscow", nil},
		{"Putin's title", "title", "putin", nil},
		{"Zelensky's title", "title", "zelensky", nil},
		{"Trump's title", "title", "trump", nil},
		{"Russian presidency", "office", "russia", nil},
		{"Ukrainian presidency", "office", "ukrain", nil},
	}
	for _, f := range must {
		found := false
		for _, d := range rep.Discrepancies {
			found = found || f.matches(d)
		}
		assert.True(t, found, "must report: %s", f.name)
	}
	for _, f := range mustNot {
		for _, d := range rep.Discrepancies {
			assert.False(t, f.matches(d), "must not report: %s (got %q)", f.name, d.Summary)
		}
	}
}
