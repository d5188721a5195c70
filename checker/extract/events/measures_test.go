package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
)

// measured is a number claim reduced to its measure and scope.
type measured struct {
	Key, Value, Counts, Approx, Scope string
	Max                               float64
	Background                        bool
}

func measures(cs []claim.Claim) []measured {
	var out []measured
	for _, c := range only(cs, claim.KindNumber) {
		n := c.Number
		out = append(out, measured{c.SubjectKey.String(), c.Value, n.Counts, n.Approx, n.Scope, n.Max, n.Background})
	}
	return out
}

const quake = "event:earthquake:velmar"

// Every figure here is invented; each case is one decision of the measure
// reader.
func TestMeasureFound(t *testing.T) {
	const lead = "A strong earthquake struck Velmar on Sunday. "
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"a crowd by its verb", "The protest in Velmar grew as 20,000 people took to the streets.",
			[]measured{{"event:protest:velmar", "20000", "crowd", "", "", 0, false}}},
		{"a crowd estimate put on the march", "Police put the protest in Velmar, held during a strike, at roughly 30,000.",
			// the nearest event before the figure is the strike the
			// protest was held in; a strike's crowd is its protest's
			[]measured{{"event:protest:velmar", "30000", "crowd", "about", "police", 0, false}}},
		{"rioters are another group than the crowd", "The protest in Velmar ended when about two dozen youths rampaged through a store.",
			[]measured{{"event:protest:velmar", "24", "rioters", "about", "", 0, false}}},
		{"shot eleven times", "The shooting in Velmar left a teenager shot eleven times.",
			[]measured{{"event:attack:velmar", "11", "hits", "", "", 0, false}}},
		{"bullets that hit are hits", "In the shooting in Velmar, five bullets hit the man.",
			[]measured{{"event:attack:velmar", "5", "hits", "", "", 0, false}}},
		{"shots fired", "In the shooting in Velmar, the guards fired 14 shots.",
			[]measured{{"event:attack:velmar", "14", "shots fired", "", "", 0, false}}},
		{"a list hangs on its verb", "After the attack in Velmar, sailors seized seven rifles, three other guns and ammunition.",
			[]measured{{"event:attack:velmar", "7", "rifles seized", "", "", 0, false}, {"event:attack:velmar", "3", "other guns seized", "", "", 0, false}}},
		{"villages flattened are destroyed", lead + "The quake in Velmar flattened seven villages.",
			[]measured{{quake, "7", "villages destroyed", "", "", 0, false}}},
		{"aftershocks measure themselves", lead + "The earthquake in Velmar was followed by at least four strong aftershocks.",
			[]measured{{quake, "4", "aftershocks", "at least", "", 0, false}}},
		{"a bare number before its verb", lead + "The earthquake in Velmar killed 10 people and about 50 were injured.",
			[]measured{{quake, "10", "people killed", "", "", 0, false}, {quake, "50", "people injured", "about", "", 0, false}}},
		{"wounding other 70", lead + "The earthquake in Velmar killed 10, wounding other 70.",
			[]measured{{quake, "10", "people killed", "", "", 0, false}, {quake, "70", "people injured", "", "", 0, false}}},
		{"a magnitude on the Richter scale", "The earthquake in Velmar registered 6.1 on the Richter scale.",
			[]measured{{quake, "6.1", "magnitude", "", "", 0, false}}},
		{"a magnitude glued before", "The earthquake in Velmar measured magnitude-5.9, officials said.",
			[]measured{{quake, "5.9", "magnitude", "", "officials", 0, false}}},
		{"magnitudes credited to two sources", "The earthquake in Velmar measured magnitude-5.9, the Corvin Institute said, but the Dorran Survey said it was a magnitude-6.1 temblor.",
			[]measured{{quake, "5.9", "magnitude", "", "corvin institute", 0, false}, {quake, "6.1", "magnitude", "", "dorran survey", 0, false}}},
		{"a range", "The protest in Velmar drew between 40 and 50 people who marched to the square.",
			[]measured{{"event:protest:velmar", "40", "crowd", "", "", 50, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, measures(run(t, tc.doc)))
		})
	}
}

func TestNoMeasureNoClaim(t *testing.T) {
	tests := []struct{ name, doc string }{
		{"a family is no count of the event", "The attack in Velmar killed an officer. He leaves behind a wife and two children."},
		{"people with no verb", "The flood in Velmar reached the town, where 1,000 people live in tents."},
		{"a poll's answer", "After the attack in Velmar, 55 percent of respondents said the police had failed."},
		{"a part of a group", "The flood in Velmar injured 80 people; 30 of the 80 wounded remained in hospital."},
		{"a vague count of a family", "The fire in Velmar left three children homeless, one of them badly hurt."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, m := range measures(run(t, tc.doc)) {
				assert.NotContains(t, []string{"children", "people", "respondents", "wounded"}, m.Counts, "%s", tc.doc)
				assert.NotEqual(t, "30", m.Value, "a part is not claimed")
			}
		})
	}
}

func TestPopulationAndDistance(t *testing.T) {
	doc := "A strong earthquake struck Velmar island, home to 120,000 people, about 58 km (36 miles) south-west of Kettering on Sunday."
	got := measures(run(t, doc))
	assert.Contains(t, got, measured{"place:velmar", "120000", "population", "", "", 0, false})
	var dist, bearing *measured
	for i := range got {
		switch got[i].Counts {
		case "distance from kettering":
			dist = &got[i]
		case "bearing from kettering":
			bearing = &got[i]
		}
	}
	require.NotNil(t, dist, "%v", got)
	require.NotNil(t, bearing, "%v", got)
	assert.Equal(t, "58", dist.Value)
	assert.Equal(t, "225", bearing.Value)
}

func TestBackgroundEventKeptApart(t *testing.T) {
	doc := "A strong earthquake struck Velmar on Sunday, killing 10 people.\n\n" +
		"The last major quake in the region was in 2003, when a quake struck the city of Bramsk. It killed 612 people and injured more than 1,400.\n\n" +
		"Another 30 people were hurt in an earlier quake in Ostry."
	got := measures(run(t, doc))
	require.NotEmpty(t, got)
	assert.Equal(t, measured{quake, "10", "people killed", "", "", 0, false}, got[0])
	for _, m := range got[1:] {
		assert.True(t, m.Background, "%v is the background event's", m)
		assert.NotEqual(t, quake, m.Key, "%v is kept apart from the news", m)
	}
	keys := map[string]bool{}
	for _, m := range got {
		keys[m.Key] = true
	}
	assert.True(t, keys["event:earthquake:bramsk"], "%v", got)
}

func TestBackgroundByPlaceNamedOnce(t *testing.T) {
	// a toll "in" a place the article names nowhere else is another
	// event's, keyed by that place so that other articles recalling it
	// compare with it
	doc := "A strong earthquake struck Velmar on Sunday, killing 10 people. Velmar is used to tremors.\n\n" +
		"Residents still remember the disaster in which more than 31,000 people were killed in the ancient city of Bramsk."
	got := measures(run(t, doc))
	assert.Contains(t, got, measured{"event:earthquake:bramsk", "31000", "people killed", "more than", "", 0, true})
}

func TestContainmentFromTheText(t *testing.T) {
	doc := "Aftershocks jolt Ardesia's Velmar island.\n\nThe quake hit the Ardesia island of Velmar, near Tarnow, Ardesia, on Sunday."
	a := newAnalysis(docFor(doc), nil, testKB(t))
	defer a.release()
	assert.True(t, a.within("velmar", "ardesia", ""), "%v", a.containment())
	assert.False(t, a.within("ardesia", "velmar", ""))
}

func docFor(s string) *text.Doc { return text.NewDoc("t", s, time.Time{}) }

func TestNamedStormsAreTwoEvents(t *testing.T) {
	doc := "She worked on the coast after 1998's Hurricane Georges and 2005's Hurricane Velda, the charity in Tarnow said."
	keys := map[string]bool{}
	for _, c := range runTagged(t, doc, time.Date(2012, 3, 1, 0, 0, 0, 0, time.UTC)) {
		if c.Kind == claim.KindDate {
			keys[c.SubjectKey.String()] = true
		}
	}
	assert.Equal(t, map[string]bool{"event:storm:georges": true, "event:storm:velda": true}, keys, "two named storms are two events")
}

// "The same island was hit by a quake in March. That quake killed…" tells
// of another event at the story's place: its toll is never the news's.
func TestSamePlaceIsAnotherEvent(t *testing.T) {
	const lead = "A strong earthquake struck Velmar island on Sunday, killing 10 people.\n\n"
	tests := []struct {
		name   string
		doc    string
		onNews []string // figures claimed for the news's quake
	}{
		{"the same island, then that quake", lead +
			"The same island was hit by a 6.0 quake in March. That quake killed at least six people and injured almost 50.",
			[]string{"10"}},
		{"the same region", lead + "Four people died when a quake shook the same region in March.",
			[]string{"10"}},
		{"the news goes on", lead + "The quake also injured almost 50 people on the island.",
			[]string{"10", "50"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range measures(run(t, tc.doc)) {
				if m.Key == quake && !m.Background && m.Counts != "magnitude" {
					got = append(got, m.Value)
				}
			}
			assert.Equal(t, tc.onNews, got)
		})
	}
}

// A share is scoped by the place and the service it is a share of, so
// that shares of different places or services are never compared.
func TestShareScope(t *testing.T) {
	const lead = "A power outage hit Tarnow on Friday. "
	tests := []struct {
		name  string
		doc   string
		scope []string // the scope of each percentage claimed, in order
	}{
		{"a share of traffic to a place", lead + "The outage in Tarnow cut 65 percent of traffic to Velmar.",
			[]string{"velmar"}},
		{"a place where the share was lost", lead + "In the outage in Tarnow, 100 percent of traffic was lost in Ostry.",
			[]string{"ostry"}},
		{"a possessive place and its service", lead + "The outage in Tarnow took down 82 percent of Velmar's voice traffic.",
			[]string{"velmar voice"}},
		{"two shares of two places", lead + "The outage in Tarnow cut 55 percent of voice traffic in Velmar and 30 percent of voice traffic in Ostry.",
			[]string{"velmar voice", "ostry voice"}},
		{"web and internet services are one service", lead + "The outage in Tarnow disrupted up to 35 per cent of web services in Velmar.",
			[]string{"velmar internet"}},
		{"the same share in other words", lead + "The outage in Tarnow disrupted up to 70 percent of internet services in Velmar.",
			[]string{"velmar internet"}},
		{"a share of no place has no place scope", lead + "The outage in Tarnow cut 40 percent of voice traffic.",
			[]string{"voice"}},
		{"a service in capitals is no place", lead + "The outage in Tarnow cut up to 45 percent of Internet services in Velmar.",
			[]string{"velmar internet"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, c := range only(run(t, tc.doc), claim.KindNumber) {
				if c.Number.Unit == "percent" {
					got = append(got, c.Number.Scope)
				}
			}
			assert.Equal(t, tc.scope, got, "%s", tc.doc)
		})
	}
}

// A length or a height is a thing's: a disaster or an outage keyed by its
// place has none, a named thing's event keeps its own.
func TestDimensionsAreThings(t *testing.T) {
	t.Run("a cable's length is not the outage's", func(t *testing.T) {
		doc := "Cables cut, internet outage hits Tarnow\nThree undersea cables were cut near Tarnow on Friday, causing an outage across the region.\n" +
			"One of the cables is 40,000 kilometres long and links 30 countries while a second is 20,000 kilometres long."
		for _, m := range measures(run(t, doc)) {
			assert.NotEqual(t, "length", m.Counts, "%v", m)
		}
	})
	t.Run("a bridge's length is its opening's", func(t *testing.T) {
		doc := "The Halvik bridge opened on 3 May. The Halvik bridge spans 2.4 kilometres."
		var lengths []string
		for _, m := range measures(run(t, doc)) {
			if m.Counts == "length" {
				lengths = append(lengths, m.Value)
			}
		}
		assert.Equal(t, []string{"2.4"}, lengths)
	})
}

// What happened to counted things may follow a phrase that describes
// them, or be said in a phrase of its own; things held are a measure of
// their own. Every sentence is invented.
func TestMeasureAfterModifier(t *testing.T) {
	const lead = "An outage hit Velmar on Friday after undersea cables failed. "
	const outage = "event:outage:velmar"
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"damage suffered", lead + "The outage in Velmar began when four cables in the bay suffered severe damage.",
			[]measured{{outage, "4", "cables damaged", "", "", 0, false}}},
		{"a phrase, then an auxiliary", lead + "The outage in Velmar began when four cables between Dornach and Velmar were cut.",
			[]measured{{outage, "4", "cables damaged", "", "", 0, false}}},
		{"a participle phrase, then a phrasal verb", lead + "In the outage in Velmar, three cables linking Dornach and Velmar went down.",
			[]measured{{outage, "3", "cables damaged", "", "", 0, false}}},
		{"a relative clause after the phrase", lead + "The outage in Velmar followed damage to three cables in the channel that were cut on Friday.",
			[]measured{{outage, "3", "cables damaged", "", "", 0, false}}},
		{"ships held", "The attack in Velmar was the latest by pirates holding about a dozen ships.",
			[]measured{{"event:attack:velmar", "12", "ships held", "about", "", 0, false}}},
		{"vessels still held", "The attack in Velmar was the latest by the pirates, who still hold at least 14 foreign vessels.",
			[]measured{{"event:attack:velmar", "14", "ships held", "at least", "", 0, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, measures(run(t, tc.doc)))
		})
	}
}

func TestNoMeasureAfterModifier(t *testing.T) {
	const lead = "An outage hit Velmar on Friday after undersea cables failed. "
	tests := []struct{ name, doc string }{
		// a participle of the phrase is no verb of the counted things
		{"a participle in the phrase", lead + "The outage in Velmar left 1,000 people in towns damaged by storms without power."},
		// a clause break ends the phrase
		{"a comma ends the phrase", lead + "The outage in Velmar hit 300 homes in the valley, where roads were damaged."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Empty(t, measures(run(t, tc.doc)))
		})
	}
}

// An amount converted in brackets is claimed in both currencies, and
// what it is for may follow the bracket. Every figure is invented.
func TestMoneyConversion(t *testing.T) {
	const storm = "event:storm:velmar"
	lead := "A storm hit Velmar on Sunday. "
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"a conversion in brackets, then what it is for", lead + "The storm in Velmar caused 40 million euros ($52.1 million) of damage.",
			[]measured{{storm, "40000000", "damage", "", "", 0, false}, {storm, "52100000", "damage", "", "", 0, false}}},
		{"damage after in", lead + "The storm in Velmar caused $3 million in damage.",
			[]measured{{storm, "3000000", "damage", "", "", 0, false}}},
		{"a hedge of damage is kept", lead + "The storm in Velmar caused more than $3 million in damage.",
			[]measured{{storm, "3000000", "damage", "more than", "", 0, false}}},
		{"a bracket in the same currency is no conversion", lead + "The storm in Velmar caused $3 million ($1 million insured) of damage.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, measures(run(t, tc.doc)))
		})
	}
	// only the amount in brackets is the writer's conversion
	var converted []string
	for _, c := range run(t, lead+"The storm in Velmar did damage put at 40 million euros ($52.1 million), the insurer said.") {
		if c.Number != nil && c.Number.Converted {
			converted = append(converted, c.Value)
		}
	}
	assert.Equal(t, []string{"52100000"}, converted)
}

// A share of a service measures that service, however it is written.
func TestShareOfAService(t *testing.T) {
	const lead = "A power outage hit Tarnow on Friday. "
	for _, doc := range []string{
		lead + "The outage in Tarnow disrupted up to 35 per cent of web services in Velmar.",
		lead + "The outage in Tarnow disrupted up to 45 percent of Internet services in Velmar.",
		lead + "The outage in Tarnow disrupted up to 75 percent of the online services in Velmar.",
	} {
		got := measures(run(t, doc))
		require.Len(t, got, 1, "%s", doc)
		assert.Equal(t, "internet", got[0].Counts, "%s", doc)
		assert.Equal(t, "velmar internet", got[0].Scope, "%s", doc)
	}
	// a share of something else keeps its own measure
	got := measures(run(t, lead+"The outage in Tarnow cut 65 percent of traffic to Velmar."))
	require.Len(t, got, 1)
	assert.Equal(t, "traffic", got[0].Counts)
	// a share of people who use a service is no share of the service
	for _, m := range measures(run(t, lead+"The outage in Tarnow hit about 35 percent of Web users in Velmar.")) {
		assert.NotEqual(t, "internet", m.Counts, "%v", m)
	}
}

// People counted with their nationality are scoped by their country;
// "12 Kenyan and 11 Peruvian sailors" counts the sailors of each. Every
// sentence is invented.
func TestNationalityScope(t *testing.T) {
	const raid = "event:attack:velmar"
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"an adjective before the head", "After the attack in Velmar, the coast guard arrested 23 Kenyan pirates.",
			[]measured{{raid, "23", "pirates arrested", "", "ke", 0, false}}},
		{"two nationalities share the head", "After the attack in Velmar, the coast guard moved to nab 12 Kenyan and 11 Peruvian pirates.",
			[]measured{{raid, "12", "pirates arrested", "", "ke", 0, false}, {raid, "11", "pirates arrested", "", "pe", 0, false}}},
		{"a demonym is the head", "After the attack in Velmar, the coast guard arrested 12 Kenyans.",
			[]measured{{raid, "12", "people arrested", "", "ke", 0, false}}},
		{"no nationality, no scope", "After the attack in Velmar, the coast guard arrested 23 pirates.",
			[]measured{{raid, "23", "pirates arrested", "", "", 0, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, measures(run(t, tc.doc)))
		})
	}
}

// "Others" after a number counts people besides those before. Every
// sentence is invented.
func TestOthersCounted(t *testing.T) {
	const attack = "event:attack:velmar"
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"wounding two others", "The attack in Velmar killed three workers, wounding four others.",
			[]measured{{attack, "3", "workers killed", "", "", 0, false}, {attack, "4", "people injured", "", "", 0, false}}},
		{"two others were hurt", "The attack in Velmar killed one guard; two others were hurt.",
			[]measured{{attack, "2", "people injured", "", "", 0, false}}},
		{"others with no verb of theirs count nothing", "The attack in Velmar was seen by two guards and two others.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, measures(run(t, tc.doc)))
		})
	}
}

// A figure of an occurrence named by another month than the article's is
// claimed for none; the article's own month names the news. Every
// sentence is invented.
func TestOtherMonthsOccurrence(t *testing.T) {
	const lead = "An outage hit Velmar on Friday after undersea cables failed. "
	doc := func(month string) string {
		return lead + "Engineers said the " + month + " outage in Velmar took out 40 percent of the internet network."
	}
	june := time.Date(2031, 6, 20, 0, 0, 0, 0, time.UTC)
	assert.Empty(t, measures(runTagged(t, doc("January"), june)), "another month's outage")
	cut := func(month string) string {
		return lead + "In " + month + ", an outage in Velmar began when five cables in the channel were cut."
	}
	assert.Empty(t, measures(runTagged(t, cut("January"), june)), "another month's cuts")
	assert.Empty(t, measures(runTagged(t, cut("early January"), june)), "a part of another month")
	got := measures(runTagged(t, doc("June"), june))
	require.Len(t, got, 1, "the article's own month")
	assert.Equal(t, "40", got[0].Value)
	got = measures(runTagged(t, cut("June"), june))
	require.Len(t, got, 1, "the article's own month")
	assert.Equal(t, "5", got[0].Value)
	got = measures(runTagged(t, cut("early June"), june))
	require.Len(t, got, 1, "a part of the article's own month")
}

// "and another wounded" after people counted with another verb counts
// one; "another ... also" adds to a count told before. Every sentence is
// invented.
func TestOneMore(t *testing.T) {
	const attack = "event:attack:velmar"
	tests := []struct {
		name string
		doc  string
		want []measured
	}{
		{"killed and another wounded", "Officials say three people were killed and another wounded in the attack in Velmar.",
			[]measured{{attack, "3", "people killed", "", "", 0, false}, {attack, "1", "people injured", "", "", 0, false}}},
		{"another also hurt adds to a count told before", "The attack in Velmar injured a guard. Another man was also injured.",
			nil},
		{"another with no count before it", "The attack in Velmar drew anger, and another injured man spoke.",
			nil},
		{"another with the same verb", "Two people were injured in the attack in Velmar and another injured later.",
			[]measured{{attack, "2", "people injured", "", "", 0, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, measures(run(t, tc.doc)))
		})
	}
}
