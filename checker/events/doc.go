// Package events finds named events in an article (summits, floods,
// openings…) and the claims the article makes about them: when they
// happen, where, and whether they are planned or have happened. It also
// reads number claims, weekday-with-date claims and the article's own
// dates. Vocabularies live in the embedded data files; no person, place or
// event is named in code.
package events
