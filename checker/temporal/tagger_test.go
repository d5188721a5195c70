package temporal

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Reference dates used in the table.
const (
	R  = "2025-09-28" // a Sunday
	R2 = "2024-03-15" // a Friday in a leap year
	R3 = "2025-01-10" // a Friday in early January
)

// tagCases are invented sentences about invented people and places.
var tagCases = []tagCase{
	// Absolute dates, month first.
	c(R, "The Varnholt flood talks opened on September 28, 2025, in the old mill.", w("September 28, 2025", "2025-09-28", typ(Date), gran(GranDay), res(ResolvedAbsolute))),
	c(R, "Mayor Ilsabet Quorn signed the levy on Sept. 12, 2024.", w("Sept. 12, 2024", "2024-09-12")),
	c(R, "The ferry strike ended Oct 3 2023 after a week.", w("Oct 3 2023", "2023-10-03"), w("a week", "P1W", typ(Duration))),
	c(R, "Records from January 7th, 1998 were lost.", w("January 7th, 1998", "1998-01-07")),
	c(R, "A charter dated Feb. 29, 2024 surfaced.", w("Feb. 29, 2024", "2024-02-29")),
	c(R, "The dam of Kettering Vale was sealed on december 1, 1987.", w("december 1, 1987", "1987-12-01")),
	c("", "The Orlo accord was signed on June 4, 2019.", w("June 4, 2019", "2019-06-04", res(ResolvedAbsolute))),
	// Day first.
	c(R, "Ambassador Tessaly Moor arrived on 28 September 2025.", w("28 September 2025", "2025-09-28")),
	c(R, "The cable was laid on 3 Jan. 2011 near Porthkell.", w("3 Jan. 2011", "2011-01-03")),
	c(R, "On the 15th of August 1947 the bells rang in Dunmarra.", w("15th of August 1947", "1947-08-15")),
	c(R, "Voting closes on 2 October, officials in Brevik said.", w("2 October", "2025-10-02", res(ResolvedYearFromRef))),
	c(R, "The audit covered 30-31 August in the harbour office.", w("30-31 August", "2025-08-30", rng("2025-08-31"))),
	// Numeric dates.
	c(R, "The ledger entry reads 2025-09-28 in blue ink.", w("2025-09-28", "2025-09-28")),
	c(R, "Printed 2019/11/05 at the Halverd press.", w("2019/11/05", "2019-11-05")),
	tagCase{ref: R, text: "Gazette Ostrava (29/9/2025): the council met.", want: []wantExpr{w("29/9/2025", "2025-09-29")}},
	c(R, "Filed 9/29/2025 by clerk Amon Dace.", w("9/29/2025", "2025-09-29")),
	c(R, "The memo is dated 3/4/2025.", w("3/4/2025", "2025-03-04")),
	tagCase{ref: R, dayFirst: true, text: "The memo is dated 3/4/2025.", want: []wantExpr{w("3/4/2025", "2025-04-03")}},
	c(R, "Stamped 12.05.2021 in the Veldt archive.", w("12.05.2021", "2021-12-05")),
	tagCase{ref: R, dayFirst: true, text: "Stamped 12.05.2021 in the Veldt archive.", want: []wantExpr{w("12.05.2021", "2021-05-12")}},
	c(R, "A note from 7/4/98 was found.", w("7/4/98", "1998-07-04")),
	c(R, "A receipt from 31-12-2020 was shown.", w("31-12-2020", "2020-12-31")),
	none(R, "The code 13/14/2020 is not a date."),
	none(R, "Release 1.2.2025.4 shipped."),
	// Month and year, years.
	c(R, "The Alder Summit in March 2025 went badly.", w("March 2025", "2025-03", gran(GranMonth))),
	c(R, "Plans drawn up in March of 2019 were shelved.", w("March of 2019", "2019-03")),
	c(R, "By June, 2021 the quarry had closed.", w("June, 2021", "2021-06")),
	c(R, "The tunnel opened in 1998.", w("1998", "1998", gran(GranYear))),
	c(R, "Fishing quotas have fallen since 2019.", w("2019", "2019")),
	c(R, "The plan must be finished by 2030.", w("2030", "2030")),
	c(R, "Turnout fell ahead of the 2025 elections in Mirrow.", w("2025", "2025")),
	c(R, "The 2031 budget was tabled early.", w("2031", "2031")),
	c(R, "The mill cited costs from its 1988 refit.", w("1988", "1988")),
	c(R, "The guild's 2019 accounts were late.", w("2019", "2019")),
	c(R, "That 1978 accord still binds Orvey.", w("1978", "1978")),
	none(R, "Its 1500 looms fell silent."),
	c(R, "Nothing like it had happened before 1850.", w("1850", "1850")),
	c(R, "The Keln republic was founded in 1066.", w("1066", "1066")),
	c(R, "The year 2000 passed quietly in Ostmark.", w("2000", "2000")),
	c(R, "2024 was a hard year for the growers.", w("2024", "2024")),
	c(R, "The film (2012) starred Inge Solberg.", w("2012", "2012")),
	c(R, "In 1990, 2001 and 2016 the river flooded.", w("1990", "1990"), w("2001", "2001"), w("2016", "2016")),
	// Ranges.
	c(R, "The Long Truce (1947-1991) shaped the valley.", w("1947-1991", "1947", rng("1991"))),
	c(R, "Governor Pell served 2014 – Present without a break.", w("2014 – Present", "2014", rng(PresentRef))),
	c(R, "Chair of the board, 2019-present.", w("2019-present", "2019", rng(PresentRef))),
	c(R, "The 2024-25 season was cancelled.", w("2024-25", "2024", rng("2025"))),
	c(R, "Her tenure (1991–2000) ended in scandal.", w("1991–2000", "1991", rng("2000"))),
	c(R, "The fair runs from May 3 to 5 in Lindqvist Park.", w("May 3 to 5", "2025-05-03", rng("2025-05-05"))),
	c(R, "Hearings were held May 3 and 4 at the guildhall.", w("May 3 and 4", "2025-05-03", rng("2025-05-04"))),
	c(R, "The congress meets September 28-30, 2025 in Tarvik.", w("September 28-30, 2025", "2025-09-28", rng("2025-09-30"))),
	c(R, "Markets close December 30 – January 2 each winter.", w("December 30 – January 2", "2025-12-30", rng("2026-01-02")), w("each winter", "XXXX-WI", typ(Set))),
	// Month and day without a year.
	c(R, "The Initial August 15th Summit drew crowds.", w("August 15th", "2025-08-15", res(ResolvedYearFromRef))),
	c("", "The Initial August 15th Summit drew crowds.", w("August 15th", "XXXX-08-15", gran(GranDay), res(ResolvedUnresolved))),
	c(R, "Crews return Sept. 28 to the quarry.", w("Sept. 28", "2025-09-28")),
	c(R, "The vote on Sep 30 is final.", w("Sep 30", "2025-09-30")),
	c(R, "A hearing is set for January 5 in Gorse.", w("January 5", "2026-01-05")),
	c(R, "The thaw began on March 31, witnesses say.", w("March 31", "2025-03-31")),
	c(R, "Talks are pencilled in for March 20.", w("March 20", "2026-03-20")),
	c(R2, "The leap-day ball was held on Feb. 29.", w("Feb. 29", "2024-02-29")),
	c(R3, "The lantern fair ended December 20.", w("December 20", "2024-12-20")),
	c("", "Delegates left Sept. 28 for the coast.", w("Sept. 28", "XXXX-09-28", res(ResolvedUnresolved))),
	c(R, "Payment is due on the 15th.", w("the 15th", "2025-09-15", res(ResolvedReference))),
	c("", "Payment is due on the 15th.", w("the 15th", "XXXX-XX-15", res(ResolvedUnresolved))),
	c(R, "It was built in the 15th century.", w("the 15th century", "14", gran(GranCentury), res(ResolvedAbsolute))),
	c(R, "A 9th-century chapel stands on the ridge.", w("9th-century", "08")),
	c(R, "She called herself a 21st century farmer.", w("21st century", "20")),
	none(R, "The skier from Holmvik finished 15th of forty."),
	none(R, "She lives on the 3rd floor."),
	// Months alone.
	c(R, "Councillor Brannoch resigned in March.", w("March", "2025-03", res(ResolvedYearFromRef))),
	c(R, "The bridge will reopen in March.", w("March", "2026-03")),
	c(R, "Their August summit in Corvane was short.", w("August", "2025-08")),
	c(R, "Harvests failed in October.", w("October", "2024-10")),
	c(R, "The council is expected to vote in October.", w("October", "2025-10")),
	c(R, "Rents rose sharply in May.", w("May", "2025-05")),
	c(R, "By November the pass was snowed in.", w("November", "2024-11")),
	c(R3, "Snow fell in December across Hallin.", w("December", "2024-12")),
	c("", "Farmers protested in March.", w("March", "XXXX-03", res(ResolvedUnresolved))),
	c(R, "Since July the ferries have run late.", w("July", "2025-07")),
	// Weekday + date pairs.
	c(R, "Sunday, September 28, 2025", w("Sunday, September 28, 2025", "2025-09-28", wd("Sunday"))),
	c(R, "Wednesday, 2 April saw the first thaw.", w("Wednesday, 2 April", "2025-04-02", wd("Wednesday"))),
	c(R, "Crews met Monday (Sept. 29) at dawn.", w("Monday (Sept. 29)", "2025-09-29", wd("Monday"))),
	c(R, "The notice is dated Friday, September 28, 2025.", w("Friday, September 28, 2025", "2025-09-28", wd("Friday"))),
	c("", "Published Tue, 4 Mar 2025 by the Lorn Gazette.", w("Tue, 4 Mar 2025", "2025-03-04", wd("Tuesday"))),
	c(R, "Thursday 11 September 2025: the hearing resumed.", w("Thursday 11 September 2025", "2025-09-11", wd("Thursday"))),
	// Weekdays alone.
	c(R, "The ministry announced Monday that the mine would close.", w("Monday", "2025-09-22", wd("Monday"), res(ResolvedReference))),
	c(R, "The pair met on Sunday in Harrowgate.", w("Sunday", "2025-09-28", wd("Sunday"))),
	c(R, "Envoys will meet on Sunday in Harrowgate.", w("Sunday", "2025-10-05")),
	c(R, "The ruling is due to be published on Thursday.", w("Thursday", "2025-10-02")),
	c(R, "The board is scheduled to meet Wednesday.", w("Wednesday", "2025-10-01")),
	c(R, "Protesters gathered Friday outside the mill.", w("Friday", "2025-09-26")),
	c(R, "Tuesday's vote surprised the guild.", w("Tuesday", "2025-09-23")),
	c(R, "Rescuers reached the village Saturday morning.", w("Saturday morning", "2025-09-27TMO", typ(Time), gran(GranTime))),
	c(R, "The ceasefire held until Thursday night.", w("Thursday night", "2025-09-25TNI")),
	c(R, "Envoys arrive next Friday.", w("next Friday", "2025-10-03")),
	c(R, "The market burned last Friday.", w("last Friday", "2025-09-26")),
	c(R, "The poll closed last Sunday.", w("last Sunday", "2025-09-21")),
	c(R, "The fair opens this Friday.", w("this Friday", "2025-10-03")),
	c(R, "The final is this Sunday.", w("this Sunday", "2025-09-28")),
	c(R2, "The guild voted on Monday to strike.", w("Monday", "2024-03-11")),
	c(R2, "The guild will vote next Monday.", w("next Monday", "2024-03-18")),
	c("", "The call for a summit was made on Saturday.", w("Saturday", Unresolved, wd("Saturday"), res(ResolvedUnresolved))),
	c("", "Riders will set out next Tuesday.", w("next Tuesday", Unresolved, wd("Tuesday"))),
	c(R, "Markets open on Mondays in Selk.", w("Mondays", "XXXX-WXX-1", typ(Set))),
	c(R, "Sunday\nThe mayor of Quill spoke at length.", w("Sunday", "2025-09-28")),
	// Weekday traps.
	none(R, "The Sunday Times ran the story first."),
	none(R, "She writes a column for the Mail on Sunday."),
	none(R, "The Good Friday agreement was a model for the Orrin pact."),
	none(R, "Shops expect huge Black Friday sales."),
	none(R, "He sat by the fire."),
	none(R, "They wed quietly."),
	none(R, "The Sun printed a retraction."),
	// Yesterday, today and friends.
	c(R, "The envoy left yesterday.", w("yesterday", "2025-09-27", res(ResolvedReference))),
	c(R, "Talks resume today in Brask.", w("today", "2025-09-28")),
	c(R, "Today's ruling angered the guild.", w("Today", "2025-09-28")),
	c(R, "A verdict is expected tomorrow.", w("tomorrow", "2025-09-29")),
	c(R, "The mayor speaks tonight.", w("tonight", "2025-09-28TNI", typ(Time))),
	c(R, "Shots were heard yesterday morning.", w("yesterday morning", "2025-09-27TMO")),
	c(R, "Crews will return tomorrow evening.", w("tomorrow evening", "2025-09-29TEV")),
	c(R, "Ministers met this morning.", w("this morning", "2025-09-28TMO")),
	c(R, "Storms hit the coast last night.", w("last night", "2025-09-27TNI")),
	c("", "The envoy left yesterday.", w("yesterday", Unresolved, res(ResolvedUnresolved))),
	none(R, "USA Today carried the story."),
	// Last/this/next units.
	c(R, "Prices rose last week.", w("last week", "2025-W38", gran(GranWeek))),
	c(R, "The board meets this week.", w("this week", "2025-W39")),
	c(R, "Inspectors arrive next week.", w("next week", "2025-W40")),
	c(R, "Exports fell last month.", w("last month", "2025-08", gran(GranMonth))),
	c(R, "The fund closes this month.", w("this month", "2025-09")),
	c(R, "The ferry resumes next month.", w("next month", "2025-10")),
	c(R, "The harvest failed last year.", w("last year", "2024", gran(GranYear))),
	c(R, "Crime fell this year.", w("this year", "2025")),
	c(R, "Elections are due next year.", w("next year", "2026")),
	c(R, "The guild fought all last weekend.", w("last weekend", "2025-W38-WE")),
	c(R, "The archive grew this decade.", w("this decade", "202", gran(GranDecade))),
	c(R2, "Sales slumped last week.", w("last week", "2024-W10")),
	c(R2, "Sales slumped last month.", w("last month", "2024-02")),
	c(R3, "The pier reopens next week.", w("next week", "2025-W03")),
	c(R3, "The pier closed last week.", w("last week", "2025-W01")),
	c(R3, "Tolls rose last year.", w("last year", "2024")),
	c(R3, "Rains came last December.", w("last December", "2024-12")),
	c(R, "Rains came last August.", w("last August", "2025-08")),
	c(R, "Rains came last September.", w("last September", "2024-09")),
	c(R, "Repairs start next March.", w("next March", "2026-03")),
	c("", "Prices rose last week.", w("last week", Unresolved, res(ResolvedUnresolved))),
	c("", "Elections are due next year.", w("next year", Unresolved)),
	// Seasons.
	c(R, "The canal was drained this summer.", w("this summer", "2025-SU", gran(GranSeason))),
	c(R, "The canal was drained last summer.", w("last summer", "2025-SU")),
	c(R, "The canal will be drained next summer.", w("next summer", "2026-SU")),
	c(R, "The pass closed last winter.", w("last winter", "2024-WI")),
	c(R, "The pass will close this winter.", w("this winter", "2025-WI")),
	c(R, "Lambing begins next spring.", w("next spring", "2026-SP")),
	c(R, "The summer of 2019 was dry in Hask.", w("summer of 2019", "2019-SU")),
	c(R, "Work begins autumn 2026.", w("autumn 2026", "2026-FA")),
	c(R2, "The pass closed last winter.", w("last winter", "2023-WI")),
	c(R3, "The pass is shut this winter.", w("this winter", "2024-WI")),
	c(R, "Floods came in the spring.", w("spring", "2025-SP")),
	none(R, "The Arab Spring began elsewhere."),
	none(R, "They planned the spring offensive."),
	none(R, "Prices fall when supply rises."),
	// Modifiers.
	c(R, "Work resumed early 2025.", w("early 2025", "2025", mod("START"))),
	c(R, "The strike ended in mid-August.", w("mid-August", "2025-08", mod("MID"))),
	c(R, "The mine closed late last year.", w("late last year", "2024", mod("END"))),
	c(R, "Tourism boomed in the late 1990s.", w("the late 1990s", "199", mod("END"), gran(GranDecade))),
	c(R, "Rising tensions marked the Early 2000s.", w("the Early 2000s", "200", mod("START"))),
	c(R, "A new pier opens in mid-2026.", w("mid-2026", "2026", mod("MID"))),
	c(R, "The pact lapsed in early March.", w("early March", "2025-03", mod("START"))),
	c(R, "Snow came in late May.", w("late May", "2025-05", mod("END"))),
	c(R, "The deal was struck earlier this year.", w("earlier this year", "2025", gran(GranYear))),
	c("", "The deal was struck earlier this year.", w("earlier this year", Unresolved, res(ResolvedUnresolved))),
	c(R, "A report is due later this month.", w("later this month", "2025-09")),
	c(R, "The envoy spoke earlier today.", w("earlier today", "2025-09-28")),
	c(R, "The road must be finished by the end of the year.", w("the end of the year", "2025", mod("END"))),
	c(R, "Talks resume at the beginning of next month.", w("the beginning of next month", "2025-10", mod("START"))),
	c(R, "The levy expires at the end of 2026.", w("the end of 2026", "2026", mod("END"))),
	c(R, "Ice forms by the middle of January.", w("the middle of January", "2026-01", mod("MID"))), // no tense cue: the nearer January
	c(R, "Snow is expected in late October.", w("late October", "2025-10", mod("END"))),
	c(R, "Snow fell in late October.", w("late October", "2024-10", mod("END"))),
	none(R, "The late senator Harrow left no will."),
	none(R, "Voters demanded early elections."),
	none(R, "The end of the war came slowly."),
	// Decades and centuries.
	c(R, "Growth stalled in the 1990s.", w("the 1990s", "199", gran(GranDecade))),
	c(R, "The town boomed in the 2000s.", w("the 2000s", "200")),
	c(R, "Mills spread in the 1800s.", w("the 1800s", "18", gran(GranCentury))),
	c(R, "It was a hit in the '80s.", w("'80s", "198")),
	c(R, "It was a hit in the 80s.", w("80s", "198")),
	// Vague references.
	c(R, "Ties have frayed in recent years.", w("recent years", PastRef, res(ResolvedVague))), // TIMEX3 leaves "in" out
	c(R, "Recent months have been calm.", w("Recent months", "PXM", typ(Duration))),
	c(R, "The guild recently changed hands.", w("recently", PastRef)),
	c(R, "A deal is expected in the coming weeks.", w("the coming weeks", FutureRef)),
	c(R, "The ferry will soon resume.", w("soon", FutureRef)),
	c(R, "Cargo is currently stuck in Lysk.", w("currently", PresentRef)),
	c(R, "The pier is now closed.", w("now", PresentRef)),
	c(R, "For now, the gate stays shut.", w("now", PresentRef)),
	c(R, "Nowadays few boats call at Orm.", w("Nowadays", PresentRef)),
	c(R, "At present the mill is idle.", w("At present", PresentRef)),
	c(R, "Such storms were rarer in the past.", w("the past", PastRef)),
	c(R, "A bridge may be built in the near future.", w("the near future", FutureRef)),
	none(R, "Now, the question is whether the levee holds."),
	none(R, "Now that the rains have stopped, crews can dig."),
	none(R, "Leave as soon as the bell rings."),
	none(R, "The future of the harbour is unclear."),
	none(R, "Interference in the past election was alleged."),
	none(R, "Recent talks went nowhere."),
	// Ago and from now.
	c(R, "The dam cracked two days ago.", w("two days ago", "2025-09-26", gran(GranDay))),
	c(R, "The vote was held a year ago.", w("a year ago", "2024", gran(GranYear))),
	c(R, "The fire started three weeks ago.", w("three weeks ago", "2025-W36", gran(GranWeek))),
	c(R, "The guild split six months ago.", w("six months ago", "2025-03")),
	c(R, "The pact was signed 10 years ago.", w("10 years ago", "2015")),
	c(R, "The mill shut a few years ago.", w("a few years ago", PastRef)),
	c(R, "The canal opens two weeks from now.", w("two weeks from now", "2025-W41")),
	c(R2, "The fair ended two weeks ago.", w("two weeks ago", "2024-W09")),
	c(R2, "The fair ended yesterday.", w("yesterday", "2024-03-14")),
	c("", "The dam cracked two days ago.", w("two days ago", Unresolved, res(ResolvedUnresolved))),
	// Durations.
	c(R, "The siege lasted two days.", w("two days", "P2D", typ(Duration), gran(GranDay))),
	c(R, "He served five years in Calder jail.", w("five years", "P5Y", typ(Duration))),
	c(R, "They talked for an hour.", w("an hour", "PT1H")),
	c(R, "A three-day strike shut the docks.", w("three-day", "P3D")),
	c(R, "The 10-year lease expired.", w("10-year", "P10Y")),
	c(R, "A 24-hour curfew was imposed.", w("24-hour", "PT24H")),
	c(R, "The search took 90 minutes.", w("90 minutes", "PT90M")),
	c(R, "Rebuilding took several weeks.", w("several weeks", "PXW")),
	c(R, "Repairs will take a few months.", w("a few months", "PXM")),
	c(R, "The feud has lasted for years.", w("years", "PXY")),
	c(R, "The canal was dug over a decade.", w("a decade", "P10Y")), // "over" stays outside; TimeML counts decades in years
	c(R, "Output doubled over the past decade.", w("the past decade", "P10Y")),
	c(R, "Rents rose over the past two years.", w("the past two years", "P2Y")),
	c(R, "Fares climbed in the last three months.", w("the last three months", "P3M")),
	c(R, "Ships will be checked in the next few weeks.", w("the next few weeks", "PXW")),
	c(R, "The strike lasted twenty-five days.", w("twenty-five days", "P25D")),
	c(R, "Fewer boats came in the last year.", w("the last year", "2024", typ(Date))),
	c(R, "The vote took a fortnight.", w("a fortnight", "P2W")),
	c(R, "A couple of days passed.", w("A couple of days", "P2D")),
	none(R, "5 min read"),
	none(R, "The mayor sought a second term."),
	// Clock times.
	c(R, "The market opens at 10 a.m. daily.", w("10 a.m.", "T10:00", typ(Time), gran(GranTime)), w("daily", "P1D", typ(Set))),
	c(R, "The blast came at 10:30 pm local time.", w("10:30 pm", "T22:30")),
	c(R, "The train left at 14:30.", w("14:30", "T14:30")),
	c(R, "Bells ring at noon.", w("noon", "T12:00")),
	c(R, "The curfew starts at midnight.", w("midnight", "T24:00")),
	c(R, "Crews gathered at 6am.", w("6am", "T06:00")),
	c(R, "The group meets at 7.30pm on Tuesdays.", w("7.30pm", "T19:30"), w("Tuesdays", "XXXX-WXX-2", typ(Set))),
	none(R, "Last but not least, the decision this time is final."),
	c(R, "Doors open at 12 p.m.", w("12 p.m.", "T12:00")),
	c(R, "The ferry sank at 9 a.m. on Sunday.", w("9 a.m.", "2025-09-28T09:00"), w("Sunday", "2025-09-28")),
	c(R, "On September 3, 2025 at 14:05 the siren sounded.", w("September 3, 2025", "2025-09-03"), w("14:05", "2025-09-03T14:05")),
	c(R, "The count ended at 23:59:30.", w("23:59:30", "T23:59")),
	// Clock times as some copy tokenises them.
	c(R, "The march set off at about 8 p. m. from the square.", w("8 p. m.", "T20:00")),
	c(R, "The blast came at 8:30 p. m. near the pier.", w("8:30 p. m.", "T20:30")),
	c(R, "The protest began around 8: 30pm near the pier.", w("8: 30pm", "T20:30")),
	none(R, "The ratio was 3: 45 at the close."),
	none(R, "The ratio was 3:1 in favour."),
	// Sets.
	c(R, "The fair is held every year in Dunmore.", w("every year", "P1Y", typ(Set))),
	c(R, "The council meets weekly.", w("weekly", "P1W")),
	c(R, "Buses leave each Monday.", w("each Monday", "XXXX-WXX-1")),
	c(R, "Elections are held every two years.", w("every two years", "P2Y")),
	c(R, "Inspectors visit twice a year.", w("twice a year", "P1Y")),
	c(R, "The levy is paid annually.", w("annually", "P1Y")),
	c(R, "Boats leave every day at dawn.", w("every day", "P1D")),
	c(R, "Ferries run every Sunday.", w("every Sunday", "XXXX-WXX-7")),
	none(R, "The Daily Clarion ran the story."),
	// Modal may, march and friends.
	none(R, "It may rain on the coast."),
	none(R, "Officials said the bridge may reopen."),
	none(R, "May the talks succeed."),
	none(R, "Farmers plan to march on the capital."),
	none(R, "A protest march crossed the square."),
	none(R, "They march on regardless."),
	none(R, "Option 2 may be cheaper."),
	c(R, "Rain fell in May.", w("May", "2025-05")),
	c(R, "The dig starts May 3.", w("May 3", "2025-05-03")),
	c(R, "The dig started March 3.", w("March 3", "2025-03-03")),
	none(R, "June Okafor chaired the meeting."),
	none(R, "Jan Kowalczyk was elected."),
	// Sentences with several expressions, and more of everything.
	c(R, "Flooding hit Osk on 4 July and again on 9 July.", w("4 July", "2025-07-04"), w("9 July", "2025-07-09")),
	c(R, "Between 2019 and 2021 the port shrank.", w("2019", "2019"), w("2021", "2021")),
	c(R, "From 1990 to 1995 the mill thrived.", w("1990", "1990"), w("1995", "1995")),
	c(R, "The envoy, who arrived Sept. 3, left Sept. 5.", w("Sept. 3", "2025-09-03"), w("Sept. 5", "2025-09-05")),
	c(R2, "Talks were held on Wednesday and Thursday.", w("Wednesday", "2024-03-13"), w("Thursday", "2024-03-14")),
	c(R3, "The ferry will return in February.", w("February", "2025-02")),
	c(R, "Ice covered the lake from December 2024 to February 2025.", w("December 2024", "2024-12"), w("February 2025", "2025-02")),
	c(R, "The strike began on 1 August and ended on 12 August.", w("1 August", "2025-08-01"), w("12 August", "2025-08-12")),
	c(R, "Mayor Tull met envoys Tuesday and Wednesday.", w("Tuesday", "2025-09-23"), w("Wednesday", "2025-09-24")),
	c(R, "By 2040, the harbour may be gone.", w("2040", "2040")),
	c(R, "The 1918 flu reached Varn.", w("1918", "1918")),
	c(R, "In the winter of 1999 the river froze.", w("winter of 1999", "1999-WI")),
	c(R, "The accord lapsed on 1 January 2020.", w("1 January 2020", "2020-01-01")),
	c(R, "Shelling resumed at 5:45 a.m. Monday.", w("5:45 a.m. Monday", "2025-09-22T05:45", typ(Time), wd("Monday"))),
	c(R, "The ship docked at 7 pm.", w("7 pm", "T19:00")),
	c(R, "He was born on 12 March 1961.", w("12 March 1961", "1961-03-12")),
	c(R, "The election is on November 4.", w("November 4", "2025-11-04")),
	c(R, "The fair lasted from Friday to Sunday.", w("Friday", "2025-09-26"), w("Sunday", "2025-09-28")),
	c(R, "The guild was founded 150 years ago.", w("150 years ago", "1875")),
	c(R, "The moratorium lasts 18 months.", w("18 months", "P18M")),
	c(R, "Fares went up on January 1.", w("January 1", "2025-01-01")),
	c(R, "Crews will resume work on January 1.", w("January 1", "2026-01-01")),
	c(R, "Talks ran late into Tuesday night.", w("Tuesday night", "2025-09-23TNI")),
	c(R, "The 2020s have been turbulent.", w("The 2020s", "202")),
	c(R, "Mid-September rains flooded Kell.", w("Mid-September", "2025-09", mod("MID"))),
	c(R, "Voters return to the polls on Sunday, Oct. 12.", w("Sunday, Oct. 12", "2025-10-12", wd("Sunday"))),
	c(R, "The law took effect Jan. 1, 2024.", w("Jan. 1, 2024", "2024-01-01")),
	c(R, "The rally was on 14 Feb.", w("14 Feb.", "2025-02-14")), // the abbreviation keeps its period
	c(R, "The season opens on the 3rd.", w("the 3rd", "2025-09-03")),
	c(R, "A storm is forecast for Thursday.", w("Thursday", "2025-10-02")),
	c(R, "Two years later the dam burst.", w("Two years", "P2Y")),
	c(R, "Every summer the lake shrinks.", w("Every summer", "XXXX-SU", typ(Set))),
	c(R, "Nightly curfews continue.", w("Nightly", "P1D", typ(Set))),
	c(R, "The treaty expires in 2031, officials said.", w("2031", "2031")),
	c(R, "Roads reopened on Monday, Sept. 22.", w("Monday, Sept. 22", "2025-09-22", wd("Monday"))),
	c(R, "The trial opened Oct. 6, 2025 and ended Oct. 10, 2025.", w("Oct. 6, 2025", "2025-10-06"), w("Oct. 10, 2025", "2025-10-10")),
	c(R, "The docks have been idle since last spring.", w("last spring", "2025-SP")),
	c(R, "Wages rose 3% in 2024.", w("2024", "2024")),
	c(R, "The fire of 1871 razed Holm.", w("1871", "1871")),
	c(R, "Officials met on the 1st and the 2nd.", w("the 1st", "2025-09-01"), w("the 2nd", "2025-09-02")),
	c(R3, "Snowfall this winter broke records.", w("this winter", "2024-WI")),
	c(R, "The canal opened in the summer of 1845.", w("summer of 1845", "1845-SU")),
	c(R, "A letter dated Thursday, 4 September 2025 was read aloud on Friday.", w("Thursday, 4 September 2025", "2025-09-04", wd("Thursday")), w("Friday", "2025-09-26")),
	c(R, "The written weekday is wrong in Monday, September 28, 2025.", w("Monday, September 28, 2025", "2025-09-28", wd("Monday"))),
	none(R, "The vote passed 52 to 48."),
	none(R, "He wore number 23."),
	none(R, "Platform 9 is closed."),
	none(R, "The 300 delegates left."),
	none(R, "The A320 landed."),
	none(R, "Route 66 is closed."),
	none(R, "The furnace hit 2025 degrees."),
	none(R, "Lot 1998 sold for $40."),
	none(R, "The Monday Club met."),
	none(R, "Tickets cost 10 euros."),
	// Numbers that are not years.
	none(R, "About 2025 people attended the rally."),
	none(R, "The ticket cost $2,000."),
	none(R, "Some 1,200 troops moved north."),
	none(R, "Section 2 of the charter applies."),
	none(R, "Article 51 was cited."),
	none(R, "The G20 summit ended."),
	none(R, "COVID-19 cases fell."),
	none(R, "Two F-16 jets flew over."),
	none(R, "The road is 100 km long."),
	none(R, "Speed is capped at 10 km/h."),
	none(R, "1. Introduction"),
	none(R, "2. Key points"),
	none(R, "Call 555-1234 for tickets."),
	none(R, "ISBN 978-3-16-148410-0"),
	none(R, "Install Python 3.11 first."),
	none(R, "The team won 3-1."),
	none(R, "Add 1/2 cup of flour."),
	none(R, "Room 2025 was booked."),
	none(R, "He scored 1999 points."),
	none(R, "Flight 1945 landed late."),
	none(R, "The motion passed 2019 votes to 1200."),
	none(R, "Unemployment hit 2000%."),
	none(R, "Serial number 4471 was logged."),
	none(R, "Chapter 11 was filed."),
	none(R, "It happened at times."),
	none(R, "It will happen in time."),
}

func TestTag(t *testing.T) {
	passed := 0
	for _, tc := range tagCases {
		ok := t.Run(tc.ref+" "+tc.text, func(t *testing.T) {
			got := Tag(tc.text, tc.options())
			if msg := mismatch(got, tc.want); msg != "" {
				for _, g := range got {
					t.Logf("got %q %s %s gran=%s mod=%s wd=%s re=%s res=%s", g.Text, g.Type, g.Value, g.Granularity, g.Mod, g.Weekday, g.RangeEnd, g.Resolution)
				}
				t.Errorf("%s: want %+v", msg, tc.want)
			}
		})
		if ok {
			passed++
		}
	}
	exprs := 0
	for _, tc := range tagCases {
		exprs += len(tc.want)
	}
	t.Logf("tag table: %d/%d cases pass (%.1f%%), %d expected expressions, %d cases expect none",
		passed, len(tagCases), 100*float64(passed)/float64(len(tagCases)), exprs, countNone())
	assert.GreaterOrEqual(t, len(tagCases), 250)
}

func countNone() int {
	n := 0
	for _, tc := range tagCases {
		if len(tc.want) == 0 {
			n++
		}
	}
	return n
}

func TestTagDetails(t *testing.T) {
	got := Tag("Gazette (29/9/2025) and 3/4/2025.", Options{})
	require.Len(t, got, 2)
	require.NotNil(t, got[0].DayFirst)
	assert.True(t, *got[0].DayFirst, "29 > 12 decides day-first")
	assert.False(t, got[0].DayFirstGuessed)
	require.NotNil(t, got[1].DayFirst)
	assert.False(t, *got[1].DayFirst, "ambiguous: month-first by default")
	assert.True(t, got[1].DayFirstGuessed)

	got = Tag("The envoy left yesterday.", Options{})
	require.Len(t, got, 1)
	assert.True(t, got[0].Relative)
	assert.Equal(t, ResolvedUnresolved, got[0].Resolution)

	got = Tag("Signed on June 4, 2019.", Options{})
	require.Len(t, got, 1)
	assert.False(t, got[0].Relative)
	assert.Equal(t, len("Signed on "), got[0].Start)
	assert.Equal(t, "June 4, 2019", "Signed on June 4, 2019."[got[0].Start:got[0].End])
}

func TestTagEmptyAndOdd(t *testing.T) {
	for _, s := range []string{"", " ", "\n\n", "2025", "-", "May", "a", "Sunday,", "The 15th", "\xff\xfe2025", "mid-", "the end of", "every", "10:"} {
		assert.NotPanics(t, func() { Tag(s, Options{}) }, s)
	}
	assert.Empty(t, Tag("", Options{}))
}

// An expression never spans a sentence end the caller gives: the part
// after it is read on its own.
func TestTagKeepsWithinBreaks(t *testing.T) {
	ref := time.Date(2031, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text   string
		breaks []int
		want   []string // texts
	}{
		{"The ferry left Tue.Jan 1 at noon", nil, []string{"Tue.Jan 1", "noon"}},
		{"The ferry left Tue.Jan 1 at noon", []int{19}, []string{"Jan 1", "noon"}},
		{"It sailed on May 3. 2031 was a dry year.", []int{19}, []string{"May 3", "2031"}},
		{"It sailed on May 3, 2031.", []int{25}, []string{"May 3, 2031"}},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range Tag(tt.text, Options{Reference: ref, Breaks: tt.breaks}) {
			got = append(got, x.Text)
			for _, b := range tt.breaks {
				assert.False(t, x.Start < b && b < x.End, "%q spans %d", x.Text, b)
			}
		}
		assert.Equal(t, tt.want, got, "%q %v", tt.text, tt.breaks)
	}
}
