package corpus

import (
	"bytes"
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
// offsets refer to the decoded text, not to the file.
//
// Text that is not valid UTF-8 and has no NUL bytes is taken for
// Windows-1252, the usual encoding of such files in English news archives
// (it is a superset of Latin-1 for printable text). HTML may name its own
// charset in a <meta> tag, which wins.
func decodeText(data []byte, isHTML bool) (string, string, *readFault) {
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		data = data[len(utf8BOM):]
	case bytes.HasPrefix(data, utf16LEBOM):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM), data, "utf-16le")
	case bytes.HasPrefix(data, utf16BEBOM):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM), data, "utf-16be")
	}
	if f := checkBinary(data); f != nil {
		return "", "", f
	}
	if utf8.Valid(data) {
		return emptyCheck(string(data), "")
	}
	if isHTML {
		if enc, name, _ := charset.DetermineEncoding(data, "text/html"); name != "utf-8" {
			return decodeWith(enc, data, name)
		}
	}
	return decodeWith(charmap.Windows1252, data, "windows-1252")
}

func decodeWith(enc encoding.Encoding, data []byte, name string) (string, string, *readFault) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", &readFault{ErrFileUnreadable, "cannot decode as " + name + ": " + err.Error()}
	}
	if f := checkBinary(out); f != nil {
		return "", "", f
	}
	// A decoder passes invalid sequences through as U+FFFD; make sure no
	// invalid byte reaches an Article.
	return emptyCheck(string(bytes.ToValidUTF8(out, []byte("\uFFFD"))), name)
}

func emptyCheck(text, enc string) (string, string, *readFault) {
	if textIsBlank(text) {
		return "", "", &readFault{ErrFileEmpty, "empty file (no text)"}
	}
	return text, enc, nil
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
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) {
			return false
		}
	}
	return true
}
