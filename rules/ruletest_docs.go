package rules

import (
	"fmt"
	"slices"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// caseDoc is one test case of a rule, as written in its rule file.
type caseDoc struct {
	Name       string       `yaml:"name"`
	Articles   []articleDoc `yaml:"articles"`
	Claims     []claimDoc   `yaml:"claims"` // given directly, no extractor needed
	Expect     []expectDoc  `yaml:"expect"`
	ExpectNone bool         `yaml:"expect_none"`
}

type articleDoc struct {
	ID     string `yaml:"id"`
	Title  string `yaml:"title"`
	Date   string `yaml:"date"` // YYYY-MM-DD, the reference date
	Source string `yaml:"source"`
	Text   string `yaml:"text"`
}

// expectDoc describes one expected discrepancy; empty fields match anything.
type expectDoc struct {
	Rule       string   `yaml:"rule"` // default: the rule the case belongs to
	Kind       string   `yaml:"kind"`
	Severity   string   `yaml:"severity"`
	SubjectKey string   `yaml:"subject_key"`
	Values     []string `yaml:"values"`   // each must be the value of some side
	Articles   []string `yaml:"articles"` // each must be the article of some side
	Summary    string   `yaml:"summary"`  // must occur in the summary
	KBHolder   string   `yaml:"kb_holder"`
}

// claimDoc is a claim written by hand in a test case.
type claimDoc struct {
	Article    string    `yaml:"article"`
	Kind       string    `yaml:"kind"`
	SubjectKey string    `yaml:"subject_key"`
	Subject    string    `yaml:"subject"`
	Value      string    `yaml:"value"`
	ValueText  string    `yaml:"value_text"`
	Modality   string    `yaml:"modality"`
	Reference  claim.Day `yaml:"reference"`
	Start      int       `yaml:"start"`
	End        int       `yaml:"end"`
	Sentence   string    `yaml:"sentence"`
	// SentenceStart is the sentence's offset in the article.
	SentenceStart int        `yaml:"sentence_start"`
	Date          *dateDoc   `yaml:"date"`
	Title         *titleDoc  `yaml:"title"`
	Office        *officeDoc `yaml:"office"`
	Number        *numberDoc `yaml:"number"`
	Quote         *quoteDoc  `yaml:"quote"`
	Place         *placeDoc  `yaml:"place"`
}

type dateDoc struct {
	Value       string `yaml:"value"`
	Granularity string `yaml:"granularity"`
	Mod         string `yaml:"mod"`
	Weekday     string `yaml:"weekday"`
	Resolution  string `yaml:"resolution"`
}

type titleDoc struct {
	Head   string   `yaml:"head"`
	Domain string   `yaml:"domain"`
	Org    string   `yaml:"org"`
	Ranks  []string `yaml:"ranks"`
	Former bool     `yaml:"former"`
}

type officeDoc struct {
	Office  string `yaml:"office"`
	Holder  string `yaml:"holder"`
	Present bool   `yaml:"present"`
	Former  bool   `yaml:"former"`
}

type numberDoc struct {
	Value  float64 `yaml:"value"`
	Unit   string  `yaml:"unit"`
	Approx string  `yaml:"approx"`
	// Max, Scope and Background: a range's top, what the figure is of,
	// a background event's figure (claim.NumberValue).
	Max        float64 `yaml:"max"`
	Scope      string  `yaml:"scope"`
	Background bool    `yaml:"background"`
	Counts     string  `yaml:"counts"`
}

type quoteDoc struct {
	Words      string `yaml:"words"`
	Speaker    string `yaml:"speaker"`
	SpeakerKey string `yaml:"speaker_key"`
}

type placeDoc struct {
	Key     string   `yaml:"key"`
	Name    string   `yaml:"name"`
	Country string   `yaml:"country"`
	Within  []string `yaml:"within"`
}

// testCase is a checked, ready-to-run case.
type testCase struct {
	name       string
	line       int
	articles   []TestArticle
	claims     []claim.Claim
	direct     bool // claims given in the file: no extractor
	expect     []expectDoc
	expectNone bool
}

var modalities = []claim.Modality{claim.Asserted, claim.Negated, claim.Planned, claim.Hypothetical, claim.Reported, claim.Former}

// buildCases checks the cases of one rule.
func buildCases(file string, docs []caseDoc, node *yaml.Node) ([]testCase, []error) {
	var out []testCase
	var errs []error
	for i, d := range docs {
		cn := item(node, i)
		tc := testCase{name: d.Name, line: lineOf(cn, 0), expect: d.Expect, expectNone: d.ExpectNone}
		if tc.name == "" {
			tc.name = fmt.Sprintf("case %d", i+1)
		}
		bad := func(format string, args ...any) {
			errs = append(errs, errAt(file, cn, "test %q: "+format, append([]any{tc.name}, args...)...))
		}
		switch {
		case len(d.Expect) == 0 && !d.ExpectNone:
			bad("needs expect or expect_none")
		case len(d.Expect) > 0 && d.ExpectNone:
			bad("has both expect and expect_none")
		}
		if len(d.Articles) == 0 && len(d.Claims) == 0 {
			bad("needs articles or claims")
		}
		for j, e := range d.Expect {
			if e.Severity != "" {
				if _, err := ParseSeverity(e.Severity); err != nil {
					errs = append(errs, errAt(file, item(child(cn, "expect"), j), "test %q: %v", tc.name, err))
				}
			}
		}
		for j, a := range d.Articles {
			if a.ID == "" {
				errs = append(errs, errAt(file, item(child(cn, "articles"), j), "test %q: article needs an id", tc.name))
			}
			if a.Date != "" {
				if _, err := time.Parse("2006-01-02", a.Date); err != nil {
					errs = append(errs, errAt(file, child(item(child(cn, "articles"), j), "date"), "test %q: date %q is not YYYY-MM-DD", tc.name, a.Date))
				}
			}
			tc.articles = append(tc.articles, TestArticle{ID: a.ID, Title: a.Title, Date: a.Date, Source: a.Source, Text: a.Text})
		}
		if len(d.Claims) > 0 {
			tc.direct = true
			for j, c := range d.Claims {
				at := item(child(cn, "claims"), j)
				if !slices.Contains(claim.Kinds, claim.Kind(c.Kind)) {
					errs = append(errs, errAt(file, at, "test %q: unknown claim kind %q", tc.name, c.Kind))
				}
				if c.Modality != "" && !slices.Contains(modalities, claim.Modality(c.Modality)) {
					errs = append(errs, errAt(file, at, "test %q: unknown modality %q", tc.name, c.Modality))
				}
				if c.Article == "" || c.SubjectKey == "" {
					errs = append(errs, errAt(file, at, "test %q: claim needs article and subject_key", tc.name))
				}
				tc.claims = append(tc.claims, c.claim())
			}
		}
		out = append(out, tc)
	}
	return out, errs
}

func (c claimDoc) claim() claim.Claim {
	out := claim.Claim{
		Kind: claim.Kind(c.Kind), SubjectKey: c.SubjectKey, Subject: c.Subject,
		Value: c.Value, ValueText: c.ValueText, Modality: claim.Modality(c.Modality),
		Reference: c.Reference,
		Evidence: claim.Evidence{Article: c.Article, Start: c.Start, End: c.End,
			SentenceStart: c.SentenceStart, SentenceEnd: c.SentenceStart + len(c.Sentence), Sentence: c.Sentence},
	}
	if out.ValueText == "" {
		out.ValueText = c.Value
	}
	if out.Modality == "" {
		out.Modality = claim.Asserted
	}
	if d := c.Date; d != nil {
		out.Date = &claim.DateValue{Value: d.Value, Granularity: d.Granularity, Mod: d.Mod, Weekday: d.Weekday, Resolution: d.Resolution}
	}
	if t := c.Title; t != nil {
		out.Title = &claim.TitleValue{Head: t.Head, Domain: t.Domain, Org: t.Org, Ranks: t.Ranks, Former: t.Former}
	}
	if o := c.Office; o != nil {
		out.Office = &claim.OfficeValue{Office: o.Office, Holder: o.Holder, Present: o.Present, Former: o.Former}
	}
	if n := c.Number; n != nil {
		out.Number = &claim.NumberValue{Value: n.Value, Unit: n.Unit, Approx: n.Approx, Counts: n.Counts, Max: n.Max, Scope: n.Scope, Background: n.Background}
	}
	if q := c.Quote; q != nil {
		out.Quote = &claim.QuoteValue{Words: q.Words, Speaker: q.Speaker, SpeakerKey: q.SpeakerKey}
	}
	if p := c.Place; p != nil {
		out.Place = &claim.PlaceValue{Key: p.Key, Name: p.Name, Country: p.Country, Within: p.Within}
	}
	return out
}
