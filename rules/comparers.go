package rules

import (
	"fmt"

	"github.com/crosscheck/crosscheck/checker/claim"
)

// comparerDef is a way of comparing the values of one claim kind that a
// single-value rule names in its options ("compare: age"). A simple new
// comparison is one Go file that registers its comparer from init, plus a
// YAML rule in rules/data that names it; see compare_age.go.
type comparerDef struct {
	claim claim.Kind // the claims it reads
	verb  string     // the default summary verb: "is dated"
	build func(opts *singleValueOptions) (comparer, error)
}

// comparers lists the registered comparers by name.
var comparers = map[string]comparerDef{
	"date": {claim.KindDate, "is dated", func(o *singleValueOptions) (comparer, error) {
		return newDateCompare(o.Dates), nil
	}},
	"location": {claim.KindLocation, "is placed in", func(*singleValueOptions) (comparer, error) {
		return locationCompare{}, nil
	}},
	"title": {claim.KindTitle, "is called", func(o *singleValueOptions) (comparer, error) {
		return newTitleCompare(o.Titles)
	}},
	"number": {claim.KindNumber, "", func(o *singleValueOptions) (comparer, error) {
		return newNumberCompare(o.Numbers)
	}},
}

// registerComparer adds a comparer under name; it is called from init, so
// a name registered twice is a programming error.
func registerComparer(name string, d comparerDef) {
	if _, dup := comparers[name]; dup {
		panic(fmt.Sprintf("rules: comparer %q registered twice", name))
	}
	comparers[name] = d
}
