package gen

import "strings"

// fillValues sets the slot values of an article, with the planted
// contradiction, if any, in place of the true value.
func fillValues(v *[slotCount]string, ev *event, p plan) {
	spec := ev.kind.spec
	v[slotEvent], v[slotEventCap] = spec.noun, spec.nounCap
	place := ev.place
	if p.planted == PlantPlace {
		place = ev.altPlace
	}
	v[slotPlace] = place
	v[slotCountry], v[slotCountry2] = ev.country, ev.country2
	v[slotOrg], v[slotCompany], v[slotTopic] = withPlace(ev.org, place), ev.company, ev.topic
	date := ev.date
	if p.planted == PlantDate {
		date = ev.altDate
	}
	v[slotDate] = date.Format("Monday, January 2, 2006")
	v[slotDay] = date.Format("January 2")
	v[slotWeekday] = date.Weekday().String()
	for k, person := range ev.people {
		pre, appos := person.pre, person.appos
		if p.planted == PlantTitle && p.person == k {
			pre, appos = person.altPre, person.altAppos
		}
		base := slotP0 + slot(k*personSlots)
		name := person.full()
		v[base] = name
		if pre != "" {
			v[base] = pre + " " + name
		}
		v[base+1], v[base+2], v[base+3], v[base+4] = name, person.last, withPlace(appos, place), person.pronoun()
	}
	for j, n := range ev.numbers {
		v[slotN0+slot(j)] = n.text
		if p.planted == PlantNumber && p.number == j {
			v[slotN0+slot(j)] = n.altText
		}
	}
	// Quotes last: their templates may use the values above.
	for k := range maxPeople {
		q := ev.kind.quotes[ev.quotes[k]].render(nil, v)
		q = append(q, ", "...)
		v[slotQ0+slot(k)] = string(tables().closers[ev.closers[k]].render(q, v))
	}
}

// withPlace fills {PLACE} into an org or role text.
func withPlace(s, place string) string {
	if !strings.Contains(s, "{PLACE}") {
		return s
	}
	return strings.ReplaceAll(s, "{PLACE}", place)
}
