package pipeline

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/checker/extract"
	"github.com/crosscheck/crosscheck/corpus/gen"
	"github.com/crosscheck/crosscheck/rules/kb"
)

func TestZZExplore(t *testing.T) {
	k, err := kb.Default()
	if err != nil {
		t.Fatal(err)
	}
	arts := gen.Articles(gen.Options{Articles: 4000, Seed: 1})
	subj := map[string]map[string]bool{}
	var textBytes, sentBytes, claims, sameSent, subjSub int
	for _, a := range arts {
		r := extract.Article(a, k, extract.Options{})
		textBytes += len(a.Text)
		sents := map[[2]int]bool{}
		for _, c := range r.Claims {
			claims++
			if subj[c.SubjectKey] == nil {
				subj[c.SubjectKey] = map[string]bool{}
			}
			subj[c.SubjectKey][a.ID] = true
			if c.Evidence.SentenceEnd <= len(a.Text) && c.Evidence.SentenceStart < c.Evidence.SentenceEnd && a.Text[c.Evidence.SentenceStart:c.Evidence.SentenceEnd] == c.Evidence.Sentence {
				sameSent++
				sents[[2]int{c.Evidence.SentenceStart, c.Evidence.SentenceEnd}] = true
			}
			if strings.Contains(a.Text, c.Subject) {
				subjSub++
			}
		}
		for s := range sents {
			sentBytes += s[1] - s[0]
		}
	}
	type kv struct {
		k string
		n int
	}
	var big []kv
	prefix := map[string]int{}
	for k, v := range subj {
		big = append(big, kv{k, len(v)})
		prefix[strings.SplitN(k, ":", 2)[0]]++
	}
	sort.Slice(big, func(i, j int) bool { return big[i].n > big[j].n })
	fmt.Println("claims", claims, "subjects", len(subj), "text", textBytes, "sentbytes", sentBytes, "sameSent", sameSent, "subjSub", subjSub, prefix)
	for _, b := range big[:30] {
		fmt.Println(b.k, b.n)
	}
}
