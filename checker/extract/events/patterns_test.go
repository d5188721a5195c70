package events

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/checker/text"
)

// runTagged extracts with the real temporal tagger at reference day ref.
func runTagged(t *testing.T, doc string, ref time.Time) []claim.Claim {
	t.Helper()
	d := text.NewDoc("t", doc, ref)
	cs := Extract(d, temporal.Tag(doc, temporal.Options{Reference: ref}), noInfo, testKB(t))
	assertInvariants(t, d, cs)
	return cs
}

var patternRef = time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)

// eventBriefs keeps the event claims (no article or weekday claims) of
// the given kinds.
func eventBriefs(cs []claim.Claim, kinds ...claim.Kind) []string {
	var out []string
	for _, c := range cs {
		for _, k := range kinds {
			if c.Kind == k {
				out = append(out, string(c.Kind)+" "+c.SubjectKey.String()+" = "+c.Value+" ["+c.ValueText+"]")
			}
		}
	}
	return out
}

func TestThingVerbs(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"past tense with a date", "The Halvik stadium opened on 3 March 2025 with a cup final.", []string{
			"status event:opening:halvik stadium = happened [opened]",
			"date event:opening:halvik stadium = 2025-03-03 [3 March 2025]"}},
		{"participle in apposition", "The Brenmoor dam, opened in June 2019, was built to hold back the spring melt.", []string{
			"status event:opening:brenmoor dam = happened [opened]",
			"date event:opening:brenmoor dam = 2019-06 [June 2019]"}},
		{"a collapse", "The Brenmoor dam collapsed on 4 February, flooding two valleys.", []string{
			"status event:collapse:brenmoor dam = happened [collapsed]",
			"date event:collapse:brenmoor dam = 2026-02-04 [4 February]"}},
		{"thing at a place, planned, to traffic", "A new bridge in Dunquay will open to traffic on 12 August 2026, the ministry said.", []string{
			"status event:opening:dunquay bridge = planned [will open]",
			"date event:opening:dunquay bridge = 2026-08-12 [12 August 2026]"}},
		{"is due to", "The Veskel tunnel is due to open in May 2026.", []string{
			"status event:opening:veskel tunnel = planned [due to open]",
			"date event:opening:veskel tunnel = 2026-05 [May 2026]"}},
		{"passive launch", "The Corland satellite was launched on 9 January 2026.", []string{
			"status event:launch:corland satellite = happened [launched]",
			"date event:launch:corland satellite = 2026-01-09 [9 January 2026]"}},
		{"object of the verb", "Mayor Ilka Brand opened the Farrow Lane library on 2 February 2026 in front of a small crowd.", []string{
			"status event:opening:farrow lane library = happened [opened]",
			"date event:opening:farrow lane library = 2026-02-02 [2 February 2026]"}},
		{"relative date", "The Halvik stadium opened earlier this year and now hosts concerts.", []string{
			"date event:opening:halvik stadium = 2026 [earlier this year]",
			"status event:opening:halvik stadium = happened [earlier this year]"}},
		{"where it opened", "The Halvik stadium opened in Dunquay on 3 March 2025.", []string{
			"status event:opening:halvik stadium = happened [opened]",
			"location event:opening:halvik stadium = dunquay [Dunquay]",
			"date event:opening:halvik stadium = 2025-03-03 [3 March 2025]"}},
		{"denied", "The Halvik stadium did not open on 3 March 2025.", nil},
		{"hypothetical: no status", "The Halvik stadium could open in May 2026.", []string{
			"date event:opening:halvik stadium = 2026-05 [May 2026]"}},
		{"an adjective is no participle", "Near the Halvik stadium, closed shops lined the street.", nil},
		{"opened fire is no opening but an attack", "Guards at the Halvik stadium opened fire on Monday.", []string{
			"status event:attack:halvik = happened [opened]",
			"date event:attack:halvik = 2026-03-09 [Monday]"}},
		{"no name, no event", "The new stadium opened on 3 March 2025.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventBriefs(runTagged(t, tc.doc, patternRef), claim.KindDate, claim.KindStatus, claim.KindLocation)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestThingVerbAndNounShareAKey(t *testing.T) {
	doc := "The opening of the Halvik stadium drew crowds. The Halvik stadium opened on 3 March 2025. The new bridge in Dunquay opened in June. Crowds cheered the Dunquay bridge opening."
	assert.Equal(t, []string{"event:opening:dunquay bridge", "event:opening:halvik stadium"}, eventKeys(t, doc))
}

func TestImpactVerbs(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"tore through the hills above", "A wildfire tore through the hills above Sennaby on 2 July 2025, killing at least 7 people.", []string{
			"status event:fire:sennaby = happened [tore]",
			"date event:fire:sennaby = 2025-07-02 [2 July 2025]",
			"number event:fire:sennaby = 7 [7]"}},
		{"hit a place", "A flash flood hit Morrow Cove on 14 October 2025.", []string{
			"status event:flood:morrow cove = happened [hit]",
			"date event:flood:morrow cove = 2025-10-14 [14 October 2025]"}},
		{"swept through a named ship", "Fire swept through the Kestrel Dawn after midnight.", []string{
			"status event:fire:kestrel dawn = happened [swept]"}},
		{"broke out near, early hours", "The blaze broke out near Tillholm in the early hours of 4 August 2025.", []string{
			"status event:fire:tillholm = happened [broke]",
			"date event:fire:tillholm = 2025-08-04 [4 August 2025]"}},
		{"no place, no event", "The storm hit the town's economy hard.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventBriefs(runTagged(t, tc.doc, patternRef), claim.KindDate, claim.KindStatus, claim.KindNumber)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestEventVerbsAndIdioms(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"train derailed near", "A freight train derailed near Oskarby on 3 May 2025, injuring 14 people.", []string{
			"status event:crash:oskarby = happened [derailed]",
			"date event:crash:oskarby = 2025-05-03 [3 May 2025]",
			"number event:crash:oskarby = 14 [14]"}},
		{"collided outside", "At least 9 people died when two trains collided outside Vallen on 8 May 2025.", []string{
			"number event:crash:vallen = 9 [9]",
			"status event:crash:vallen = happened [collided]",
			"date event:crash:vallen = 2025-05-08 [8 May 2025]"}},
		{"will meet", "Ilka Brand and Odo Farr will meet in Harlby on 3 April 2026.", []string{
			"status event:meeting:with:brand+farr = planned [will meet]",
			"location event:meeting:with:brand+farr = harlby [Harlby]",
			"date event:meeting:with:brand+farr = 2026-04-03 [3 April 2026]"}},
		{"is due to meet a named person", "Brand is due to meet Prime Minister Odo Farr in Harlby on 3 April 2026.", []string{
			"status event:meeting:with:brand+farr = planned [due to meet]",
			"location event:meeting:with:brand+farr = harlby [Harlby]",
			"date event:meeting:with:brand+farr = 2026-04-03 [3 April 2026]"}},
		{"sit down", "When Ilka Brand and Odo Farr sit down in Harlby on 3 April 2026, they will sign the accord.", []string{
			"location event:meeting:with:brand+farr = harlby [Harlby]",
			"date event:meeting:with:brand+farr = 2026-04-03 [3 April 2026]"}},
		{"go to the polls without a place: the story's election", "HARLBY — Voters went to the polls on Sunday, 8 March 2026, and chose a new mayor for the city.", []string{
			"status event:election:harlby = happened [went]",
			"date event:election:harlby = 2026-03-08 [Sunday, 8 March 2026]"}},
		{"go to the polls", "Voters in Harlby will go to the polls on 3 May 2026 to choose a mayor.", []string{
			"status event:election:harlby = planned [will go]",
			"date event:election:harlby = 2026-05-03 [3 May 2026]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventBriefs(runTagged(t, tc.doc, patternRef), claim.KindDate, claim.KindStatus, claim.KindNumber, claim.KindLocation)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestEventPlaces(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"fire aboard a ship is the ship's fire", "In the fire aboard the Kestrel Dawn, 8 people died.", []string{
			"number event:fire:kestrel dawn = 8 [8]"}},
		{"fire on a ferry named after its noun", "Two days after a fire on the tanker Kestrel Dawn killed 3 sailors, the port reopened.", []string{
			"status event:fire:kestrel dawn = happened [after]"}},
		{"the ship before the type word", "The Kestrel Dawn fire killed 3 people.", []string{
			"status event:fire:kestrel dawn = happened [killed]",
			"number event:fire:kestrel dawn = 3 [3]"}},
		{"predicate place", "Organisers said the summit would open in Harlby on 3 May 2026.", []string{
			"date event:meeting:harlby = 2026-05-03 [3 May 2026]"}},
		{"subject place", "Workers at the port of Harlby will begin a strike on 3 May 2026, their union said.", []string{
			"status event:strike:harlby = planned [will begin]",
			"date event:strike:harlby = 2026-05-03 [3 May 2026]"}},
		{"held by", "A strike by bus drivers in Penmark is set to start on 9 May 2026.", []string{
			"status event:strike:penmark = planned [is set]",
			"date event:strike:penmark = 2026-05-09 [9 May 2026]"}},
		{"topic skipped to the place", "The talks between Norland and Sudmark on fishing quotas are due to begin in Harlby on 3 May 2026.", []string{
			"status event:meeting:with:norland+sudmark = planned [are due]",
			"location event:meeting:with:norland+sudmark = harlby [Harlby]",
			"date event:meeting:with:norland+sudmark = 2026-05-03 [3 May 2026]"}},
		{"date before the place", "A summit between President Ilka Brand and Premier Odo Farr has been scheduled for 3 May 2026 in Harlby.", []string{
			"status event:meeting:with:brand+farr = planned [has been scheduled]",
			"date event:meeting:with:brand+farr = 2026-05-03 [3 May 2026]",
			"location event:meeting:with:brand+farr = harlby [Harlby]"}},
		{"an abbreviated head begins a place name", "The Brand-Farr talks will be held in Mt. Harlby on 2 June 2026.", []string{
			"status event:meeting:with:brand+farr = planned [will]",
			"location event:meeting:with:brand+farr = mt harlby [Mt. Harlby]",
			"date event:meeting:with:brand+farr = 2026-06-02 [2 June 2026]"}},
		{"with or without its period, one key", "The Brand-Farr talks will be held in Mt Harlby on 2 June 2026.", []string{
			"status event:meeting:with:brand+farr = planned [will]",
			"location event:meeting:with:brand+farr = mt harlby [Mt Harlby]",
			"date event:meeting:with:brand+farr = 2026-06-02 [2 June 2026]"}},
		{"after a number it is a street", "The Brand-Farr talks will be held on 2 June 2026 in 52nd St. Harlby officials said.", []string{
			"status event:meeting:with:brand+farr = planned [will]",
			"date event:meeting:with:brand+farr = 2026-06-02 [2 June 2026]"}},
		{"a function word that begins a known place", "The Brand-Farr talks will be held in New Caledonia on 2 June 2026.", []string{
			"status event:meeting:with:brand+farr = planned [will]",
			"location event:meeting:with:brand+farr = fr/new-caledonia [New Caledonia]",
			"date event:meeting:with:brand+farr = 2026-06-02 [2 June 2026]"}},
		{"after a capitalised word it is a street", "The Brand-Farr talks will be held on 2 June 2026 in Penmark St. Harlby officials said.", []string{
			"status event:meeting:with:brand+farr = planned [will]",
			"date event:meeting:with:brand+farr = 2026-06-02 [2 June 2026]",
			"location event:meeting:with:brand+farr = penmark st [Penmark St]"}},
		{"a place after in is no speaker", "Doctors in Penmark said 3 people were hurt. The Brand-Farr talks will be held in Penmark on 2 June 2026.", []string{
			"status event:meeting:with:brand+farr = planned [will]",
			"location event:meeting:with:brand+farr = penmark [Penmark]",
			"date event:meeting:with:brand+farr = 2026-06-02 [2 June 2026]"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventBriefs(runTagged(t, tc.doc, patternRef), claim.KindDate, claim.KindStatus, claim.KindNumber, claim.KindLocation)
			assert.Equal(t, tc.want, got)
		})
	}
}

// "New" begins a name the knowledge base knows, never one it does not.
func TestNewBeginsOnlyKnownPlaces(t *testing.T) {
	cs := run(t, "The Brand-Farr talks will be held in New Harlby on 2 June 2026.")
	assert.Empty(t, eventBriefs(cs, claim.KindLocation))
	cs = run(t, "The Brand-Farr talks will be held in Harlby, New Brunswick, on 2 June 2026.")
	var within []string
	for _, c := range cs {
		if c.Kind == claim.KindLocation && c.Place != nil {
			within = append(within, c.Place.Within...)
		}
	}
	assert.Equal(t, []string{"ca/new-brunswick"}, within)
}

func TestStatusCues(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"after in a future clause says nothing", "Traffic will cross the river after the ceremony in Harlby.", nil},
		{"after in a past clause", "Traffic crossed the river after the ceremony in Harlby.", []string{
			"status event:ceremony:harlby = happened [after]"}},
		{"the last election is another election", "The election in Harlby will be held on 3 May 2026. Turnout at the last election was 61 percent.", []string{
			"status event:election:harlby = planned [will]"}},
		{"a capitalised determiner is no place", "\"Every vote will count,\" she said.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := eventBriefs(runTagged(t, tc.doc, patternRef), claim.KindStatus, claim.KindNumber)
			assert.Equal(t, tc.want, got)
		})
	}
}
