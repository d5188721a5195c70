// Package report renders a check's discrepancies as a table, JSON, CSV,
// Markdown or one line per finding, and filters them by severity, kind
// and a user's ignore list.
package report

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/internal/table"
	"github.com/crosscheck/crosscheck/rules"
)

// Formats lists the output formats of check.
var Formats = []string{"table", "json", "csv", "markdown", "line"}

// Filter keeps the discrepancies at or above min severity whose kind is in
// kinds (all kinds when empty) and that ig does not accept.
func Filter(rep *pipeline.Report, min rules.Severity, kinds []string, ig *rules.Ignore) {
	want := map[string]bool{}
	for _, k := range kinds {
		want[k] = true
	}
	var kept []rules.Discrepancy
	for _, d := range rep.Discrepancies {
		if d.Severity < min || (len(want) > 0 && !want[string(d.Kind)]) {
			continue
		}
		kept = append(kept, d)
	}
	if ig != nil {
		var ignored []rules.Discrepancy
		kept, ignored = ig.Filter(kept)
		rep.Ignored += len(ignored)
	}
	if kept == nil {
		kept = []rules.Discrepancy{}
	}
	rep.Discrepancies = kept
}

// Options for rendering.
type Options struct {
	Width   int     // table width; 0 = 100
	Seconds float64 // shown in the table's summary line; never in JSON
}

// Write renders rep in format.
func Write(w io.Writer, rep *pipeline.Report, format string, opt Options) error {
	switch format {
	case "", "table":
		return writeTable(w, rep, opt)
	case "json":
		return WriteJSON(w, rep)
	case "csv":
		return writeCSV(w, rep)
	case "markdown", "md":
		return writeMarkdown(w, rep)
	case "line":
		return writeLines(w, rep)
	}
	return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// WriteJSON writes the public JSON shape, indented, as an Encoder with
// SetIndent("", "  ") and SetEscapeHTML(false) writes it, but indents on
// the way out instead of in a second copy of the whole report in memory
// (a report on a 50 MB article runs to hundreds of megabytes).
func WriteJSON(w io.Writer, v any) error {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	indentJSON(bw, compact.Bytes(), "  ")
	return bw.Flush()
}

// indentJSON writes src, compact JSON as encoding/json writes it (no
// space outside strings), indented as json.Indent with no prefix would.
func indentJSON(w *bufio.Writer, src []byte, indent string) {
	depth := 0
	needIndent := false // after { or [: indent unless it closes at once
	inString, escaped := false, false
	newline := func() {
		_ = w.WriteByte('\n')
		for range depth {
			_, _ = w.WriteString(indent)
		}
	}
	for _, c := range src {
		if inString {
			_ = w.WriteByte(c)
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		if needIndent && c != '}' && c != ']' {
			needIndent = false
			depth++
			newline()
		}
		switch c {
		case '"':
			inString = true
			_ = w.WriteByte(c)
		case '{', '[':
			needIndent = true
			_ = w.WriteByte(c)
		case ',':
			_ = w.WriteByte(c)
			newline()
		case ':':
			_, _ = w.WriteString(": ")
		case '}', ']':
			if needIndent {
				needIndent = false
			} else {
				depth--
				newline()
			}
			_ = w.WriteByte(c)
		default:
			_ = w.WriteByte(c)
		}
	}
}

func writeTable(w io.Writer, rep *pipeline.Report, opt Options) error {
	draft := map[string]bool{}
	for _, id := range rep.Drafts {
		draft[id] = true
	}
	var rows [][]string
	for i, d := range rep.Discrepancies {
		kind := string(d.Kind) + "\n" + d.Severity.String()
		if len(draft) == 0 {
			rows = append(rows, []string{strconv.Itoa(i + 1), kind, d.Subject, sides(d, rep, nil, false)})
			continue
		}
		rows = append(rows, []string{strconv.Itoa(i + 1), kind, d.Subject,
			sides(d, rep, draft, true), sides(d, rep, draft, false)})
	}
	header := []string{"#", "Kind", "Subject", "What each side says"}
	if len(draft) > 0 {
		header = []string{"#", "Kind", "Subject", "Draft says", "Corpus says"}
	}
	if len(rows) > 0 {
		if err := table.Write(w, opt.Width, header, rows); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, Summary(rep, opt.Seconds))
	return err
}

// sides describes each claim of d as "value — article: “…quote…”". With
// draft set it keeps only the draft's claims (wantDraft) or only the
// corpus's, and describes corpus articles by title, source and date.
func sides(d rules.Discrepancy, rep *pipeline.Report, draft map[string]bool, wantDraft bool) string {
	var b strings.Builder
	for _, c := range d.Claims {
		if draft != nil && draft[c.Article] != wantDraft {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s — %s", SideLabel(d, c), c.Article)
		if draft != nil && !wantDraft {
			if m, ok := rep.Meta[c.Article]; ok {
				if m.Title != "" {
					fmt.Fprintf(&b, " “%s”", m.Title)
				}
				if m.Source != "" {
					fmt.Fprintf(&b, ", %s", m.Source)
				}
				if !m.Reference.IsZero() {
					fmt.Fprintf(&b, ", %s", m.Reference.Format("2006-01-02"))
				}
			}
		}
		if q := Snippet(c, 90); q != "" {
			fmt.Fprintf(&b, ": “%s”", q)
		}
	}
	if d.KB != nil && (draft == nil || !wantDraft) {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(d.KB.String())
	}
	return b.String()
}

// SideLabel is what a side says, as shown in tables: the value as
// written, except for quotes, whose sides differ by speaker, not by words.
func SideLabel(d rules.Discrepancy, c rules.ClaimRef) string {
	if d.Kind == "quote" {
		return "said by " + SpeakerName(c.Value)
	}
	return c.ValueText
}

// SpeakerName turns a speaker key ("person:ilse brandt", "desc:a senior
// official") into a name to show.
func SpeakerName(key string) string {
	k := claim.Key(key)
	switch k.Family() {
	case claim.FamilyPerson:
		words := strings.Fields(k.Name())
		for i, w := range words {
			r, size := utf8.DecodeRuneInString(w)
			words[i] = strings.ToUpper(string(r)) + w[size:]
		}
		return strings.Join(words, " ")
	case claim.FamilyOrg, claim.FamilyDesc:
		return k.Speaker()
	}
	return key
}

// Snippet returns up to max bytes of the claim's sentence centred on the
// value, with "…" where it was cut. Offsets come from the claim: the value
// is never searched for again.
func Snippet(c rules.ClaimRef, max int) string {
	s := c.Text
	vs, ve := c.Start-c.SentenceStart, c.End-c.SentenceStart
	if vs < 0 || ve > len(s) || vs > ve {
		vs, ve = 0, 0
	}
	if len(s) <= max {
		return s
	}
	pad := (max - (ve - vs)) / 2
	if pad < 10 {
		pad = 10
	}
	from, to := vs-pad, ve+pad
	if from < 0 {
		to -= from
		from = 0
	}
	if to > len(s) {
		from -= to - len(s)
		to = len(s)
		if from < 0 {
			from = 0
		}
	}
	for from > 0 && !utf8.RuneStart(s[from]) {
		from--
	}
	for to < len(s) && !utf8.RuneStart(s[to]) {
		to++
	}
	out := strings.TrimSpace(s[from:to])
	if from > 0 {
		out = "…" + out
	}
	if to < len(s) {
		out += "…"
	}
	return out
}

// Summary is the line after the table: articles, claims, discrepancies by
// kind and, when known, seconds.
func Summary(rep *pipeline.Report, seconds float64) string {
	byKind := map[string]int{}
	for _, d := range rep.Discrepancies {
		byKind[string(d.Kind)]++
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var parts []string
	for _, k := range kinds {
		parts = append(parts, fmt.Sprintf("%s %d", k, byKind[k]))
	}
	s := fmt.Sprintf("%s, %s, %s", count(rep.Articles, "article"), count(rep.Claims, "claim"),
		count(len(rep.Discrepancies), "discrepancy"))
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	if rep.Ignored > 0 {
		s += fmt.Sprintf(", %d ignored", rep.Ignored)
	}
	if seconds > 0 {
		s += fmt.Sprintf(" in %.2fs", seconds)
	}
	return s
}

// count is "1 claim", "2 claims", "1 discrepancy", "3 discrepancies".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") {
		return fmt.Sprintf("%d %sies", n, noun[:len(noun)-1])
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// claimRows flattens discrepancies to one row per claim (CSV, Markdown).
func claimRows(rep *pipeline.Report) [][]string {
	var rows [][]string
	for i, d := range rep.Discrepancies {
		for _, c := range d.Claims {
			rows = append(rows, []string{strconv.Itoa(i + 1), d.ID, d.Rule, string(d.Kind), d.Severity.String(),
				d.Subject, c.Article, c.ValueText, strconv.Itoa(c.Start), strconv.Itoa(c.End), c.Text, d.Summary})
		}
	}
	return rows
}

var claimHeader = []string{"n", "id", "rule", "kind", "severity", "subject", "article", "value", "start", "end", "sentence", "summary"}

func writeCSV(w io.Writer, rep *pipeline.Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(claimHeader); err != nil {
		return err
	}
	if err := cw.WriteAll(claimRows(rep)); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

func writeMarkdown(w io.Writer, rep *pipeline.Report) error {
	esc := func(s string) string {
		s = strings.ReplaceAll(s, "|", `\|`)
		return strings.ReplaceAll(s, "\n", " ")
	}
	fmt.Fprintf(w, "| %s |\n|%s\n", strings.Join(claimHeader, " | "), strings.Repeat(" --- |", len(claimHeader)))
	for _, r := range claimRows(rep) {
		for i := range r {
			r[i] = esc(r[i])
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(r, " | "))
	}
	_, err := fmt.Fprintf(w, "\n%s\n", Summary(rep, 0))
	return err
}

// writeLines prints one line per discrepancy, as compilers do, for
// editors and CI annotators: path:line:col: severity: summary [rule id].
// The position is the value in the article that disagrees (see
// disagreeing). When the claim's sentence is not in the file as written
// the line starts with the path alone; without a file to read (the
// built-in sample, a file since deleted) with the article's ID.
func writeLines(w io.Writer, rep *pipeline.Report) error {
	files := fileCache{}
	for _, d := range rep.Discrepancies {
		at := ""
		if c, ok := disagreeing(d); ok {
			at = c.Article + ": "
			if path := rep.Meta[c.Article].Path; path != "" {
				if line, col, found, readable := files.position(path, c); found {
					at = fmt.Sprintf("%s:%d:%d: ", path, line, col)
				} else if readable {
					at = path + ": "
				}
			}
		}
		if _, err := fmt.Fprintf(w, "%s%s: %s [%s %s]\n", at, d.Severity, d.Summary, d.Rule, d.ID); err != nil {
			return err
		}
	}
	return nil
}
