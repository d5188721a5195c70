package people

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/internal/lazy"
)

//go:embed data/ages.yml
var agesYAML []byte

// ageWords is data/ages.yml.
type ageWords struct {
	YearOld    []string `yaml:"year_old"`
	Aged       []string `yaml:"aged"`
	WhoIs      []string `yaml:"who_is"`
	NotBetween []string `yaml:"not_between"`
	DeathVerbs []string `yaml:"death_verbs"`
	DeathPass  []string `yaml:"death_passives"`
	DeathAux   []string `yaml:"death_aux"`
	DeathNouns []string `yaml:"death_nouns"`
	Late       []string `yaml:"late"`
	Owners     []string `yaml:"death_owners"`
	After      []string `yaml:"death_after"`
	Past       []string `yaml:"past_markers"`

	yearOld, aged, whoIs, notBetween                                     map[string]bool
	deathVerb, deathPass, deathAux, deathNoun, late, owners, past, after map[string]bool
}

// ageData is the age words, parsed at their first use.
var ageData = lazy.New(func() *ageWords { return mustLoadAgeWords(agesYAML) })

// ageVocab is the words of data/ages.yml.
func ageVocab() *ageWords { return ageData.Get() }

func mustLoadAgeWords(data []byte) *ageWords {
	var w ageWords
	if err := yamlSet.Unmarshal("data/ages.yml", data, &w); err != nil || len(w.YearOld) == 0 {
		panic(fmt.Sprintf("people: data/ages.yml: %v", err))
	}
	set := func(list []string) map[string]bool {
		m := make(map[string]bool, len(list))
		for _, s := range list {
			m[strings.ToLower(s)] = true
		}
		return m
	}
	w.yearOld, w.aged, w.whoIs = set(w.YearOld), set(w.Aged), set(w.WhoIs)
	w.notBetween = set(w.NotBetween)
	w.deathVerb, w.deathPass, w.deathAux = set(w.DeathVerbs), set(w.DeathPass), set(w.DeathAux)
	w.deathNoun, w.late, w.owners, w.past = set(w.DeathNouns), set(w.Late), set(w.Owners), set(w.Past)
	w.after = set(w.After)
	return &w
}

// maxBetween is how many words may describe the person between
// "54-year-old" and the name ("54-year-old retired teacher Mara Velt").
const maxBetween = 3

// ageClaims reads the ages the article gives named people: "54-year-old
// NAME", "NAME, 54,", "NAME (54)", "NAME, aged 54,", "NAME, who is 54,"
// and "NAME, a 54-year-old teacher,". Only an age that is the person's
// age when the article was written, or at their death, is read: not a
// duration ("54 years"), nor a decade ("in his 50s"), nor anyone unnamed,
// nor an age in a sentence set in a past year ("died at 15 in 1985").
func (a *analysis) ageClaims(out []claim.Claim) []claim.Claim {
	var dead map[int]bool
	for mi := range a.mentions {
		m := a.mentions[mi]
		if m.kind != MentionFull && m.kind != MentionSurname {
			continue
		}
		first, last, years, ok := a.ageBefore(m.first)
		if ok && m.kind == MentionSurname && a.unreadName(m.first-1) {
			ok = false // "61-year-old Lenka Vell" where only "Vell" was read: maybe someone else
		}
		if !ok {
			first, last, years, ok = a.ageAfter(m.last)
		}
		if !ok {
			continue
		}
		start, end := int(a.toks[first].start), int(a.toks[last].end)
		if a.inQuote(start) || a.pastYear(first) || a.d.Reference.IsZero() && a.yearInSentence(first) {
			continue
		}
		if dead == nil {
			dead = a.deadPeople()
		}
		mod := claim.Asserted
		if dead[m.person] {
			mod = claim.Former
		}
		p := a.people[m.person]
		out = append(out, a.newClaim(claim.KindAge, p.key, a.d.Text[m.start:m.end], strconv.Itoa(years), start, end, mod))
	}
	return out
}

// yearInSentence: "in 2006" in token k's sentence. Without the article's
// date nobody can tell whether that year is past, so the age may be a
// past one ("NAME, 92, told a reporter in 2006").
func (a *analysis) yearInSentence(k int) bool {
	for j := a.sentStart(k) + 1; j < a.sentEnd(k); j++ {
		t := &a.toks[j]
		if len(t.low) != 4 || t.shape&sDigit == 0 || a.toks[j-1].low != "in" {
			continue
		}
		if y, err := strconv.Atoi(t.low); err == nil && y > 1800 {
			return true
		}
	}
	return false
}

// ageBefore reads "54-year-old [words] NAME" before the name's first
// token: the span of the age and its years.
func (a *analysis) ageBefore(name int) (first, last, years int, ok bool) {
	lo := a.sentStart(name)
	k := name - 1
	for n := 0; k >= lo; k-- {
		if first, years, ok := a.yearOldAt(k); ok {
			if p := first - 1; p >= lo && ageVocab().past[a.toks[p].low] || p-1 >= lo && a.isPunct(p, "-") && ageVocab().past[a.toks[p-1].low] {
				return 0, 0, 0, false // "then-15-year-old NAME"
			}
			return first, k, years, true
		}
		if n == maxBetween || !a.describes(k) {
			return 0, 0, 0, false
		}
		n++
	}
	return 0, 0, 0, false
}

// describes: token k may be a word describing the person between an age
// and a name: "retired", "teacher", "Englishman". Function words, verbs
// of saying, other people and words that look like verbs ("the
// 30-year-old law protects NAME", "the 10-year-old ban angered NAME")
// end the description. A lower-case word in -ed passes only right after
// the age ("54-year-old retired teacher").
func (a *analysis) describes(k int) bool {
	t := &a.toks[k]
	if t.shape&sWord == 0 || t.shape&(sDigit|sPoss) != 0 || ageVocab().notBetween[t.low] || a.personAt(k) >= 0 {
		return false
	}
	if t.words&(wPrep|wDet|wClauseBreak|wAux|wSpeech|wPronoun) != 0 {
		return false
	}
	if t.shape&sCap == 0 {
		w := t.low
		if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return false
		}
		if strings.HasSuffix(w, "ed") {
			if k == a.sentStart(k) {
				return false
			}
			if _, _, ok := a.yearOldAt(k - 1); !ok {
				return false
			}
		}
	}
	return true
}

// unreadName: token k is a capitalised word that is no title: the first
// name of someone the name finder did not read.
func (a *analysis) unreadName(k int) bool {
	if k < 0 || k >= len(a.toks) {
		return false
	}
	t := &a.toks[k]
	return t.shape&sCap != 0 && t.pkinds == 0 && !a.usedTitle(k)
}

// yearOldAt reads an age adjective ending at token k: "54-year-old" or
// "54 year-old"; first is its first token.
func (a *analysis) yearOldAt(k int) (first, years int, ok bool) {
	low := a.toks[k].low
	if n, rest, ok := leadingNumber(low); ok && len(rest) > 1 && rest[0] == '-' && ageVocab().yearOld[rest[1:]] {
		return k, n, a.toks[k].shape&sPoss == 0
	}
	if ageVocab().yearOld[low] && k > a.sentStart(k) && int(a.toks[k-1].end) < int(a.toks[k].start) {
		if n, rest, ok := leadingNumber(a.toks[k-1].low); ok && rest == "" {
			return k - 1, n, a.toks[k].shape&sPoss == 0
		}
	}
	return 0, 0, false
}

// ageAfter reads an age set off after the name's last token.
func (a *analysis) ageAfter(last int) (first, lastTok, years int, ok bool) {
	i := last + 1
	end := a.sentEnd(last)
	if i >= end {
		return 0, 0, 0, false
	}
	if a.isPunct(i, "(") { // NAME (54)
		if n, ok := a.bareAge(i + 1); ok && a.isPunct(i+2, ")") {
			return i + 1, i + 1, n, true
		}
		return 0, 0, 0, false
	}
	if !a.isPunct(i, ",") || i+1 >= end {
		return 0, 0, 0, false
	}
	j := i + 1
	switch w := a.toks[j].low; {
	case ageVocab().aged[w]: // NAME, aged 54,
		j++
	case w == "who" && j+1 < end && ageVocab().whoIs[a.toks[j+1].low]: // NAME, who is 54,
		j += 2
	case (w == "a" || w == "an") && j+1 < end: // NAME, a 54-year-old teacher,
		if first, n, ok := a.yearOldAt(j + 1); ok && first == j+1 {
			return j + 1, j + 1, n, true
		}
		if j+2 < end {
			if first, n, ok := a.yearOldAt(j + 2); ok && first == j+1 {
				return j + 1, j + 2, n, true
			}
		}
		return 0, 0, 0, false
	}
	n, ok := a.bareAge(j)
	if !ok {
		return 0, 0, 0, false
	}
	lastTok = j
	if j+2 < end && a.toks[j+1].low == "years" && a.toks[j+2].low == "old" { // NAME, 54 years old,
		lastTok = j + 2
	}
	if !a.ageEnds(lastTok+1, end) {
		return 0, 0, 0, false
	}
	first = j
	if j > i+1 {
		first = i + 1
	}
	return first, lastTok, n, true
}

// ageAfterName: an age set off after token last is evidence that the
// capitalised words before it name a person.
func (a *analysis) ageAfterName(last int) bool {
	_, _, _, ok := a.ageAfter(last)
	return ok
}

// bareAge reads token k as an age written in digits alone.
func (a *analysis) bareAge(k int) (int, bool) {
	if k >= len(a.toks) {
		return 0, false
	}
	n, rest, ok := leadingNumber(a.toks[k].low)
	return n, ok && rest == "" && n > 0 && n <= 120
}

// ageEnds: the age stands alone, closed by a comma, a semicolon or the
// sentence's end ("NAME, 54, of Lowhaven"; not "NAME, 54 miles away").
func (a *analysis) ageEnds(k, end int) bool {
	return k >= end || a.isPunct(k, ",") || a.isPunct(k, ";") || a.isPunct(k, ".") && k+1 >= end
}

// deadPeople lists the people the article says are dead: "NAME died",
// "NAME, 54, was killed", "the slaying of NAME", "NAME's death", "the
// late NAME". Their ages are ages at death.
func (a *analysis) deadPeople() map[int]bool {
	dead := map[int]bool{}
	for mi := range a.mentions {
		m := &a.mentions[mi]
		if !dead[m.person] && a.saysDead(m) {
			dead[m.person] = true
		}
	}
	return dead
}

// deathWindow is how many tokens a death word may be from the name.
const deathWindow = 12

func (a *analysis) saysDead(m *mention) bool {
	lo, hi := a.sentStart(m.first), a.sentEnd(m.last)
	if k := m.first - 1; k >= lo && ageVocab().late[a.toks[k].low] {
		return true
	}
	if a.toks[m.last].shape&sPoss != 0 && m.last+1 < hi && ageVocab().deathNoun[a.toks[m.last+1].low] {
		return true
	}
	// "the slaying of [63-year-old] NAME"
	for k := m.first - 1; k > lo && m.first-k <= 4; k-- {
		if a.toks[k].low == "of" && ageVocab().deathNoun[a.toks[k-1].low] {
			return true
		}
	}
	// "NAME [, 54,] died", "NAME was killed": the next verb, before anyone else.
	for k := m.last + 1; k < hi && k-m.last <= deathWindow; k++ {
		if a.personAt(k) >= 0 && a.personAt(k) != m.person {
			return false
		}
		w, prev := a.toks[k].low, a.toks[k-1].low
		if ageVocab().deathVerb[w] || ageVocab().deathPass[w] && ageVocab().deathAux[prev] || ageVocab().deathNoun[w] && ageVocab().owners[prev] {
			return true
		}
		if ageVocab().deathPass[w] && prev == "," && k+1 < hi && ageVocab().after[a.toks[k+1].low] {
			return true // "NAME, 16, killed by police"
		}
	}
	return false
}

// leadingNumber splits the digits that open s from the rest: up to three
// digits ("54-year-old" → 54, "-year-old").
func leadingNumber(s string) (n int, rest string, ok bool) {
	i := 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i > 3 {
		return 0, s, false
	}
	return n, s[i:], true
}
