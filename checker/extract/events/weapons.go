package events

import (
	"regexp"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// Weapons of attacks: "fired from the doorway with a shotgun" and "aimed a
// .44-caliber revolver at the guard" give the article's attack the weapon
// claims "shotgun shotgun" and "handgun revolver .44" (the gun's family,
// its noun and its calibre when given). Only a single gun named in the
// singular is claimed, outside a disjunction ("a shotgun or a rifle"), a
// negation ("not a rifle") and a modifier ("a handgun permit"); and only
// in an article that tells of one attack or one death. Whether two
// weapons can be one gun, and whether an event had several, is the rule's
// to say (rules/compare_weapon.go).

// weaponsFile is data/weapons.yml.
type weaponsFile struct {
	Types        map[string]string `yaml:"types"`
	NotBefore    []string          `yaml:"not_before"`
	NotAfter     []string          `yaml:"not_after"`
	Negations    []string          `yaml:"negations"`
	Alternatives []string          `yaml:"alternatives"`
	Held         []string          `yaml:"held"`
	Responder    []string          `yaml:"responders"`
	Calibre      []string          `yaml:"calibre"`
	Gauge        []string          `yaml:"gauge"`
	Metric       []string          `yaml:"metric"`
	Magnum       []string          `yaml:"magnum"`
}

type weaponVocab struct {
	family       map[string]string
	notBefore    map[string]bool
	notAfter     map[string]bool
	negations    map[string]bool
	alternatives map[string]bool
	held         map[string]bool
	responders   map[string]bool
	// the calibre before the noun, at the end of the text before it:
	// ".44-caliber", "20-gauge pump-action", "9mm", ".41 Magnum"
	calibre, gauge, metric, dotted *regexp.Regexp
}

// between allows up to three words between a calibre and its noun
// ("20-gauge pump-action shotgun", ".44 caliber Varn Arms revolver").
const weaponBetween = `(?:[\p{L}’'-]+\s+){0,3}$`

func alternation(ws []string) string {
	q := make([]string, len(ws))
	for i, w := range ws {
		q[i] = regexp.QuoteMeta(strings.ToLower(w))
	}
	return "(?:" + strings.Join(q, "|") + ")"
}

func loadWeapons() (*weaponVocab, error) {
	var f weaponsFile
	if err := decode("weapons.yml", &f); err != nil {
		return &weaponVocab{}, err
	}
	v := &weaponVocab{family: map[string]string{}, notBefore: set(f.NotBefore), notAfter: set(f.NotAfter), negations: set(f.Negations), alternatives: set(f.Alternatives), held: set(f.Held), responders: set(f.Responder)}
	for n, fam := range f.Types {
		v.family[strings.ToLower(n)] = strings.ToLower(fam)
	}
	var err error
	compile := func(expr string) *regexp.Regexp {
		re, e := regexp.Compile("(?i)" + expr)
		if e != nil && err == nil {
			err = e
		}
		return re
	}
	// ".44-caliber", ". 44 caliber" (a split point), "44-caliber"
	v.calibre = compile(`(?:^|[^\w.])(\.\s?)?(\d{2,3})\s?-?\s?` + alternation(f.Calibre) + `\s+` + weaponBetween)
	v.gauge = compile(`(?:^|[^\w.])(\d{1,2})\s?-?\s?` + alternation(f.Gauge) + `\s+` + weaponBetween)
	v.metric = compile(`(?:^|[^\w.])(\d{1,2}(?:\.\d)?)\s?-?\s?` + alternation(f.Metric) + `\s+` + weaponBetween)
	// ".41 Magnum revolver", ".41 revolver": a dotted number alone, its
	// dot also split off onto the article before it ("a. 41 revolver")
	v.dotted = compile(`(?:^|[^\w.]|\ban?)\.\s?(\d{2,3})\s+(?:` + alternation(f.Magnum) + `\s+)?` + weaponBetween)
	return v, err
}

// weaponClaims claims the single guns the article's attack was made with.
func (a *analysis) weaponClaims() []claim.Claim {
	var out []claim.Claim
	key, subjKey := claim.Key(""), ""
	for i := range a.toks {
		t := &a.toks[i]
		if t.flags&fWeapon == 0 {
			continue
		}
		fam := wvoc().family[t.low]
		if fam == "" || !a.singleWeapon(i) {
			continue
		}
		if key == "" {
			if key, subjKey = a.attackKey(); key == "" {
				return nil
			}
		}
		if bg, _, _ := a.backgroundClause(quantity{first: -1, last: -1}, t.sent, false); bg {
			continue // "the last attack, with a rifle, ..." is another event's
		}
		value, s := fam+" "+t.low, t.start
		if cal, cs := a.calibreBefore(i); cal != "" {
			value, s = value+" "+cal, cs
		}
		if s, e, ok := a.span(s, t.end); ok && !a.heldWeapon(i) {
			out = append(out, claim.Claim{
				Kind: claim.KindWeapon, SubjectKey: key, Subject: a.subj[subjKey],
				Value: value, ValueText: a.d.Text[s:e], Modality: claim.Asserted,
				Reference: a.ref, Evidence: a.evidence(s, e),
			})
		}
	}
	return inheritCalibre(out)
}

// inheritCalibre gives the article's claims of a gun noun without calibre
// the calibre it gives that noun elsewhere, when it gives one: "a
// .44-caliber revolver ... the revolver was loaded" names one gun.
func inheritCalibre(cs []claim.Claim) []claim.Claim {
	calibre := map[string]string{}
	for _, c := range cs {
		if f := strings.Fields(c.Value); len(f) == 3 {
			n := f[0] + " " + f[1]
			if old, ok := calibre[n]; ok && old != f[2] {
				calibre[n] = "" // two calibres: two guns
			} else {
				calibre[n] = f[2]
			}
		}
	}
	for i := range cs {
		if cal := calibre[cs[i].Value]; cal != "" {
			cs[i].Value += " " + cal
		}
	}
	return cs
}

// heldWeapon reports a gun someone holds or owns rather than attacks
// with ("charged with keeping an unregistered pistol"), or one of
// those who answered the attack ("his service pistol", "a deputy's
// rifle"): a story of a gunman and the police who shot back names two
// guns without one article saying both.
func (a *analysis) heldWeapon(i int) bool {
	lo, _ := a.sentRange(a.toks[i].sent)
	if i-1 >= lo && wvoc().responders[a.toks[i-1].low] {
		return true // "a police rifle", "his service revolver"
	}
	for q := i - 1; q >= lo && q >= i-5; q-- {
		if wvoc().held[a.toks[q].low] {
			return true
		}
		if q >= i-3 && wvoc().responders[a.toks[q].low] && possessive(a.tx(q)) {
			return true
		}
	}
	return false
}

// singleWeapon reports whether gun noun i names the one gun of a clause:
// not a modifier ("a handgun permit"), not denied ("not a rifle"), not one
// of a disjunction ("either a rifle or a pistol") and no toy ("an air
// rifle").
func (a *analysis) singleWeapon(i int) bool {
	lo, hi := a.sentRange(a.toks[i].sent)
	if i+1 < hi {
		n := a.toks[i+1]
		if wvoc().notBefore[n.low] || a.tx(i+1) == "-" || wvoc().alternatives[n.low] {
			return false
		}
	}
	if i-1 >= lo && wvoc().notAfter[a.toks[i-1].low] {
		return false
	}
	for q := i - 1; q >= lo && q >= i-4; q-- {
		l := a.toks[q].low
		if wvoc().negations[l] || wvoc().alternatives[l] {
			return false
		}
	}
	return true
}

// calibreBefore returns the calibre written before gun noun i (".44",
// "20-gauge", "9mm") and where it starts, or "".
func (a *analysis) calibreBefore(i int) (string, int) {
	t := a.toks[i]
	lo, _ := a.sentRange(t.sent)
	from := max(a.toks[lo].start, t.start-48)
	w := a.d.Text[from:t.start]
	if m := wvoc().calibre.FindStringSubmatchIndex(w); m != nil {
		return "." + w[m[4]:m[5]], from + firstDigitOrDot(w, m)
	}
	if m := wvoc().dotted.FindStringSubmatchIndex(w); m != nil {
		return "." + w[m[2]:m[3]], from + firstDigitOrDot(w, m)
	}
	if m := wvoc().gauge.FindStringSubmatchIndex(w); m != nil {
		return w[m[2]:m[3]] + "-gauge", from + m[2]
	}
	if m := wvoc().metric.FindStringSubmatchIndex(w); m != nil {
		return w[m[2]:m[3]] + "mm", from + m[2]
	}
	return "", 0
}

// firstDigitOrDot is where a matched calibre starts: its dot or its first
// digit (the match itself may begin with the character before).
func firstDigitOrDot(w string, m []int) int {
	for k := m[0]; k < m[1]; k++ {
		if c := w[k]; c == '.' || c >= '0' && c <= '9' {
			return k
		}
	}
	return m[0]
}

// attackKey is the key weapon claims are filed under, and the key whose
// subject names it: the article's one current attack, else its one death
// (a killing's weapon is the attack's), filed as an attack so that the
// articles calling it either meet; "" when the article tells of several.
func (a *analysis) attackKey() (claim.Key, string) {
	for _, class := range []string{"attack", "death"} {
		if k := a.onlyOf([]string{class}); k != "" {
			if ck := claim.Key(k); ck.Class() == class {
				return ck.WithClass("attack"), k
			}
			return "", ""
		}
	}
	return "", ""
}
