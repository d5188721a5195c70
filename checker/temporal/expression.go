// Package temporal finds date and time expressions in article text and
// resolves them against the article's reference date, following the
// TimeML TIMEX3 guidelines as TempEval-3 applies them: spans without
// prepositions ("in [the past]") but with approximators ("[nearly two
// years]"), fiscal quarters and halves ("the third quarter" 2025-Q3),
// vague references (PRESENT_REF, PAST_REF, FUTURE_REF), bare durations
// ("weeks" PXW), sets, holidays, clock times with their day. TIMEX3 gives
// the TimeML view of a tagging (a range is two TIMEX3); the English word
// lists are in data/lexicon.yml. tempeval_test.go scores the tagger on
// TempEval-3's TBAQ-cleaned corpus (../shared) and holds a ratchet.
package temporal

import "time"

// Type is the TIMEX3 type of an expression.
type Type string

const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Granularity of a resolved value.
const (
	GranTime    = "time"
	GranDay     = "day"
	GranWeek    = "week"
	GranMonth   = "month"
	GranSeason  = "season"
	GranYear    = "year"
	GranDecade  = "decade"
	GranCentury = "century"
)

// Resolution says how a value was obtained.
const (
	ResolvedAbsolute    = "absolute"            // the text names the date fully
	ResolvedReference   = "reference"           // relative, resolved against the reference date
	ResolvedYearFromRef = "year-from-reference" // "August 15th": year taken from the reference date
	ResolvedUnresolved  = "unresolved"          // relative, but the reference date is unknown
	ResolvedVague       = "vague"               // PRESENT_REF, PAST_REF, FUTURE_REF: no date to resolve
	ResolvedAnchor      = "anchor"              // "that day", "the following year": from the date named before
)

// Unresolved is the Value of a relative expression whose reference is unknown.
const Unresolved = "UNRESOLVED"

// Expression is one temporal expression found in a text.
type Expression struct {
	Start int    `json:"start"` // byte offsets into the text
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  Type   `json:"type"`
	// Value in TIMEX3 form: 2025-09-28, 2025-09, 2025, 199, 2025-W39,
	// 2025-SU, PRESENT_REF, PAST_REF, FUTURE_REF, P2D, T10:00, XXXX-08-15
	// (year unknown), or Unresolved.
	Value       string `json:"value"`
	Granularity string `json:"granularity"`
	// Mod is the TIMEX3 modifier: START, MID, END, APPROX, BEFORE, AFTER.
	Mod string `json:"mod,omitempty"`
	// Weekday is set when the text names a weekday ("Sunday, September 28,
	// 2025", "on Monday"): the English weekday name.
	Weekday string `json:"weekday,omitempty"`
	// End of a range ("1947-1991", "from May 3 to 5"): the value of the
	// range's end; Value holds its start.
	RangeEnd string `json:"range_end,omitempty"`
	// Resolution says how Value was obtained (see the Resolved constants).
	Resolution string `json:"resolution"`
	// Relative is true when the value depends on the reference date.
	Relative bool `json:"relative,omitempty"`
	// DayFirst records the day/month order used for an all-numeric date
	// whose parts were ambiguous ("3/4/2025"). The tagger sets it on every
	// numeric day/month date; DayFirstGuessed tells the ambiguous ones apart.
	DayFirst *bool `json:"day_first,omitempty"`
	// DayFirstGuessed is true when both parts were 12 or less, so the order
	// came from Options.DayFirst rather than from the text.
	DayFirstGuessed bool `json:"day_first_guessed,omitempty"`
}

// Options control tagging.
type Options struct {
	// Reference is the date relative expressions are resolved against; the
	// zero time means unknown.
	Reference time.Time
	// DayFirst reads ambiguous numeric dates as day/month ("3/4/2025" =
	// 3 April). Default month-first.
	DayFirst bool
	// Breaks are the byte offsets where the caller's sentences end, in
	// increasing order (text.Ends): no expression spans one, so that an
	// expression lies in one sentence of the document the extractors
	// read ("Tue.Jan 1", cut after "Tue.", is read as "Jan 1").
	Breaks []int
}
