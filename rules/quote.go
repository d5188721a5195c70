package rules

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

type quoteOptions struct {
	// MaxQuote bounds the quoted words shown in a summary.
	MaxQuote int `yaml:"max_quote"`
}

func newQuoteOptions() any { return &quoteOptions{MaxQuote: 80} }

// quoteAttribution reports the same quoted words given to two people.
// Speakers described rather than named ("a senior official") never
// conflict: they may be anyone.
type quoteAttribution struct {
	ruleBase
	maxQuote int
}

func buildQuoteAttribution(b ruleBase, o any) (Rule, error) {
	opts := o.(*quoteOptions)
	if opts.MaxQuote < 10 {
		opts.MaxQuote = 10
	}
	if len(b.kinds) == 0 {
		b.kinds = []claim.Kind{claim.KindQuote}
	}
	return &quoteAttribution{ruleBase: b, maxQuote: opts.MaxQuote}, nil
}

// speakerKey is the key of a quote's speaker; an unnamed speaker's value
// ("org:…", "desc:…") is of no person family.
func speakerKey(c *claim.Claim) claim.Key {
	if c.Quote != nil && c.Quote.SpeakerKey != "" {
		return c.Quote.SpeakerKey
	}
	return claim.Key(c.Value)
}

func (r *quoteAttribution) Run(p *Pass) {
	var cs []*claim.Claim
	for i := range p.Claims {
		c := &p.Claims[i]
		if c.Kind != claim.KindQuote || c.Modality == claim.Hypothetical || c.Modality == claim.Negated {
			continue
		}
		if speakerKey(c).IsPerson() {
			cs = append(cs, c)
		}
	}
	if len(cs) < 2 {
		return
	}
	keys := make([]claim.Key, len(cs))
	for i, c := range cs {
		keys[i] = speakerKey(c)
	}
	canon := canonicalSpeakers(keys)
	// Claims of one speaker agree; so do the claims of one joint
	// statement ("said A and B": one claim per speaker, same words, same
	// place), which makes A's and B's own quotes of it agree too.
	uf := newUnionFind(len(cs))
	firstOf := map[string]int{}
	for i, c := range cs {
		k := canon[keys[i]]
		if k == "" {
			continue
		}
		for _, link := range [2]string{"s|" + k.String(), "o|" + c.Evidence.Article + "|" + strconv.Itoa(c.Evidence.Start)} {
			if j, ok := firstOf[link]; ok {
				uf.union(i, j)
			} else {
				firstOf[link] = i
			}
		}
	}
	comps := map[int][]int{}
	var roots []int
	for i := range cs {
		if canon[keys[i]] == "" {
			continue
		}
		r := uf.find(i)
		if _, ok := comps[r]; !ok {
			roots = append(roots, r)
		}
		comps[r] = append(comps[r], i)
	}
	if len(roots) < 2 {
		return
	}
	minKey := func(root int) claim.Key {
		best := claim.Key("")
		for _, i := range comps[root] {
			if k := canon[keys[i]]; best == "" || k < best {
				best = k
			}
		}
		return best
	}
	slices.SortStableFunc(roots, func(a, b int) int {
		return cmp.Or(cmp.Compare(len(comps[a]), len(comps[b])), cmp.Compare(minKey(a), minKey(b)))
	})
	var all []*claim.Claim
	var parts []string
	for _, root := range roots {
		bySpeaker := map[claim.Key][]*claim.Claim{}
		var order []claim.Key
		var group []*claim.Claim
		for _, i := range comps[root] {
			k := canon[keys[i]]
			if _, ok := bySpeaker[k]; !ok {
				order = append(order, k)
			}
			bySpeaker[k] = append(bySpeaker[k], cs[i])
			group = append(group, cs[i])
		}
		slices.Sort(order)
		names := make([]string, len(order))
		for i, k := range order {
			names[i] = speakerName(k, bySpeaker[k])
		}
		all = append(all, group...)
		parts = append(parts, joinAnd(names)+" in "+joinAnd(articlesOf(group)))
	}
	subj := surface(all, p.SubjectKey)
	words := subj
	if all[0].Quote != nil && all[0].Quote.Words != "" {
		words = all[0].Quote.Words
	}
	last := len(parts) - 1
	summary := `The quote "` + quoteText(words, r.maxQuote) + `" is attributed to ` + strings.Join(parts[:last], ", ") + " but to " + parts[last] + "."
	p.Report(Discrepancy{Kind: claim.KindQuote, Severity: r.severity, Subject: quoteText(subj, r.maxQuote), Summary: summary, Claims: refsOf(all, "")})
}

// canonicalSpeakers maps every speaker key of one quote to the key of the
// person it names, or to "" when that cannot be told. Full names that are
// one person's name written longer or shorter ("person:ilse brandvold",
// "person:ilse maren brandvold", "person:maren brandvold") are one
// person. A surname-only speaker ("person:?brandvold") is the one person
// whose name holds that word; with two such people it could be either
// (""); with none it is someone else than every full name.
func canonicalSpeakers(keys []claim.Key) map[claim.Key]claim.Key {
	var full []claim.Key
	seen := map[claim.Key]bool{}
	for _, k := range keys {
		if !seen[k] && !k.SurnameOnly() {
			full = append(full, k)
		}
		seen[k] = true
	}
	slices.Sort(full)
	uf := newUnionFind(len(full))
	for i := range full {
		for j := i + 1; j < len(full); j++ {
			if samePersonName(full[i].Name(), full[j].Name()) {
				uf.union(i, j)
			}
		}
	}
	rep := map[int]claim.Key{} // root → the longest way of writing the name
	for i, k := range full {
		r := uf.find(i)
		if cur, ok := rep[r]; !ok || len(k) > len(cur) {
			rep[r] = k
		}
	}
	out := map[claim.Key]claim.Key{}
	for i, k := range full {
		out[k] = rep[uf.find(i)]
	}
	for k := range seen {
		if !k.SurnameOnly() {
			continue
		}
		surname := k.Name()
		match := map[claim.Key]bool{}
		for _, f := range full {
			if nameHasWord(f.Name(), surname) {
				match[out[f]] = true
			}
		}
		switch len(match) {
		case 0:
			out[k] = k
		case 1:
			for m := range match {
				out[k] = m
			}
		default:
			out[k] = ""
		}
	}
	return out
}

// samePersonName: two full names name one person when the shorter, of
// two words or more, is the longer with words left out and the same last
// word ("lise morrow" in "ada lise morrow", "ada morrow" in "ada
// lise morrow").
func samePersonName(a, b string) bool {
	x, y := strings.Fields(a), strings.Fields(b)
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(x) < 2 || x[len(x)-1] != y[len(y)-1] {
		return false
	}
	i := 0
	for _, w := range y {
		if i < len(x) && x[i] == w {
			i++
		}
	}
	return i == len(x)
}

// nameHasWord: word is one of the words of name (a family name written
// first, "xi" of "xi jinping", counts too).
func nameHasWord(name, word string) bool {
	for name != "" {
		var w string
		w, name, _ = strings.Cut(name, " ")
		if w == word {
			return true
		}
	}
	return false
}

// speakerName is how the articles name the speaker, else the key's name.
func speakerName(key claim.Key, cs []*claim.Claim) string {
	for _, c := range cs {
		if c.Quote != nil && c.Quote.Speaker != "" && !strings.Contains(c.Quote.Speaker, ":") {
			return c.Quote.Speaker
		}
	}
	return titleWords(key.Name())
}
