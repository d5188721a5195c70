package people

import (
	"strings"
	"unicode/utf8"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// titleParse is a title read from tokens: "Senior palace aide",
// "Director Of The Ruritanian Leader", "a spokeswoman for the ministry".
type titleParse struct {
	first, last int // token range of the title, inclusive (no leading article)
	value       claim.TitleValue
	class       string // head class
	gender      byte
	place       *kb.Place       // country or body the title names
	inst        *kb.Institution // institution the title names
	domainText  string          // domain as written, lower case ("foreign")
	rankText    string          // ranks that change the post, as written ("deputy")
	changes     bool            // a rank makes it another post ("deputy prime minister")
}

// titleItem is one vocabulary phrase inside a title.
type titleItem struct {
	p    *phrase
	i, n int
	tail bool // after "of", "for": names the body, not the post
	org  bool // after "of", "for", "at", "to" (not "from", "in": origin)
}

// tail connectors; the bool says whether what follows names the body.
var tailConnectors = map[string]bool{"of": true, "for": true, "at": true, "to": true, "from": false, "in": false, "with": false, "on": false}

// postDelims end a title written after a name.
var postDelims = map[string]bool{",": true, ".": true, ")": true, ";": true, ":": true, "!": true, "?": true, "—": true, "–": true, "who": true, "whose": true, "and": true}

const maxTitleTokens = 10

// parseTitle reads a title starting at token i. In pre mode (a title
// before a name) it must use every token up to limit and only title words;
// in post mode (after "NAME,") it may start with an article and end with a
// free tail ("from Eastport"), and must stop at a delimiter or at limit. It
// returns the parse and the index after the title.
func (a *analysis) parseTitle(i, limit int, post bool) (titleParse, int, bool) {
	sc, end, ok := a.scanTitle(i, limit, post)
	if !ok {
		return titleParse{}, 0, false
	}
	return a.fillTitle(&sc), end, true
}

// titleScan is a title found by scanTitle, not yet read into its parts:
// callers trying many starts fill only the one they keep.
type titleScan struct {
	first, last int
	n           int
	items       [2 * maxTitleTokens]titleItem
}

// scanTitle is parseTitle without filling in the parts.
func (a *analysis) scanTitle(i, limit int, post bool) (titleScan, int, bool) {
	var tp titleScan
	items := tp.items[:0]
	j := i
	det := false
	if post && j < limit && a.toks[j].words&wDet != 0 && (a.toks[j].low == "the" || a.toks[j].low == "a" || a.toks[j].low == "an") {
		det = true
		j++
	}
	tp.first = j
	free := 0 // free words before the head (post mode after an article)
	inTail, tailOrg := false, false
	tailStart, cut := -1, -1
	for j < limit && j-i < maxTitleTokens && len(items)+2 <= cap(items) {
		t := &a.toks[j]
		if p, n := a.matchPhrase(j, limit); p != nil && p.kind&(pHead|pRank|pDomain|pOrg|pPlace|pInst) != 0 {
			items = append(items, titleItem{p: p, i: j, n: n, tail: inTail, org: tailOrg})
			j += n
			continue
		}
		if rank, head, ok := a.hyphenTitle(j); ok && !inTail {
			items = append(items, titleItem{p: rank, i: j, n: 0}, titleItem{p: head, i: j, n: 1})
			j++
			continue
		}
		if hasHead(items) {
			if isOrg, ok := tailConnectors[t.low]; ok && !inTail && (post || t.low == "of" || t.low == "for") {
				inTail, tailOrg = true, isOrg
				tailStart = j
				if !isOrg {
					cut = j // "a nurse from Eastport": the title is "nurse"
				}
				j++
				continue
			}
			if inTail {
				if t.low == "the" || (post && !postDelims[t.low]) {
					j++
					continue
				}
			} else if post && det && free < 2 && freeWord(t) && onlyRankHeads(items) {
				free++ // "the deputy fire commissioner": "deputy" is a rank here
				j++
				continue
			}
		} else if post && det && free < 2 && freeWord(t) {
			free++
			j++
			continue
		}
		break
	}
	if !hasHead(items) || possessiveHeadOfBody(a, items) {
		return tp, 0, false
	}
	if inTail && tailStart == j-1 {
		j = tailStart // a dangling "of" is not part of the title
	}
	if post {
		if j < limit && !postDelims[a.toks[j].low] {
			return tp, 0, false
		}
	} else if j != limit {
		return tp, 0, false
	}
	tp.last = j - 1
	if cut > tp.first {
		tp.last = cut - 1
	}
	for tp.last > tp.first && a.toks[tp.last].shape&sWord == 0 && a.toks[tp.last].low != "." {
		tp.last--
	}
	if !post && inTail && !tailEndsInVocab(items, j) {
		return tp, 0, false
	}
	tp.n = len(items)
	return tp, j, true
}

// freeWord: a lower-case word a title after an article may hold before
// its head ("the regional fire commissioner").
func freeWord(t *tok) bool {
	return t.shape&sWord != 0 && t.shape&sCap == 0 && t.words&(wSpeech|wClauseBreak|wPrep|wAux) == 0
}

// onlyRankHeads: every head so far can also be a rank ("deputy", "chief"),
// so the real head may still follow.
func onlyRankHeads(items []titleItem) bool {
	for _, it := range items {
		if it.p.kind&pHead != 0 && !it.tail && it.p.kind&pRank == 0 {
			return false
		}
	}
	return true
}

func hasHead(items []titleItem) bool {
	for _, it := range items {
		if it.p.kind&pHead != 0 && !it.tail {
			return true
		}
	}
	return false
}

// tailEndsInVocab: a title before a name may have an "of" tail only of
// title words ("Secretary of State"), ending right before the name.
func tailEndsInVocab(items []titleItem, end int) bool {
	if len(items) == 0 {
		return false
	}
	last := items[len(items)-1]
	return last.i+last.n == end
}

// fillTitle turns a scan's items into the parsed title.
func (a *analysis) fillTitle(sc *titleScan) titleParse {
	tp := &titleParse{first: sc.first, last: sc.last}
	items := sc.items[:sc.n]
	// The head is the last head word before any tail; head-or-rank words
	// before it ("deputy", "chief") are ranks.
	h := -1
	for k, it := range items {
		if it.tail {
			break
		}
		if it.p.kind&pHead != 0 {
			h = k
		}
	}
	v := &tp.value
	head := items[h]
	v.Head = head.p.text // as written, in lower case; "then-president" gives "president"
	tp.class = head.p.class
	tp.gender = vocab().gender[head.p.text]
	var org, orgWord string
	var ranks []string
	for k, it := range items {
		if k == h {
			continue
		}
		p := it.p
		switch {
		case it.tail && !it.org:
			// "a nurse from Eastport": origin, not the body of the post
		case !it.tail && k < h && p.kind&pRank != 0:
			ranks = append(ranks, p.words[0])
			if p.rank.Former {
				v.Former = true
			}
			if p.rank.ChangesOffice {
				tp.changes = true
				tp.rankText = strings.TrimSpace(tp.rankText + " " + p.text)
			}
		case p.kind&pInst != 0 && tp.inst == nil:
			tp.inst = p.inst
			org = strings.ToLower(p.inst.Name)
		case p.kind&pPlace != 0 && tp.place == nil:
			tp.place = p.place
		case p.kind&pDomain != 0 && v.Domain == "" && (k < h || it.tail):
			v.Domain = p.domain
			if k < h {
				tp.domainText = p.text
			}
		case p.kind&pOrg != 0 && orgWord == "":
			orgWord = p.org
		case p.kind&pHead != 0 && k < h && orgWord == "":
			orgWord = p.text // "the prime minister's spokesman"
		}
	}
	switch {
	case org != "":
		v.Org = org
	case tp.place != nil:
		v.Org = tp.place.Key
	default:
		v.Org = orgWord
	}
	if len(ranks) > 0 {
		v.Ranks = ranks
	}
	return *tp
}

// hyphenTitle reads a rank fused with a head in one token: "vice-chairman"
// (the parts written with a hyphen) or a listed compound ("undersecretary").
// "then-president" and "ex-minister" never reach it: the tokeniser splits
// glued ranks off.
func (a *analysis) hyphenTitle(j int) (*phrase, *phrase, bool) {
	t := &a.toks[j]
	if t.words&wCompound != 0 {
		if c, ok := vocab().compounds[t.low]; ok {
			if head := a.singlePhrase(c.head, pHead); head != nil {
				return c.rank, head, true
			}
		}
	}
	if t.shape&sHyphen == 0 {
		return nil, nil, false
	}
	k := strings.IndexByte(t.low, '-')
	if k <= 0 || k == len(t.low)-1 {
		return nil, nil, false
	}
	rank := a.singlePhrase(t.low[:k], pRank)
	head := a.singlePhrase(t.low[k+1:], pHead)
	if rank == nil || head == nil {
		return nil, nil, false
	}
	return rank, head, true
}

// singlePhrase finds the one-word phrase w with the given role.
func (a *analysis) singlePhrase(w string, kind phraseKind) *phrase {
	for _, p := range a.tb.byFirst[w] {
		if len(p.words) == 1 && p.kind&kind != 0 {
			return p
		}
	}
	return nil
}

// titleWordAt reports whether token k can be part of a title: a title
// phrase starts or ends there, or it is "then-president", a connector
// ("of", "for", "the") or an acronym's dot.
func (a *analysis) titleWordAt(k int) bool {
	t := &a.toks[k]
	if t.pkinds != 0 || t.words&wPhraseEnd != 0 {
		return true
	}
	switch t.low {
	case ".", "of", "for", "the":
		return true
	}
	_, _, ok := a.hyphenTitle(k)
	return ok
}

// titleBefore finds a title that ends right before token n ("palace
// spokesman" before "Tero …"), the longest one that parses.
func (a *analysis) titleBefore(n int) (titleParse, bool) {
	lo := a.sentStart(n)
	if n-1 < lo || !a.titleWordAt(n-1) || a.toks[n-1].low == "the" {
		return titleParse{}, false
	}
	var best titleScan
	found := false
	for k := n - 1; k >= lo && n-k <= maxTitleTokens && a.titleWordAt(k); k-- {
		if a.adverbThen(k) {
			break // "and then President Varga": the title starts after "then"
		}
		if sc, _, ok := a.scanTitle(k, n, false); ok {
			best, found = sc, true
		}
	}
	if !found {
		return titleParse{}, false
	}
	return a.fillTitle(&best), true
}

// adverbThen: token k is a bare "then" (not glued to the title) that
// reads as the adverb, not as "then-": after "and", "but", "since" or a
// mark ("said, then President Varga"), or opening a sentence before a
// capitalised title ("Then President Varga spoke"). After "the" ("the
// then prime minister") and elsewhere it is the rank.
func (a *analysis) adverbThen(k int) bool {
	t := &a.toks[k]
	if t.low != "then" || t.shape&sGlued != 0 {
		return false
	}
	if t.shape&sSentFirst != 0 {
		return k+1 < len(a.toks) && a.toks[k+1].shape&sCap != 0
	}
	if k == 0 {
		return false
	}
	p := &a.toks[k-1]
	return p.shape&sWord == 0 || p.words&(wClauseBreak|wThenAdverb) != 0
}

// lowerSpan is the text of a byte span in lower case with white space
// collapsed and curly apostrophes straightened.
func (a *analysis) lowerSpan(start, end int) string {
	s := a.d.Text[start:end]
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		c := s[i]
		plain = c < utf8.RuneSelf && !('A' <= c && c <= 'Z') && c != '\t' && c != '\n' && c != '\r' && !(c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '))
	}
	if plain {
		return s
	}
	return normalizeSpace(strings.ToLower(strings.ReplaceAll(s, "’", "'")))
}

// normalizeSpace collapses runs of white space into one space and trims.
func normalizeSpace(s string) string {
	clean := true
	for i := 0; i < len(s) && clean; i++ {
		c := s[i]
		clean = c != '\t' && c != '\n' && c != '\r' && c != 0xC2 && !(c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '))
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// officeTitle is the title to look an office up by: the domain and head
// ("foreign minister"), with a post-changing rank in front.
func (tp *titleParse) officeTitles() []string {
	head := tp.value.Head
	var out []string
	if tp.domainText != "" {
		out = append(out, strings.TrimSpace(tp.rankText+" "+tp.domainText+" "+head))
	}
	if tp.changes {
		out = append(out, strings.TrimSpace(tp.rankText+" "+head))
		return out
	}
	if tp.domainText == "" {
		out = append(out, head)
	}
	return out
}

// possessiveHeadOfBody: the head is a possessive followed by a body word
// ("the Sheriff's Department", "the Mayor's Office"): the words name a
// body, not a person's title. ("the prime minister's spokesman" has a
// head after the possessive and stays a title.)
func possessiveHeadOfBody(a *analysis, items []titleItem) bool {
	for k, it := range items {
		if it.p.kind&pHead == 0 || it.tail || it.n == 0 {
			continue
		}
		if a.toks[it.i+it.n-1].shape&sPoss == 0 {
			continue
		}
		rest := items[k+1:]
		return len(rest) > 0 && !hasHead(rest) && rest[0].p.kind&pOrg != 0
	}
	return false
}
