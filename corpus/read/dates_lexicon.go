package read

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/internal/lazy"
)

// The words of dates and datelines come from data/dates.yml, loaded once.

//go:embed data/dates.yml
var datesYAML []byte

// Kinds of dateline label (dates.yml "labels").
const (
	labelPublished = "published"
	labelUpdated   = "updated"
	labelByline    = "byline"
)

type dateLexicon struct {
	months   map[string]time.Month
	weekdays map[string]time.Weekday
	labels   map[string]string // word -> label kind
	fillers  map[string]bool
	listing  map[string]bool // words after a URL date that make it a listing's
	ordinals map[string]bool
	dayOf    map[string]bool
	joiners  map[string]bool
	// canon maps every lexicon word to itself, so that a token lowered in a
	// stack buffer finds its lexicon string without allocating.
	canon map[string]string
	// fullMonths are the month names of five letters or more, matched
	// with one letter wrong ("Novemer").
	fullMonths []string
}

// dateLexData is the lexicon, built at its first use.
var dateLexData = lazy.New(func() *dateLexicon { return mustLoadDateLexicon(datesYAML) })

// dateLex is the words of dates and datelines.
func dateLex() *dateLexicon { return dateLexData.Get() }

func mustLoadDateLexicon(data []byte) *dateLexicon {
	lx, err := loadDateLexicon(data)
	if err != nil {
		panic("corpus: data/dates.yml: " + err.Error())
	}
	return lx
}

func loadDateLexicon(data []byte) (*dateLexicon, error) {
	var raw struct {
		Labels   map[string][]string `yaml:"labels"`
		Fillers  []string            `yaml:"fillers"`
		Listing  []string            `yaml:"url_listing"`
		Ordinals []string            `yaml:"ordinals"`
		DayOf    []string            `yaml:"day_of"`
		Joiners  []string            `yaml:"byline_joiners"`
	}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		return nil, err
	}
	lx := &dateLexicon{months: map[string]time.Month{}, weekdays: map[string]time.Weekday{},
		labels: map[string]string{}, fillers: map[string]bool{}}
	for name, m := range temporal.MonthNames() {
		if len(name) > maxNameLen {
			return nil, fmt.Errorf("month %q is longer than %d letters", name, maxNameLen)
		}
		lx.months[name] = m
		if len(name) >= 5 {
			lx.fullMonths = append(lx.fullMonths, name)
		}
	}
	for w, d := range temporal.WeekdayNames() {
		if len(w) > maxNameLen {
			return nil, fmt.Errorf("weekday %q is longer than %d letters", w, maxNameLen)
		}
		lx.weekdays[w] = d
	}
	for kind, words := range raw.Labels {
		switch kind {
		case labelPublished, labelUpdated, labelByline:
		default:
			return nil, fmt.Errorf("unknown label kind %q", kind)
		}
		for _, w := range words {
			lx.labels[strings.ToLower(w)] = kind
		}
	}
	for _, w := range raw.Fillers {
		lx.fillers[strings.ToLower(w)] = true
	}
	lx.listing = wordSet(raw.Listing)
	lx.ordinals, lx.dayOf, lx.joiners = wordSet(raw.Ordinals), wordSet(raw.DayOf), wordSet(raw.Joiners)
	lx.canon = map[string]string{}
	for _, set := range []map[string]bool{lx.fillers, lx.listing, lx.ordinals, lx.dayOf, lx.joiners} {
		for w := range set {
			lx.canon[w] = w
		}
	}
	for w := range lx.months {
		lx.canon[w] = w
	}
	for w := range lx.weekdays {
		lx.canon[w] = w
	}
	for w := range lx.labels {
		lx.canon[w] = w
	}
	if len(lx.months) == 0 || len(lx.weekdays) == 0 {
		return nil, fmt.Errorf("no months or weekdays")
	}
	// Sorted so that typo matching is deterministic.
	sort.Strings(lx.fullMonths)
	return lx, nil
}

// monthTypo returns the month a token of five letters or more spells with
// one letter wrong, missing or extra; the first letter must be right.
func monthTypo(t string) (time.Month, bool) {
	if len(t) < 5 || len(t) > maxNameLen+1 {
		return 0, false
	}
	var buf [maxNameLen + 1]byte
	low := buf[:len(t)]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	for _, name := range dateLex().fullMonths {
		if low[0] == name[0] && editDistanceOne(low, name) {
			return dateLex().months[name], true
		}
	}
	return 0, false
}

// editDistanceOne reports whether a and b differ by exactly one
// substitution, insertion or deletion.
func editDistanceOne(a []byte, b string) bool {
	switch len(b) - len(a) {
	case 0:
		diff := 0
		for i := range a {
			if a[i] != b[i] {
				diff++
			}
		}
		return diff == 1
	case 1: // a lacks a letter of b
		return skipsOne(a, b)
	case -1: // a has an extra letter
		return skipsOne([]byte(b), string(a))
	}
	return false
}

// skipsOne: short equals long with one letter left out.
func skipsOne(short []byte, long string) bool {
	i := 0
	for i < len(short) && short[i] == long[i] {
		i++
	}
	return string(short[i:]) == long[i+1:]
}

// wordSet lowers a word list into a set.
func wordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[strings.ToLower(w)] = true
	}
	return m
}

// Prepare loads the date lexicon the readers read datelines and dates
// with, which otherwise loads at the first article read: a caller with a
// core to spare before it reads (a draft check, while it loads the
// knowledge base) calls it on another goroutine. Safe from any goroutine.
func Prepare() { dateLex() }
