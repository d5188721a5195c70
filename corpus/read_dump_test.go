package corpus

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestReadersDump(t *testing.T) {
	cases := map[string]string{
		"quote.md":  strings.Repeat(">", 200000) + " deep\n",
		"list.md":   strings.Repeat("- ", 100000) + "deep\n",
		"quotes.md": strings.Repeat(strings.Repeat(">", 60)+" deep\n", 20000),
		"lists.md":  strings.Repeat(strings.Repeat("- ", 30)+"deep\n", 20000),
		"ind.md":    func() string { var b strings.Builder; for i := 0; i < 3000; i++ { b.WriteString(strings.Repeat(" ", 2*(i%32)) + "- x\n") }; return b.String() }(),
	}
	for _, name := range []string{"quote.md", "list.md", "quotes.md", "lists.md", "ind.md"} {
		st := time.Now()
		arts, probs := ReadBytes(name, []byte(cases[name]), ReadOptions{})
		fmt.Println(name, len(cases[name]), len(arts), probs, time.Since(st))
	}
}
