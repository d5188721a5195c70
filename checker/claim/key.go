package claim

import (
	"strconv"
	"strings"
)

// Key is the canonical subject key claims are grouped by. It is a string
// (the JSON and YAML field "subject_key" and the index codec keep the one
// text form), built only by the constructors below and read only by the
// accessors; no other package writes or parses its text. The families:
//
//	event:<class>:<ident>         EventKey("meeting", "no/oslo")
//	event:story:<first>:<class>   StoryKey(first article ID, class)
//	person:<full name>            PersonKey("ilse brandt")
//	person:?<surname>             SurnameKey("brandt"): named only by a surname
//	office:<body>:<office>        OfficeKey("us:president")
//	quote:<normalised words>      QuoteKey(words)
//	article:<id>                  ArticleKey(id): the article itself (its own dates)
//	date:<YYYY-MM-DD>             DateKey(day): weekday claims
//	zone:<article>:<offset>       ZoneKey(id, offset): a local clock time
//	place:<place key>             PlaceKey(key): a place's own figures (population)
//	thing:<ident>                 ThingKey(ident): a named thing's own figures (a bridge's length)
//
// A quote's value is its speaker's key: a person's, or one of
//
//	org:<name>                    OrgKey(name): an organisation speaks
//	desc:<words>                  DescKey(words): an unnamed speaker described
type Key string

// Family is the kind of thing a key names: the part before its first ':'.
type Family string

const (
	FamilyEvent   Family = "event"
	FamilyPerson  Family = "person"
	FamilyOffice  Family = "office"
	FamilyQuote   Family = "quote"
	FamilyArticle Family = "article"
	FamilyDate    Family = "date"
	FamilyZone    Family = "zone"
	FamilyPlace   Family = "place"
	FamilyThing   Family = "thing"
	FamilyOrg     Family = "org"
	FamilyDesc    Family = "desc"
)

// Prefix is the text every key of family f begins with ("event:"), for
// the rules' applies_to selectors.
func (f Family) Prefix() string { return string(f) + ":" }

// storyClass is the class part of a story's key.
const storyClass = "story"

// surnameMark begins the name of a person key that holds a surname only.
const surnameMark = "?"

func join(f Family, parts ...string) Key {
	return Key(f.Prefix() + strings.Join(parts, ":"))
}

// EventKey is the key of an event of a class ("fire", "meeting") told
// apart by ident (a place key, "with:<names>", a year, …).
func EventKey(class, ident string) Key { return join(FamilyEvent, class, ident) }

// StoryKey is the key of a story's seminal event of a class, the story
// named by its first article's ID.
func StoryKey(first, class string) Key { return join(FamilyEvent, storyClass, first, class) }

// PersonKey is the key of a person by the lower-case full name.
func PersonKey(name string) Key { return join(FamilyPerson, name) }

// SurnameKey is the key of a person the article names only by a lower-case
// surname; the rules match it with a full name.
func SurnameKey(surname string) Key { return join(FamilyPerson, surnameMark+surname) }

// OfficeKey is the key of an office ("us:president", a KB office key).
func OfficeKey(office string) Key { return join(FamilyOffice, office) }

// QuoteKey is the key of normalised quoted words.
func QuoteKey(words string) Key { return join(FamilyQuote, words) }

// ArticleKey is the key of an article itself (its dateline, its weekdays).
func ArticleKey(id string) Key { return join(FamilyArticle, id) }

// DateKey is the key of a day (YYYY-MM-DD) a weekday is given for.
func DateKey(day string) Key { return join(FamilyDate, day) }

// ZoneKey is the key of a clock time at a byte offset of an article.
func ZoneKey(article string, offset int) Key {
	return join(FamilyZone, article, strconv.Itoa(offset))
}

// PlaceKey is the key of a place's own figures (its population).
func PlaceKey(place string) Key { return join(FamilyPlace, place) }

// ThingKey is the key of a named thing's own figures ("the Halvik bridge
// spans 2.4 kilometres"), by the thing's identifier.
func ThingKey(ident string) Key { return join(FamilyThing, ident) }

// OrgKey is the speaker key of an organisation (its lower-case name).
func OrgKey(name string) Key { return join(FamilyOrg, name) }

// DescKey is the speaker key of a speaker the article describes without a
// name ("a senior official").
func DescKey(words string) Key { return join(FamilyDesc, words) }

// String is the key's text.
func (k Key) String() string { return string(k) }

// Family is the key's family; "" when the key has none.
func (k Key) Family() Family {
	f, _, ok := strings.Cut(string(k), ":")
	if !ok {
		return ""
	}
	return Family(f)
}

// Is says whether the key is of family f.
func (k Key) Is(f Family) bool { return k.Family() == f && f != "" }

// rest is the key after its family and ':'.
func (k Key) rest() string {
	_, r, _ := strings.Cut(string(k), ":")
	return r
}

// restOf is the key after "<f>:"; ok false when the key is of another family.
func (k Key) restOf(f Family) (string, bool) {
	if !k.Is(f) {
		return "", false
	}
	return k.rest(), true
}

// Parts is the key after its family, its parts joined by spaces:
// "event:summit:lakeside" → "summit lakeside".
func (k Key) Parts() string {
	if _, r, ok := strings.Cut(string(k), ":"); ok {
		return strings.ReplaceAll(r, ":", " ")
	}
	return string(k)
}

// Class is an event key's class ("event:fire:vessa" → "fire"; a story's
// key → "story"); "" for other families.
func (k Key) Class() string {
	r, _ := k.restOf(FamilyEvent)
	class, _, _ := strings.Cut(r, ":")
	return class
}

// Ident is an event key's identifier, after its class ("event:fire:vessa"
// → "vessa"); "" for other families.
func (k Key) Ident() string {
	r, _ := k.restOf(FamilyEvent)
	_, ident, _ := strings.Cut(r, ":")
	return ident
}

// IsEvent says whether the key names an event (a story's too).
func (k Key) IsEvent() bool { return k.Is(FamilyEvent) }

// IsStory says whether the key names a story's seminal event.
func (k Key) IsStory() bool { return k.IsEvent() && k.Class() == storyClass }

// WithClass is the key of the same event ident filed under another class
// ("event:death:vessa" → "event:attack:vessa"); "" when k is no event key.
func (k Key) WithClass(class string) Key {
	if !k.IsEvent() {
		return ""
	}
	return EventKey(class, k.Ident())
}

// Name is a person key's name, without the surname-only mark
// ("person:?brandt" → "brandt"); "" for other families.
func (k Key) Name() string {
	r, _ := k.restOf(FamilyPerson)
	return strings.TrimPrefix(r, surnameMark)
}

// IsPerson says whether the key names a person.
func (k Key) IsPerson() bool { return k.Is(FamilyPerson) }

// SurnameOnly says whether a person key holds a surname only.
func (k Key) SurnameOnly() bool {
	r, ok := k.restOf(FamilyPerson)
	return ok && strings.HasPrefix(r, surnameMark)
}

// Office is an office key's office ("office:us:president" → "us:president");
// "" for other families.
func (k Key) Office() string {
	r, _ := k.restOf(FamilyOffice)
	return r
}

// Words is a quote key's words; "" for other families.
func (k Key) Words() string {
	r, _ := k.restOf(FamilyQuote)
	return r
}

// Article is the article ID of an article key or a zone key; "" for other
// families.
func (k Key) Article() string {
	if r, ok := k.restOf(FamilyArticle); ok {
		return r
	}
	r, ok := k.restOf(FamilyZone)
	if !ok {
		return ""
	}
	if i := strings.LastIndexByte(r, ':'); i >= 0 {
		return r[:i]
	}
	return r
}

// Offset is a zone key's byte offset; -1 for other keys.
func (k Key) Offset() int {
	r, ok := k.restOf(FamilyZone)
	if !ok {
		return -1
	}
	i := strings.LastIndexByte(r, ':')
	if i < 0 {
		return -1
	}
	n, err := strconv.Atoi(r[i+1:])
	if err != nil {
		return -1
	}
	return n
}

// Day is a date key's day (YYYY-MM-DD); "" for other families.
func (k Key) Day() string {
	r, _ := k.restOf(FamilyDate)
	return r
}

// Place is a place key's place key; "" for other families.
func (k Key) Place() string {
	r, _ := k.restOf(FamilyPlace)
	return r
}

// apartMark ends the key of an event kept apart from the story that is
// named by the same key.
const apartMark = "@other"

// Apart is the key of claims about k's event kept apart from a story that
// is named by k ("event:fire:vessa@other").
func (k Key) Apart() Key { return k + apartMark }

// Thing is a thing key's identifier; "" for other families.
func (k Key) Thing() string {
	r, _ := k.restOf(FamilyThing)
	return r
}

// Speaker is the words of an organisation's or a described speaker's key
// ("desc:a senior official" → "a senior official"); "" for other families.
func (k Key) Speaker() string {
	if !k.Is(FamilyOrg) && !k.Is(FamilyDesc) {
		return ""
	}
	return k.rest()
}
