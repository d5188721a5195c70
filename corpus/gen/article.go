package gen

import (
	"math/rand/v2"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/corpus"
)

// Planted contradiction kinds.
const (
	PlantDate   = "date"   // another date for the event
	PlantTitle  = "title"  // another title for a person
	PlantNumber = "number" // another value for a number
	PlantPlace  = "place"  // another place for the event
)

var plantKinds = []string{PlantDate, PlantTitle, PlantNumber, PlantPlace}

// plan is what is decided about an article before its text is written.
type plan struct {
	index   int
	event   int
	within  int // position among the event's articles; 0 is never planted
	format  string
	planted string
	person  int // for PlantTitle
	number  int // for PlantNumber
}

// planArticle draws the plan of article i from the article's own stream
// and returns the stream for composing the text.
func planArticle(o *options, i int) (plan, *rand.Rand) {
	r := newRand(o.seed, streamArticle, uint64(i))
	p := plan{index: i, event: i / o.per, within: i % o.per}
	p.format = o.formats[r.IntN(len(o.formats))]
	if p.within > 0 && r.Float64() < o.contra {
		p.planted = plantKinds[r.IntN(len(plantKinds))]
		p.person = r.IntN(plantableRoles)
		p.number = r.IntN(maxNumbers)
	}
	return p, r
}

// op is one sentence: a template, or filler parts written one after the
// other.
type op struct {
	t     template
	parts [6]string
}

func (o op) size(v *[slotCount]string) int {
	n := 0
	if o.t == nil {
		for _, p := range o.parts {
			n += len(p)
		}
		return n
	}
	for _, s := range o.t {
		if s.slot == slotCount {
			n += len(s.lit)
		} else {
			n += len(v[s.slot])
		}
	}
	return n
}

func (o op) render(dst []byte, v *[slotCount]string) []byte {
	if o.t == nil {
		for _, p := range o.parts {
			dst = append(dst, p...)
		}
		return dst
	}
	return o.t.render(dst, v)
}

// fillerOp draws a sentence that states nothing checkable.
func fillerOp(r *rand.Rand) op {
	switch r.IntN(8) {
	case 0:
		return op{parts: [6]string{pick(r, fillerStandalone)}}
	case 1, 2:
		return op{parts: [6]string{pick(r, fillerSubjects), " ", pick(r, fillerSayings), " ", pick(r, fillerClauses), "."}}
	}
	return op{parts: [6]string{pick(r, fillerSubjects), " ", pick(r, fillerVerbs), " ", pick(r, fillerObjects), pick(r, fillerTails)}}
}

// story is a composed article before it is put into a file format.
type story struct {
	headline  string
	body      []byte        // paragraphs separated by blank lines
	paras     []corpus.Span // where they are in body
	published time.Time
	source    string
	author    string
}

// compose writes the headline and body of an article about ev.
func compose(o *options, ev *event, p plan, r *rand.Rand) story {
	k := ev.kind
	spec := k.spec
	var v [slotCount]string
	fillValues(&v, ev, p)

	var st story
	if spec.planned {
		st.published = ev.date.AddDate(0, 0, -(1 + r.IntN(20)))
	} else {
		st.published = ev.date.AddDate(0, 0, r.IntN(4))
	}
	st.published = st.published.Add(time.Duration(6+r.IntN(14))*time.Hour + time.Duration(r.IntN(60))*time.Minute)
	st.source = o.outlets[r.IntN(len(o.outlets))]
	st.author = newPerson(r).full()
	st.headline = string(pick(r, k.headlines).render(nil, &v))

	paras := make([][]op, 0, 24)
	lead := []op{{t: pick(r, k.leads)}}
	leadNumber := r.IntN(2) == 0
	if leadNumber {
		lead = append(lead, op{t: pick(r, k.numbers[0])})
	}
	paras = append(paras, lead)

	pool := make([]op, 0, 20)
	pool = append(pool, op{t: pick(r, k.dated)})
	for j := range maxNumbers {
		if j == 0 && leadNumber {
			continue
		}
		if r.IntN(10) < 7 || (p.planted == PlantNumber && p.number == j) {
			pool = append(pool, op{t: pick(r, k.numbers[j])})
		}
	}
	for who := range maxPeople {
		if p.planted == PlantTitle && p.person == who {
			// Show both forms of the changed title.
			pool = append(pool, op{t: remarkTmpls[who][1]}, op{t: quoteTmpls[who][0]})
			continue
		}
		if r.IntN(4) < 3 {
			pool = append(pool, op{t: pick(r, remarkTmpls[who])})
		}
		if r.IntN(5) < 4 {
			pool = append(pool, op{t: pick(r, quoteTmpls[who])})
		}
	}
	for _, b := range k.backgrounds {
		if r.IntN(5) < 3 {
			pool = append(pool, op{t: b})
		}
	}
	if r.IntN(10) < 7 {
		pool = append(pool, op{t: pick(r, placeTmpls)})
	}
	r.Shuffle(len(pool), func(a, b int) { pool[a], pool[b] = pool[b], pool[a] })
	for len(pool) > 0 {
		n := min(len(pool), 1+r.IntN(3))
		paras = append(paras, pool[:n:n])
		pool = pool[n:]
	}

	size := 0
	for _, para := range paras {
		for _, s := range para {
			size += s.size(&v) + 1
		}
		size += 2
	}
	target := 4400 + r.IntN(1200)
	for size < target {
		n := 2 + r.IntN(3)
		para := make([]op, n)
		for i := range para {
			para[i] = fillerOp(r)
			size += para[i].size(&v) + 1
		}
		size += 2
		at := 1 + r.IntN(len(paras))
		paras = append(paras, nil)
		copy(paras[at+1:], paras[at:])
		paras[at] = para
	}

	body := make([]byte, 0, size+64)
	st.paras = make([]corpus.Span, len(paras))
	for i, para := range paras {
		if i > 0 {
			body = append(body, '\n', '\n')
		}
		st.paras[i].Start = len(body)
		for j, s := range para {
			if j > 0 {
				body = append(body, ' ')
			}
			body = s.render(body, &v)
		}
		st.paras[i].End = len(body)
	}
	st.body = body
	return st
}

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
		v[slotQ0+slot(k)] = string(ev.kind.quotes[ev.quotes[k]].render(nil, v))
	}
}

// withPlace fills {PLACE} into an org or role text.
func withPlace(s, place string) string {
	if !strings.Contains(s, "{PLACE}") {
		return s
	}
	return strings.ReplaceAll(s, "{PLACE}", place)
}
