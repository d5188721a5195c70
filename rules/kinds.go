package rules

import "strings"

// kindDef is one rule kind: Go code configured by a YAML options block.
type kindDef struct {
	// options returns a pointer to a new options struct holding the
	// kind's defaults; the YAML block is decoded on top of it.
	options func() any
	// build checks the options and returns the rule.
	build func(b ruleBase, opts any) (Rule, error)
}

// kinds lists every rule kind by the name rule files use.
var kinds = map[string]kindDef{
	kindSingleValue:      {newSingleValueOptions, buildSingleValue},
	kindOfficeHolder:     {newOfficeHolderOptions, buildOfficeHolder},
	kindCalendar:         {newCalendarOptions, buildCalendar},
	kindStatus:           {newStatusOptions, buildStatus},
	kindQuoteAttribution: {newQuoteOptions, buildQuoteAttribution},
	kindTimeZone:         {newZoneOptions, buildZone},
}

const (
	kindSingleValue      = "single-value"
	kindOfficeHolder     = "office-holder"
	kindCalendar         = "calendar"
	kindStatus           = "status"
	kindQuoteAttribution = "quote-attribution"
	kindTimeZone         = "time-zone"
)

func kindNames() string { return strings.Join(sortedKeys(kinds), ", ") }
