package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/corpus/read"
)

// draftInput is a draft as a request gives it, before reading.
type draftInput struct {
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
	// Format says how to read Text: "text" (the default), "markdown"
	// (front matter and all, as the command line reads .md files) or
	// "html".
	Format   string `json:"format,omitempty"`
	FileName string `json:"-"`
	FileData []byte `json:"-"`
}

// pastedName is the name a pasted draft is read under: plain text, so
// offsets point into exactly what was pasted, and the article ID "draft".
const pastedName = "draft.txt"

// maxDrafts bounds the articles one uploaded file may hold.
const maxDrafts = 100

// readDraftForm reads the draft page's form, URL-encoded or multipart.
// Multipart parts are read into memory one by one (the body is capped),
// so no upload ever lands in a temporary file.
func readDraftForm(r *http.Request) (draftInput, error) {
	var in draftInput
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch ct {
	case "multipart/form-data":
		mr, err := r.MultipartReader()
		if err != nil {
			return in, badRequest("malformed multipart form: %v", err)
		}
		for {
			part, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				return in, nil
			}
			if err != nil {
				return in, formError(err)
			}
			data, err := io.ReadAll(part)
			if err != nil {
				return in, formError(err)
			}
			switch part.FormName() {
			case "title":
				in.Title = string(data)
			case "date":
				in.Date = string(data)
			case "text":
				in.Text = unCRLF(string(data))
			case "file":
				if part.FileName() != "" && len(data) > 0 {
					in.FileName, in.FileData = part.FileName(), data
				}
			}
		}
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return in, formError(err)
		}
		in.Title, in.Date, in.Text = r.PostForm.Get("title"), r.PostForm.Get("date"), unCRLF(r.PostForm.Get("text"))
		return in, nil
	}
	return in, &requestError{Status: http.StatusUnsupportedMediaType,
		Msg: "send the draft form as multipart/form-data or application/x-www-form-urlencoded"}
}

// formError keeps a body-too-large error as it is (413) and turns any
// other form-reading failure into a 400.
func formError(err error) error {
	var mb *http.MaxBytesError
	if errors.As(err, &mb) {
		return err
	}
	if te := bodyTimeout(err); te != nil {
		return te
	}
	return badRequest("malformed form: %v", err)
}

// readDraftAPI reads POST /api/check: the draft as text/plain,
// text/markdown or text/html, or a JSON object
// {"title","date","text","format"}.
func readDraftAPI(r *http.Request) (draftInput, error) {
	var in draftInput
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if r.Header.Get("Content-Type") == "" {
		ct, err = "text/plain", nil
	}
	if err != nil {
		return in, badRequest("Content-Type: %v", err)
	}
	if _, ok := draftFormats[ct]; !ok && ct != "application/json" {
		return in, &requestError{Status: http.StatusUnsupportedMediaType, Msg: apiTypes}
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return in, formError(err)
	}
	if format, ok := draftFormats[ct]; ok {
		in.Text, in.Format = string(body), format
		return in.asFile()
	}
	// Checked before decoding: encoding/json would quietly turn bad
	// bytes into U+FFFD.
	if err := checkUTF8("the JSON body", string(body)); err != nil {
		return in, err
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return in, badRequest("JSON body: %v (want {\"title\",\"date\",\"text\",\"format\"})", err)
	}
	if dec.More() {
		return in, badRequest("JSON body: more than one value")
	}
	return in.asFile()
}

// apiTypes says what POST /api/check takes.
const apiTypes = "send the draft as text/plain, text/markdown or text/html, or as application/json {\"title\",\"date\",\"text\",\"format\"}"

// draftFormats maps the draft types the API takes to a format name.
var draftFormats = map[string]string{
	"text/plain": "text", "text/markdown": "markdown", "text/x-markdown": "markdown", "text/html": "html",
}

// draftFileNames are the names a draft of each format is read under, so
// that the command line's reader of that extension reads it.
var draftFileNames = map[string]string{"markdown": "draft.md", "md": "draft.md", "html": "draft.html"}

// asFile turns Markdown or HTML text into a file to read; plain text
// stays pasted text.
func (in draftInput) asFile() (draftInput, error) {
	f := strings.ToLower(strings.TrimSpace(in.Format))
	switch f {
	case "", "text", "txt", "plain":
		return in, nil
	}
	name, ok := draftFileNames[f]
	if !ok {
		return in, badRequest("format %q: want text, markdown or html", in.Format)
	}
	if err := checkUTF8("the draft", in.Text); err != nil {
		return in, err
	}
	if strings.TrimSpace(in.Text) == "" {
		return in, badRequest("the draft is empty")
	}
	in.FileName, in.FileData, in.Text = name, []byte(in.Text), ""
	return in, nil
}

// checkUTF8 refuses text that is not valid UTF-8, saying where the first
// bad byte is. Pasted drafts are refused rather than repaired: a silent
// U+FFFD would shift nothing but could hide a wrong paste, and an editor
// can re-save as UTF-8 in a second.
func checkUTF8(what, s string) error {
	if utf8.ValidString(s) {
		return nil
	}
	at := 0
	for at < len(s) {
		r, size := utf8.DecodeRuneInString(s[at:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		at += size
	}
	return badRequest("%s is not valid UTF-8 (first bad byte at offset %d); save it as UTF-8 and try again", what, at)
}

// drafts turns the input into articles the way the command line reads
// files: a file through the reader of its extension, pasted text as a
// .txt file. Title and date, when given, override what the text says.
func (in draftInput) drafts(opt read.Options) ([]*article.Article, []read.Problem, error) {
	for _, f := range []struct{ what, s string }{{"the title", in.Title}, {"the date", in.Date}, {"the draft", in.Text}} {
		if err := checkUTF8(f.what, f.s); err != nil {
			return nil, nil, err
		}
	}
	var arts []*article.Article
	var problems []read.Problem
	switch {
	case in.FileData != nil && strings.TrimSpace(in.Text) != "":
		return nil, nil, badRequest("give either pasted text or a file, not both")
	case in.FileData != nil:
		name := path.Base(strings.ReplaceAll(in.FileName, `\`, "/"))
		arts, problems = read.Bytes(name, in.FileData, opt)
	case strings.TrimSpace(in.Text) == "":
		return nil, nil, badRequest("the draft is empty: paste its text or choose a file")
	default:
		arts, problems = read.Bytes(pastedName, []byte(in.Text), opt)
	}
	if len(arts) == 0 {
		return nil, problems, badRequest("no readable draft: %s", problemText(problems))
	}
	if len(arts) > maxDrafts {
		return nil, problems, badRequest("the file holds %d articles; at most %d drafts are checked at once", len(arts), maxDrafts)
	}
	if err := in.override(arts); err != nil {
		return nil, problems, err
	}
	return arts, problems, nil
}

// override applies the title and date fields.
func (in draftInput) override(arts []*article.Article) error {
	title, date := strings.TrimSpace(in.Title), strings.TrimSpace(in.Date)
	if title == "" && date == "" {
		return nil
	}
	if len(arts) > 1 {
		return badRequest("title and date apply to a single draft; this file holds %d", len(arts))
	}
	a := arts[0]
	if title != "" {
		a.Title = title
	}
	if date != "" {
		t, ok := read.ParseDate(date)
		if !ok {
			return badRequest("date %q not understood (use YYYY-MM-DD)", date)
		}
		// As with a date in front matter, the date given wins over a
		// dateline in the text.
		a.Published, a.PublishedFrom, a.PublishedText, a.DatelineSpan = t, article.DateFromMetadata, date, nil
	}
	return nil
}

func problemText(ps []read.Problem) string {
	if len(ps) == 0 {
		return "nothing to read"
	}
	msgs := make([]string, len(ps))
	for i, p := range ps {
		msgs[i] = p.Error()
	}
	return strings.Join(msgs, "; ")
}

// unCRLF undoes the CRLF line ends browsers send for a textarea, so that a
// pasted draft is read as the same text a file would be.
func unCRLF(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }
