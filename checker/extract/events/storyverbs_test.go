package events

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// Story verbs: a lead that tells its news by a verb ("fell 300 metres")
// names the story's event. Every sentence is invented.
func TestStoryVerbs(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"a fall told by its verb, keyed by the place after it",
			"Climber dies on Velmar Peak\nA 41-year-old climber died after falling about 300 metres at Velmar Peak on Tuesday.",
			[]measured{{Key: "event:fall:velmar peak", Value: "300", Counts: "fall", Approx: "about", Scope: "aged 41"}}},
		{"the same fall in other words: the headline's noun and the lead's verb are one event",
			"Velmar Peak fall kills hiker\nA hiker has fallen 300 metres to his death at Velmar Peak.",
			[]measured{{Key: "event:fall:velmar peak", Value: "300", Counts: "fall"}}},
		{"a fall with no place of its own is the story's, keyed by the lead's place",
			"Hiker dies\nA hiker on a ridge in Velmar slipped and fell about 200 metres on Sunday, police said.",
			[]measured{{Key: "event:fall:velmar", Value: "200", Counts: "fall", Approx: "about"}}},
		{"prices fall too: no fall without a height or a death",
			"Shares tumble\nShares in Quintara fell 12 percent in Tarnow on Monday after the company cut its forecast.",
			nil},
		{"deeper in the article a fall is another's, no news of the story",
			"Rescue at Velmar Peak\nRescuers from Tarnow reached three walkers stranded on a glacier near the summit on Sunday.\nThe walkers were unhurt.\nIn 2019 a guide fell about 90 metres on the same slope.",
			nil},
		{"a geographic head makes a name a place even when a holder bears it",
			"Hiker dies\nA 29-year-old hiker died after falling about 150 metres at Mount Cameron.",
			[]measured{{Key: "event:fall:mount cameron", Value: "150", Counts: "fall", Approx: "about", Scope: "aged 29"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := run(t, tt.doc)
			var got []measured
			for _, m := range measures(cs) {
				if m.Counts == "fall" {
					got = append(got, m)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// A gunman's act told by a verb in the lead is the story's attack; a noun
// in the same sentence names it already, and a crowd that gathers after
// it is a vigil's or a march's, never the attack's.
func TestStoryVerbAttack(t *testing.T) {
	tests := []struct {
		name     string
		doc      string
		wantKeys []string
		noCrowd  bool
	}{
		{"shot in the lead, keyed by the place after it",
			"Two hurt\nA gunman shot two guards at the Tarnow depot on Friday, police said.",
			[]string{"event:attack:tarnow"}, false},
		{"shot with no place after it: the story's place",
			"Guard hurt\nA guard in Tarnow was shot on Friday by a man he had stopped at the gate, police said.",
			[]string{"event:attack:tarnow"}, false},
		{"a noun of the class in the sentence names the event: one key, not two",
			"Three shot in office shooting in Tarnow\nA gunman wounded three people at an office in Tarnow on Friday.",
			[]string{"event:attack:tarnow"}, false},
		{"shot to fame is no shooting",
			"Star in rehab\nThe singer, who shot to fame in Tarnow in 2009, checked into a clinic last week.",
			nil, false},
		{"a crowd at a later vigil is not the attack's",
			"Teen shot in Tarnow\nA 17-year-old was shot by a guard in Tarnow on Saturday.\nOn Monday more than 200 people joined a candlelit vigil where he died.",
			[]string{"event:attack:tarnow"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := run(t, tt.doc)
			keys := map[string]bool{}
			for _, c := range cs {
				if c.SubjectKey.IsEvent() {
					keys[c.SubjectKey.String()] = true
				}
			}
			for _, k := range tt.wantKeys {
				assert.True(t, keys[k], "want %s in %v", k, keys)
			}
			if tt.wantKeys == nil {
				for k := range keys {
					assert.False(t, strings.HasPrefix(k, "event:attack:"), "no attack: %v", keys)
				}
			}
			if tt.noCrowd {
				for _, m := range measures(cs) {
					assert.NotEqual(t, "crowd", m.Counts, "%+v", m)
				}
			}
		})
	}
}

// An event going on now whose end is foreseen ("will be resolved") is not
// a planned one.
func TestEndingIsNoPlan(t *testing.T) {
	tests := []struct {
		name, doc string
		planned   bool
	}{
		{"a going strike's end", "The strike in Tarnow will likely only be fully resolved next week, union leaders said.", false},
		{"a planned strike", "The strike in Tarnow will be held next week, union leaders said.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := run(t, tt.doc)
			planned := false
			for _, c := range only(cs, claim.KindStatus) {
				planned = planned || c.Modality == claim.Planned
			}
			assert.Equal(t, tt.planned, planned, "%+v", only(cs, claim.KindStatus))
		})
	}
}

// A lead that says cables or lines were cut tells of an outage; a cut in
// rates or jobs is none. Every sentence is invented.
func TestStoryVerbOutage(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"cables cut: the story's outage, keyed by the place after the verb",
			"Web slows across the region\nFour undersea cables were cut near Tarnow on Friday, officials said.",
			[]measured{{Key: "event:outage:tarnow", Value: "4", Counts: "cables damaged"}}},
		{"the same outage named by its noun",
			"Web slows across the region\nAn outage near Tarnow followed damage to four undersea cables that were cut on Friday.",
			[]measured{{Key: "event:outage:tarnow", Value: "4", Counts: "cables damaged"}}},
		{"a cut in rates is no outage",
			"Bank eases policy\nThe central bank in Tarnow cut its rate by 0.5 percent on Friday and 300 jobs were cut.",
			nil},
		{"cut taxes is no outage",
			"Budget passed\nLawmakers in Tarnow cut taxes on three power companies on Friday.",
			nil},
		{"a visit cut short is no outage",
			"Minister leaves early\nThe minister's visit to the Tarnow power station was cut short on Friday as two lines of protesters blocked the gate.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []measured
			for _, m := range measures(run(t, tt.doc)) {
				if strings.HasPrefix(m.Key, "event:outage:") {
					got = append(got, m)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// A definite plural that is the subject of a verb of happening names the
// story's one happening; other plurals stay several events. Every
// sentence is invented.
func TestPluralHappening(t *testing.T) {
	const lead = "Worker kills 2 in Tarnow shooting\nA woman returned to a plant in Tarnow with a rifle and opened fire, killing two co-workers, police said.\n"
	tests := []struct {
		name string
		doc  string
		want []string // the event dates claimed, as "key=value"
	}{
		{"the shootings happened at a time: the story's date",
			lead + "The shootings happened shortly after 8:30 p.m. Thursday.",
			[]string{"event:attack:tarnow=2031-05-08T20:30"}},
		{"the same event in the singular",
			lead + "The shooting happened shortly after 8:30 p.m. Thursday.",
			[]string{"event:attack:tarnow=2031-05-08T20:30"}},
		{"plurals with no verb of happening stay several",
			lead + "The shootings of Thursday and of last May left the town in shock.",
			nil},
		{"an indefinite plural is no one happening",
			lead + "Shootings happened there on Thursday and Friday.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range runTagged(t, tt.doc, time.Date(2031, 5, 10, 0, 0, 0, 0, time.UTC)) {
				if c.Kind == claim.KindDate && c.SubjectKey.IsEvent() {
					got = append(got, c.SubjectKey.String()+"="+c.Value)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// A death is one person's: two victims' deaths are two events, a bare
// "the death" never the story place's, a death toll no death event, and
// no figure is a death's own (the toll and the bullets are the attack's).
// Every sentence is invented.
func TestDeathsPerPerson(t *testing.T) {
	doc := "Two dead after Tarnow attack\nAn attack in Tarnow on Monday left two people dead.\n" +
		"The death of Ilse Varga was confirmed on Tuesday.\nThe death of Piet Okoro was confirmed on Wednesday.\n" +
		"The death toll rose to 2, police said. In the death of Piet Okoro, seven bullets hit the man.\nA death in the family is hard."
	cs := runTagged(t, doc, time.Date(2031, 5, 10, 0, 0, 0, 0, time.UTC))
	keys := map[string]bool{}
	for _, c := range cs {
		if c.SubjectKey.Class() == "death" {
			keys[c.SubjectKey.String()] = true
			assert.NotEqual(t, claim.KindNumber, c.Kind, "a death has no figures of its own: %v", c)
		}
	}
	assert.Equal(t, map[string]bool{"event:death:ilse varga": true, "event:death:piet okoro": true}, keys)
	var tolls []string
	for _, m := range measures(cs) {
		if m.Counts == "people killed" {
			tolls = append(tolls, m.Key)
		}
	}
	assert.Contains(t, tolls, "event:attack:tarnow", "the toll is the attack's")
	assert.NotContains(t, tolls, "event:death:tarnow", "a death toll is no death event")
}

// "killing 12 people" names a death by its word, but the toll is the
// disaster's that killed them.
func TestKillingTollIsTheDisasters(t *testing.T) {
	cs := runTagged(t, "Fire in Velmar\nA fire swept through a hotel in Velmar on Sunday, killing 12 people and injuring 40.", time.Date(2031, 5, 10, 0, 0, 0, 0, time.UTC))
	var got []measured
	for _, m := range measures(cs) {
		got = append(got, measured{Key: m.Key, Value: m.Value, Counts: m.Counts})
	}
	assert.Equal(t, []measured{{Key: "event:fire:velmar", Value: "12", Counts: "people killed"}, {Key: "event:fire:velmar", Value: "40", Counts: "people injured"}}, got)
}

// Verbs of one sense tell of the story's event anywhere in the article:
// a march is the protest, "opened fire" the attack, and the date, time
// and place of their sentence are the event's. A planned march, a march
// of a team, a shooting at a place named elsewhere and a sequence of
// times are not. Every sentence is invented.
func TestVerbToldEvents(t *testing.T) {
	const shot = "Teen shot in Tarnow\nA 17-year-old was shot by a guard in Tarnow on Saturday.\nHis family called for calm.\n"
	const plant = "Two dead in Tarnow shooting\nThe shooting in Tarnow on Thursday left two workers dead, police said.\nThe plant was closed on Friday.\n"
	tests := []struct {
		name string
		doc  string
		want []string // "kind key=value" of the claims of the class
		of   string   // the class
	}{
		{"a held march deeper in the article: its time is the protest's",
			shot + "Starting at about 8 p.m., nearly 300 people set off from the square to march to the town hall.",
			[]string{"time event:protest:tarnow=T20:00", "status event:protest:tarnow=happened"}, "protest"},
		{"people who marched: the protest's time",
			shot + "At about 9 p.m., some 300 people marched to the town hall.",
			[]string{"time event:protest:tarnow=T21:00", "status event:protest:tarnow=happened"}, "protest"},
		{"a planned march is no news",
			shot + "Organisers said some 300 people plan to march to the town hall at 8 p.m. on Sunday.",
			nil, "protest"},
		{"a planned march in a named place is no news either",
			shot + "Students said they would march in Quellport on Sunday.",
			nil, "protest"},
		{"a vow to march is no march",
			shot + "At a meeting on Monday, hundreds of students vowed to march on the town hall.",
			nil, "protest"},
		{"a team is marched downfield, not a crowd",
			shot + "On Sunday the quarterback marched the Tarnow Rovers 80 yards for the winning score.",
			nil, "protest"},
		{"a march in a where clause is another place's, not the story's",
			shot + "Violence also broke out in the northern city of Quellport, where another 2,000 people marched through the centre.",
			nil, "protest"},
		{"opened fire deeper in the article: the noun's attack, one event",
			plant + "But, a witness says, she returned minutes later with a gun, opening fire on several workers in a break room.",
			[]string{"date event:attack:tarnow=2031-05-08", "status event:attack:tarnow=happened", "status event:attack:tarnow=happened"}, "attack"},
		{"a story verb tells of the one event the article names",
			"Two dead\nIn Tarnow, the Halvik stadium shooting on Thursday left two guards dead.\nThe stadium was closed on Friday.\nIts owners said little.\nWitnesses said a man entered a break room and opened fire.",
			[]string{"date event:attack:halvik stadium=2031-05-08", "status event:attack:halvik stadium=happened", "status event:attack:halvik stadium=happened"}, "attack"},
		{"a march in another place that leads its sentence is not the story's protest",
			"Tarnow rally draws thousands\nThe rally in Tarnow on Monday drew 5,000 people.\nThe mayor spoke at noon.\nIn Quellport, some 300 people marched to the harbour on Monday.",
			[]string{"date event:protest:tarnow=2031-05-12", "status event:protest:tarnow=happened"}, "protest"},
		{"a shooting at a place of its own that is no known place is another",
			plant + "In February, a woman opened fire at the Corvin Academy, killing three.",
			[]string{"date event:attack:tarnow=2031-05-08", "status event:attack:tarnow=happened"}, "attack"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range runTagged(t, tt.doc, time.Date(2031, 5, 14, 0, 0, 0, 0, time.UTC)) {
				if c.SubjectKey.IsEvent() && c.SubjectKey.Class() == tt.of && c.Kind != claim.KindNumber {
					got = append(got, string(c.Kind)+" "+c.SubjectKey.String()+"="+c.Value)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// A date after "at a <name> <thing noun>" is the event's, as after "at
// the city hall"; "in a statement" is no place, so its date is the
// statement's. Every sentence is invented.
func TestDateAfterIndefinitePlace(t *testing.T) {
	const title = "Two dead in Tarnow shooting\n"
	tests := []struct {
		name string
		doc  string
		want []string // the event dates claimed, as "key=value"
	}{
		{"a named factory, then the town",
			title + "A worker opened fire at a Brindle factory in Tarnow last night, killing two colleagues.",
			[]string{"event:attack:tarnow=2031-05-09TNI"}},
		{"a plain plant",
			title + "A worker opened fire at a plant in Tarnow on Thursday, killing two colleagues.",
			[]string{"event:attack:tarnow=2031-05-08"}},
		{"a statement is no place",
			title + "Police described the shooting in a statement on Thursday.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, c := range runTagged(t, tt.doc, time.Date(2031, 5, 10, 0, 0, 0, 0, time.UTC)) {
				if c.Kind == claim.KindDate && c.SubjectKey.IsEvent() {
					got = append(got, c.SubjectKey.String()+"="+c.Value)
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}
