package gen

import (
	"fmt"
	"strings"
)

// slot is a value a sentence template refers to by name in braces.
type slot int

const (
	slotEvent    slot = iota // event noun: summit, bridge opening
	slotEventCap             // Summit, Bridge opening
	slotPlace
	slotCountry
	slotCountry2
	slotDate    // Tuesday, March 4, 2031
	slotDay     // March 4
	slotWeekday // Tuesday
	slotOrg
	slotCompany
	slotTopic
	slotP0 // titled name, Deputy Energy Minister Arlen Voss
	slotP0Name
	slotP0Surname
	slotP0Role // the deputy energy minister
	slotP0Pronoun
	slotP1
	slotP1Name
	slotP1Surname
	slotP1Role
	slotP1Pronoun
	slotP2
	slotP2Name
	slotP2Surname
	slotP2Role
	slotP2Pronoun
	slotP3
	slotP3Name
	slotP3Surname
	slotP3Role
	slotP3Pronoun
	slotQ0
	slotQ1
	slotQ2
	slotQ3
	slotN0
	slotN1
	slotN2
	slotCount
)

const (
	personSlots = 5 // slots per person: titled, name, surname, role, pronoun
	maxPeople   = 4
	maxNumbers  = 3
)

// slotNames maps the names used in templates to slots.
var slotNames = func() map[string]slot {
	m := map[string]slot{
		"EV": slotEvent, "EVC": slotEventCap, "PLACE": slotPlace, "COUNTRY": slotCountry,
		"COUNTRY2": slotCountry2, "DATE": slotDate, "DAY": slotDay, "WEEKDAY": slotWeekday,
		"ORG": slotOrg, "COMPANY": slotCompany, "TOPIC": slotTopic,
	}
	for k := range maxPeople {
		base := slotP0 + slot(k*personSlots)
		p := fmt.Sprintf("P%d", k)
		m[p], m[p+"N"], m[p+"S"], m[p+"R"], m[p+"H"] = base, base+1, base+2, base+3, base+4
		m[fmt.Sprintf("Q%d", k)] = slotQ0 + slot(k)
	}
	for j := range maxNumbers {
		m[fmt.Sprintf("N%d", j)] = slotN0 + slot(j)
	}
	return m
}()

// segment is a literal run or a slot reference.
type segment struct {
	lit  string
	slot slot // slotCount for a literal
}

// template is a compiled sentence template.
type template []segment

// compile parses "text {NAME} text". Generic names ({P}, {Q}, {N} and
// their suffixed forms) are bound through alias, so that one template
// serves every person or number.
func compile(src string, alias map[string]string) (template, error) {
	var t template
	for src != "" {
		open := strings.IndexByte(src, '{')
		if open < 0 {
			t = append(t, segment{lit: src, slot: slotCount})
			break
		}
		if open > 0 {
			t = append(t, segment{lit: src[:open], slot: slotCount})
		}
		end := strings.IndexByte(src[open:], '}')
		if end < 0 {
			return nil, fmt.Errorf("template %q: unclosed {", src)
		}
		name := src[open+1 : open+end]
		if a, ok := alias[name]; ok {
			name = a
		}
		s, ok := slotNames[name]
		if !ok {
			return nil, fmt.Errorf("template %q: unknown slot {%s}", src, name)
		}
		t = append(t, segment{slot: s})
		src = src[open+end+1:]
	}
	return t, nil
}

// render appends the template with values filled in.
func (t template) render(dst []byte, v *[slotCount]string) []byte {
	for _, s := range t {
		if s.slot == slotCount {
			dst = append(dst, s.lit...)
		} else {
			dst = append(dst, v[s.slot]...)
		}
	}
	return dst
}

// personAlias binds {P}, {PN}, {PS}, {PR}, {PH} and {Q} to person k.
func personAlias(k int) map[string]string {
	p := fmt.Sprintf("P%d", k)
	return map[string]string{"P": p, "PN": p + "N", "PS": p + "S", "PR": p + "R", "PH": p + "H",
		"Q": fmt.Sprintf("Q%d", k)}
}

// numberAlias binds {N} to number j.
func numberAlias(j int) map[string]string {
	return map[string]string{"N": fmt.Sprintf("N%d", j)}
}

// compileAll compiles srcs, leaving out those with an error: a test
// asserts there are none (compiledTables.errors), so a typo in the tables
// is caught without a panic.
func compileAll(srcs []string, alias map[string]string) ([]template, []error) {
	out := make([]template, 0, len(srcs))
	var errs []error
	for _, s := range srcs {
		t, err := compile(s, alias)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, t)
	}
	return out, errs
}
