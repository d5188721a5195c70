package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// --format line gives path:line:col: of the disagreeing article's value,
// as editors and CI annotators read it, and keeps the IDs in the message.
func TestLineFormatPointsIntoFiles(t *testing.T) {
	dir := copySample(t)
	idx := filepath.Join(t.TempDir(), "idx")
	code, out, stderr := runCLI(t, "check", "--index", idx, "--format", "line", dir)
	require.Equal(t, exitFound, code, stderr)
	lineRE := regexp.MustCompile(`^(.+?):(\d+):(\d+): (error|warning|info): (.+) \[(\S+) ([0-9a-f]{12})\]$`)
	var weekday string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		m := lineRE.FindStringSubmatch(l)
		require.NotNil(t, m, "not path:line:col: %q", l)
		assert.True(t, strings.HasPrefix(m[1], dir+string(filepath.Separator)), l)
		if strings.Contains(l, "calls it Tuesday") {
			weekday = l
		}
	}
	// The planted wrong weekday: the line points at "Tuesday" in the file.
	require.NotEmpty(t, weekday)
	m := lineRE.FindStringSubmatch(weekday)
	assert.Equal(t, filepath.Join(dir, "skerran-01-gazette.txt"), m[1])
	data, err := os.ReadFile(m[1])
	require.NoError(t, err)
	ln, _ := strconv.Atoi(m[2])
	col, _ := strconv.Atoi(m[3])
	lines := strings.Split(string(data), "\n")
	require.Less(t, ln-1, len(lines))
	assert.True(t, strings.HasPrefix(string([]rune(lines[ln-1])[col-1:]), "Tuesday"), "line %d col %d: %q", ln, col, lines[ln-1])
}

// The table takes the terminal's width; --width overrides it; output that
// is not a terminal gets 100 columns.
func TestTableFollowsTerminalWidth(t *testing.T) {
	widest := func(termWidth int, args ...string) int {
		var out, errb strings.Builder
		code := run(&env{stdout: &out, stderr: &errb, stdin: strings.NewReader(""), termWidth: termWidth},
			append([]string{"check", "--fail-on", "none"}, args...))
		require.Equal(t, exitClean, code, errb.String())
		w := 0
		for _, l := range strings.Split(out.String(), "\n") {
			if strings.HasPrefix(l, "+") || strings.HasPrefix(l, "|") {
				w = max(w, len([]rune(l)))
			}
		}
		return w
	}
	assert.LessOrEqual(t, widest(80), 80)
	assert.Greater(t, widest(80), 70, "the table uses the width it has")
	assert.LessOrEqual(t, widest(0), 100)
	assert.Greater(t, widest(0), 90)
	assert.LessOrEqual(t, widest(80, "--width", "90"), 90)
	assert.Greater(t, widest(80, "--width", "90"), 80)
}
