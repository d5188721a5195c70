package rules

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// The cause comparer: how the people of an event died ("burned",
// "suffocated", "shot"), as the extractor names the cause. Two causes
// agree when they are the same. An event whose one article gives two
// causes had victims who died in different ways: nothing is compared.
func init() {
	registerComparer("cause", comparerDef{claim: claim.KindCause, verb: "are described as",
		build: func(*singleValueOptions) (comparer, error) { return causeCompare{}, nil }})
}

type causeCompare struct{ several bool }

func causeOf(c *claim.Claim) (string, bool) {
	v := strings.ToLower(strings.TrimSpace(c.Value))
	return v, v != ""
}

// forPass looks for an article that gives two causes.
func (causeCompare) forPass(cs []claim.Claim) comparer {
	first := map[string]string{}
	for i := range cs {
		c := &cs[i]
		v, ok := causeOf(c)
		if c.Kind != claim.KindCause || !ok {
			continue
		}
		if f, seen := first[c.Evidence.Article]; seen && f != v {
			return causeCompare{several: true}
		}
		first[c.Evidence.Article] = v
	}
	return causeCompare{}
}

func (causeCompare) key(c *claim.Claim) (string, bool) { return causeOf(c) }

func (causeCompare) value(c *claim.Claim, _ *Context) (sideValue, bool) {
	v, ok := causeOf(c)
	if !ok {
		return sideValue{}, false
	}
	human := v
	if vt := strings.TrimSpace(c.ValueText); vt != "" {
		human = `"` + strings.ToLower(vt) + `"`
	}
	return sideValue{human: human, spec: 1, data: v}, true
}

func (c causeCompare) agree(a, b *sideValue) bool {
	return c.several || a.data.(string) == b.data.(string)
}
