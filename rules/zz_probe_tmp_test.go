package rules_test

import (
	"fmt"
	"testing"

	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/checker/pipeline"
	"github.com/crosscheck/crosscheck/rules"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func TestZZProbe(t *testing.T) {
	k, _ := kb.Default()
	ex := pipeline.RuleTestExtractor(k, extract.Options{})
	texts := []string{
		"The Ostrava Vale fair opened on June 12, 2031, organisers said.",
		"The Brindle summit was held on June 12, 2031, officials said.",
		"Leaders met in Brindle on March 3, 2031 for the Brindle summit.",
		"The planned Brindle summit will take place next month.",
		"The Brindle summit took place on June 12, 2031.",
		"The floods in Quillon killed 12 people, officials said.",
		"Council spokesman Odile Ferrant said the bridge would reopen.",
		"Odile Ferrant, director of the port authority, said the bridge would reopen.",
		"The summit will be held in Helsinki, officials said.",
		"The Brindle summit will be held in Helsinki on June 12, 2031.",
		"On Monday, June 10, 2031, the council met.",
	}
	for i, txt := range texts {
		cs, _, err := ex([]rules.TestArticle{{ID: fmt.Sprintf("t%d", i), Date: "2031-05-01", Text: txt}})
		fmt.Println("TEXT", txt, err)
		for _, c := range cs {
			fmt.Printf("   %s %q %q %q %s subj=%q\n", c.Kind, c.SubjectKey, c.Value, c.ValueText, c.Modality, c.Subject)
		}
	}
}
