package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

type titleOptions struct {
	// Equivalent lists classes of heads that name one role; the first of
	// each class names it. Heads in no class never conflict with other heads.
	Equivalent [][]string `yaml:"equivalent"`
	// Generic heads agree with every title (official, source, member).
	Generic []string `yaml:"generic"`
	// Compatible lists pairs of heads one person can hold together.
	Compatible [][]string `yaml:"compatible"`
	// Ranks are words in front of a head that keep the post (senior,
	// acting); a former word after them still ends it ("senior former").
	Ranks []string `yaml:"ranks"`
	// DistinctRanks make another post of the same head: a deputy mayor is
	// not the mayor.
	DistinctRanks []string `yaml:"distinct_ranks"`
	// StandIn ranks hold a post for a while: an acting mayor may well be
	// the deputy mayor, so the two agree.
	StandIn []string `yaml:"stand_in"`
	// Domains map a canonical portfolio to its spellings. Two current
	// titles of one head with different domains are two posts (foreign
	// minister, energy minister); a title without a domain agrees with both.
	Domains map[string][]string `yaml:"domains"`
	// Former marks titles no longer held ("former", "then", "ex").
	Former []string `yaml:"former"`
	// Future marks titles not held yet ("incoming", "designate"): like a
	// former title, they say nothing of the post held now.
	Future []string `yaml:"future"`
	// Connectors end a head: "director of X" → "director".
	Connectors []string `yaml:"connectors"`
	// Compounds are one-word titles fused from a rank and a head, read as
	// the two words: "undersecretary" → "under secretary".
	Compounds map[string]string `yaml:"compounds"`
	// Professions are trades one practises alongside any post (lawyer,
	// economist): they conflict only with another profession.
	Professions []string `yaml:"professions"`
	// Leads say when a generic head names a post: the head of a named body.
	Leads *leadOptions `yaml:"leads"`
	// ServiceRanks are the ranks of a police or armed service: one holds
	// a rank and a role at once (an inspector may be the spokesman), but
	// two ranks conflict (commander, commodore).
	ServiceRanks []string `yaml:"service_ranks"`
	// RankRoles are the roles someone of any service rank may hold.
	RankRoles []string `yaml:"rank_roles"`
	// Covers lists umbrella words: written as the head, without a rank
	// that makes another post, they name any post of the listed classes
	// at any rank ("prosecutor" covers an assistant district attorney,
	// "aide" a deputy campaign manager).
	Covers map[string][]string `yaml:"covers"`
}

type titleCompare struct {
	class      map[string]string // head → class
	generic    map[string]bool
	compatible map[[2]string]bool
	ranks      map[string]bool // every rank word, distinct or not
	distinct   map[string]bool
	standIn    map[string]bool
	domains    map[string]string // spelling → canonical domain
	domainLen  int               // longest spelling, in words
	former     map[string]bool
	connectors []string // " of ", " for "
	compounds  map[string]string
	profession map[string]bool // by class
	lead       leadTables
	model      titleModel
	held       map[[2]string]bool // classes one subject holds at once (forPass)
}

func newTitleCompare(o *titleOptions) (*titleCompare, error) {
	if o == nil {
		return nil, fmt.Errorf("options.titles is required for compare: title")
	}
	t := &titleCompare{class: map[string]string{}, generic: map[string]bool{}, compatible: map[[2]string]bool{},
		ranks: map[string]bool{}, distinct: map[string]bool{}, standIn: map[string]bool{},
		domains: map[string]string{}, former: map[string]bool{}}
	for _, cls := range o.Equivalent {
		if len(cls) == 0 {
			continue
		}
		name := normTitle(cls[0])
		for _, h := range cls {
			h = normTitle(h)
			if prev, dup := t.class[h]; dup && prev != name {
				return nil, fmt.Errorf("options.titles.equivalent: %q is in two classes (%s, %s)", h, prev, name)
			}
			t.class[h] = name
		}
	}
	for _, g := range o.Generic {
		t.generic[normTitle(g)] = true
	}
	for _, pair := range o.Compatible {
		if len(pair) != 2 {
			return nil, fmt.Errorf("options.titles.compatible: want pairs of two heads, got %v", pair)
		}
		a, b := t.classOf(normTitle(pair[0])), t.classOf(normTitle(pair[1]))
		t.compatible[[2]string{a, b}] = true
		t.compatible[[2]string{b, a}] = true
	}
	for _, r := range o.Ranks {
		t.ranks[normTitle(r)] = true
	}
	for _, r := range o.DistinctRanks {
		r = normTitle(r)
		if t.ranks[r] {
			return nil, fmt.Errorf("options.titles: %q is in ranks and distinct_ranks", r)
		}
		t.distinct[r], t.ranks[r] = true, true
	}
	for _, r := range o.StandIn {
		t.standIn[normTitle(r)] = true
	}
	for canon, spellings := range o.Domains {
		canon = normTitle(canon)
		for _, s := range append([]string{canon}, spellings...) {
			s = normTitle(s)
			if prev, dup := t.domains[s]; dup && prev != canon {
				return nil, fmt.Errorf("options.titles.domains: %q is in two domains (%s, %s)", s, prev, canon)
			}
			t.domains[s] = canon
			t.domainLen = max(t.domainLen, len(strings.Fields(s)))
		}
	}
	for _, f := range o.Former {
		t.former[normTitle(f)] = true
	}
	for _, f := range o.Future {
		t.former[normTitle(f)] = true // not held now, as a former title
	}
	for _, c := range o.Connectors {
		t.connectors = append(t.connectors, " "+normTitle(c)+" ")
	}
	t.compounds = map[string]string{}
	for w, parts := range o.Compounds {
		t.compounds[normTitle(w)] = normTitle(parts)
	}
	t.profession = map[string]bool{}
	for _, p := range o.Professions {
		t.profession[t.classOf(normTitle(p))] = true
	}
	if err := t.lead.build(o.Leads, t.classOf); err != nil {
		return nil, err
	}
	if err := t.model.build(o, t.classOf); err != nil {
		return nil, err
	}
	return t, nil
}

func (t *titleCompare) classOf(h string) string {
	if c, ok := t.class[h]; ok {
		return c
	}
	return h
}

// normTitle lower-cases and drops punctuation that does not change a title.
func normTitle(s string) string {
	s = strings.ToLower(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '.', ',', '"', '\'', '’', '(', ')':
			return -1
		case '-', '–':
			return ' '
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// key drops titles no longer held and keys the rest by their text.
func (t *titleCompare) key(c *claim.Claim) (string, bool) {
	if c.Modality == claim.Former {
		return "", false
	}
	if c.Title != nil {
		if c.Title.Former {
			return "", false
		}
		for _, r := range c.Title.Ranks {
			if t.former[normTitle(r)] {
				return "", false
			}
		}
	}
	if c.Value != "" {
		return c.Value, true
	}
	return c.ValueText, c.ValueText != ""
}

func (t *titleCompare) value(c *claim.Claim, _ *Context) (sideValue, bool) {
	text, ok := t.key(c)
	if !ok {
		return sideValue{}, false
	}
	norm := t.expandCompounds(normTitle(text))
	if norm == "" {
		return sideValue{}, false
	}
	s, former := t.sense(c, norm)
	if former {
		return sideValue{}, false
	}
	// Summaries quote the title as the article wrote it ("Director of the
	// Korvala port authority"), white space folded.
	human := strings.Join(strings.Fields(c.ValueText), " ")
	if human == "" {
		human = norm
	}
	v := sideValue{key: text, human: human, class: s.encode(), generic: s.generic, spec: 1}
	switch {
	case s.generic:
		v.spec = 0
	case s.known:
		v.spec = 2
	}
	if s.domain != "" && !s.generic {
		v.spec++ // more specific: a bare "minister" then joins the "foreign minister" group
	}
	return v, true
}

// sense reads what decides a title's post: its head (the class from the
// text, else from the extractor's head), the distinct ranks before the
// head and the domain.
func (t *titleCompare) sense(c *claim.Claim, norm string) (titleSense, bool) {
	cls, generic, former, matched := t.resolve(norm)
	if former {
		return titleSense{}, true
	}
	if (cls == "" || generic) && c.Title != nil && c.Title.Head != "" {
		hc, hg, hf, hm := t.resolve(normTitle(c.Title.Head))
		if hf {
			return titleSense{}, true
		}
		if hc != "" || (hg && cls == "" && !generic) {
			cls, generic, matched = hc, hg, hm
		}
	}
	front := t.beforeConnector(norm)
	s := titleSense{head: cls, known: cls != "", generic: generic, word: matched}
	if s.head == "" {
		s.head = t.headWord(c, front, matched)
	}
	s.rank, s.standIn = t.rankOf(c, front, matched)
	s.domain = t.domainOf(c, norm)
	switch {
	case s.generic && t.lead.words[matched]:
		t.readLead(&s, strings.Fields(norm), matched)
	case s.known && t.lead.leaders[s.head]:
		s.allows = t.lead.functionsIn(strings.Fields(norm), "")
	}
	return s, false
}

// expandCompounds reads fused titles as their two words.
func (t *titleCompare) expandCompounds(norm string) string {
	if len(t.compounds) == 0 {
		return norm
	}
	words := strings.Fields(norm)
	changed := false
	for i, w := range words {
		if parts, ok := t.compounds[w]; ok {
			words[i], changed = parts, true
		}
	}
	if !changed {
		return norm
	}
	return strings.Join(words, " ")
}

// beforeConnector is the title up to its first connector: "deputy
// director of the port" → "deputy director".
func (t *titleCompare) beforeConnector(h string) string {
	cut := h
	for _, conn := range t.connectors {
		if i := strings.Index(cut, conn); i > 0 {
			cut = cut[:i]
		}
	}
	return cut
}

// headWord names a head outside the vocabulary so that the same unknown
// head compares its ranks: the extractor's head, else the matched words,
// else the last word before any connector.
func (t *titleCompare) headWord(c *claim.Claim, front, matched string) string {
	switch {
	case matched != "":
		return matched
	case c.Title != nil && c.Title.Head != "":
		return normTitle(c.Title.Head)
	}
	words := strings.Fields(front)
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// rankOf collects the distinct ranks of a title (sorted, joined) from the
// extractor's ranks and the words before its head, leaving out words of
// the head itself ("vice" in "vice president"). standIn is true for an
// acting or interim holder.
func (t *titleCompare) rankOf(c *claim.Claim, front, matched string) (string, bool) {
	var ranks []string
	standIn := false
	add := func(w string) {
		switch {
		case t.distinct[w] && !slices.Contains(ranks, w):
			ranks = append(ranks, w)
		case t.standIn[w]:
			standIn = true
		}
	}
	if c.Title != nil {
		for _, r := range c.Title.Ranks {
			add(normTitle(r))
		}
	}
	inHead := strings.Fields(matched)
	for _, w := range strings.Fields(front) {
		if !slices.Contains(inHead, w) {
			add(w)
		}
	}
	slices.Sort(ranks)
	return strings.Join(ranks, " "), standIn
}

// domainOf is the title's portfolio: the extractor's domain when it gave
// one (and it is a portfolio the options list), else the first listed
// spelling in the text. A claim with a parsed title and no domain has none.
func (t *titleCompare) domainOf(c *claim.Claim, norm string) string {
	if c.Title != nil {
		if c.Title.Domain == "" {
			return ""
		}
		return t.domains[normTitle(c.Title.Domain)]
	}
	words := strings.Fields(norm)
	for i := range words {
		for n := min(t.domainLen, len(words)-i); n > 0; n-- {
			if d, ok := t.domains[strings.Join(words[i:i+n], " ")]; ok {
				return d
			}
		}
	}
	return ""
}

// resolve finds the class of a head: as written; a longer head that
// needs its connector ("chief of staff" in "the ministry's deputy chief of
// staff"); then the words before a connector ("spokesman for the
// ministry" → "spokesman"), dropping leading words until a head is known
// ("foreign policy aide" → "aide"). Leading ranks are dropped with the
// other words, so that "vice president" is found before "president". A
// former word in front makes the title former. matched is the head as
// found in the text.
func (t *titleCompare) resolve(h string) (class string, generic, former bool, matched string) {
	for _, w := range strings.Fields(h) {
		if t.former[w] {
			return "", false, true, ""
		}
		if !t.ranks[w] {
			break
		}
	}
	if i := strings.LastIndexByte(h, ' '); i > 0 && t.former[h[i+1:]] {
		return "", false, true, "" // "chief executive designate", "president elect"
	}
	if c, g, ok := t.lookup(h); ok {
		return c, g, false, h
	}
	cut := t.beforeConnector(h)
	if cut != h {
		for s := h; s != ""; s = dropWord(s) {
			if !t.hasConnector(s) {
				break
			}
			if c, g, ok := t.lookup(s); ok {
				return c, g, false, t.beforeConnector(s)
			}
		}
	}
	for s := cut; s != ""; s = dropWord(s) {
		if c, g, ok := t.lookup(s); ok {
			return c, g, false, s
		}
	}
	return "", false, false, ""
}

func dropWord(s string) string {
	_, rest, _ := strings.Cut(s, " ")
	return rest
}

func (t *titleCompare) hasConnector(s string) bool {
	padded := " " + s + " "
	for _, c := range t.connectors {
		if strings.Contains(padded, c) {
			return true
		}
	}
	return false
}

func (t *titleCompare) lookup(h string) (class string, generic, ok bool) {
	if t.generic[h] {
		return "", true, true
	}
	if c, found := t.class[h]; found {
		return c, false, true
	}
	return "", false, false
}

// agree: titles with different heads agree when either is generic or
// outside the vocabulary, when the heads are compatible, when one is a
// profession and the other a post, or when they name the same post: a
// head of a body and one of its leaders ("head of the agency", its
// director), of a function and its holder ("head of communications", the
// spokesperson). Titles of the same post agree unless their distinct ranks
// differ (an acting holder agrees with a deputy) or both name different
// domains.
func (t *titleCompare) agree(a, b *sideValue) bool {
	x, y := decodeSense(a.class), decodeSense(b.class)
	if t.model.covers(x, y) || t.model.covers(y, x) {
		return true
	}
	if x.head == "" || x.head != y.head {
		switch {
		case a.generic || b.generic || !x.known || !y.known:
			return true
		case t.compatible[[2]string{x.head, y.head}] || t.held[[2]string{x.head, y.head}]:
			return true
		case t.model.rankAndRole(x.head, y.head) || t.model.rankAndRole(y.head, x.head):
			return true
		case t.profession[x.head] != t.profession[y.head]:
			return true
		case t.samePost(x, y) || t.samePost(y, x) || sharesFunction(x.allows, y.allows):
			return ranksAgree(x, y) && domainsAgree(x, y)
		}
		return false
	}
	// A generic head's domain is loose talk ("an energy official").
	return ranksAgree(x, y) && (a.generic || domainsAgree(x, y))
}

// domainsAgree: the same portfolio, or none named on one side.
func domainsAgree(x, y titleSense) bool {
	return x.domain == "" || y.domain == "" || x.domain == y.domain
}

// ranksAgree: the same distinct ranks, or a stand-in on either side.
func ranksAgree(x, y titleSense) bool {
	return x.rank == y.rank || (x.rank == "" && x.standIn) || (y.rank == "" && y.standIn)
}

// titleSense is what decides whether two titles name one post. It rides
// in sideValue.class, encoded, so that agree can read it back.
type titleSense struct {
	head    string // class, or the head's words when the vocabulary lacks it
	known   bool   // head is a class of the vocabulary
	generic bool
	rank    string // distinct ranks, sorted: "deputy"
	standIn bool   // acting, interim
	domain  string // canonical portfolio: "foreign"
	lead    bool   // the head of a named body: its leaders hold the post too
	allows  string // other heads of the same post and functions: ",minister,@communications,"
	word    string // the head as written: "prosecutor" (covers), "district attorney"
}

const senseSep = "\x1f"

func (s titleSense) encode() string {
	flags := []byte("---")
	if s.known {
		flags[0] = 'k'
	}
	if s.standIn {
		flags[1] = 's'
	}
	if s.lead {
		flags[2] = 'l'
	}
	return s.head + senseSep + string(flags) + senseSep + s.rank + senseSep + s.domain + senseSep + s.word + senseSep + s.allows
}

// decodeSense reads encode's output back without allocating: agree runs
// for every pair of sides.
func decodeSense(v string) titleSense {
	head, rest, ok1 := strings.Cut(v, senseSep)
	flags, rest, ok2 := strings.Cut(rest, senseSep)
	rank, rest, ok3 := strings.Cut(rest, senseSep)
	domain, rest, ok4 := strings.Cut(rest, senseSep)
	word, allows, ok5 := strings.Cut(rest, senseSep)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || len(flags) != 3 {
		return titleSense{head: v}
	}
	return titleSense{head: head, known: flags[0] == 'k', standIn: flags[1] == 's', lead: flags[2] == 'l',
		rank: rank, domain: domain, word: word, allows: allows}
}
