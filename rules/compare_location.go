package rules

import (
	"slices"
	"strconv"
	"strings"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// locationCompare compares place keys; a place agrees with the places
// that hold it. The gazetteer (kb.Gazetteer) knows which province and
// county hold a town, so a town agrees with its province and not with
// another; where it knows neither place, a city and a region of one
// country agree, and a name it does not know at all agrees only with
// itself and the places its article says hold it.
//
// Only venues of one occurrence are compared: the same two leaders met in
// one town last year and will meet in another next month. A location
// claim carries the date its article gives the event; claims dated in the
// same month speak of one occurrence, whether they call it planned or
// done ("will be held in A on 20 March", "was held in B on 20 March").
// Undated claims are compared with undated claims of the same status
// class only: a planned venue and the one an event was held in may differ.
type locationCompare struct{}

var placeSpecificity = map[string]int{"city": 3, "region": 2, "place": 2, "country": 1, "body": 0}

func (locationCompare) key(c *claim.Claim) (string, bool) {
	if c.Place != nil && c.Place.Key != "" {
		return placedKey(c.Place) + "|" + occurrence(c), true
	}
	return c.Value + "|" + occurrence(c), c.Value != ""
}

// occurrence names the occurrence of an event a location claim speaks of:
// the month its date falls in ("m:06"), a year when only that is known
// ("y:2024"), or, undated, its status class ("u:planned", "u:actual").
func occurrence(c *claim.Claim) string {
	if c.Date != nil {
		if v, ok := temporal.Parse(c.Date.Value); ok {
			switch {
			case v.Month > 0 && !v.MonthUnknown:
				return "m:" + strconv.Itoa(v.Month)
			case v.Year > 0 && v.Granularity == temporal.GranYear:
				return "y:" + strconv.Itoa(v.Year)
			}
		}
	}
	return "u:" + modalityClass(c.Modality)
}

func (locationCompare) value(c *claim.Claim, ctx *Context) (sideValue, bool) {
	v := sideValue{key: c.Value, human: c.ValueText, partition: occurrence(c)}
	if c.Place != nil {
		if c.Place.Key != "" {
			v.key = c.Place.Key
		}
		v.country = c.Place.Country
		v.within = c.Place.Within
		if c.Place.Name != "" {
			v.human = c.Place.Name
		}
	}
	if v.key == "" {
		return sideValue{}, false
	}
	if k := ctx.kb(); k != nil {
		if p, ok := k.PlaceByKey(v.key); ok {
			v.placeKind = p.Kind
			if p.Country != "" {
				v.country = p.Country
			}
			if p.Name != "" {
				v.human = p.Name
			}
		}
	}
	if v.placeKind == "" {
		// Keys are "<country>/<name>" below country level.
		if c2, _, sub := strings.Cut(v.key, "/"); sub {
			v.placeKind = "place"
			if v.country == "" {
				v.country = c2
			}
		} else if v.country == "" || v.country == v.key {
			v.placeKind = "country"
		}
	}
	if v.placeKind == "country" {
		v.country = v.key
	}
	v.areas = areasOf(c, v.key, ctx)
	if c.Place != nil && c.Place.Key != "" {
		if pk := placedKey(c.Place); pk != v.key {
			// "Tamworth, New South Wales": say where the article put it
			v.key = pk
			k := ctx.kb()
			for _, w := range c.Place.Within {
				name := w
				if k != nil {
					if p, ok := k.PlaceByKey(w); ok {
						name = p.Name
					}
				}
				v.human += ", " + name
			}
		}
	}
	if v.human == "" {
		v.human = v.key
	}
	v.spec = placeSpecificity[v.placeKind]
	return v, true
}

func (locationCompare) agree(a, b *sideValue) bool {
	switch {
	case a.key == b.key:
		return true
	case slices.Contains(a.within, placeOf(b.key)) || slices.Contains(b.within, placeOf(a.key)):
		return true // the article says one lies in the other
	case a.placeKind == "body" || b.placeKind == "body":
		return true // "at the UN" says nothing about the city
	case placeOf(a.key) == placeOf(b.key) && (len(a.areas) == 0 || len(b.areas) == 0):
		return true // one name its articles place apart, and nothing to tell its readings apart
	case len(a.areas) > 0 && len(b.areas) > 0 && !(a.placeKind == "city" && b.placeKind == "city"):
		// Two curated cities are two cities; for the rest the gazetteer
		// says which divisions hold each.
		return kb.AreasAgree(a.areas, b.areas)
	case a.country == "" || b.country == "":
		return false
	case a.country != b.country:
		return false
	case a.placeKind == "country" || b.placeKind == "country":
		return true // the city or region lies in that country
	case a.placeKind == b.placeKind && a.placeKind != "place":
		return false // two cities, or two regions, of one country
	}
	return true // a city and a region: the knowledge base cannot tell
}

// areasOf is what the gazetteer says a claim's place may be: the areas of
// a curated place, or, for a name the curated places do not know, every
// area so called (in the claim's country when the article gives one).
// When the article says which places hold it ("St. Ives, Cornwall"), only
// the readings those hold are kept, and a curated city that none of them
// holds is read as a namesake town they do hold.
func areasOf(c *claim.Claim, key string, ctx *Context) []kb.Area {
	k := ctx.kb()
	if k == nil || c.Place == nil {
		return nil // no knowledge base, no gazetteer
	}
	var areas []kb.Area
	p, curated := k.PlaceByKey(key)
	if curated {
		areas = kb.AreasOf(p)
	} else if c.Place.Name != "" {
		areas = namedAreas(c.Place.Name, c.Place.Country)
	}
	var parents []kb.Area
	for _, w := range c.Place.Within {
		if wp, ok := k.PlaceByKey(w); ok {
			parents = append(parents, kb.AreasOf(wp)...)
		} else {
			parents = append(parents, namedAreas(w, "")...)
		}
	}
	if len(parents) == 0 {
		return areas
	}
	if fit := areasHeldBy(areas, parents); len(fit) > 0 {
		return fit
	}
	if curated && c.Place.Name != "" {
		if fit := areasHeldBy(namedAreas(c.Place.Name, ""), parents); len(fit) > 0 {
			return fit
		}
	}
	return areas
}

// namedAreas is every area called name, in country when it is given.
func namedAreas(name, country string) []kb.Area {
	var out []kb.Area
	for _, a := range kb.DefaultGazetteer().Named(name) {
		if country == "" || a.Country() == country {
			out = append(out, a)
		}
	}
	return out
}

// areasHeldBy keeps the areas that agree with one of the parents.
func areasHeldBy(areas, parents []kb.Area) []kb.Area {
	var out []kb.Area
	for _, a := range areas {
		if kb.AreasAgree([]kb.Area{a}, parents) {
			out = append(out, a)
		}
	}
	return out
}

// placeOf is the place key of a side key "<place>[@<within>]|<occurrence>".
func placeOf(key string) string {
	p, _, _ := strings.Cut(key, "|")
	p, _, _ = strings.Cut(p, "@")
	return p
}

// placedKey is a place's key, and for a name the curated places do not
// know (no "cc/" key, no country code) the places its article says hold
// it: "Tamworth, New South Wales" and "Tamworth, England" are two places.
func placedKey(p *claim.PlaceValue) string {
	if len(p.Within) == 0 || strings.Contains(p.Key, "/") || len(p.Key) == 2 {
		return p.Key
	}
	return p.Key + "@" + strings.Join(p.Within, "+")
}
