package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// readFault is a problem found before an article exists; the caller adds
// the path and line.
type readFault struct {
	kind   error
	reason string
}

func (f *readFault) at(path string, line int) Problem {
	return newReadProblem(path, line, f.kind, f.reason)
}

var (
	utf8BOM    = []byte{0xEF, 0xBB, 0xBF}
	utf16LEBOM = []byte{0xFF, 0xFE}
	utf16BEBOM = []byte{0xFE, 0xFF}
)

// binarySample is how much of a file is looked at to call it binary.
const binarySample = 8 << 10

// decodeText turns file bytes into UTF-8 text. It returns the name of the
// encoding it decoded from ("" for UTF-8) so that readers can note that
// offsets refer to the decoded text, and a note when the bytes were not
// clean UTF-8.
//
// Text that is mostly UTF-8 (it has at least as many valid multi-byte
// sequences as bad bytes) stays UTF-8: each bad byte alone becomes U+FFFD
// and the note names the first one's offset. Other text that is not
// valid UTF-8 and has no NUL bytes is taken for Windows-1252, the usual
// encoding of such files in English news archives (a superset of
// Latin-1 for printable text). HTML may name its own charset in a <meta>
// tag, which wins.
func decodeText(data []byte, isHTML bool) (text, enc string, note, fault *readFault) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		data = data[len(utf8BOM):]
	case bytes.HasPrefix(data, utf16LEBOM):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, "utf-16le")
	case bytes.HasPrefix(data, utf16BEBOM):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "utf-16be")
	}
	if f := checkBinary(data); f != nil {
		return "", "", nil, f
	}
	if utf8.Valid(data) {
		text, f := emptyCheck(string(data))
		return text, "", nil, f
	}
	if isHTML {
		if e, name, certain := charset.DetermineEncoding(data, "text/html"); certain && name != "utf-8" {
			return decodeWith(e, data, name)
		}
	}
	if first, bad, ok := mostlyUTF8(data); ok {
		text, f := emptyCheck(replaceBadBytes(data, bad))
		note := &readFault{ErrInvalidUTF8, fmt.Sprintf(
			"invalid UTF-8 at byte offset %d: %d bad byte(s), each replaced by U+FFFD; offsets past it are 2 more per bad byte before them", first, bad)}
		return text, "", note, f
	}
	return decodeWith(charmap.Windows1252, data, "windows-1252")
}

// mostlyUTF8 counts valid multi-byte sequences and bad bytes: text with
// at least as many of the first is UTF-8 with damage, not another
// encoding. It returns the offset of the first bad byte and their number.
func mostlyUTF8(data []byte) (first, bad int, ok bool) {
	first, multi := -1, 0
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w <= 1 {
			if first < 0 {
				first = i
			}
			bad++
			i++
			continue
		}
		multi++
		i += w
	}
	return first, bad, multi > 0 && multi >= bad
}

// replaceBadBytes replaces each byte that is not part of a valid UTF-8
// sequence by U+FFFD (one per byte, so the shift in offsets is exactly 2
// per bad byte).
func replaceBadBytes(data []byte, bad int) string {
	var b strings.Builder
	b.Grow(len(data) + 2*bad)
	for i := 0; i < len(data); {
		r, w := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && w <= 1 {
			b.WriteString("\uFFFD")
			i++
			continue
		}
		b.Write(data[i : i+w])
		i += w
	}
	return b.String()
}

func decodeWith(enc encoding.Encoding, data []byte, name string) (string, string, *readFault, *readFault) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", nil, &readFault{ErrFileUnreadable, "cannot decode as " + name + ": " + err.Error()}
	}
	if f := checkBinary(out); f != nil {
		return "", "", nil, f
	}
	// A decoder passes invalid sequences through as U+FFFD; make sure no
	// invalid byte reaches an Article.
	// Meta["encoding"] names the encoding: no note for a clean decode.
	text, f := emptyCheck(string(bytes.ToValidUTF8(out, []byte("\uFFFD"))))
	return text, name, nil, f
}

func emptyCheck(text string) (string, *readFault) {
	if textIsBlank(text) {
		return "", &readFault{ErrFileEmpty, "empty file (no text)"}
	}
	return text, nil
}

// controlBytes marks the control characters that do not occur in text.
var controlBytes = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		t[c] = 1
	}
	for _, c := range "\t\n\r\f\v" {
		t[c] = 0
	}
	t[0x7F] = 1
	return t
}()

// checkBinary reports files with NUL bytes or mostly control characters.
func checkBinary(data []byte) *readFault {
	if bytes.IndexByte(data, 0) >= 0 {
		return &readFault{ErrFileBinary, "binary file (contains NUL bytes)"}
	}
	sample := data
	if len(sample) > binarySample {
		sample = sample[:binarySample]
	}
	controls := 0
	for _, c := range sample {
		controls += int(controlBytes[c])
	}
	if len(sample) > 0 && controls*10 > len(sample) {
		return &readFault{ErrFileBinary, "binary file (mostly control characters)"}
	}
	return nil
}

func textIsBlank(s string) bool {
	return strings.TrimLeft(s, " \t\r\n\f\v") == ""
}
