package events

import "strings"

// BackgroundCue reports whether text, a claim's cue as written, is one of
// the words that tell of another occurrence than the news ("earlier",
// "previous": data/measures.yml background_words): a status read from
// "their earlier meetings" is history, whichever story it falls in.
func BackgroundCue(text string) bool {
	w := strings.Fields(strings.ToLower(text))
	if len(w) == 0 {
		return false
	}
	for _, p := range mvoc().background[w[0]] {
		if len(p) == len(w) && strings.Join(p, " ") == strings.Join(w, " ") {
			return true
		}
	}
	return false
}
