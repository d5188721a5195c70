package gen

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/crosscheck/crosscheck/internal/lazy"
)

// compiledKind is a kindSpec with its sentences compiled.
type compiledKind struct {
	spec                                         *kindSpec
	headlines, leads, dated, quotes, backgrounds []template
	numbers                                      [maxNumbers][]template
}

// plantableRoles: people 0..2 have titles worth contradicting.
const plantableRoles = 3

// compiledTables are the template tables, compiled once, when the first
// article is generated (a process that generates none never compiles
// them).
type compiledTables struct {
	kinds   []compiledKind
	remarks [maxPeople][]template
	quotes  [maxPeople][]template
	places  []template
	closers []template
	errors  []error // template errors; a test asserts there are none
}

var tablesData = lazy.New(compileTables)

// tables is the compiled template tables.
func tables() *compiledTables { return tablesData.Get() }

func compileTables() *compiledTables {
	t := &compiledTables{}
	all := func(srcs []string, alias map[string]string) []template {
		out, errs := compileAll(srcs, alias)
		t.errors = append(t.errors, errs...)
		return out
	}
	for i := range kindSpecs {
		s := &kindSpecs[i]
		k := compiledKind{spec: s,
			headlines:   all(s.headlines, nil),
			leads:       all(s.leads, nil),
			dated:       all(s.dated, nil),
			quotes:      all(s.quotes, nil),
			backgrounds: all(s.background, nil),
		}
		for j := range maxNumbers {
			k.numbers[j] = all(s.numbers[j].sentences, numberAlias(j))
		}
		t.kinds = append(t.kinds, k)
	}
	for p := range maxPeople {
		t.remarks[p] = all(remarkSources, personAlias(p))
		t.quotes[p] = all(quoteSources, personAlias(p))
	}
	t.places = all(placeSources, nil)
	t.closers = all(quoteClosers, nil)
	return t
}

// event is one invented happening that several articles report on.
type event struct {
	index             int
	kind              *compiledKind
	place, altPlace   string
	country, country2 string
	org, company      string
	topic             string
	date, altDate     time.Time
	people            [maxPeople]eventPerson
	numbers           [maxNumbers]eventNumber
	quotes            [maxPeople]int // index into kind.quotes, per person
	closers           [maxPeople]int // index into tables().closers, per person
}

type eventPerson struct {
	person
	pre, altPre, appos, altAppos string
}

type eventNumber struct {
	text, altText string
}

// eventEpoch and eventSpanDays bound event dates.
var eventEpoch = time.Date(2030, time.January, 1, 0, 0, 0, 0, time.UTC)

const eventSpanDays = 3 * 365

// newEvent draws event e of a corpus from its own random stream, so that
// any article can be generated without generating the ones before it.
func newEvent(seed uint64, e int) *event {
	r := newRand(seed, streamEvent, uint64(e))
	kinds := tables().kinds
	ev := &event{index: e, kind: &kinds[r.IntN(len(kinds))]}
	spec := ev.kind.spec
	ev.place = newPlace(r)
	for ev.altPlace = newPlace(r); ev.altPlace == ev.place; ev.altPlace = newPlace(r) {
	}
	ev.country = newCountry(r)
	for ev.country2 = newCountry(r); ev.country2 == ev.country; ev.country2 = newCountry(r) {
	}
	ev.company = newCompany(r)
	ev.topic = pick(r, spec.topics)
	ev.date = eventEpoch.AddDate(0, 0, r.IntN(eventSpanDays))
	shift := 1 + r.IntN(4)
	if r.IntN(2) == 0 {
		shift = -shift
	}
	ev.altDate = ev.date.AddDate(0, 0, shift)

	// {PLACE} stays in org and role texts until an article is written,
	// since an article with a planted place uses its place throughout.
	fill := strings.NewReplacer("{COUNTRY}", ev.country, "{COUNTRY2}", ev.country2, "{COMPANY}", ev.company)
	ev.org = fill.Replace(pick(r, spec.orgs))
	for k := range maxPeople {
		p := newPerson(r)
		roles := strings.NewReplacer("{SPOKES}", p.spokes(), "{COUNTRY}", ev.country,
			"{COUNTRY2}", ev.country2, "{COMPANY}", ev.company, "{ORG}", ev.org)
		rs := spec.roles[k]
		ev.people[k] = eventPerson{person: p,
			pre: rs.pre, altPre: rs.altPre,
			appos: roles.Replace(rs.appos), altAppos: roles.Replace(rs.altAppos)}
	}
	// Distinct quotes per person: the same words from two speakers would
	// be an unplanned contradiction.
	perm := r.Perm(len(ev.kind.quotes))
	for k := range maxPeople {
		ev.quotes[k] = perm[k%len(perm)]
		ev.closers[k] = r.IntN(len(tables().closers))
	}
	for j := range maxNumbers {
		ev.numbers[j] = drawNumber(r, spec.numbers[j])
	}
	return ev
}

// drawNumber picks a value and a different value for contradicting
// articles, both written out.
func drawNumber(r *rand.Rand, s numberSpec) eventNumber {
	span := s.hi - s.lo + 1
	v := s.lo + r.IntN(span)
	delta := max(1, v/5) + r.IntN(max(1, v/10+1))
	alt := v + delta
	if r.IntN(2) == 0 && v-delta >= max(2, s.lo/2) { // never 1: "1 rounds"
		alt = v - delta
	}
	return eventNumber{text: formatNumber(s.format, v), altText: formatNumber(s.format, alt)}
}

func formatNumber(f numFormat, v int) string {
	switch f {
	case numBillions:
		return "$" + tenths(v) + " billion"
	case numMillions:
		return "$" + groupDigits(v) + " million"
	case numPercent:
		return strconv.Itoa(v) + " percent"
	case numKm:
		return tenths(v) + " kilometres"
	}
	return groupDigits(v)
}

// tenths writes v/10 with one decimal: 37 -> "3.7".
func tenths(v int) string {
	return strconv.Itoa(v/10) + "." + strconv.Itoa(v%10)
}

// groupDigits writes v with thousands separators: 12345 -> "12,345".
func groupDigits(v int) string {
	s := strconv.Itoa(v)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	head := len(s) % 3
	if head > 0 {
		b.WriteString(s[:head])
	}
	for i := head; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// describe names the event for ground truth: "flood in Valmora on 2031-03-04".
func (ev *event) describe() string {
	return ev.kind.spec.noun + " in " + ev.place + " on " + ev.date.Format(time.DateOnly)
}
