package rules

import (
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// The weapon comparer: the gun an attack was made with, as the extractor
// gives it ("handgun revolver .44": the gun's family, its noun, its
// calibre when written). Two weapons can be one gun when their families
// are the same (a revolver is a handgun) and their calibres, when both
// are given, are equal. An event whose one article names two guns that
// cannot be one had several weapons: its articles naming one each do not
// contradict each other, and nothing is compared.
func init() {
	registerComparer("weapon", comparerDef{claim: claim.KindWeapon, verb: "involved",
		build: func(*singleValueOptions) (comparer, error) { return weaponCompare{}, nil }})
}

type weaponCompare struct{ several bool }

type weaponSide struct{ family, noun, calibre string }

func parseWeapon(v string) (weaponSide, bool) {
	f := strings.Fields(strings.ToLower(v))
	if len(f) < 2 || len(f) > 3 {
		return weaponSide{}, false
	}
	w := weaponSide{family: f[0], noun: f[1]}
	if len(f) == 3 {
		w.calibre = f[2]
	}
	return w, true
}

func (w weaponSide) agrees(o weaponSide) bool {
	return w.family == o.family && (w.calibre == "" || o.calibre == "" || w.calibre == o.calibre)
}

// forPass looks for an article that names two guns that cannot be one.
func (weaponCompare) forPass(cs []claim.Claim) comparer {
	byArticle := map[string][]weaponSide{}
	for i := range cs {
		c := &cs[i]
		if c.Kind != claim.KindWeapon {
			continue
		}
		w, ok := parseWeapon(c.Value)
		if !ok {
			continue
		}
		for _, o := range byArticle[c.Evidence.Article] {
			if !o.agrees(w) {
				return weaponCompare{several: true}
			}
		}
		byArticle[c.Evidence.Article] = append(byArticle[c.Evidence.Article], w)
	}
	return weaponCompare{}
}

func (weaponCompare) key(c *claim.Claim) (string, bool) {
	w, ok := parseWeapon(c.Value)
	if !ok {
		return "", false
	}
	return w.family + " " + w.noun + " " + w.calibre, true
}

func (weaponCompare) value(c *claim.Claim, _ *Context) (sideValue, bool) {
	w, ok := parseWeapon(c.Value)
	if !ok {
		return sideValue{}, false
	}
	human := "a " + w.noun
	if w.calibre != "" {
		human = "a " + w.calibre + " " + w.noun
	}
	if w.noun[0] == 'a' || w.noun[0] == 'e' || w.noun[0] == 'i' || w.noun[0] == 'o' || w.noun[0] == 'u' {
		if w.calibre == "" {
			human = "an " + w.noun
		}
	}
	spec := 1
	if w.calibre != "" {
		spec = 2
	}
	return sideValue{human: human, spec: spec, data: w}, true
}

func (c weaponCompare) agree(a, b *sideValue) bool {
	return c.several || a.data.(weaponSide).agrees(b.data.(weaponSide))
}
