package gen

// The tables below describe the invented event types. Sentences avoid
// mentioning other, earlier events, so that the only contradictions in a
// corpus are the planted ones (see Truth). Role strings may use
// {SPOKES} (spokesman or spokeswoman), {PLACE}, {COUNTRY}, {COUNTRY2},
// {ORG} and {COMPANY}; they are filled in once per event. Sentences use
// the slots of template.go; {N0}..{N2} and {P0}..{P3} refer to the
// numbers and people of the event, in the order listed.

// roleSpec is a person's title, as written before the name (pre, may be
// empty) and after it (appos), with the variant a contradicting article
// uses instead.
type roleSpec struct {
	pre, altPre     string
	appos, altAppos string
}

// numFormat says how a number is drawn and written.
type numFormat int

const (
	numCount    numFormat = iota // 1,234
	numBillions                  // lo..hi tenths: $3.7 billion
	numMillions                  // $450 million
	numPercent                   // 61 percent
	numKm                        // lo..hi tenths: 2.4 kilometres
)

type numberSpec struct {
	format    numFormat
	lo, hi    int
	sentences []string // with {N}
}

type kindSpec struct {
	noun, nounCap string
	planned       bool // reported before it happens
	headlines     []string
	leads         []string // name the event, place and date
	dated         []string // restate date and place
	roles         [maxPeople]roleSpec
	orgs          []string
	topics        []string
	numbers       [maxNumbers]numberSpec
	quotes        []string
	background    []string
}

var kindSpecs = []kindSpec{
	{
		noun: "summit", nounCap: "Summit", planned: true,
		headlines: []string{"Leaders of {COUNTRY} and {COUNTRY2} to meet in {PLACE}", "{EVC} in {PLACE} set for {DAY}", "{P0N} and {P1N} agree to {EV} in {PLACE}"},
		leads: []string{
			"{P0} and {P1} will hold a {EV} in {PLACE} on {DATE}, officials in both capitals said.",
			"The leaders of {COUNTRY} and {COUNTRY2} will meet for a {EV} in {PLACE} on {DATE}, the first such meeting in years.",
			"A {EV} between {P0} and {P1} has been scheduled for {DATE} in {PLACE}, according to a joint statement.",
		},
		dated: []string{
			"The {EV} in {PLACE} is scheduled to begin on {DATE}.",
			"Both delegations are expected to arrive in {PLACE} a day before the {EV} on {DAY}.",
			"Organisers confirmed that the {EV} would open in {PLACE} on {DATE}.",
		},
		roles: [maxPeople]roleSpec{
			{"President", "Prime Minister", "the president of {COUNTRY}", "the prime minister of {COUNTRY}"},
			{"Prime Minister", "President", "the prime minister of {COUNTRY2}", "the president of {COUNTRY2}"},
			{"", "", "a {SPOKES} for the foreign ministry of {COUNTRY}", "a senior adviser to the foreign ministry of {COUNTRY}"},
			{"Foreign Minister", "Deputy Foreign Minister", "the foreign minister of {COUNTRY2}", "the deputy foreign minister of {COUNTRY2}"},
		},
		orgs:   []string{"foreign ministry of {COUNTRY}"},
		topics: []string{"trade and energy", "border crossings", "fishing rights", "a long-running water dispute", "rail links between the two countries"},
		numbers: [maxNumbers]numberSpec{
			{numCount, 20, 90, []string{"Each delegation will include about {N} officials, according to the organisers.", "Around {N} officials from each side are expected to attend."}},
			{numBillions, 12, 98, []string{"The two governments hope to sign trade agreements worth {N} during the visit.", "Agreements worth {N} are expected to be signed at the {EV}."}},
			{numCount, 800, 4000, []string{"Security forces will deploy {N} officers around the venue.", "Some {N} police officers will guard the venue, city officials said."}},
		},
		quotes: []string{
			"We are ready to talk about everything, including the hardest questions",
			"Nobody expects miracles from a single meeting",
			"This meeting is long overdue and our people deserve results",
			"We will not sign anything that weakens our position",
			"The door to dialogue has always been open",
			"Both sides have done serious preparatory work",
		},
		background: []string{
			"Relations between {COUNTRY} and {COUNTRY2} have been strained by a dispute over {TOPIC}.",
			"Diplomats on both sides have played down hopes of a breakthrough.",
			"{PLACE} was chosen as a venue acceptable to both sides.",
		},
	},
	{
		noun: "talks", nounCap: "Talks", planned: true,
		headlines: []string{"{COUNTRY} and {COUNTRY2} to open talks in {PLACE}", "{EVC} on {TOPIC} due in {PLACE} on {DAY}", "Negotiators head to {PLACE} for {EV}"},
		leads: []string{
			"Negotiators from {COUNTRY} and {COUNTRY2} will open {EV} in {PLACE} on {DATE}, officials said.",
			"The {EV} between {COUNTRY} and {COUNTRY2} on {TOPIC} are due to begin in {PLACE} on {DATE}.",
		},
		dated: []string{
			"The first round of {EV} in {PLACE} is set for {DATE}.",
			"Delegations will gather in {PLACE} on {DAY} for the opening session.",
		},
		roles: [maxPeople]roleSpec{
			{"Foreign Minister", "Deputy Foreign Minister", "the foreign minister of {COUNTRY}", "the deputy foreign minister of {COUNTRY}"},
			{"Trade Minister", "Finance Minister", "the trade minister of {COUNTRY2}", "the finance minister of {COUNTRY2}"},
			{"", "", "a {SPOKES} for the government of {COUNTRY}", "a deputy {SPOKES} for the government of {COUNTRY}"},
			{"Special Envoy", "Deputy Special Envoy", "the special envoy who helped arrange the meeting", "the deputy special envoy who helped arrange the meeting"},
		},
		orgs:   []string{"government of {COUNTRY}"},
		topics: []string{"a new trade deal", "shared river water", "customs rules", "airspace access", "a disputed stretch of coast"},
		numbers: [maxNumbers]numberSpec{
			{numCount, 2, 9, []string{"The negotiators plan {N} rounds of meetings.", "Officials said {N} rounds of negotiation had been scheduled."}},
			{numMillions, 100, 900, []string{"An aid package of {N} is on the table.", "Diplomats said an offer of {N} in aid would be discussed."}},
			{numCount, 12, 60, []string{"The draft agreement runs to {N} pages.", "A draft text of {N} pages has been circulated."}},
		},
		quotes: []string{
			"We expect difficult but honest negotiations",
			"Our proposals are on the table and they are fair",
			"No agreement is possible without mutual respect",
			"We hope to make real progress in the first round",
			"There are still wide gaps between the two positions",
		},
		background: []string{
			"Officials on both sides have kept the details of the agenda private.",
			"Both governments have come under pressure at home to reach a deal.",
		},
	},
	{
		noun: "flood", nounCap: "Flood",
		headlines: []string{"{EVC} kills at least {N0} in {PLACE}", "Deadly {EV} hits {PLACE}", "{PLACE} counts the cost of {EV}"},
		leads: []string{
			"Floodwaters swept through {PLACE} on {DATE}, killing at least {N0} people and forcing thousands from their homes.",
			"A flash {EV} hit {PLACE} on {DATE} after two days of heavy rain, emergency officials said.",
		},
		dated: []string{
			"The river burst its banks in {PLACE} early on {DATE}.",
			"Rescue teams worked through the night after the {EV} in {PLACE} on {DAY}.",
		},
		roles: [maxPeople]roleSpec{
			{"Mayor", "Deputy Mayor", "the mayor of {PLACE}", "the deputy mayor of {PLACE}"},
			{"Deputy Interior Minister", "Interior Minister", "the deputy interior minister of {COUNTRY}", "the interior minister of {COUNTRY}"},
			{"", "", "a {SPOKES} for the {ORG}", "the head of the {ORG}"},
			{"", "", "a shopkeeper in {PLACE}", "a schoolteacher in {PLACE}"},
		},
		orgs:   []string{"national emergency service", "{PLACE} fire and rescue service", "regional civil protection agency"},
		topics: []string{"flood defences", "river dredging"},
		numbers: [maxNumbers]numberSpec{
			{numCount, 5, 140, []string{"At least {N} people were killed in the {EV}, officials said.", "The death toll from the {EV} rose to at least {N} people."}},
			{numCount, 300, 9000, []string{"More than {N} homes were damaged or destroyed.", "The water damaged more than {N} homes, according to an early count."}},
			{numMillions, 20, 900, []string{"Officials put the damage at {N}.", "Early estimates put the cost of the damage at {N}."}},
		},
		quotes: []string{
			"The water came faster than anyone expected",
			"We lost everything in less than an hour",
			"Our priority now is to find the missing",
			"These defences were never built for rain like this",
			"We need help, and we need it now",
		},
		background: []string{
			"Experts had warned for years that the flood defences in {PLACE} were too low.",
			"Heavy rain had fallen across the region for most of the week.",
		},
	},
	{
		noun: "fire", nounCap: "Fire",
		headlines: []string{"Wildfire near {PLACE} kills {N0}", "{EVC} rages in hills above {PLACE}", "Crews battle {EV} outside {PLACE}"},
		leads: []string{
			"A wildfire tore through the hills above {PLACE} on {DATE}, killing at least {N0} people.",
			"Fire crews battled a large {EV} near {PLACE} on {DATE} as strong winds pushed the flames towards the town.",
		},
		dated: []string{
			"The {EV} broke out near {PLACE} in the early hours of {DATE}.",
			"By the evening of {DAY}, the {EV} near {PLACE} had reached the edge of the town.",
		},
		roles: [maxPeople]roleSpec{
			{"Mayor", "Deputy Mayor", "the mayor of {PLACE}", "the deputy mayor of {PLACE}"},
			{"Fire Commissioner", "Deputy Fire Commissioner", "the fire commissioner of {COUNTRY}", "the deputy fire commissioner of {COUNTRY}"},
			{"", "", "a {SPOKES} for the {ORG}", "the operations chief of the {ORG}"},
			{"", "", "a farmer who lives outside {PLACE}", "a nurse who lives outside {PLACE}"},
		},
		orgs:   []string{"{PLACE} fire service", "regional forestry agency"},
		topics: []string{"forest management", "land clearing"},
		numbers: [maxNumbers]numberSpec{
			{numCount, 2, 60, []string{"At least {N} people were killed by the {EV}, officials said.", "The {EV} has killed at least {N} people."}},
			{numCount, 200, 20000, []string{"The {EV} burned more than {N} hectares of forest and farmland.", "More than {N} hectares have burned so far."}},
			{numCount, 20, 900, []string{"At least {N} houses were destroyed.", "The flames destroyed at least {N} houses."}},
		},
		quotes: []string{
			"The wind changed direction and the fire was on us",
			"We have never seen flames move this fast",
			"Everyone who was told to leave must leave now",
			"The crews are exhausted but they are holding the line",
		},
		background: []string{
			"The region has had almost no rain since the spring.",
			"Residents of {PLACE} have complained that firebreaks were not maintained.",
		},
	},
	{
		noun: "bridge opening", nounCap: "Bridge opening", planned: true,
		headlines: []string{"New bridge at {PLACE} to open on {DAY}", "{PLACE} bridge opening set for {DAY}", "{PLACE} prepares for bridge opening"},
		leads: []string{
			"A new bridge in {PLACE} will open to traffic on {DATE}, the transport ministry said.",
			"The long-delayed bridge at {PLACE} is due to open on {DATE}, officials announced.",
		},
		dated: []string{
			"The opening ceremony in {PLACE} is planned for {DATE}.",
			"Traffic will be allowed onto the bridge after the ceremony in {PLACE} on {DAY}.",
		},
		roles: [maxPeople]roleSpec{
			{"Transport Minister", "Deputy Transport Minister", "the transport minister of {COUNTRY}", "the deputy transport minister of {COUNTRY}"},
			{"Mayor", "Deputy Mayor", "the mayor of {PLACE}", "the deputy mayor of {PLACE}"},
			{"", "", "chief engineer at {COMPANY}", "project manager at {COMPANY}"},
			{"", "", "a ferry operator in {PLACE}", "a taxi driver in {PLACE}"},
		},
		orgs:   []string{"national roads agency"},
		topics: []string{"road tolls", "river traffic"},
		numbers: [maxNumbers]numberSpec{
			{numBillions, 11, 79, []string{"The bridge cost {N} to build.", "The project cost {N}, well over the original budget."}},
			{numKm, 8, 64, []string{"The bridge spans {N} across the estuary.", "At {N}, it is the longest crossing in the region."}},
			{numCount, 600, 5000, []string{"About {N} workers were employed on the project.", "The builders said {N} workers had worked on the site."}},
		},
		quotes: []string{
			"This bridge will change daily life for thousands of families",
			"It took longer than we hoped, but it was worth the wait",
			"The ferries will not disappear overnight",
			"We built it to last a hundred years",
		},
		background: []string{
			"Until now, the only way across the estuary at {PLACE} was a slow ferry.",
			"Construction was delayed twice by disputes over funding.",
		},
	},
	{
		noun: "election", nounCap: "Election", planned: true,
		headlines: []string{"{PLACE} votes on {DAY}", "{EVC} in {PLACE} set for {DAY}", "Tight race ahead of {PLACE} {EV}"},
		leads: []string{
			"Voters in {PLACE} will go to the polls on {DATE} to choose a new provincial government.",
			"The {EV} in {PLACE} will be held on {DATE}, the election commission confirmed.",
		},
		dated: []string{
			"Polling stations across {PLACE} will open early on {DATE}.",
			"Campaigning must stop a day before the vote in {PLACE} on {DAY}.",
		},
		roles: [maxPeople]roleSpec{
			{"Governor", "Lieutenant Governor", "the governor of {PLACE} province", "the lieutenant governor of {PLACE} province"},
			{"", "", "the leader of the opposition {ORG}", "the deputy leader of the opposition {ORG}"},
			{"", "", "a {SPOKES} for the election commission", "the chair of the election commission"},
			{"", "", "a political scientist at the University of {PLACE}", "a pollster based in {PLACE}"},
		},
		orgs:   []string{"Civic Union", "Renewal Party", "Workers and Farmers League"},
		topics: []string{"housing costs", "public transport", "jobs"},
		numbers: [maxNumbers]numberSpec{
			{numCount, 200000, 3000000, []string{"Some {N} people are registered to vote.", "The commission said {N} voters were registered."}},
			{numCount, 150, 2500, []string{"Voting will take place at {N} polling stations.", "A total of {N} polling stations will be open."}},
			{numPercent, 40, 80, []string{"Turnout at the last {EV} was {N}.", "Officials hope to beat the turnout of {N} recorded last time."}},
		},
		quotes: []string{
			"This is the most important vote in a generation",
			"People want change and they will vote for it",
			"Every vote will be counted fairly and openly",
			"We are confident, but we are taking nothing for granted",
		},
		background: []string{
			"The campaign in {PLACE} has been dominated by {TOPIC}.",
			"Opinion polls suggest the race is close.",
		},
	},
	{
		noun: "crash", nounCap: "Crash",
		headlines: []string{"Train {EV} near {PLACE} kills {N0}", "Deadly rail {EV} outside {PLACE}", "Investigators search for cause of {PLACE} {EV}"},
		leads: []string{
			"A passenger train derailed near {PLACE} on {DATE}, killing at least {N0} people.",
			"At least {N0} people died when two trains collided outside {PLACE} on {DATE}.",
		},
		dated: []string{
			"The {EV} happened shortly after the train left {PLACE} on {DATE}.",
			"Investigators reached the site of the {EV} near {PLACE} late on {DAY}.",
		},
		roles: [maxPeople]roleSpec{
			{"Transport Minister", "Deputy Transport Minister", "the transport minister of {COUNTRY}", "the deputy transport minister of {COUNTRY}"},
			{"", "", "a {SPOKES} for {COMPANY}", "the chief executive of {COMPANY}"},
			{"Police Chief", "Deputy Police Chief", "the police chief of {PLACE}", "the deputy police chief of {PLACE}"},
			{"", "", "a passenger who was travelling in the third carriage", "a passenger who was travelling in the last carriage"},
		},
		orgs:   []string{"rail safety board"},
		topics: []string{"signalling", "track maintenance"},
		numbers: [maxNumbers]numberSpec{
			{numCount, 3, 90, []string{"At least {N} people were killed in the {EV}, officials said.", "The death toll from the {EV} stood at {N}."}},
			{numCount, 10, 300, []string{"Another {N} passengers were injured.", "Hospitals treated {N} injured passengers."}},
			{numCount, 60, 180, []string{"The train was travelling at about {N} kilometres an hour.", "Investigators said the train had been moving at about {N} kilometres an hour."}},
		},
		quotes: []string{
			"There was a loud bang and then everything went dark",
			"It is too early to say what caused this",
			"Our thoughts are with the families of the victims",
			"We will find out exactly what went wrong",
		},
		background: []string{
			"The line through {PLACE} was due for an upgrade of its signalling system.",
			"The rail network has suffered several serious accidents in recent years.",
		},
	},
	{
		noun: "strike", nounCap: "Strike", planned: true,
		headlines: []string{"Port workers in {PLACE} to strike from {DAY}", "{EVC} looms at {PLACE}", "Unions call {EV} in {PLACE}"},
		leads: []string{
			"Workers at the port of {PLACE} will begin a {EV} on {DATE}, their union said.",
			"A {EV} by transport workers in {PLACE} is set to start on {DATE} after talks on pay broke down.",
		},
		dated: []string{
			"The {EV} in {PLACE} is due to begin at dawn on {DATE}.",
			"Picket lines will form outside the gates in {PLACE} on {DAY}.",
		},
		roles: [maxPeople]roleSpec{
			{"", "", "the head of the {ORG}", "the deputy head of the {ORG}"},
			{"Labour Minister", "Deputy Labour Minister", "the labour minister of {COUNTRY}", "the deputy labour minister of {COUNTRY}"},
			{"", "", "a {SPOKES} for {COMPANY}", "the operations director of {COMPANY}"},
			{"", "", "a crane operator who has worked at the port for years", "a truck driver who has worked at the port for years"},
		},
		orgs:   []string{"Union of Port Workers", "Transport Workers Federation"},
		topics: []string{"pay", "working hours", "pensions"},
		numbers: [maxNumbers]numberSpec{
			{numCount, 1500, 40000, []string{"About {N} workers are expected to walk off the job.", "The union said {N} members would take part."}},
			{numCount, 2, 14, []string{"The union has called a {EV} lasting {N} days.", "The stoppage is planned to last {N} days."}},
			{numPercent, 3, 15, []string{"The union is demanding a pay rise of {N}.", "Workers want wages raised by {N}."}},
		},
		quotes: []string{
			"Nobody wants to strike, but we have been left with no choice",
			"The offer on the table is an insult",
			"We remain open to talks at any moment",
			"A long stoppage would hurt everyone",
		},
		background: []string{
			"Talks on {TOPIC} broke down after months of negotiation.",
			"The port is one of the busiest in {COUNTRY}.",
		},
	},
}

// Sentences any article may use. {P}, {PN}, {PS}, {PR}, {PH} and {Q} are
// bound to each person in turn.
var (
	remarkSources = []string{
		"{P} told reporters that officials were doing everything they could.",
		"According to {PN}, {PR}, the situation was being watched closely.",
		"{PN}, {PR}, declined to give further details.",
		"{P} said more information would be released in the coming days.",
	}
	quoteSources = []string{
		"\"{Q},\" said {P}.",
		"\"{Q},\" {PN}, {PR}, told reporters.",
		"{P} said: \"{Q}.\"",
		"\"{Q},\" {PN}, {PR}, said.",
	}
	// quoteClosers end every quote: naming the event's country makes the
	// words of each event its own, so that two events never share a quote
	// said by different people.
	quoteClosers = []string{
		"and everyone in {COUNTRY} knows it",
		"and {COUNTRY} will not forget this",
		"and that is what people in {COUNTRY} expect",
		"and we owe that to the people of {COUNTRY}",
		"whatever anyone in {COUNTRY} may say",
		"and the whole of {COUNTRY} is watching",
	}
	placeSources = []string{
		"{PLACE} lies on the banks of a broad river and is known for its old stone warehouses.",
		"{PLACE} has grown quickly as new factories opened nearby.",
		"Many people in {PLACE} work in farming, fishing or at the regional hospital.",
		"{PLACE} is a regional centre in {COUNTRY} with a busy rail station.",
	}
	fillerStandalone = []string{
		"Officials did not immediately respond to requests for comment.",
		"The statement gave no further details.",
		"It was not clear how long the work would take.",
		"Further updates are expected.",
		"The government has faced criticism over its handling of similar events in the past.",
		"Local radio stations carried the news throughout the day.",
		"Television crews gathered outside the main government building.",
		"The news spread quickly on social media.",
		"A fuller account is expected once officials have reviewed the situation.",
		"Several newspapers ran the story on their front pages.",
	}
	fillerSubjects = []string{"Residents", "Local business owners", "Several lawmakers", "Community groups", "Analysts",
		"Observers abroad", "Opposition figures", "Regional officials", "Aid groups", "Commuters", "Some economists", "Church leaders",
		"Students", "Retired civil servants", "Farmers in the area", "Trade groups", "Editorial writers", "Younger voters"}
	fillerVerbs = []string{"have raised questions about", "expressed cautious optimism about", "called for more openness about",
		"have long complained about", "said they were worried about", "urged officials to think carefully about",
		"plan to hold meetings on", "asked for a public debate on"}
	fillerSayings = []string{"said", "have argued", "noted", "believe", "warned", "pointed out"}
	fillerClauses = []string{"the mood in the region remained tense", "confidence in public institutions was low",
		"the debate was likely to continue for some time", "few details had been shared with the public",
		"the decision would be judged by its results", "the coming weeks would show whether promises were kept",
		"the matter had drawn more attention than usual", "ordinary people had been left out of the discussion",
		"similar plans had been announced before without much effect", "trust would have to be rebuilt slowly"}
	fillerObjects = []string{"the cost of the work", "the pace of decisions", "the state of local roads", "how public money is spent",
		"the lack of clear information", "the long-term plans for the region", "the impact on small businesses", "rising prices",
		"the future of the old harbour", "the quality of public services"}
	fillerTails = []string{".", " in recent weeks.", " this year.", ", local media reported.", ", though few expect quick answers.",
		" at a recent public meeting."}
)
