package report

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/rules"
)

// disagreeing is the side a one-line report points at: the claim of the
// article the summary names first. Rules name the side that stands alone
// first (the smaller group of agreeing articles, or the article set
// against the knowledge base), so that is the article that disagrees.
func disagreeing(d rules.Discrepancy) (rules.ClaimRef, bool) {
	if len(d.Claims) == 0 {
		return rules.ClaimRef{}, false
	}
	best, at := 0, -1
	for i, c := range d.Claims {
		j := indexWord(d.Summary, c.Article)
		if j < 0 {
			continue
		}
		// The earliest mention wins; at the same place the longer ID
		// ("a10" over "a1").
		if at < 0 || j < at || (j == at && len(c.Article) > len(d.Claims[best].Article)) {
			best, at = i, j
		}
	}
	return d.Claims[best], true
}

// indexWord is the first index of id in s as a whole word.
func indexWord(s, id string) int {
	if id == "" {
		return -1
	}
	for from := 0; ; {
		i := strings.Index(s[from:], id)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(id)
		if (i == 0 || !idByte(s[i-1])) && (end == len(s) || !idByte(s[end])) {
			return i
		}
		from = i + 1
	}
}

func idByte(b byte) bool {
	return b == '-' || b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// fileCache holds the files read to place claims, one read per file.
type fileCache map[string][]byte

// position is the 1-based line and column (in characters) of the claim's
// value in the file the article was read from. Offsets point into the
// article's text, which is the file itself for plain text; for other
// formats the claim's sentence is looked up in the file. found is false
// when the file cannot be read (readable is false then) or the sentence
// is not in it as written.
func (fc fileCache) position(path string, c rules.ClaimRef) (line, col int, found, readable bool) {
	data, seen := fc[path]
	if !seen {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			data = nil
		} else if data == nil {
			data = []byte{}
		}
		fc[path] = data
	}
	if data == nil {
		return 0, 0, false, false
	}
	if len(data) == 0 || c.Text == "" {
		return 0, 0, false, true
	}
	into := c.Start - c.SentenceStart
	if into < 0 || into > len(c.Text) {
		into = 0
	}
	off := -1
	if end := c.SentenceStart + len(c.Text); c.SentenceStart >= 0 && end <= len(data) && string(data[c.SentenceStart:end]) == c.Text {
		off = c.Start
	} else {
		// The sentence as the file's format writes it: as is (Markdown),
		// escaped in a JSON string, or with HTML entities.
		for _, enc := range encodings {
			if i := bytes.Index(data, []byte(enc(c.Text))); i >= 0 {
				off = i + len(enc(c.Text[:into]))
				break
			}
		}
	}
	if off < 0 || off > len(data) {
		return 0, 0, false, true
	}
	lineStart := bytes.LastIndexByte(data[:off], '\n') + 1
	return bytes.Count(data[:off], []byte{'\n'}) + 1, utf8.RuneCount(data[lineStart:off]) + 1, true, true
}

var encodings = []func(string) string{
	func(s string) string { return s },
	jsonString,
	html.EscapeString,
}

// jsonString is s as written inside a JSON string, without the quotes.
func jsonString(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if enc.Encode(s) != nil || b.Len() < 3 {
		return s
	}
	return b.String()[1 : b.Len()-2]
}
