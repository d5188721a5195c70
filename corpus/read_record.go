package corpus

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
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
func recordArticle(name, format string, raw []byte, seq, line int) (*Article, []*readFault) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
		return nil, []*readFault{{ErrRecordMalformed, "record " + strconv.Itoa(seq) + " is not a JSON object"}}
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
	}
	for _, k := range recordKeysSorted(fields) {
		if !used[k] {
			metaPut(a, k, jsonMetaValue(fields[k]))
		}
	}
	if f := finishArticle(a); f != nil {
		f.reason = "record " + strconv.Itoa(seq) + " has no text (fields text, body or content)"
		return nil, append(faults, f)
	}
	return a, faults
}

// recordSource reads "source" as a string or as an object with a name
// ({"id": "x", "name": "The Daily"}, as news APIs write it).
func recordSource(fields map[string]json.RawMessage, used map[string]bool) string {
	for _, k := range recordSourceKeys {
		raw := fields[k]
		if s, ok := jsonText(raw); ok && strings.TrimSpace(s) != "" {
			used[k] = true
			return strings.TrimSpace(s)
		}
		var obj struct {
			Name string `json:"name"`
		}
		if len(raw) > 0 && raw[0] == '{' && json.Unmarshal(raw, &obj) == nil && obj.Name != "" {
			used[k] = true
			return strings.TrimSpace(obj.Name)
		}
	}
	return ""
}

// jsonText reads a string, or an array of strings joined by newlines (text
// stored as a list of paragraphs).
func jsonText(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false
	}
	switch raw[0] {
	case '"':
		var s string
		return s, json.Unmarshal(raw, &s) == nil
	case '[':
		var list []string
		if json.Unmarshal(raw, &list) != nil {
			return "", false
		}
		return strings.Join(list, "\n"), true
	}
	return "", false
}

// jsonScalar reads a string or a number as text (IDs are often numbers).
func jsonScalar(raw json.RawMessage) (string, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", false
	}
	if raw[0] == '"' {
		return jsonText(raw)
	}
	if raw[0] == '-' || (raw[0] >= '0' && raw[0] <= '9') {
		var n json.Number
		if json.Unmarshal(raw, &n) == nil {
			return n.String(), true
		}
	}
	return "", false
}

// jsonMetaValue is a string as itself and anything else as compact JSON.
func jsonMetaValue(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			return s
		}
	}
	var buf bytes.Buffer
	if json.Compact(&buf, raw) != nil {
		return string(raw)
	}
	return buf.String()
}

func recordKeysSorted[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
