package article

import (
	"strings"
	"unicode/utf8"
)

// Parts cuts text into parts of at most size bytes each (one part when it
// is no longer), each ending, where the second half of its room has one,
// at a paragraph break, else a line break, else a sentence's end (". "),
// else a space, else at a character boundary. Joined, the parts are the
// text. The index stores a long article's text in such parts, and the
// extractors read a long article part by part, so that neither holds
// the analysis of more than size bytes at once.
func Parts(text string, size int) []string {
	if len(text) <= size || size < 8 {
		return []string{text}
	}
	var parts []string
	for len(text) > size {
		half := size / 2
		window := text[half:size]
		cut := -1
		for _, sep := range []string{"\n\n", "\n", ". ", " "} {
			if i := strings.LastIndex(window, sep); i >= 0 {
				cut = half + i + len(sep)
				break
			}
		}
		if cut < 0 {
			cut = size
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
		}
		parts = append(parts, text[:cut])
		text = text[cut:]
	}
	return append(parts, text)
}
