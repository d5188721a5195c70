package rules

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/rules/kb"
)

type officeHolderOptions struct {
	// WindowDays: two articles at most this many days apart speak of the
	// same moment.
	WindowDays int `yaml:"window_days"`
	// FormerSeverity is the severity of "former X" said of the holder in office.
	FormerSeverity   string   `yaml:"former_severity"`
	IgnoreModalities []string `yaml:"ignore_modalities"`
}

func newOfficeHolderOptions() any {
	return &officeHolderOptions{WindowDays: 7, FormerSeverity: "warning",
		IgnoreModalities: []string{string(claim.Hypothetical), string(claim.Negated)}}
}

type officeHolder struct {
	ruleBase
	window         int
	formerSeverity Severity
	ignore         map[claim.Modality]bool
}

func buildOfficeHolder(b ruleBase, o any) (Rule, error) {
	opts := o.(*officeHolderOptions)
	if opts.WindowDays < 0 {
		return nil, fmt.Errorf("options.window_days must not be negative")
	}
	sev, err := ParseSeverity(opts.FormerSeverity)
	if err != nil {
		return nil, fmt.Errorf("options.former_severity: %v", err)
	}
	r := &officeHolder{ruleBase: b, window: opts.WindowDays, formerSeverity: sev, ignore: map[claim.Modality]bool{}}
	for _, m := range opts.IgnoreModalities {
		if !slices.Contains(modalities, claim.Modality(m)) {
			return nil, fmt.Errorf("options.ignore_modalities: unknown modality %q", m)
		}
		r.ignore[claim.Modality(m)] = true
	}
	if len(r.kinds) == 0 {
		r.kinds = []claim.Kind{claim.KindOffice}
	}
	return r, nil
}

// holderClaim is an office claim with its holder resolved to one identity.
type holderClaim struct {
	c        *claim.Claim
	office   string
	identity string // canonical lower-case name
	ref      time.Time
	hasRef   bool
}

func (r *officeHolder) Run(p *Pass) {
	k := p.Ctx.kb()
	present := make([]holderClaim, 0, len(p.Claims))
	var former []holderClaim
	var known []holderClaim // identities resolved so far: names repeat
	for i := range p.Claims {
		c := &p.Claims[i]
		if c.Kind != claim.KindOffice || c.Office == nil || r.ignore[c.Modality] || c.Office.Holder == "" {
			continue
		}
		hc := holderClaim{c: c, office: officeKeyOf(c, p.SubjectKey)}
		for _, kh := range known {
			if kh.office == hc.office && kh.c.Office.Holder == c.Office.Holder {
				hc.identity = kh.identity
				break
			}
		}
		if hc.identity == "" {
			hc.identity = holderIdentity(k, hc.office, c.Office.Holder)
			if len(known) < 16 {
				known = append(known, hc)
			}
		}
		hc.ref, hc.hasRef = p.Ctx.reference(c)
		switch {
		case c.Office.Former || c.Modality == claim.Former:
			former = append(former, hc)
		case c.Office.Present:
			present = append(present, hc)
		}
	}
	mergeSurnames(present)
	r.checkOverlap(p, present)
	if k != nil {
		r.checkKB(p, k, present)
		r.checkFormer(p, k, former)
	}
}

func officeKeyOf(c *claim.Claim, subjectKey string) string {
	if c.Office != nil && c.Office.Office != "" {
		return c.Office.Office
	}
	return strings.TrimPrefix(subjectKey, "office:")
}

func normName(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// holderIdentity is the knowledge base's name for the holder when it
// knows them (aliases, surnames), else the name as given.
func holderIdentity(k *kb.KB, office, holder string) string {
	if k != nil {
		if ts := k.TermsOf(office, holder); len(ts) > 0 {
			return normName(ts[0].Holder)
		}
	}
	return normName(holder)
}

// mergeSurnames maps a bare surname onto the one full name that ends
// with it ("smith" → "jane smith").
func mergeSurnames(hs []holderClaim) {
	full := map[string][]string{} // surname → full names
	for _, h := range hs {
		if i := strings.LastIndexByte(h.identity, ' '); i > 0 {
			s := h.identity[i+1:]
			if !slices.Contains(full[s], h.identity) {
				full[s] = append(full[s], h.identity)
			}
		}
	}
	for i := range hs {
		if names := full[hs[i].identity]; len(names) == 1 && !strings.Contains(hs[i].identity, " ") {
			hs[i].identity = names[0]
		}
	}
}

// checkOverlap reports different holders named as present in one article,
// or in articles at most window days apart.
func (r *officeHolder) checkOverlap(p *Pass, hs []holderClaim) {
	if distinctIdentities(hs) < 2 {
		return
	}
	uf := newUnionFind(len(hs))
	byArticle := map[string][]int{}
	var dated []int
	for i, h := range hs {
		byArticle[h.c.Evidence.Article] = append(byArticle[h.c.Evidence.Article], i)
		if h.hasRef {
			dated = append(dated, i)
		}
	}
	for _, idx := range byArticle {
		for a := 0; a < len(idx); a++ {
			for b := a + 1; b < len(idx); b++ {
				if hs[idx[a]].identity != hs[idx[b]].identity {
					uf.union(idx[a], idx[b])
				}
			}
		}
	}
	slices.SortStableFunc(dated, func(a, b int) int { return hs[a].ref.Compare(hs[b].ref) })
	window := time.Duration(r.window) * 24 * time.Hour
	for a := 0; a < len(dated); a++ {
		for b := a + 1; b < len(dated) && hs[dated[b]].ref.Sub(hs[dated[a]].ref) <= window; b++ {
			if hs[dated[a]].identity != hs[dated[b]].identity {
				uf.union(dated[a], dated[b])
			}
		}
	}
	comps := map[int][]int{}
	for i := range hs {
		comps[uf.find(i)] = append(comps[uf.find(i)], i)
	}
	roots := make([]int, 0, len(comps))
	for root, members := range comps {
		if len(members) > 1 {
			roots = append(roots, root)
		}
	}
	slices.Sort(roots)
	for _, root := range roots {
		r.reportOverlap(p, hs, comps[root])
	}
}

func distinctIdentities(hs []holderClaim) int {
	seen := map[string]bool{}
	for _, h := range hs {
		seen[h.identity] = true
	}
	return len(seen)
}

func (r *officeHolder) reportOverlap(p *Pass, hs []holderClaim, members []int) {
	byID := map[string][]*claim.Claim{}
	var all []*claim.Claim
	for _, i := range members {
		byID[hs[i].identity] = append(byID[hs[i].identity], hs[i].c)
		all = append(all, hs[i].c)
	}
	ids := sortedKeys(byID)
	slices.SortStableFunc(ids, func(a, b string) int { return cmp.Compare(len(byID[a]), len(byID[b])) })
	var parts []string
	for _, id := range ids {
		parts = append(parts, holderName(byID[id])+" in "+joinAnd(articlesOf(byID[id])))
	}
	subj := surface(all, p.SubjectKey)
	last := len(parts) - 1
	summary := sentenceSubject(subj, p.SubjectKey) + " is given as " + strings.Join(parts[:last], ", ") + " but " + parts[last] + " at the same time."
	p.Report(Discrepancy{Kind: claim.KindOffice, Severity: r.severity, Subject: subj, Summary: summary, Claims: refsOf(all, "")})
}

// holderName is the most frequent way the claims write the holder.
func holderName(cs []*claim.Claim) string {
	counts := map[string]int{}
	for _, c := range cs {
		counts[c.Office.Holder]++
	}
	best, n := "", 0
	for _, name := range sortedKeys(counts) {
		if counts[name] > n || (counts[name] == n && len(name) > len(best)) {
			best, n = name, counts[name]
		}
	}
	return best
}

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
		if !h.hasRef {
			continue
		}
		o, ok := k.Office(h.office)
		if !ok {
			continue
		}
		t, ok := k.HolderAt(h.office, h.ref)
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
		subj := surface(g.claims, p.SubjectKey)
		summary := fmt.Sprintf("%s is given as %s in %s, but the knowledge base has %s in office %s.",
			sentenceSubject(subj, p.SubjectKey), holderName(g.claims), datedArticles(p.Ctx, g.claims), g.term.Holder, termSpan(g.term))
		p.Report(Discrepancy{Kind: claim.KindOffice, Severity: r.severity, Subject: subj, Summary: summary,
			Claims: refsOf(g.claims, ""), KB: kbRef(g.office, g.term)})
	}
}

// holdsTerm reports whether the claim names the holder of term t.
func holdsTerm(k *kb.KB, h holderClaim, t *kb.Term) bool {
	if normName(t.Holder) == h.identity {
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
		if !h.hasRef {
			continue
		}
		o, ok := k.Office(h.office)
		if !ok {
			continue
		}
		t, ok := k.HolderAt(h.office, h.ref)
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
		subj := surface(g.claims, p.SubjectKey)
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
