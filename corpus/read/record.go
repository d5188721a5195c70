package read

import (
	"bytes"
	"encoding/json"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// Field names of a JSON record, in order of preference. Keys not consumed
// are kept in Article.Meta.
var (
	recordTextKeys   = []string{"text", "body", "content"}
	recordDateKeys   = []string{"date", "published", "published_at", "publishedAt", "datePublished"}
	recordTitleKeys  = []string{"title", "headline"}
	recordURLKeys    = []string{"url", "link"}
	recordSourceKeys = []string{"source"}
)

// recordArticle turns one JSON object into an article. seq is the 1-based
// record number (used in the fallback ID); line is the Article.Line to
// record (the JSONL line, or the record number in a JSON file).
func recordArticle(name, format string, raw []byte, seq, line int) (*article.Article, []*readFault) {
	fields, ok := decodeRecord(raw)
	if !ok {
		// No record number in the reason: the problem's line says where.
		return nil, []*readFault{{ErrRecordMalformed, "not a JSON object"}}
	}
	a := newReadArticle(name, format)
	a.ID = articleFileStem(name) + "-" + strconv.Itoa(seq)
	a.Line = line
	used := map[string]bool{}
	take := func(keys []string) (string, bool) {
		for _, k := range keys {
			if v, ok := jsonText(fields[k]); ok && strings.TrimSpace(v) != "" {
				used[k] = true
				return v, true
			}
		}
		return "", false
	}
	if id, ok := jsonScalar(fields["id"]); ok && strings.TrimSpace(id) != "" {
		a.ID, used["id"] = strings.TrimSpace(id), true
	}
	title, _ := take(recordTitleKeys)
	url, _ := take(recordURLKeys)
	a.Title, a.URL = strings.TrimSpace(title), strings.TrimSpace(url)
	a.Source = recordSource(fields, used)
	text, hasText := take(recordTextKeys)
	if hasText && looksLikeHTML(text) {
		text = htmlFragmentText(text)
		metaPut(a, "text_format", "html")
	}
	a.Text = text

	var faults []*readFault
	if date, ok := take(recordDateKeys); ok {
		if f := applyMetadataDate(a, date); f != nil {
			faults = append(faults, f)
		}
	} else if k, ok := firstPresent(fields, recordDateKeys); ok {
		// A date that is no text ([1,2], {}) is kept in Meta and said.
		faults = append(faults, &readFault{ErrUnparsedDate, "date not understood: " + k + " is " + quoteShort(jsonMetaValue(fields[k]))})
	}
	for _, k := range recordKeysSorted(fields) {
		if !used[k] {
			metaPut(a, k, jsonMetaValue(fields[k]))
		}
	}
	if f := finishArticle(a); f != nil {
		f.reason = "no text (fields text, body or content)"
		return nil, append(faults, f)
	}
	return a, faults
}

// decodeRecord decodes one JSON object, keeping numbers exact (IDs can be
// longer than a float64 holds). Anything after the object is an error.
func decodeRecord(raw []byte) (map[string]any, bool) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var fields map[string]any
	if dec.Decode(&fields) != nil || fields == nil {
		return nil, false
	}
	_, err := dec.Token()
	return fields, err == io.EOF
}

// recordSource reads "source" as a string or as an object with a name
// ({"id": "x", "name": "The Daily"}, as news APIs write it).
func recordSource(fields map[string]any, used map[string]bool) string {
	for _, k := range recordSourceKeys {
		v := fields[k]
		if obj, ok := v.(map[string]any); ok {
			v = obj["name"]
		}
		if s, ok := v.(string); ok && strings.TrimSpace(s) != "" {
			used[k] = true
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// jsonText reads a string, or an array of strings joined by newlines (text
// stored as a list of paragraphs).
func jsonText(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			s, ok := e.(string)
			if !ok {
				return "", false
			}
			parts[i] = s
		}
		return strings.Join(parts, "\n"), true
	}
	return "", false
}

// jsonScalar reads a string or a number as text (IDs are often numbers).
func jsonScalar(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return x, true
	case json.Number:
		return x.String(), true
	}
	return "", false
}

// jsonMetaValue is a string as itself and anything else as compact JSON
// (object keys sorted, so output is deterministic).
func jsonMetaValue(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	out, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(out)
}

func recordKeysSorted[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// firstPresent returns the first of keys that fields has with a value
// other than null.
func firstPresent(fields map[string]any, keys []string) (string, bool) {
	for _, k := range keys {
		if v, ok := fields[k]; ok && v != nil {
			return k, true
		}
	}
	return "", false
}
