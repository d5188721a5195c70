package temporal

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// R4 is a reference in the fourth quarter: a Wednesday, 2025-11-05.
const R4 = "2025-11-05"

// timemlCases cover the TimeML TIMEX3 conventions the tagger follows
// (TempEval-3): one table row per convention, sentences invented.
var timemlCases = []tagCase{
	// Fiscal quarters and halves.
	c(R4, "The brewer said third-quarter profit rose.", w("third-quarter", "2025-Q3", typ(Date))),
	c(R4, "Sales fell in the third quarter.", w("the third quarter", "2025-Q3")),
	c(R4, "Its fourth quarter began well.", w("Its fourth quarter", "2025-Q4")),
	c(R4, "Orders rose in the fiscal first quarter.", w("the fiscal first quarter", "2025-Q1")),
	c(R4, "Growth slowed in the second quarter of 2023.", w("the second quarter of 2023", "2023-Q2", res(ResolvedAbsolute))),
	c(R4, "The mill lost money in the 2024 third quarter.", w("the 2024 third quarter", "2024-Q3")),
	c(R4, "Margins improved in this year's second quarter.", w("this year's second quarter", "2025-Q2")),
	c(R4, "Third-quarter sales rose. The quarter was strong.", w("Third-quarter", "2025-Q3"), w("The quarter", "2025-Q3")),
	c(R4, "Third-quarter sales rose, up from a year earlier.", w("Third-quarter", "2025-Q3"), w("a year earlier", "2024-Q3")),
	c(R4, "Third-quarter sales beat the year-earlier quarter.", w("Third-quarter", "2025-Q3"), w("the year-earlier quarter", "2024-Q3")),
	// After "the nine months" the comparison is with the year before;
	// a quarter named again makes it the quarter's.
	c(R4, "Third-quarter net rose. For the nine months, net rose 8% from a year earlier.",
		w("Third-quarter", "2025-Q3"), w("the nine months", "P9M", typ(Duration)), w("a year earlier", "2024", typ(Date))),
	c(R4, "For the first nine months, sales rose. Third-quarter sales fell from a year earlier.",
		w("the first nine months", "P9M"), w("Third-quarter", "2025-Q3"), w("a year earlier", "2024-Q3")),
	c(R4, "Third-quarter net rose. The mill was shut for nine months, up from a year earlier.",
		w("Third-quarter", "2025-Q3"), w("nine months", "P9M"), w("a year earlier", "2024-Q3")),
	c(R4, "Costs rose in the latest quarter.", w("the latest quarter", "2025-Q3")),
	c(R4, "Costs will fall next quarter.", w("next quarter", "2026-Q1")),
	c(R4, "Profit doubled in the first half of 2024.", w("the first half of 2024", "2024-H1")),
	c(R4, "The guild earned more in fiscal 2024.", w("fiscal 2024", "2024")),
	c(R4, "Sales for the current fiscal year will grow.", w("the current fiscal year", "2025")),
	c(R4, "Revenue for the year ended June 30 rose.", w("the year", "P1Y", typ(Duration)), w("June 30", "2025-06-30")),
	none(R4, "A quarter of the voters stayed home."),
	none(R4, "They toured the Old Quarter by night."),
	none(R4, "The quarter-to-quarter change was small."),
	// Counted quarters are durations in quarters; a fraction, a dwelling is none.
	c(R4, "The mill lost money in the past two quarters.", w("the past two quarters", "P2Q", typ(Duration))),
	c(R4, "The firm was profitable for several quarters.", w("several quarters", "PXQ", typ(Duration))),
	c(R4, "Ferry bookings should grow in coming quarters.", w("coming quarters", FutureRef)),
	c(R4, "The cuts will lower costs in future quarters.", w("future quarters", FutureRef)),
	c(R4, "Two quarters ago the mill was idle.", w("Two quarters ago", "2025-Q2", typ(Date))),
	none(R4, "Three quarters of the ballots were counted."),
	none(R4, "The crew slept in cramped living quarters."),
	none(R4, "The guild's headquarters moved to Tarrow."),
	// Spans: approximators in, prepositions out, "the" with a counted duration.
	c(R, "The ferry ran for nearly two years.", w("nearly two years", "P2Y", mod("LESS_THAN"))),
	c(R, "The dam held for at least 30 days.", w("at least 30 days", "P30D", mod("EQUAL_OR_MORE"))),
	c(R, "Repairs must end within 18 months.", w("18 months", "P18M")),
	c(R, "Rents rose in the nine months to June.", w("the nine months", "P9M"), w("June", "2025-06")),
	c(R, "Floods were rare in the past.", w("the past", PastRef)),
	c(R, "Farmers worry about the future, the mayor said.", w("the future", FutureRef)),
	none(R, "The future of the port is unclear."),
	c(R, "Tolls will stay well into the future if the bridge holds.", w("the future", FutureRef)),
	c(R, "The tunnel opened in 1998 because the ferry failed.", w("1998", "1998")),
	c(R, "Ferry fares will stay high in the near term, Olan Vesk said.", w("the near term", FutureRef)),
	c(R, "Over the short term the mill will shed jobs.", w("the short term", FutureRef)),
	none(R, "The near term outlook is poor."),
	none(R, "She won a second term in Dorrin."),
	// "recent" days, weeks, months: an unknown stretch; "recent years" the past.
	c(R, "Fares rose in recent weeks.", w("recent weeks", "PXW", typ(Duration))),
	c(R, "Looters struck the depot in recent days.", w("recent days", "PXD", typ(Duration))),
	c(R, "Ferry trips have dwindled in recent years.", w("recent years", PastRef)),
	// "these days" is the present.
	c(R, "Few people repair radios these days.", w("these days", PresentRef)),
	c(R, "Gravel roads are paved within days these builders say.", w("days", "PXD", typ(Duration))),
	// A set adverb before a noun is an adjective when TimeBank says so.
	none(R4, "The mill cut its quarterly dividend."),
	c(R4, "The fund reports its losses quarterly.", w("quarterly", "P3M", typ(Set))),
	c(R, "The paper prints a daily tally of arrivals.", w("daily", "P1D", typ(Set))),
	// "the past year" is the calendar year before; counted spans stay durations.
	c(R, "Ferry traffic doubled over the past year.", w("the past year", "2024", typ(Date))),
	c(R, "Ferry traffic doubled over the past two years.", w("the past two years", "P2Y", typ(Duration))),
	// An adjective between count and unit belongs to the duration.
	c(R, "The exchange was shut for eight trading days.", w("eight trading days", "P8D", typ(Duration))),
	c(R, "The lease runs for at least 20 more years.", w("at least 20 more years", "P20Y", mod("EQUAL_OR_MORE"))),
	none(R, "Eight trading firms closed."),
	// "a couple of" counts two.
	c(R, "The pier will stand for a couple of years.", w("a couple of years", "P2Y", typ(Duration))),
	none(R, "The couple sailed home."),
	// Halves spell in the next smaller unit.
	c(R, "The crossing took 5 1/2 hours.", w("5 1/2 hours", "PT5H30M", typ(Duration))),
	c(R, "The dig lasted 2 1/2 years.", w("2 1/2 years", "P2Y6M", typ(Duration))),
	c(R, "A minute and a half later the lights failed.", w("A minute and a half", "PT1M30S", typ(Duration))),
	// "succeed" and "unspecified date" are no past verbs.
	c(R4, "Ms. Orlin will succeed Tomas K. Vell Feb. 1, the board said.", w("Feb. 1", "2026-02-01")),
	c(R4, "The bonus will be paid on a still unspecified date in January.", w("January", "2026-01")),
	c(R4, "The ferry line unveiled a new route in January.", w("January", "2025-01")),
	// A plan told in the past perfect lies in the past.
	c(R, "The ferry offer had been due to expire Friday.", w("Friday", "2025-09-26")),
	c(R, "The ferry offer had been scheduled to close at midnight Friday.", w("midnight Friday", "2025-09-26T24:00")),
	c(R, "The ferry offer is due to expire Friday.", w("Friday", "2025-10-03")),
	// A bare "the week" is a week the text leaves unnamed.
	c(R4, "For the week, the index of ferry shares fell 2%.", w("the week", "2025-WXX")),
	// "the week of" a day is the week that day falls in.
	c(R, "A hearing on the Dorrin bridge is set for the week of Oct. 13.", w("the week of Oct. 13", "2025-W42", gran(GranWeek))),
	c(R, "The fair ran the week of June 3, 2019 in Alvey.", w("the week of June 3, 2019", "2019-W23")),
	none(R, "The week of the flood was the worst, said Kaia Brenn."),
	c(R, "Rents soared in the 1980s.", w("the 1980s", "198", gran(GranDecade))),
	// Ages and rates are no times.
	none(R, "A 6-year-old girl found the key."),
	none(R, "The mayor, 52 years old, resigned."),
	none(R, "The port handles 700 ships a week."),
	none(R, "The levy raises $2 million a year."),
	c(R, "The ferry sails twice a week.", w("twice a week", "P1W", typ(Set))),
	c(R, "The guild of Orsk meets each July.", w("each July", "XXXX-07", typ(Set))),
	// A weekday before a plural part of day recurs; "and" shares the part.
	c(R, "The Orsk choir sings on Monday and Friday nights.", w("Monday", "XXXX-WXX-1TNI", typ(Set)), w("Friday nights", "XXXX-WXX-5TNI", typ(Set))),
	c(R, "The choir sings Friday evenings.", w("Friday evenings", "XXXX-WXX-5TEV", typ(Set))),
	c(R, "The choir sang Friday evening.", w("Friday evening", "2025-09-26TEV", typ(Time))),
	c(R4, "The mill pays a dividend every quarter.", w("every quarter", "P1Q", typ(Set))),
	none(R4, "Every quarter of the town flooded."),
	// Bare plural units are durations of unknown length.
	c(R, "The strike could last weeks.", w("weeks", "PXW", typ(Duration))),
	c(R, "The quarry was idle for years.", w("years", "PXY", typ(Duration))),
	c(R, "The pier could fall within weeks or months.", w("weeks or months", "PXW", typ(Duration))),
	c(R, "Fares have risen in recent days and weeks.", w("recent days and weeks", "PXD", typ(Duration))),
	c(R, "The quarry was idle for years and the mill for decades.", w("years", "PXY"), w("decades", "PXE")),
	// Vague adjectives and "now".
	c(R, "The current dispute began in spring.", w("current", PresentRef), w("spring", "2025-SP")),
	c(R, "A recent survey found more rats.", w("recent", PastRef)),
	c(R, "Tenants of the Orsk mill paid the then current rent.", w("then current", PastRef)),
	// "is to" and a verb looks ahead, even for a weekday.
	c("2025-10-03", "The mill, shut since May, is to reopen Tuesday.", w("May", "2025-05"), w("Tuesday", "2025-10-07")),
	c("2025-10-03", "The mill reopened Tuesday.", w("Tuesday", "2025-09-30")),
	none(R, "The ferry is to blame, Ilse Marn said."),
	// "future" before a noun names a kind of thing ("future floods"),
	// before a plural unit a time ahead, as "coming" does.
	none(R, "Officials fear future floods."),
	c(R, "Costs should ease in future years.", w("future years", FutureRef)),
	c(R, "Rents may rise in coming months.", w("coming months", FutureRef)),
	c(R, "Those rules were looser in past years.", w("past years", PastRef)),
	c(R, "The farm has thrived in the future that he planned.", w("the future", FutureRef)),
	c(R, "Now officials want a new wall.", w("Now", PresentRef)),
	// "today's youth", "the schools of tomorrow" name an age, not a day.
	none(R, "Mayor Ennis said today's youth read less."),
	none(R, "The schools of tomorrow will need more teachers."),
	c(R, "Today's vote in Kesk was close.", w("Today", "2025-09-28")),
	c(R, "The count ends on the morning of tomorrow.", w("tomorrow", "2025-09-29")),
	none(R, "Now, the real question is cost."),
	// Clock times with their day, months with a shifted year, the weekend.
	c(R, "The vote closes at 9 a.m. EST Tuesday.", w("9 a.m. EST Tuesday", "2025-09-23T09:00", typ(Time))),
	c(R, "The pier opened in June last year.", w("June last year", "2024-06")),
	c(R, "Crowds gathered over the weekend.", w("the weekend", "2025-W39-WE")),
	c("2025-10-01", "Talks stalled over the weekend.", w("the weekend", "2025-W39-WE")),
	none(R, "Agents met at the Winter Meetings in a desert city."),
	c(R, "Rents fell over the summer.", w("summer", "2025-SU")),
	// Holidays.
	c(R, "The boat was found on Thanksgiving Day.", w("Thanksgiving Day", "2024-11-28", gran(GranDay))),
	c(R, "The ferry will resume on Christmas Day.", w("Christmas Day", "2025-12-25")),
	c(R, "The strike began last Easter.", w("last Easter", "2025-04-20")),
	c(R, "Polls close on Election Day 2026.", w("Election Day 2026", "2026-11-03", res(ResolvedAbsolute))),
	none(R, "Stalls sold Christmas trees."),
	c(R, "The skiff was found off Varro last Thanksgiving following a storm.", w("last Thanksgiving", "2024-11-28")),
	c("2025-04-14", "The Orsk bakery shuts for Easter week.", w("Easter week", "2025-W16", gran(GranWeek))),
	c(R, "The shops of Dunmarra closed in Easter week.", w("Easter week", "2025-W16")),
	// Years said in words (broadcast transcripts).
	c(R, "The mill closed in nineteen eighty-four.", w("nineteen eighty-four", "1984", gran(GranYear))),
	c(R, "Prices peaked in January nineteen ninety-one.", w("January nineteen ninety-one", "1991-01")),
	c(R, "The bridge was due by the year two thousand.", w("the year two thousand", "2000")),
	c(R, "Ice closed the port in the winter of nineteen seventy-nine.", w("the winter of nineteen seventy-nine", "1979-WI")),
	none(R, "Nineteen people were hurt."),
	// "this coming" and "this past" name the next or the last one.
	c("2025-10-01", "The ferry vote is this coming Sunday, said Ulla Varn.", w("this coming Sunday", "2025-10-05")),
	c("2025-10-01", "The fair in Oskel opens coming Monday morning.", w("coming Monday morning", "2025-10-06TMO", typ(Time))),
	c("2025-10-01", "The dam was repaired this past spring.", w("this past spring", "2025-SP")),
	c("2025-10-01", "Mayor Tull resigned this past Tuesday.", w("this past Tuesday", "2025-09-30")),
	c("2025-10-01", "Fares will rise in the coming months.", w("the coming months", FutureRef)),
	// "will one day" is some day ahead; "one day" of work a duration.
	c(R, "Kesk harbour will one day be the largest in the north.", w("one day", FutureRef)),
	c(R, "The strike lasted one day.", w("one day", "P1D", typ(Duration))),
	c(R, "The Kesk ferry ran aground in mid-afternoon yesterday.", w("mid-afternoon yesterday", "2025-09-27TAF", typ(Time), mod("MID"))),
	none(R, "The boats leave in the early morning."),
	// "post-1961", "pre-1990": the year, with the side as its mod.
	c(R, "Post-1961 flats line the Varn road.", w("Post-1961", "1961", mod("AFTER"))),
	c(R, "Rents returned to pre-1990 levels.", w("pre-1990", "1990", mod("BEFORE"))),
	none(R, "The post-war order held."),
	// "late yesterday", "early today": the modifier is in the span.
	c(R, "The Brevik ferry docked late yesterday.", w("late yesterday", "2025-09-27", mod("END"))),
	c(R, "Shares of the mill rose early today.", w("early today", "2025-09-28", mod("START"))),
	// The nearest tense cue decides.
	c("2025-10-01", "Officials who will attend said Monday that talks resume.", w("Monday", "2025-09-29")),
	c("2025-10-01", "The council said it will meet Friday.", w("Friday", "2025-10-03")),
	c("2025-10-01", "The envoy could arrive as early as Monday.", w("Monday", "2025-10-06")),
	c("2025-03-10", "Police have searched since the Oct. 12 raid.", w("Oct. 12", "2024-10-12")),
	c("2025-02-10", "The fair would still be held on April 24.", w("April 24", "2025-04-24")),
	c("2025-11-02", "The dividend is payable Jan. 2 to holders.", w("Jan. 2", "2026-01-02")),
	c("2025-10-01", "Crews planned to leave on Thursday.", w("Thursday", "2025-10-02")),              // a weak cue, two days ahead
	c("2025-10-01", "The mayor would say only that the dam held Monday.", w("Monday", "2025-09-29")), // a weak cue, a week ahead: the past one
	// A passive infinitive looks ahead; a month with no cue at all is the
	// one just gone unless it is at most four months ahead.
	c("2025-10-30", "She added that the rules to be published in early November would apply.", w("early November", "2025-11", mod("START"))),
	c("2025-10-30", "The Tollan mill's share high of $42 in March is a record.", w("March", "2025-03")),
	c("2025-10-30", "The Tollan mill's share high of $42 in February is a record.", w("February", "2026-02")),
	c("2025-10-30", "The ferry to Osk runs again in January, a spokesman for the line says.", w("January", "2026-01")),
	// The cue after the date may stand up to twelve tokens on.
	c("2025-10-25", "In January, a week after the grain fair, a silo burned.", w("January", "2025-01"), w("a week", "P1W")),
	// Times dated from the last date named, not from the reference.
	c(R, "Maro Veit was made a colonel on May 22, 2019, and the following year he joined the staff.", w("May 22, 2019", "2019-05-22"), w("the following year", "2020", res(ResolvedAnchor))),
	c(R, "Prices peaked in March 2021. The following month, the mill was sold.", w("March 2021", "2021-03"), w("The following month", "2021-04")),
	c(R, "She left Arvel in June 2019 and returned later that year.", w("June 2019", "2019-06"), w("later that year", "2019")),
	c(R, "The barn burned on Oct. 3, 2020. Earlier that day, a warning was sent.", w("Oct. 3, 2020", "2020-10-03"), w("Earlier that day", "2020-10-03")),
	c(R, "He was detained on Feb. 2, 2024 and released the next morning.", w("Feb. 2, 2024", "2024-02-02"), w("the next morning", "2024-02-03TMO", typ(Time))),
	c("2025-10-27", "The index fell Friday, down 4% from the previous Friday.", w("Friday", "2025-10-24"), w("the previous Friday", "2025-10-17")),
	none(R, "You get a bad headline and you sell that day."),
	c(R, "The site went down in October 2024 and was restored that same day.", w("October 2024", "2024-10"), w("that same day", "2024-10-XX")),
	none(R, "The next day is always harder, the coach said."),
	// Year-end, with the year it ends; since year-end, the last one.
	c(R, "The sale should close by year-end.", w("year-end", "2025", mod("END"))),
	c(R, "The bank must comply by year's end.", w("year's end", "2025", mod("END"))),
	c(R, "The index is up 4% since year-end.", w("year-end", "2024", mod("END"))),
	c(R, "Sales in the current fiscal year that ends in June rose.", w("the current fiscal year", "2025"), w("June", "2025-06")),
	// A clock time takes the date of its sentence; "Dr." ends none.
	c(R, "At 10 a.m. Dr. Varga arrived on May 3, 2025.", w("10 a.m.", "2025-05-03T10:00", typ(Time)), w("May 3, 2025", "2025-05-03")),
	c(R, "At 9 p.m. Rev. Amsel rang the bell on June 8, 2024.", w("9 p.m.", "2024-06-08T21:00", typ(Time)), w("June 8, 2024", "2024-06-08")),
	c(R, "The lock shut at 10 a.m. It reopened on May 3, 2025.", w("10 a.m.", "T10:00", typ(Time)), w("May 3, 2025", "2025-05-03")),
	// A title in quotes is no time; uncounted centuries are PXC.
	none(R, `The minister spoke on the talk show "This Week" again.`),
	c(R, "The tower dominated the skyline for centuries.", w("centuries", "PXC", typ(Duration))),
}

func TestTimeMLConventions(t *testing.T) {
	for _, tc := range timemlCases {
		t.Run(tc.ref+" "+tc.text, func(t *testing.T) {
			got := Tag(tc.text, tc.options())
			if msg := mismatch(got, tc.want); msg != "" {
				for _, g := range got {
					t.Logf("got %q %s %s gran=%s mod=%s wd=%s res=%s", g.Text, g.Type, g.Value, g.Granularity, g.Mod, g.Weekday, g.Resolution)
				}
				t.Errorf("%s: want %+v", msg, tc.want)
			}
		})
	}
}

func TestTIMEX3SplitsRanges(t *testing.T) {
	cases := []struct {
		text string
		want [][2]string // text, value of each TIMEX3
	}{
		{"Rule lasted from 1947-1991.", [][2]string{{"1947", "1947"}, {"1991", "1991"}}},
		{"The drought of 1957-58 ended.", [][2]string{{"1957", "1957"}, {"58", "1958"}}},
		{"The fair runs April 24 and 25.", [][2]string{{"April 24", "2025-04-24"}, {"25", "2025-04-25"}}},
		{"Shares were bought from Aug. 26 to Oct. 20.", [][2]string{{"Aug. 26", "2025-08-26"}, {"Oct. 20", "2025-10-20"}}},
		{"She has led it 2014 \u2013 Present.", [][2]string{{"2014", "2014"}, {"Present", PresentRef}}},
		{"The summit ran 28-30 September.", [][2]string{{"28-30 September", "2025-09-28"}}},
	}
	for _, tc := range cases {
		got := TIMEX3(Tag(tc.text, Options{Reference: mustRef(R)}))
		var pairs [][2]string
		for _, x := range got {
			pairs = append(pairs, [2]string{x.Text, x.Value})
			assert.Equal(t, x.Text, tc.text[x.Start:x.End], "offsets of %q", x.Text)
			if len(tc.want) == 2 {
				assert.Empty(t, x.RangeEnd, "a split part is no range")
			}
		}
		assert.Equal(t, tc.want, pairs, tc.text)
	}
}

func mustRef(s string) time.Time { return tagCase{ref: s}.options().Reference }
