package gen

import (
	"math/rand/v2"
	"strings"
)

// Syllable tables for invented names. They are combined at random, so the
// names belong to no real person or place.
var (
	nameOnsets   = []string{"b", "br", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "t", "tr", "v", "z", "th", "sh"}
	nameVowels   = []string{"a", "e", "i", "o", "u", "ae", "ei", "ou", "y"}
	nameCodas    = []string{"", "", "n", "r", "l", "s", "m", "nd", "rt", "lk", "v"}
	femaleEnds   = []string{"a", "ia", "ine", "elle", "ra", "ena", "is"}
	maleEnds     = []string{"an", "or", "ek", "in", "as", "iel", "o"}
	surnameEnds  = []string{"ov", "sen", "ari", "ek", "mund", "ley", "ino", "aro", "dahl", "witz", "can", "ard"}
	placeEnds    = []string{"mora", "stad", "ford", "vale", "ith", "ova", "haven", "burg", "enza", "port", "wick", "dor"}
	countryEnds  = []string{"ia", "ary", "and", "esh", "onia", "ara"}
	outletNouns  = []string{"Courier", "Herald", "Daily", "Observer", "Tribune", "Wire", "Gazette", "Post", "Ledger", "Chronicle"}
	companyNouns = []string{"Construction", "Rail", "Energy", "Holdings", "Works", "Logistics"}
)

// syllables returns n random syllables run together, lower case.
func syllables(r *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(pick(r, nameOnsets))
		b.WriteString(pick(r, nameVowels))
		b.WriteString(pick(r, nameCodas))
	}
	return b.String()
}

// capitalize upper-cases the first ASCII letter.
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// person is an invented person.
type person struct {
	first, last string
	female      bool
}

func (p person) full() string { return p.first + " " + p.last }

func (p person) pronoun() string {
	if p.female {
		return "she"
	}
	return "he"
}

func (p person) spokes() string {
	if p.female {
		return "spokeswoman"
	}
	return "spokesman"
}

func newPerson(r *rand.Rand) person {
	p := person{female: r.IntN(2) == 0}
	ends := maleEnds
	if p.female {
		ends = femaleEnds
	}
	p.first = capitalize(pick(r, nameOnsets) + pick(r, nameVowels) + pick(r, nameCodas) + pick(r, ends))
	p.last = capitalize(syllables(r, 1+r.IntN(2)) + pick(r, surnameEnds))
	return p
}

// Places and countries always have two syllables before the ending: with
// tens of millions of possible names, two events of one corpus practically
// never share a place or country by accident (which would plant
// contradictions nobody planned).
func newPlace(r *rand.Rand) string {
	return capitalize(syllables(r, 2) + pick(r, placeEnds))
}

func newCountry(r *rand.Rand) string {
	return capitalize(syllables(r, 2) + pick(r, countryEnds))
}

func newOutlet(r *rand.Rand) string {
	name := capitalize(syllables(r, 2))
	if r.IntN(3) == 0 {
		return "The " + name + " " + pick(r, outletNouns)
	}
	return name + " " + pick(r, outletNouns)
}

func newCompany(r *rand.Rand) string {
	return capitalize(syllables(r, 2)) + " " + pick(r, companyNouns)
}

// pick returns a random element of a non-empty list.
func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }
