package rules

import (
	"cmp"
	"slices"
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

func speakerKey(c *claim.Claim) string {
	if c.Quote != nil && c.Quote.SpeakerKey != "" {
		return c.Quote.SpeakerKey
	}
	return c.Value
}

func (r *quoteAttribution) Run(p *Pass) {
	bySpeaker := map[string][]*claim.Claim{}
	for i := range p.Claims {
		c := &p.Claims[i]
		if c.Kind != claim.KindQuote || c.Modality == claim.Hypothetical || c.Modality == claim.Negated {
			continue
		}
		if key := speakerKey(c); strings.HasPrefix(key, "person:") {
			bySpeaker[key] = append(bySpeaker[key], c)
		}
	}
	mergeSurnameSpeakers(bySpeaker)
	if len(bySpeaker) < 2 {
		return
	}
	keys := sortedKeys(bySpeaker)
	slices.SortStableFunc(keys, func(a, b string) int { return cmp.Compare(len(bySpeaker[a]), len(bySpeaker[b])) })
	var all []*claim.Claim
	var parts []string
	for _, k := range keys {
		cs := bySpeaker[k]
		all = append(all, cs...)
		parts = append(parts, speakerName(k, cs)+" in "+joinAnd(articlesOf(cs)))
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

// surnamePrefix marks a speaker an article names only by surname
// ("person:?brandvold").
const surnamePrefix = "person:?"

// mergeSurnameSpeakers settles who a surname-only speaker is among the
// speakers of one quote. With exactly one full name holding that word
// ("person:ilse brandvold" for "person:?brandvold") it is that person. With two
// or more it could be either, so its claims are left out. With none it is
// someone else than every full name (its surname differs from theirs).
func mergeSurnameSpeakers(bySpeaker map[string][]*claim.Claim) {
	var full []string
	for key := range bySpeaker {
		if !strings.HasPrefix(key, surnamePrefix) {
			full = append(full, key)
		}
	}
	for _, key := range sortedKeys(bySpeaker) {
		surname, ok := strings.CutPrefix(key, surnamePrefix)
		if !ok {
			continue
		}
		match := ""
		n := 0
		for _, f := range full {
			if nameHasWord(strings.TrimPrefix(f, "person:"), surname) {
				match = f
				n++
			}
		}
		switch {
		case n == 1:
			bySpeaker[match] = append(bySpeaker[match], bySpeaker[key]...)
			delete(bySpeaker, key)
		case n > 1:
			delete(bySpeaker, key)
		}
	}
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
func speakerName(key string, cs []*claim.Claim) string {
	for _, c := range cs {
		if c.Quote != nil && c.Quote.Speaker != "" && !strings.Contains(c.Quote.Speaker, ":") {
			return c.Quote.Speaker
		}
	}
	return titleWords(strings.TrimPrefix(key, "person:"))
}
