// Package people extracts person-centred claims from an article: the
// titles it gives people (kind title), who it says holds an office (kind
// office), who said which quoted words (kind quote) and how old a named
// person is (kind age).
//
// The steps, each a file:
//
//   - tokens.go, tokenize.go: one tokenisation of the text, each token
//     looked up once in the vocabulary (data/roles.yml, general English
//     role words, with the title heads and honorifics of checker/lexicon)
//     merged with the knowledge base's places, institutions
//     and government words (tables.go, built once per KB). A rank glued
//     to a title ("then-Prime", "Then–OBC") is split off, so that the
//     title reads whole and the claim is former.
//   - casing.go: paragraphs Where Every Word Is Capitalised are marked;
//     there a capitalised pair is a name only when the article names the
//     person elsewhere or a strict pattern vouches for it.
//   - candidates.go, evidence.go, names.go: full names are runs of
//     capitalised words cut at words that cannot be in a name (function
//     words, title words, places, acronyms, common-noun endings). A run at the start of a sentence or after an
//     article needs evidence: a title, an honorific, a verb of saying, the
//     KB, a verb after it, or the name or its surname used elsewhere.
//   - resolve.go: later mentions. A surname resolves to the one person of
//     the article with that surname (two people sharing it make it
//     ambiguous); a surname after a title that no full name explains is
//     looked up in the KB ("person:?surname"); "the spokesman" resolves to
//     the one person whose title has that head class; "he"/"she" to the
//     single subject of the previous sentence.
//   - titles.go, titleclaims.go: titles before and after names. Two
//     titles joined by "and" before a name are held at once and cite the
//     same words; a title before a name that "had been named" another is
//     the old one (Former).
//   - offices.go, tense.go, timeframe.go: offices from country-qualified
//     titles, from a bare title when exactly one office of that title
//     lists the person, from government words ("the NAME administration")
//     and from "NAME, who took office". Present is true only for a claim
//     that someone holds the office now: former/then-/ex-/the late make a
//     claim Former; an era ("under President X", "a former member of
//     President X's council", "X's second term", "at the time"), a
//     government word used as a modifier ("a last-minute X administration
//     rule") or undone ("reversing the X administration's rule"), a
//     holder still to come ("before the X administration takes office")
//     and the successor of a holder said to be leaving are not present.
//     For government words the clause's verb decides the rest (see
//     clauseTense).
//   - quotes.go, speakers.go, subjects.go, joint.go: quotation marks
//     paired per paragraph and attributed to a speaker after or before the
//     quote. The speaker is the subject of the verb of saying, not a name
//     inside its role ("X, a spokesman for Varda Rail, said") nor a body
//     before the title ("said Varda Rail analyst X"); a joint statement
//     ("said A and B") gives one claim per speaker at the same place.
//     Names written with or without initials and suffixes are one person
//     (personKey: "W. Ada Morrow Jr." = "Ada Morrow"). A body speaking is
//     "org:<name>", someone named only by a surname the article never
//     explains "person:?<surname>" (the rules match it with a full name),
//     someone unnamed "desc:<words>". A quote without its
//     own attribution goes on from the previous quote only when nobody
//     else is named in between.
//   - ages.go (data/ages.yml): "54-year-old NAME", "NAME, 54,", "NAME
//     (54)", "NAME, aged 54,", "NAME, who is 54,", "NAME, a 54-year-old
//     teacher,". Not durations, decades, unnamed people, ages in a sentence
//     set in a past year or after "then-". The age of someone the article
//     says is dead ("NAME died", "the slaying of NAME") is an age at death
//     (modality former): it no longer grows.
//
// Nothing here names a real person, place or event: world knowledge comes
// from the knowledge base.
package people
