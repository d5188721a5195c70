package kb

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// writeFiles writes name → content into a fresh directory.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	return dir
}

// kbErrors unpacks the errors joined by Load into *Error values.
func kbErrors(t *testing.T, err error) []*Error {
	t.Helper()
	var out []*Error
	var joined interface{ Unwrap() []error }
	if errors.As(err, &joined) {
		for _, e := range joined.Unwrap() {
			var ke *Error
			require.True(t, errors.As(e, &ke), "%T is not *Error", e)
			out = append(out, ke)
		}
		return out
	}
	var ke *Error
	require.True(t, errors.As(err, &ke), "%T is not *Error", err)
	return append(out, ke)
}

func TestDefaultIsLoadedOnce(t *testing.T) {
	a, err := Default()
	require.NoError(t, err)
	b, err := Default()
	require.NoError(t, err)
	assert.Same(t, a, b)
}

// A user's office with a default office's key replaces it entirely; here it
// adds an earlier president of the same surname, which makes the bare
// surname ambiguous.
func TestUserDirectoryOverridesOfficeByKey(t *testing.T) {
	dir := writeFiles(t, map[string]string{"presidents.yml": `
offices:
  - key: us:president
    body: us
    title: President
    aliases: [president]
    source: test
    verified_until: "2030-01-01"
    terms:
      - {holder: George H. W. Bush, start: "1989-01-20", end: "1993-01-20"}
      - {holder: Bill Clinton, start: "1993-01-20", end: "2001-01-20"}
      - {holder: George W. Bush, start: "2001-01-20", end: "2009-01-20"}
`})
	k, err := Load(dir)
	require.NoError(t, err)
	assert.Nil(t, k.TermsOf("us:president", "Bush"))
	assert.True(t, k.SurnameAmbiguous("us:president", "Bush"))
	assert.Len(t, k.TermsOf("us:president", "George W. Bush"), 1)
	assert.Empty(t, k.TermsOf("us:president", "Obama"), "the default office must be replaced, not merged")
	term, ok := k.HolderAt("us:president", day("1990-06-01"))
	require.True(t, ok)
	assert.Equal(t, "George H. W. Bush", term.Holder)

	def := loadDefault(t)
	assert.Len(t, def.TermsOf("us:president", "Bush"), 1, "loading a user directory must not change the default KB")
}

func TestUserPlacesAndInstitutionsAreAdded(t *testing.T) {
	dir := writeFiles(t, map[string]string{"extra.yaml": `
places:
  - {key: fi/vantor, name: Vantor, kind: city, country: fi, aliases: [Vantorby]}
institutions:
  - {name: Grey Tower, country: fi, role: presidency}
`})
	k, err := Load(dir)
	require.NoError(t, err)
	p, ok := k.Place("Vantorby")
	require.True(t, ok)
	assert.Equal(t, "fi/vantor", p.Key)
	in, ok := k.Institution("the Grey Tower")
	require.True(t, ok)
	assert.Equal(t, "fi", in.Country)
	assert.Empty(t, k.Validate())
}

func TestStrictDecodingReportsFileAndLine(t *testing.T) {
	tests := []struct {
		name, content string
		line          int
		msg           string
	}{
		{
			name:    "unknown-key.yml",
			content: "places:\n  - key: fi/vantor\n    name: Vantor\n    kind: city\n    colour: blue\n",
			line:    5,
			msg:     "colour",
		},
		{
			name:    "wrong-type.yml",
			content: "offices:\n  - key: fi:mayor\n    body: fi\n    terms: not-a-list\n",
			line:    4,
			msg:     "cannot unmarshal",
		},
		{
			name:    "syntax.yml",
			content: "places:\n  - {key: fi/vantor, name: [unclosed\n",
			line:    0, // yaml reports syntax errors with or without a line
			msg:     "",
		},
		{
			name:    "bad-date.yml",
			content: "offices:\n  - key: fi:mayor\n    body: fi\n    title: Mayor\n    terms:\n      - {holder: Ilse Varn, start: \"spring 2001\"}\n",
			line:    6,
			msg:     "not YYYY-MM-DD",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{tt.name: tt.content})
			_, err := Load(dir)
			require.Error(t, err)
			errs := kbErrors(t, err)
			require.NotEmpty(t, errs)
			assert.Equal(t, filepath.Join(dir, tt.name), errs[0].File)
			if tt.line > 0 {
				assert.Equal(t, tt.line, errs[0].Line, errs[0].Error())
			}
			assert.Contains(t, errs[0].Msg, tt.msg)
		})
	}
}

func TestEveryBadFileIsReported(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.yml":    "places:\n  - key: fi/one\n    nickname: x\n",
		"b.yml":    "offices:\n  - key: fi:mayor\n    bogus: true\n",
		"good.yml": "places:\n  - {key: fi/vantor, name: Vantor, kind: city, country: fi}\n",
	})
	k, err := Load(dir)
	require.Error(t, err)
	var files []string
	for _, e := range kbErrors(t, err) {
		files = append(files, filepath.Base(e.File))
	}
	assert.ElementsMatch(t, []string{"a.yml", "b.yml"}, files)
	require.NotNil(t, k, "the good files are still loaded")
	_, ok := k.Place("Vantor")
	assert.True(t, ok)
}

func TestLoadMissingDirectory(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "absent"))
	require.Error(t, err)
	var ke *Error
	assert.True(t, errors.As(err, &ke))
}

func TestEmptyFileIsFine(t *testing.T) {
	dir := writeFiles(t, map[string]string{"empty.yml": "", "comment.yml": "# nothing yet\n"})
	_, err := Load(dir)
	assert.NoError(t, err)
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"2025-01-20", "2025-01-20", true},
		{"2002-09", "2002-09-01", true},
		{"1999", "1999-01-01", true},
		{"2025-02-30", "", false},
		{"20 January 2025", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if !tt.ok {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.Format("2006-01-02"))
		})
	}
}
