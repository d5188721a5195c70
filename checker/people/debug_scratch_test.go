package people

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func TestScratchSeeds(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	k, err := kb.Default()
	if err != nil {
		t.Log(err)
	}
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	for _, f := range files {
		b, _ := os.ReadFile(f)
		d := text.NewDoc(filepath.Base(f), string(b), time.Time{})
		fmt.Println("=====", f)
		for _, p := range People(d, k) {
			fmt.Printf("P %s %q:", p.Key, p.Name)
			for _, m := range p.Mentions {
				fmt.Printf(" [%s %q]", m.Kind, m.Text)
			}
			fmt.Println()
		}
		for _, c := range Extract(d, k) {
			fmt.Printf("C %s %s | %q | %q | %q %s\n", c.Kind, c.SubjectKey, c.Subject, c.Value, c.ValueText, c.Modality)
			if c.Office != nil {
				fmt.Printf("   office %+v\n", *c.Office)
			}
			if c.Title != nil {
				fmt.Printf("   title %+v\n", *c.Title)
			}
		}
	}
}
