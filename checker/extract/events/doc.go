// Package events finds the events an article tells of (summits, floods,
// openings, takeovers…) and the claims it makes about them: when they
// happen, where, and whether they are planned or have happened. It also
// reads number claims, weekday-with-date claims and the article's own
// dates. Vocabularies live in the embedded data files; no person, place or
// event is named in code.
//
// An event is keyed by its class and what identifies it, which depends on
// the class (checker/lexicon/data/classes.yml "ident"):
//
//   - a place, for what happens somewhere ("the flood in Tarnow", "a
//     flood hit Tarnow", "the Tarnow mayoral election");
//   - a named thing ("the opening of the Ridgeway bridge", "the Ridgeway
//     bridge opened", "the signing of the Amsel treaty");
//   - its participants, for gatherings ("the Varga-Okoro talks", "Varga and
//     Okoro will meet in Brindle", "the summit on 14 June, when Varga and
//     Okoro…", "Tarnow shareholders … at an extraordinary general
//     meeting"): a place after them is their venue, a location claim, so
//     that two articles naming two venues contradict each other. A
//     gathering of no named participants is keyed by its place; a meeting
//     of unnamed people ("farmers met in Tarnow") is too vague to key;
//   - its parties, for deals ("Quintara's takeover of Halloway Dairies",
//     "Quintara agreed to buy Halloway"): a rival's bid is another event.
//
// A mention that names none of these ("the November 10 election", "her
// inauguration", "the earthquake on 4 March") refers back to an event of
// its class named in the two sentences before, or to the article's one
// named event of its class, or else is the story's event, keyed by the
// story's place: the dateline's (not for gatherings: reporters file from
// capitals), the lead's, the headline's. An event dated a year or more
// before the article ("the 1987 earthquake") is history: never the story's
// event, and no date that far away is attached to an unnamed one. A pair
// of participants' meeting dated weeks before the article is keyed by its
// venue: the same leaders meet again elsewhere.
//
// A verb may tell the event where no noun names it (data/event_types.yml
// story_verbs): in the lead any of them ("a guard was shot outside the
// depot", "cables were cut"), anywhere a verb of one sense ("opened
// fire", "300 people marched", "set off from the square to march"). It
// refers back to the event its class named just before or to the
// article's one named event of its class, else it is the story's event;
// a planned or vowed act, an act in a "where" clause or in a sentence led
// by another place, and one at a named place the knowledge base does not
// know are not. Its clock time is claimed only when no other clock
// reading stands beside it (a sequence of shots has no one time).
//
// A number is a claim only when its measure is known (measures.yml,
// numbers.yml): what is counted and what happened to it ("people
// killed", "villages destroyed", "shots fired", "hits", "crowd",
// "rioters", "magnitude", "population", "distance from Tarnow", "bearing
// from Tarnow", "fall", "cables damaged", "ships held", a share of a
// service such as "internet"), read after a phrase that describes the
// things counted ("three cables between Tarnow and Velmar were cut").
// "Two children", "1,000 people", a poll's answer or a part of a group
// ("30 of the 80 wounded") measure nothing. A figure carries its
// qualifier ("about", "at least"), its range ("between 40 and 50"), its
// unit (an amount converted in brackets is claimed in both currencies),
// and a scope: the source an estimate is credited to ("police said"),
// the faller's age, a place a crowd was counted in, a span of several
// occasions ("during the five operations"), the country of the people
// counted ("23 Kenyan pirates"), the side hits came from ("from the
// front"). A figure of a person's death is the disaster's that caused
// it.
//
// Figures of the news are keyed by the story's anchor place (the place
// the article names most, descending to a place the article says lies
// inside it: "Ardesia's Velmar island"), so that articles placing one
// story in its island or its country by turns meet. A figure of a
// background event ("the 2003 quake killed 26,000", "It killed 612
// people" after a sentence about an earlier quake, a toll "in" a place
// named nowhere else) is marked Background and keyed by that event's own
// place or year, never the news's.
//
// A number needs a subject: an event of its sentence, a named thing
// before it ("the bridge cost…"), the event its count belongs to (votes
// are an election's), the article's lead disaster for what a disaster does
// (killed, injured, destroyed…), the dominant event, or the only event the
// article's lead names. Prices, values and magnitudes need an event in
// their own sentence; figures for a part of a place ("in the port
// district") or required ones ("must approve") are not claimed.
//
// Claims carry a noun phrase as subject ("the flood in Tarnow", "the
// Ridgeway bridge opening", "the meeting between Varga and Okoro"), and
// location claims carry the mention's date, so that the rules compare the
// venues of one occurrence only.
package events
