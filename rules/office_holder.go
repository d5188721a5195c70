package rules

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/rules/kb"
)

type officeHolderOptions struct {
	// WindowDays: two articles at most this many days apart speak of the
	// same moment.
	WindowDays int `yaml:"window_days"`
	// FormerSeverity is the severity of "former X" said of the holder in office.
	FormerSeverity   string   `yaml:"former_severity"`
	IgnoreModalities []string `yaml:"ignore_modalities"`
	// IncomingDays: a holder whose term in the knowledge base starts at
	// most this many days after the article is the incoming one (between
	// an election and the inauguration), not a rival of the holder then.
	IncomingDays int `yaml:"incoming_days"`
}

func newOfficeHolderOptions() any {
	return &officeHolderOptions{WindowDays: 7, FormerSeverity: "warning", IncomingDays: 120,
		IgnoreModalities: []string{string(claim.Hypothetical), string(claim.Negated)}}
}

type officeHolder struct {
	ruleBase
	window         int
	incoming       time.Duration
	formerSeverity Severity
	ignore         map[claim.Modality]bool
}

func buildOfficeHolder(b ruleBase, o any) (Rule, error) {
	opts := o.(*officeHolderOptions)
	if opts.WindowDays < 0 {
		return nil, fmt.Errorf("options.window_days must not be negative")
	}
	if opts.IncomingDays < 0 {
		return nil, fmt.Errorf("options.incoming_days must not be negative")
	}
	sev, err := ParseSeverity(opts.FormerSeverity)
	if err != nil {
		return nil, fmt.Errorf("options.former_severity: %v", err)
	}
	r := &officeHolder{ruleBase: b, window: opts.WindowDays, formerSeverity: sev, ignore: map[claim.Modality]bool{},
		incoming: time.Duration(opts.IncomingDays) * 24 * time.Hour}
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
		case c.Office.Present && !r.isIncoming(k, hc):
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

// isIncoming: the knowledge base has the claim's holder taking the office
// soon after the article's date, and not holding it then ("the X
// administration" between election and inauguration): a claim about the
// future, not about who holds the office now.
func (r *officeHolder) isIncoming(k *kb.KB, h holderClaim) bool {
	if k == nil || !h.hasRef || r.incoming == 0 {
		return false
	}
	soon := false
	for _, t := range k.TermsOf(h.office, h.c.Office.Holder) {
		switch start := t.StartTime(); {
		case t.Covers(h.ref):
			return false
		case start.After(h.ref) && start.Sub(h.ref) <= r.incoming:
			soon = true
		}
	}
	return soon
}

func officeKeyOf(c *claim.Claim, subjectKey claim.Key) string {
	if c.Office != nil && c.Office.Office != "" {
		return c.Office.Office
	}
	return subjectKey.Office()
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

// holderName is the holder as the knowledge base writes the name, else
// the most frequent way the claims write it.
func holderName(k *kb.KB, office string, cs []*claim.Claim) string {
	if k != nil {
		if ts := k.TermsOf(office, cs[0].Office.Holder); len(ts) > 0 {
			return ts[0].Holder
		}
	}
	counts := map[string]int{}
	for _, c := range cs {
		name := c.ValueText
		if name == "" {
			name = c.Office.Holder
		}
		counts[name]++
	}
	best, n := "", 0
	for _, name := range sortedKeys(counts) {
		if counts[name] > n || (counts[name] == n && len(name) > len(best)) {
			best, n = name, counts[name]
		}
	}
	if best == strings.ToLower(best) {
		best = titleWords(best)
	}
	return best
}

// officeSubject names the office in summaries: from the knowledge base
// ("Zequian Governor") when it knows the office, else the articles' words.
func officeSubject(k *kb.KB, office string, cs []*claim.Claim, key claim.Key) string {
	if k != nil {
		if o, ok := k.Office(office); ok && o.Title != "" {
			if p, ok := k.PlaceByKey(o.Body); ok {
				if len(p.Adjectives) > 0 {
					return p.Adjectives[0] + " " + o.Title
				}
				return p.Name + " " + o.Title
			}
			return o.Title
		}
	}
	return surface(cs, key)
}
