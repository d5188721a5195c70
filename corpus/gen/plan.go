package gen

import "math/rand/v2"

// Planted contradiction kinds.
const (
	PlantDate   = "date"   // another date for the event
	PlantTitle  = "title"  // another title for a person
	PlantNumber = "number" // another value for a number
	PlantPlace  = "place"  // another place for the event
)

var plantKinds = []string{PlantDate, PlantTitle, PlantNumber, PlantPlace}

// plan is what is decided about an article before its text is written.
type plan struct {
	index   int
	event   int
	within  int // position among the event's articles; 0 is never planted
	format  string
	planted string
	person  int // for PlantTitle
	number  int // for PlantNumber
}

// planArticle draws the plan of article i from the article's own stream
// and returns the stream for composing the text.
func planArticle(o *options, i int) (plan, *rand.Rand) {
	r := newRand(o.seed, streamArticle, uint64(i))
	p := plan{index: i, event: i / o.per, within: i % o.per}
	p.format = o.formats[r.IntN(len(o.formats))]
	if p.within > 0 && r.Float64() < o.contra {
		p.planted = plantKinds[r.IntN(len(plantKinds))]
		p.person = r.IntN(plantableRoles)
		p.number = r.IntN(maxNumbers)
	}
	return p, r
}
