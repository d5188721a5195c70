package events

import (
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// Causes of death: "four miners suffocated" and "the two guards were
// burnt to death" give the deaths of the article's story
// the cause claims "suffocated" and "burned". A cause is claimed only of a
// counted subject (two or more people), not denied, outside a background
// sentence, and filed under the story's place (see storyAnchor), as the
// story's figures are, and the year of a dated article. Whether an event had several causes is the rule's
// to say (rules/compare_cause.go).

// causesFile is data/causes.yml.
type causesFile struct {
	Causes map[string][]string `yaml:"causes"`
	Counts []string            `yaml:"counts"`
	People []string            `yaml:"people"`
	Aux    []string            `yaml:"auxiliaries"`
	PAux   []string            `yaml:"passive_auxiliaries"`
	Next   []string            `yaml:"not_next"`
	Pass   []string            `yaml:"passive"`
}

type causeVocab struct {
	phrases     phraseSet
	cause       map[string]string // phrase → cause
	counts      map[string]bool
	people      map[string]bool
	auxiliaries map[string]bool
	passiveAux  map[string]bool // auxiliaries of the passive: "were"
	passive     map[string]bool // causes told in the passive only
	notNext     map[string]bool
}

func loadCauses() (*causeVocab, error) {
	var f causesFile
	if err := decode("causes.yml", &f); err != nil {
		return &causeVocab{}, err
	}
	v := &causeVocab{cause: map[string]string{}, counts: set(f.Counts), people: set(f.People), auxiliaries: set(f.Aux), passiveAux: set(f.PAux), passive: set(f.Pass), notNext: set(f.Next)}
	var all []string
	for c, ps := range f.Causes {
		for _, p := range ps {
			p = strings.Join(strings.Fields(strings.ToLower(p)), " ")
			v.cause[p] = c
			all = append(all, p)
		}
	}
	v.phrases = newPhraseSet(all)
	return v, nil
}

// causeClaims claims how the people of the article's story died.
func (a *analysis) causeClaims() []claim.Claim {
	var out []claim.Claim
	var anchor place
	anchored, key := false, claim.Key("")
	for si := range a.d.Sentences {
		lo, hi := a.sentRange(si)
		for q := lo; q < hi; q++ {
			if !a.has(q, fCause) || cvoc().phrases[a.toks[q].low] == nil {
				continue
			}
			n := a.matchPhrase(cvoc().phrases, q, hi)
			if n == 0 {
				continue
			}
			cause := cvoc().cause[a.lowPhrase(q, q+n)]
			if q+n < hi && cvoc().notNext[a.toks[q+n].low] {
				continue // "drowned out the speeches"
			}
			if cause == "" || !a.countedBefore(q, lo, cause) || a.deniedBefore(q, lo) {
				continue
			}
			if !anchored {
				pl, ok := a.storyAnchor()
				if !ok {
					return nil
				}
				anchor, anchored = pl, true
				// a dated article's deaths are its year's: another year's
				// deaths in the same place are another event's
				ident := anchor.key
				if !a.d.Reference.IsZero() {
					ident += ":" + strconv.Itoa(a.d.Reference.Year())
				}
				key = claim.EventKey("death", ident)
			}
			if bg, _, _ := a.backgroundClause(quantity{first: -1, last: -1}, si, false); bg {
				continue
			}
			s, e, ok := a.span(a.toks[q].start, a.toks[q+n-1].end)
			if !ok {
				continue
			}
			out = append(out, claim.Claim{
				Kind: claim.KindCause, SubjectKey: key, Subject: "the deaths in " + anchor.name,
				Value: cause, ValueText: a.d.Text[s:e], Modality: claim.Asserted,
				Reference: a.ref, Evidence: a.evidence(s, e),
			})
			q += n - 1
		}
	}
	return out
}

// countedBefore reports that the phrase at token q tells of a counted
// group of two or more people, its subject: "five miners have
// suffocated", "the 4 warehouse guards were burnt", "both sisters had
// been stabbed". A cause that is a killer's act ("shot") needs the
// passive ("were shot"): in "two men shot dead a guard" the count is of
// the killers. Nor is a count of anything else one ("two days after he
// was stabbed").
func (a *analysis) countedBefore(q, lo int, cause string) bool {
	p := q - 1
	passive := false
	for k := 0; k < 3 && p >= lo && cvoc().auxiliaries[a.toks[p].low]; k++ {
		passive = passive || cvoc().passiveAux[a.toks[p].low]
		p--
	}
	if p < lo || !cvoc().people[a.toks[p].low] || cvoc().passive[cause] && !passive {
		return false
	}
	for k := p - 1; k >= lo && k >= p-3; k-- {
		t := a.toks[k]
		if a.isClauseBreak(k) {
			return false
		}
		if cvoc().counts[t.low] || voc().numberWords[t.low] >= 2 {
			return true
		}
		if t.digit {
			n, err := strconv.Atoi(strings.ReplaceAll(t.low, ",", ""))
			return err == nil && n >= 2
		}
	}
	return false
}

// deniedBefore reports a negation just before token q ("were not burnt").
func (a *analysis) deniedBefore(q, lo int) bool {
	for p := q - 1; p >= lo && p >= q-3; p-- {
		if wvoc().negations[a.toks[p].low] {
			return true
		}
	}
	return false
}
