package coref

import (
	"runtime"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/text"
)

// word is one word token of an article.
type word struct {
	start, end int
	text       string
	stem       string
	sent       int  // sentence index
	first      bool // first word of its sentence
	capital    bool // starts with an upper-case letter
	stop       bool // a stopword (lower-cased)
	starts     bool // its stem begins a phrase of the lexicon
	// feature is the story feature of a content word ("w:" and its
	// stem: written in lower case, a stem of three letters or more,
	// no stopword); "" for any other word
	feature string
}

// wordForm is what tokenize knows of a word's text: an article repeats
// its words, each looked up once.
type wordForm struct {
	stem         string
	stop, starts bool
	feature      string
}

// form is what l knows of a word's text.
func (l *lexicon) form(w string) wordForm {
	f := wordForm{stem: l.stem(w)}
	f.stop, f.starts = l.stop[strings.ToLower(w)], l.starts[f.stem]
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && len(f.stem) > 2 && !f.stop {
		f.feature = "w:" + f.stem
	}
	return f
}

// formCache holds the forms of the words tokenize has seen in the
// articles of a run: news repeats its words from article to article, each
// is stemmed and looked up once. A cache serves one goroutine at a time
// (see formsOf), so reading it takes no lock. It stops growing at
// maxForms words (names and figures are many); a word past that is
// looked up again at each sight. Its words are copies, so it holds no
// article's text.
type formCache struct {
	l     *lexicon
	forms map[string]wordForm
}

// maxForms bounds a formCache: a few megabytes.
const maxForms = 1 << 15

// freeForms are the caches no tokenize is using, at most one a core: a
// cache outlives its article (and garbage collections, unlike a
// sync.Pool's).
var freeForms = make(chan *formCache, min(max(runtime.GOMAXPROCS(0), 2), 8))

// formsOf takes a cache of l's forms for one tokenize; give it back with
// release.
func formsOf(l *lexicon) *formCache {
	for {
		select {
		case c := <-freeForms:
			if c.l == l {
				return c
			}
			// another lexicon's (tests): dropped
		default:
			return &formCache{l: l, forms: make(map[string]wordForm, 1024)}
		}
	}
}

// release gives c back for another article (or drops it when enough
// are kept).
func (c *formCache) release() {
	select {
	case freeForms <- c:
	default:
	}
}

// get is l.form(w), from the cache when w was seen before.
func (c *formCache) get(w string) wordForm {
	if f, ok := c.forms[w]; ok {
		return f
	}
	if len(c.forms) >= maxForms {
		return c.l.form(w)
	}
	w = strings.Clone(w)
	f := c.l.form(w)
	c.forms[w] = f
	return f
}

// tokenize reads an article's word tokens off its token layer (the
// doc's sentences'); punctuation is dropped but a clause break (comma,
// semicolon, dash) is remembered in breaks as the index of the word
// after it.
func tokenize(l *lexicon, doc string, tl *text.TokenLayer) (words []word, breaks map[int]bool) {
	breaks = map[int]bool{}
	words = make([]word, 0, len(doc)/6) // about one word in six bytes of English
	forms := formsOf(l)
	defer forms.release()
	for si := 0; si+1 < len(tl.SentTok); si++ {
		lo, hi := tl.SentRange(si)
		first := true
		for _, t := range tl.Toks[lo:hi] {
			w := doc[t.Start:t.End]
			if t.Shape&text.Word == 0 {
				if w == "," || w == ";" || w == "—" || w == "–" || w == "(" || w == ":" {
					breaks[len(words)] = true
				}
				continue
			}
			f := forms.get(w)
			words = append(words, word{
				start: int(t.Start), end: int(t.End), text: w, stem: f.stem,
				sent: si, first: first, capital: t.Shape&text.Cap != 0, stop: f.stop, starts: f.starts, feature: f.feature,
			})
			first = false
		}
	}
	return words, breaks
}

// isNumber reports whether a token is written with digits.
func isNumber(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// normName is a name's key: lower case, possessive dropped.
func normName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return strings.ToLower(s)
}
