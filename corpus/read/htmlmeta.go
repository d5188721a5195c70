package read

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Selectors compiled once; goquery's Find would compile them on every call.
var (
	selMeta      = cascadia.MustCompile("meta")
	selJSONLD    = cascadia.MustCompile(`script[type="application/ld+json"]`)
	selTitle     = cascadia.MustCompile("title")
	selH1        = cascadia.MustCompile("h1")
	selTime      = cascadia.MustCompile("time[datetime]")
	selCanonical = cascadia.MustCompile(`link[rel="canonical"]`)
)

// Meta tag names (property, name or itemprop, lower case) by field, in
// order of preference.
var (
	htmlMetaTitle = []string{"og:title", "twitter:title"}
	htmlMetaDate  = []string{"article:published_time", "og:published_time", "datepublished",
		"pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued",
		"dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date"}
	htmlMetaSite = []string{"og:site_name", "application-name"}
	htmlMetaURL  = []string{"og:url"}
)

// htmlMeta is what a page says about itself.
type htmlMeta struct {
	title, site, url string
	dates            []string // candidates, best first
}

// readHTMLMeta reads meta tags, JSON-LD and <time> from the page as it was
// served (before boilerplate is stripped: JSON-LD lives in <script>).
func readHTMLMeta(doc *html.Node) htmlMeta {
	q := goquery.NewDocumentFromNode(doc)
	tags := map[string]string{}
	q.FindMatcher(selMeta).Each(func(_ int, s *goquery.Selection) {
		content, ok := s.Attr("content")
		content = strings.TrimSpace(content)
		if !ok || content == "" {
			return
		}
		for _, attr := range [...]string{"property", "name", "itemprop"} {
			if key, ok := s.Attr(attr); ok {
				key = strings.ToLower(strings.TrimSpace(key))
				if _, seen := tags[key]; !seen {
					tags[key] = content
				}
			}
		}
	})
	ld := readJSONLD(q)

	var m htmlMeta
	m.site = metaFirstNonEmpty(metaTagValue(tags, htmlMetaSite), ld.publisher)
	m.url = metaFirstNonEmpty(metaTagValue(tags, htmlMetaURL), htmlAttrOf(q.FindMatcher(selCanonical), "href"), ld.url)
	m.title = metaFirstNonEmpty(metaTagValue(tags, htmlMetaTitle), ld.headline,
		trimSiteSuffix(htmlCollapseSpace(q.FindMatcher(selTitle).First().Text()), m.site),
		htmlCollapseSpace(q.FindMatcher(selH1).First().Text()))
	for _, k := range htmlMetaDate {
		if v := tags[k]; v != "" {
			m.dates = append(m.dates, v)
		}
	}
	if ld.date != "" {
		m.dates = append(m.dates, ld.date)
	}
	if t := contentTime(q); t != "" {
		m.dates = append(m.dates, t)
	}
	return m
}

// contentTime is the datetime of the first <time> inside the article, else
// of the first one outside page furniture.
func contentTime(q *goquery.Document) string {
	var inArticle, elsewhere string
	q.FindMatcher(selTime).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		v := strings.TrimSpace(s.AttrOr("datetime", ""))
		if v == "" {
			return true
		}
		switch ancestorKind(s.Get(0)) {
		case atom.Article:
			inArticle = v
			return false
		case 0:
			if elsewhere == "" {
				elsewhere = v
			}
		}
		return true
	})
	return metaFirstNonEmpty(inArticle, elsewhere)
}

// ancestorKind says whether n sits in an <article> (atom.Article), in page
// furniture (atom.Nav), or neither (0).
func ancestorKind(n *html.Node) atom.Atom {
	for p := n.Parent; p != nil; p = p.Parent {
		switch p.DataAtom {
		case atom.Article:
			return atom.Article
		case atom.Nav, atom.Footer, atom.Aside, atom.Header:
			return atom.Nav
		}
	}
	return 0
}

// jsonLDInfo is what JSON-LD says about the article.
type jsonLDInfo struct {
	date, headline, publisher, url string
}

// readJSONLD reads every JSON-LD block, walking nested objects and @graph
// arrays. An object typed as an article wins over any other object with a
// datePublished (a WebPage, say). Broken JSON-LD is ignored: it is only
// metadata, and the page text is still read.
func readJSONLD(q *goquery.Document) jsonLDInfo {
	var article, other *jsonLDInfo
	q.FindMatcher(selJSONLD).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(unwrapScriptJSON(s.Text())), &v) == nil {
			scanJSONLD(v, &article, &other, 0)
		}
	})
	switch {
	case article != nil:
		return *article
	case other != nil:
		return *other
	}
	return jsonLDInfo{}
}

// maxJSONLDDepth guards against absurdly nested JSON.
const maxJSONLDDepth = 32

func scanJSONLD(v any, article, other **jsonLDInfo, depth int) {
	if depth > maxJSONLDDepth {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			scanJSONLD(e, article, other, depth+1)
		}
	case map[string]any:
		if date, _ := x["datePublished"].(string); strings.TrimSpace(date) != "" {
			info := &jsonLDInfo{
				date:      strings.TrimSpace(date),
				headline:  htmlCollapseSpace(ldString(x["headline"])),
				publisher: htmlCollapseSpace(ldName(x["publisher"])),
				url:       strings.TrimSpace(ldString(x["url"])),
			}
			if *article == nil && isArticleType(x["@type"]) {
				*article = info
			}
			if *other == nil {
				*other = info
			}
		}
		for _, k := range recordKeysSorted(x) {
			scanJSONLD(x[k], article, other, depth+1)
		}
	}
}

// isArticleType accepts schema.org types such as NewsArticle, Article,
// ReportageNewsArticle, BlogPosting, Report, as a string or a list.
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || strings.HasSuffix(x, "Posting") || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func ldString(v any) string {
	s, _ := v.(string)
	return s
}

// ldName reads a publisher given as a name or as {"name": ...}, or the
// first of a list of them.
func ldName(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		return ldString(x["name"])
	case []any:
		if len(x) > 0 {
			return ldName(x[0])
		}
	}
	return ""
}

// unwrapScriptJSON drops the HTML comment or CDATA wrapper some pages put
// around JSON-LD.
func unwrapScriptJSON(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range [...][2]string{{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"//<![CDATA[", "//]]>"}} {
		// The two may overlap ("<!-->"): only a wrapper around something counts.
		if len(s) >= len(w[0])+len(w[1]) && strings.HasPrefix(s, w[0]) && strings.HasSuffix(s, w[1]) {
			s = strings.TrimSpace(s[len(w[0]) : len(s)-len(w[1])])
		}
	}
	return s
}

func metaTagValue(tags map[string]string, keys []string) string {
	for _, k := range keys {
		if v := tags[k]; v != "" {
			return v
		}
	}
	return ""
}

func htmlAttrOf(s *goquery.Selection, name string) string {
	return strings.TrimSpace(s.First().AttrOr(name, ""))
}

func metaFirstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

// trimSiteSuffix drops " | Site", " - Site" or " — Site" from a <title>.
func trimSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range [...]string{" | ", " - ", " – ", " — ", " :: "} {
		if rest, ok := strings.CutSuffix(title, sep+site); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest)
		}
	}
	return title
}

// htmlCollapseSpace collapses white space runs to single spaces.
func htmlCollapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
