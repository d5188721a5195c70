// Package coref makes events first-class objects: it finds event mentions
// (verbs, nominalisations and nouns of the event classes in
// checker/lexicon/data/classes.yml), gives each a frame (time from the temporal tagger,
// place from the knowledge base's gazetteer, participants from the names
// of its sentence, a date written right beside it), groups articles into
// stories (articles that report the same seminal event) and clusters the
// mentions of each story into events.
//
// Stories are found in two stages, near-linear in the number of articles:
// candidate pairs come from blocking keys (each article's strongest rare
// features: names, places, explicit years, event classes, numbers and
// content words), and groups are formed by average linkage over those
// pairs only; then every group is looked at again on the features its
// articles do not all share, which separates two events of one kind (two
// quakes, two arrests) reported in the same words.
//
// Inside a story, mentions corefer when they share a class (a word that
// may name several classes takes the one the story mentions most) or,
// outside every class, a lemma; a mention with its own date that differs
// from the story's ("the 2004 tsunami" in a story of this year's quake)
// is a background event of its own. Reporting, mental and aspectual words
// ("said", "hoped", "began") are merged only with the same word beside the
// same source: the name next to it ("Ivo Marr said" in two articles), else
// the content word next to it ("police said"); with neither they stand
// alone. Generic event nouns ("the incident", "the tragedy") name the
// story's main event.
//
// Candidate retrieval uses in-memory blocking keys rather than the Bleve
// index, so the package works on articles that are not indexed (a draft,
// crosscheck events on files); the keys are the terms a more-like-this
// query would pick.
//
// # API for the check pipeline
//
// Compute a Summary per article once (Analyze), then Link them:
//
//	sums := make([]*coref.Summary, len(articles))
//	for i, a := range articles {
//		sums[i], _ = coref.Analyze(a, coref.AnalyzeOptions{KB: k})
//	}
//	res := coref.Link(sums, coref.Options{})
//	res.StoryOf(articleID)       // the article's story id
//	res.ArticleEvents(articleID) // its events; Event.Seminal marks the
//	                              // story's main event, Event.Background an
//	                              // event with its own, other time
//
// A check stores each summary packed (Summary.Encode) and links the
// packed summaries with LinkStored: it reads only their features to group
// the articles, and unpacks one story's mentions at a time, handing each
// story with its events to a function and keeping none, so that a large
// corpus's mentions are never all in memory at once.
//
// Run does both (in parallel) for a slice of articles and also takes
// caller mention spans (crosscheck events --mentions). The result is
// deterministic: it depends on the set of articles, not on their order.
// The package never imports the pipeline, the web server or a command.
package coref
