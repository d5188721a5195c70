// Package claim is the claim model shared by the extractors and the rule
// engine: one typed statement an article makes, with its evidence.
package claim

// Kind is what a claim is about. The list is fixed: discrepancies use the
// same names.
type Kind string

const (
	KindDate     Kind = "date"     // when an event happened or will happen
	KindLocation Kind = "location" // where an event happened or will happen
	KindStatus   Kind = "status"   // whether an event is planned or has happened
	KindTitle    Kind = "title"    // a person's title or role
	KindOffice   Kind = "office"   // who holds an office at a time
	KindNumber   Kind = "number"   // a count or amount and what it counts
	KindQuote    Kind = "quote"    // who said some quoted words
	KindWeekday  Kind = "weekday"  // a weekday given together with a date
	KindAge      Kind = "age"      // a person's age in years
	KindTime     Kind = "time"     // the clock time an event happened at
	KindWeapon   Kind = "weapon"   // the firearm an attack was made with
	KindCause    Kind = "cause"    // how the people of an event died
)

// Kinds lists every kind in a stable order.
var Kinds = []Kind{KindDate, KindLocation, KindStatus, KindTitle, KindOffice, KindNumber, KindQuote, KindWeekday, KindAge, KindTime, KindWeapon, KindCause}

// Modality says how the article holds the claim.
type Modality string

const (
	Asserted     Modality = "asserted"
	Negated      Modality = "negated"
	Planned      Modality = "planned" // future or planned
	Hypothetical Modality = "hypothetical"
	Reported     Modality = "reported" // attributed to someone else
	Former       Modality = "former"   // past: "former prime minister", "then-"
)

// Evidence locates a claim in its article. Offsets are bytes into the
// article's plain text (article.Article.Text).
type Evidence struct {
	Article       string `json:"article" yaml:"article"`
	Start         int    `json:"start" yaml:"start"` // the value's span
	End           int    `json:"end" yaml:"end"`
	SentenceStart int    `json:"sentence_start" yaml:"sentence_start"`
	SentenceEnd   int    `json:"sentence_end" yaml:"sentence_end"`
	Sentence      string `json:"sentence" yaml:"sentence"`
}

// Claim is one typed statement with its evidence.
type Claim struct {
	Kind Kind `json:"kind" yaml:"kind"`
	// SubjectKey is the canonical key claims are grouped by
	// (event:meeting:no/oslo, person:ilse brandt, office:us:president,
	// …): built and read only through the constructors and accessors of
	// Key (key.go), which lists every family.
	SubjectKey Key    `json:"subject_key" yaml:"subject_key"`
	Subject    string `json:"subject" yaml:"subject"` // surface text of the subject
	// Value is the normalised value, comparable across articles:
	// TIMEX3 date, place key, "planned"/"happened", title text in lower
	// case, holder's canonical name, number, speaker key, weekday name,
	// age in whole years ("54"; modality former: the age at death),
	// TIMEX3 clock time ("2010-09-09T20:30", "T20:30" when the day is
	// unknown; Date.Mod holds its qualifier: APPROX, JUST_AFTER, JUST_BEFORE).
	Value     string   `json:"value" yaml:"value"`
	ValueText string   `json:"value_text" yaml:"value_text"` // the value as written
	Modality  Modality `json:"modality" yaml:"modality"`
	// Reference is the article's reference date (zero: unknown),
	// written YYYY-MM-DD.
	Reference Day      `json:"reference,omitzero" yaml:"reference"`
	Evidence  Evidence `json:"evidence" yaml:",inline"`

	// Kind-specific detail; only the one matching Kind is set.
	Date   *DateValue   `json:"date,omitempty" yaml:"date"`
	Title  *TitleValue  `json:"title,omitempty" yaml:"title"`
	Office *OfficeValue `json:"office,omitempty" yaml:"office"`
	Number *NumberValue `json:"number,omitempty" yaml:"number"`
	Quote  *QuoteValue  `json:"quote,omitempty" yaml:"quote"`
	Place  *PlaceValue  `json:"place,omitempty" yaml:"place"`
}

// DateValue is a TIMEX3 value with its granularity.
type DateValue struct {
	Value       string `json:"value" yaml:"value"` // 2025-08-15, 2025-08, XXXX-08-15, 2025
	Granularity string `json:"granularity" yaml:"granularity"`
	Mod         string `json:"mod,omitempty" yaml:"mod"`
	Weekday     string `json:"weekday,omitempty" yaml:"weekday"`
	Resolution  string `json:"resolution,omitempty" yaml:"resolution"`
}

// TitleValue is a person's title parsed into parts.
type TitleValue struct {
	Head   string   `json:"head" yaml:"head"`               // aide, spokesman, minister, director, chief executive
	Domain string   `json:"domain,omitempty" yaml:"domain"` // foreign, energy, climate
	Org    string   `json:"org,omitempty" yaml:"org"`       // kremlin, finland, coast guard (canonical key)
	Ranks  []string `json:"ranks,omitempty" yaml:"ranks"`   // senior, deputy, acting, former, then
	Former bool     `json:"former,omitempty" yaml:"former"`
}

// OfficeValue says who holds an office.
type OfficeValue struct {
	Office  string `json:"office" yaml:"office"`             // us:president
	Holder  string `json:"holder" yaml:"holder"`             // canonical full name or surname key
	Present bool   `json:"present,omitempty" yaml:"present"` // the sentence speaks of the holder now
	Former  bool   `json:"former,omitempty" yaml:"former"`
}

// NumberValue is a quantity and what it counts.
type NumberValue struct {
	Value  float64 `json:"value" yaml:"value"`
	Unit   string  `json:"unit,omitempty" yaml:"unit"`     // USD, EUR, km, percent, people
	Approx string  `json:"approx,omitempty" yaml:"approx"` // about, at least, more than, nearly, up to, exactly
	Counts string  `json:"counts" yaml:"counts"`           // normalised head of what is counted: "homes destroyed"
	// Max is the top of a range ("between 40 and 50", "43 to 44
	// percent"): Value is its bottom. 0 when the figure is no range.
	Max float64 `json:"max,omitempty" yaml:"max"`
	// Scope narrows what is measured: the source an estimate is credited
	// to ("police"), the place a crowd was in. Figures of different
	// scopes are not compared.
	Scope string `json:"scope,omitempty" yaml:"scope"`
	// Background marks a figure of an earlier or other event than the
	// article's news ("the 2003 quake killed 26,000"): it is compared only
	// with figures of that event.
	Background bool `json:"background,omitempty" yaml:"background"`
	// Converted marks an amount the writer converted from another
	// currency ("£1.2m ($1.8m)"): outlets convert at the rates of
	// different days, so it is compared with ConvertedTolerance.
	Converted bool `json:"converted,omitempty" yaml:"converted"`
}

// QuoteValue is quoted words and who said them.
type QuoteValue struct {
	Words      string `json:"words" yaml:"words"`             // normalised quoted words
	Speaker    string `json:"speaker" yaml:"speaker"`         // person key or description
	SpeakerKey Key    `json:"speaker_key" yaml:"speaker_key"` // person:<name> when resolved
}

// PlaceValue is a resolved place.
type PlaceValue struct {
	Key     string `json:"key" yaml:"key"`                   // canonical place key
	Name    string `json:"name" yaml:"name"`                 // canonical name
	Country string `json:"country,omitempty" yaml:"country"` // ISO code when known
	// Within lists the places the article says this one lies in
	// ("Velmar, Ardesia", "Ardesia's Velmar island"), by key: a place and
	// one it lies in are no two venues.
	Within []string `json:"within,omitempty" yaml:"within"`
}
