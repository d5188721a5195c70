package article

// DateSighting is one place that dates an article: its metadata, a
// dateline, a byline or its address.
type DateSighting struct {
	From DateSource `json:"from"`
	Date string     `json:"date"`           // YYYY-MM-DD
	Text string     `json:"text,omitempty"` // the date as written
	// Span locates the line the date was read from (datelines, bylines).
	Span *Span `json:"span,omitempty"`
	// Updated marks a revision stamp ("Last updated: …"): the article was
	// published on or before it.
	Updated bool `json:"updated,omitempty"`
}
