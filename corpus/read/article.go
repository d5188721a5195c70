package read

import (
	"path"
	"strings"

	"github.com/crosscheck/crosscheck/corpus/article"
)

// newReadArticle starts an article read from name: its ID defaults to the file
// name without directory and extension.
func newReadArticle(name, format string) *article.Article {
	return &article.Article{ID: articleFileStem(name), Path: name, Format: format, PublishedFrom: article.DateUnknown}
}

// articleFileStem is the base name without its extension, for both OS and fs.FS
// paths.
func articleFileStem(name string) string {
	base := name
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	return strings.TrimSuffix(base, path.Ext(base))
}

// metaPut stores an extra key, creating the map on first use.
func metaPut(a *article.Article, key, value string) {
	if a.Meta == nil {
		a.Meta = map[string]string{}
	}
	a.Meta[key] = value
}

// applyMetadataDate sets the publication date from a metadata value. A value
// that is not understood is kept in Meta["date"] and reported, so that it is
// neither lost nor silently wrong.
func applyMetadataDate(a *article.Article, raw string) *readFault {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil
	}
	t, ok := ParseDate(raw)
	if !ok {
		metaPut(a, "date", raw)
		return &readFault{ErrUnparsedDate, "date not understood: " + quoteShort(raw)}
	}
	a.Published, a.PublishedFrom, a.PublishedText = t, article.DateFromMetadata, raw
	return nil
}

// finishArticle splits paragraphs and fills a missing title or date from the
// leading lines of the text. It reports an article without text.
func finishArticle(a *article.Article) *readFault {
	if textIsBlank(a.Text) {
		return &readFault{ErrRecordNoText, "no article text"}
	}
	a.Paragraphs = article.SplitParagraphs(a.Text)
	lead := scanLead(a.Text, a.Paragraphs)
	assignDates(a)
	if a.Title == "" {
		a.Title = lead.title
	}
	if a.PublishedFrom == "" {
		a.PublishedFrom = article.DateUnknown
	}
	return nil
}

// quoteShort quotes s for a problem message, cut to a readable length.
func quoteShort(s string) string {
	const max = 60
	if len(s) > max {
		cut := max
		for cut > 0 && !quoteRuneStart(s[cut]) {
			cut--
		}
		s = s[:cut] + "…"
	}
	return `"` + s + `"`
}

func quoteRuneStart(b byte) bool { return b&0xC0 != 0x80 }
