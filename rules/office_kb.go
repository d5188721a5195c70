package rules

import (
	"fmt"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// kbConflict gathers claims naming someone else while the knowledge base
// has a term covering their date.
type kbConflict struct {
	term   *kb.Term
	office *kb.Office
	claims []*claim.Claim
}

func (r *officeHolder) checkKB(p *Pass, k *kb.KB, hs []holderClaim) {
	groups := map[string]*kbConflict{}
	for _, h := range hs {
		o, t, ok := kbTermAt(k, h)
		if !ok || holdsTerm(k, h, t) {
			continue
		}
		key := h.office + "|" + t.Start + "|" + h.identity
		g := groups[key]
		if g == nil {
			g = &kbConflict{term: t, office: o}
			groups[key] = g
		}
		g.claims = append(g.claims, h.c)
	}
	for _, key := range sortedKeys(groups) {
		g := groups[key]
		subj := officeSubject(k, g.office.Key, g.claims, p.SubjectKey)
		summary := fmt.Sprintf("%s is given as %s in %s, but the knowledge base has %s in office %s.",
			sentenceSubject(subj, p.SubjectKey), holderName(k, g.office.Key, g.claims), datedArticles(p.Ctx, g.claims), g.term.Holder, termSpan(g.term))
		p.Report(Discrepancy{Kind: claim.KindOffice, Severity: r.severity, Subject: subj, Summary: summary,
			Claims: refsOf(g.claims, ""), KB: kbRef(g.office, g.term)})
	}
}

// holdsTerm reports whether the claim names the holder of term t.
func holdsTerm(k *kb.KB, h holderClaim, t *kb.Term) bool {
	if sameName(t.Holder, h.identity) {
		return true
	}
	for _, mine := range k.TermsOf(h.office, h.c.Office.Holder) {
		if normName(mine.Holder) == normName(t.Holder) {
			return true
		}
	}
	return false
}

// checkFormer warns when "former" is said of the holder in office then.
func (r *officeHolder) checkFormer(p *Pass, k *kb.KB, hs []holderClaim) {
	groups := map[string]*kbConflict{}
	for _, h := range hs {
		o, t, ok := kbTermAt(k, h)
		if !ok || !holdsTerm(k, h, t) {
			continue
		}
		key := h.office + "|" + t.Start
		g := groups[key]
		if g == nil {
			g = &kbConflict{term: t, office: o}
			groups[key] = g
		}
		g.claims = append(g.claims, h.c)
	}
	for _, key := range sortedKeys(groups) {
		g := groups[key]
		subj := officeSubject(k, g.office.Key, g.claims, p.SubjectKey)
		summary := fmt.Sprintf("%s is called a former holder of %s in %s, but the knowledge base has %s in office %s.",
			g.term.Holder, midSubject(subj, p.SubjectKey), datedArticles(p.Ctx, g.claims), g.term.Holder, termSpan(g.term))
		p.Report(Discrepancy{Kind: claim.KindOffice, Severity: r.formerSeverity, Subject: subj, Summary: summary,
			Claims: refsOf(g.claims, "former"), KB: kbRef(g.office, g.term)})
	}
}

// datedArticles lists "002 (September 28, 2025) and 003 (...)".
func datedArticles(ctx *Context, cs []*claim.Claim) string {
	seen := map[string]string{}
	for _, c := range cs {
		if _, ok := seen[c.Evidence.Article]; ok {
			continue
		}
		if ref, ok := ctx.reference(c); ok {
			seen[c.Evidence.Article] = c.Evidence.Article + " (" + humanDay(ref) + ")"
		} else {
			seen[c.Evidence.Article] = c.Evidence.Article
		}
	}
	var parts []string
	for _, a := range sortedKeys(seen) {
		parts = append(parts, seen[a])
	}
	return joinAnd(parts)
}

func termSpan(t *kb.Term) string {
	if t.End == "" {
		return "since " + temporal.Format(t.Start)
	}
	return "from " + temporal.Format(t.Start) + " to " + temporal.Format(t.End)
}

func kbRef(o *kb.Office, t *kb.Term) *KBRef {
	src := t.Source
	if src == "" {
		src = o.Source
	}
	return &KBRef{Office: o.Key, Holder: t.Holder, Start: t.Start, End: t.End, Source: src}
}

// sameName compares a name with a normalised one (lower case, single
// spaces) without allocating: this runs once per office claim.
func sameName(name, norm string) bool {
	i := 0
	for rest := name; ; {
		rest = strings.TrimLeft(rest, " \t\n")
		if rest == "" {
			return i == len(norm)
		}
		word := rest
		if j := strings.IndexAny(rest, " \t\n"); j >= 0 {
			word, rest = rest[:j], rest[j:]
		} else {
			rest = ""
		}
		if i > 0 {
			if i >= len(norm) || norm[i] != ' ' {
				return false
			}
			i++
		}
		if len(norm)-i < len(word) || !strings.EqualFold(norm[i:i+len(word)], word) {
			return false
		}
		i += len(word)
	}
}

// kbTermAt is the office and the knowledge base's term covering the
// claim's reference date; false when the claim has no reference or the
// knowledge base knows nothing for that office and day.
func kbTermAt(k *kb.KB, h holderClaim) (*kb.Office, *kb.Term, bool) {
	if !h.hasRef {
		return nil, nil, false
	}
	o, ok := k.Office(h.office)
	if !ok {
		return nil, nil, false
	}
	t, ok := k.HolderAt(h.office, h.ref)
	return o, t, ok
}
