package gen

import (
	"math/rand/v2"
	"time"

	"github.com/crosscheck/crosscheck/corpus/article"
)

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
	body      []byte         // paragraphs separated by blank lines
	paras     []article.Span // where they are in body
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

	// Published relative to the date this article gives, so that a
	// planted date still reads as planned (or past) in its own article.
	told := ev.date
	if p.planted == PlantDate {
		told = ev.altDate
	}
	var st story
	if spec.planned {
		st.published = told.AddDate(0, 0, -(1 + r.IntN(20)))
	} else {
		st.published = told.AddDate(0, 0, r.IntN(4))
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
			pool = append(pool, op{t: tables().remarks[who][1]}, op{t: tables().quotes[who][0]})
			continue
		}
		if r.IntN(4) < 3 {
			pool = append(pool, op{t: pick(r, tables().remarks[who])})
		}
		if r.IntN(5) < 4 {
			pool = append(pool, op{t: pick(r, tables().quotes[who])})
		}
	}
	for _, b := range k.backgrounds {
		if r.IntN(5) < 3 {
			pool = append(pool, op{t: b})
		}
	}
	if r.IntN(10) < 7 {
		pool = append(pool, op{t: pick(r, tables().places)})
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
	st.paras = make([]article.Span, len(paras))
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
