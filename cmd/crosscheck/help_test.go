package main

import (
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every command's help is a golden file: a change to a flag or a text
// shows in review. `help COMMAND` prints the same as `COMMAND --help`.
func TestHelpGolden(t *testing.T) {
	code, out, _ := runCLI(t, "help")
	require.Equal(t, exitClean, code)
	golden(t, "help/crosscheck.txt", []byte(out))
	for _, c := range commands {
		t.Run(c.name, func(t *testing.T) {
			code, out, stderr := runCLI(t, c.name, "--help")
			require.Equal(t, exitClean, code, stderr)
			golden(t, "help/"+c.name+".txt", []byte(out))
			assert.Contains(t, out, "\nExit status: 0 ")
			assert.Contains(t, out, "2 usage or input error")
			assert.Contains(t, out, "3 internal error")
			assert.NotContains(t, out, "Flags:\n\n", "no empty Flags heading")

			code, viaHelp, _ := runCLI(t, "help", c.name)
			assert.Equal(t, exitClean, code)
			assert.Equal(t, out, viaHelp)
		})
	}
}

func TestHelpRefusesUnknownCommand(t *testing.T) {
	code, out, stderr := runCLI(t, "help", "nonsense")
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, stderr, `unknown command "nonsense"`)
}

func TestClaimsHelpListsKinds(t *testing.T) {
	_, out, _ := runCLI(t, "claims", "--help")
	assert.Contains(t, out, "date,location,status,title,office,number,quote,weekday")
}

// flagsOf lists the flags a command's help shows.
func flagsOf(t *testing.T, name string) []string {
	t.Helper()
	_, out, _ := runCLI(t, name, "--help")
	var flags []string
	for _, m := range regexp.MustCompile(`(?m)^  -(\S+)`).FindAllStringSubmatch(out, -1) {
		flags = append(flags, m[1])
	}
	sort.Strings(flags)
	return flags
}

func readme(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	return string(b)
}

// section is the README's text from heading to the next heading.
func section(t *testing.T, doc, heading string) string {
	t.Helper()
	i := strings.Index(doc, "\n"+heading+"\n")
	require.GreaterOrEqual(t, i, 0, "README has %q", heading)
	rest := doc[i+len(heading)+2:]
	if j := regexp.MustCompile(`\n#{1,3} `).FindStringIndex(rest); j != nil {
		rest = rest[:j[0]]
	}
	return rest
}

// The README's table of check flags lists exactly the flags check has.
func TestReadmeCheckFlagsAgree(t *testing.T) {
	table := section(t, readme(t), "### check flags")
	var documented []string
	for _, m := range regexp.MustCompile("(?m)^\\| `--([a-z-]+)").FindAllStringSubmatch(table, -1) {
		documented = append(documented, m[1])
	}
	sort.Strings(documented)
	assert.Equal(t, flagsOf(t, "check"), documented)
}

// The README's usage block names every command, and no other.
func TestReadmeUsageAgrees(t *testing.T) {
	usage := section(t, readme(t), "## Usage")
	var named []string
	for _, m := range regexp.MustCompile(`(?m)^crosscheck ([a-z]+)`).FindAllStringSubmatch(usage, -1) {
		if !slices.Contains(named, m[1]) {
			named = append(named, m[1])
		}
	}
	sort.Strings(named)
	all := []string{"help"} // run handles it before the commands
	for _, c := range commands {
		all = append(all, c.name)
	}
	sort.Strings(all)
	assert.Equal(t, all, named)
}

// The README asks for the Go version go.mod asks for.
func TestReadmeGoVersionAgrees(t *testing.T) {
	mod, err := os.ReadFile("../../go.mod")
	require.NoError(t, err)
	m := regexp.MustCompile(`(?m)^go (\S+)`).FindStringSubmatch(string(mod))
	require.NotNil(t, m)
	doc := readme(t)
	assert.True(t, strings.Contains(doc, "Go "+m[1]+" or later"), "README asks for Go %s or later", m[1])
	assert.False(t, strings.Contains(doc, "@latest"), "the module is not published: install from a checkout")
}
