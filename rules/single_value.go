package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// singleValueOptions configure a single-value rule: one true value per
// subject, compared by meaning.
type singleValueOptions struct {
	// Compare says how values are compared: date, location, title, number.
	Compare string `yaml:"compare"`
	// Verb joins subject and value in summaries: "is dated", "is called".
	Verb string `yaml:"verb"`
	// IgnoreModalities lists modalities whose claims assert no value.
	IgnoreModalities []string `yaml:"ignore_modalities"`
	// ByModality compares only claims of one modality class (planned with
	// planned, asserted with asserted): a planned venue and the actual one
	// may differ without contradiction.
	ByModality bool `yaml:"by_modality"`

	Dates   *dateOptions   `yaml:"dates"`
	Titles  *titleOptions  `yaml:"titles"`
	Numbers *numberOptions `yaml:"numbers"`
}

func newSingleValueOptions() any {
	return &singleValueOptions{IgnoreModalities: []string{string(claim.Hypothetical), string(claim.Negated)}}
}

// comparer makes claims of one kind comparable.
type comparer interface {
	// key is cheap and equal for claims that give the same value; false
	// drops the claim.
	key(c *claim.Claim) (string, bool)
	// value makes the first claim of each key comparable.
	value(c *claim.Claim, ctx *Context) (sideValue, bool)
	agree(a, b *sideValue) bool
}

type singleValue struct {
	ruleBase
	opts   *singleValueOptions
	ignore map[claim.Modality]bool
	cmp    comparer
	claim  claim.Kind     // the claim kind the comparer reads
	num    *numberCompare // set for numbers: cumulative counts
}

func buildSingleValue(b ruleBase, o any) (Rule, error) {
	opts := o.(*singleValueOptions)
	def, ok := comparers[opts.Compare]
	if !ok {
		return nil, fmt.Errorf("options.compare must be one of %s (got %q)", strings.Join(sortedKeys(comparers), ", "), opts.Compare)
	}
	ck := def.claim
	sections := []struct {
		compare string
		set     bool
	}{{"date", opts.Dates != nil}, {"title", opts.Titles != nil}, {"number", opts.Numbers != nil}}
	for _, sec := range sections {
		if sec.set && sec.compare != opts.Compare {
			return nil, fmt.Errorf("options.%ss do not apply to compare: %s", sec.compare, opts.Compare)
		}
	}
	r := &singleValue{ruleBase: b, opts: opts, claim: ck, ignore: map[claim.Modality]bool{}}
	for _, m := range opts.IgnoreModalities {
		if !slices.Contains(modalities, claim.Modality(m)) {
			return nil, fmt.Errorf("options.ignore_modalities: unknown modality %q", m)
		}
		r.ignore[claim.Modality(m)] = true
	}
	if opts.Verb == "" {
		opts.Verb = def.verb
	}
	if len(r.kinds) == 0 {
		r.kinds = []claim.Kind{ck}
	}
	var err error
	if r.cmp, err = def.build(opts); err != nil {
		return nil, err
	}
	r.num, _ = r.cmp.(*numberCompare)
	return r, nil
}

// passComparer is a comparer that first reads all of one subject's
// claims (titles one person holds at once).
type passComparer interface {
	forPass(cs []claim.Claim) comparer
}

func (r *singleValue) Run(p *Pass) {
	cm := r.cmp
	if pc, ok := cm.(passComparer); ok {
		cm = pc.forPass(p.Claims)
	}
	var parts partitions
	for i := range p.Claims {
		c := &p.Claims[i]
		if c.Kind != r.claim || !r.Applies(p.SubjectKey, c.Kind) || r.ignore[c.Modality] {
			continue
		}
		key, ok := cm.key(c)
		if !ok {
			continue
		}
		class := ""
		if r.opts.ByModality {
			class = modalityClass(c.Modality)
		}
		if parts.addKnown(class, key, c) {
			continue
		}
		v, ok := cm.value(c, p.Ctx)
		if !ok {
			continue
		}
		v.key = key
		parts.add(class, v, c)
	}
	for _, part := range parts.sorted() {
		groups := clusterSides(part.list, cm.agree)
		if len(groups) < 2 {
			continue
		}
		if r.num != nil {
			if tl := r.num.updateTimeline(groups, p.Ctx); tl != nil {
				r.reportTimeline(p, tl)
				continue
			}
		}
		r.reportConflict(p, groups)
	}
}

// modalityClass puts claims that speak of the same occurrence together.
func modalityClass(m claim.Modality) string {
	switch m {
	case claim.Planned:
		return "planned"
	case claim.Asserted, claim.Reported, "":
		return "actual"
	}
	return string(m)
}

func (r *singleValue) reportConflict(p *Pass, groups []*valueGroup) {
	orderForSummary(groups)
	var all []*claim.Claim
	var parts []string
	for _, g := range groups {
		cs := g.claims()
		all = append(all, cs...)
		parts = append(parts, g.sides[0].v.human+" in "+joinAnd(articlesOf(cs)))
	}
	subj := surface(all, p.SubjectKey)
	verb := r.opts.Verb
	if !p.SubjectKey.IsPerson() { // one person, whatever the name's ending ("Ulloa is")
		verb = agreeVerb(verb, subj)
	}
	lead := sentenceSubject(subj, p.SubjectKey) + " " + verb + " "
	if r.num != nil {
		lead = countsLead(groups[0].sides[0].claims[0], subj, p.SubjectKey) + "is "
	}
	last := len(parts) - 1
	summary := lead + strings.Join(parts[:last], ", ") + " but " + parts[last] + "."
	p.Report(Discrepancy{
		Kind: r.claim, Severity: r.severity, Subject: subj, Summary: summary, Claims: refsOf(all, ""),
	})
}

// refsOf turns claims into sides in evidence order.
func refsOf(cs []*claim.Claim, role string) []ClaimRef {
	cs = slices.Clone(cs)
	slices.SortFunc(cs, compareClaims)
	out := make([]ClaimRef, len(cs))
	for i, c := range cs {
		out[i] = RefOf(c, role)
	}
	return out
}
