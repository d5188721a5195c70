// Package events finds named events in an article (summits, floods,
// openings…) and the claims the article makes about them: when they
// happen, where, and whether they are planned or have happened. It also
// reads number claims, weekday-with-date claims and the article's own
// dates. Vocabularies live in the embedded data files; no person, place or
// event is named in code.
//
// An event is keyed by its class and what identifies it: a place ("the
// flood in Tarnow", "a flood hit Tarnow", "the fire broke out near
// Tarnow"), a named thing ("the opening of the Ridgeway bridge", "the
// Ridgeway bridge opened", "the fire aboard the Nordlys") or its
// participants ("the Varga-Okoro talks"). A bare "the fire" joins the
// article's one fire.
//
// A number needs a subject: an event of its sentence, a named thing
// before it ("the bridge cost…"), the article's one disaster for what a
// disaster does (killed, injured, destroyed…), the dominant event, or the
// only event the article's lead names. Otherwise it is not claimed.
package events
