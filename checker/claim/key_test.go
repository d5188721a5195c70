package claim

import (
	"encoding/json"
	"go/scanner"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// Every family: the key built, its text (the JSON/YAML/index form, which
// must never change) and its parts read back.
func TestKeyFamilies(t *testing.T) {
	tests := []struct {
		name   string
		key    Key
		text   string
		family Family
		check  func(t *testing.T, k Key)
	}{
		{"event", EventKey("fire", "vessa star"), "event:fire:vessa star", FamilyEvent, func(t *testing.T, k Key) {
			assert.Equal(t, "fire", k.Class())
			assert.Equal(t, "vessa star", k.Ident())
			assert.True(t, k.IsEvent())
			assert.False(t, k.IsStory())
		}},
		{"event with a parted ident", EventKey("meeting", "with:okuru+varne"), "event:meeting:with:okuru+varne", FamilyEvent, func(t *testing.T, k Key) {
			assert.Equal(t, "meeting", k.Class())
			assert.Equal(t, "with:okuru+varne", k.Ident())
		}},
		{"event with a year", EventKey("death", "tarsk:2031"), "event:death:tarsk:2031", FamilyEvent, func(t *testing.T, k Key) {
			assert.Equal(t, "death", k.Class())
			assert.Equal(t, "tarsk:2031", k.Ident())
			assert.Equal(t, EventKey("attack", "tarsk:2031"), k.WithClass("attack"))
		}},
		{"story", StoryKey("a17", "quake"), "event:story:a17:quake", FamilyEvent, func(t *testing.T, k Key) {
			assert.True(t, k.IsEvent())
			assert.True(t, k.IsStory())
			assert.Equal(t, "story", k.Class())
			assert.False(t, EventKey("quake", "a17").IsStory())
		}},
		{"apart", EventKey("fire", "vessa").Apart(), "event:fire:vessa@other", FamilyEvent, func(t *testing.T, k Key) {
			assert.Equal(t, "fire", k.Class())
			assert.NotEqual(t, EventKey("fire", "vessa"), k)
		}},
		{"person", PersonKey("ilse varne"), "person:ilse varne", FamilyPerson, func(t *testing.T, k Key) {
			assert.True(t, k.IsPerson())
			assert.Equal(t, "ilse varne", k.Name())
			assert.False(t, k.SurnameOnly())
		}},
		{"surname", SurnameKey("varne"), "person:?varne", FamilyPerson, func(t *testing.T, k Key) {
			assert.True(t, k.IsPerson())
			assert.Equal(t, "varne", k.Name())
			assert.True(t, k.SurnameOnly())
		}},
		{"office", OfficeKey("zq:governor"), "office:zq:governor", FamilyOffice, func(t *testing.T, k Key) {
			assert.Equal(t, "zq:governor", k.Office())
			assert.Equal(t, "", k.Class(), "an office is no event")
			assert.Equal(t, "", k.Name(), "an office is no person")
		}},
		{"quote", QuoteKey("the bridge opens in spring"), "quote:the bridge opens in spring", FamilyQuote, func(t *testing.T, k Key) {
			assert.Equal(t, "the bridge opens in spring", k.Words())
		}},
		{"article", ArticleKey("gazette:17"), "article:gazette:17", FamilyArticle, func(t *testing.T, k Key) {
			assert.Equal(t, "gazette:17", k.Article())
			assert.Equal(t, -1, k.Offset())
		}},
		{"date", DateKey("2031-05-02"), "date:2031-05-02", FamilyDate, func(t *testing.T, k Key) {
			assert.Equal(t, "2031-05-02", k.Day())
			assert.Equal(t, "", k.Article())
		}},
		{"zone", ZoneKey("wire:9", 412), "zone:wire:9:412", FamilyZone, func(t *testing.T, k Key) {
			assert.Equal(t, "wire:9", k.Article())
			assert.Equal(t, 412, k.Offset())
		}},
		{"place", PlaceKey("zq/tarsk"), "place:zq/tarsk", FamilyPlace, func(t *testing.T, k Key) {
			assert.Equal(t, "zq/tarsk", k.Place())
		}},
		{"thing", ThingKey("halvor bridge"), "thing:halvor bridge", FamilyThing, func(t *testing.T, k Key) {
			assert.Equal(t, "halvor bridge", k.Thing())
			assert.False(t, k.IsEvent())
		}},
		{"organisation", OrgKey("harbour board"), "org:harbour board", FamilyOrg, func(t *testing.T, k Key) {
			assert.Equal(t, "harbour board", k.Speaker())
			assert.False(t, k.IsPerson())
		}},
		{"description", DescKey("a senior official"), "desc:a senior official", FamilyDesc, func(t *testing.T, k Key) {
			assert.Equal(t, "a senior official", k.Speaker())
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.text, tt.key.String())
			assert.Equal(t, tt.family, tt.key.Family())
			assert.True(t, tt.key.Is(tt.family))
			assert.True(t, strings.HasPrefix(tt.text, tt.family.Prefix()))
			tt.check(t, tt.key)
		})
	}
}

func TestKeyWithoutFamily(t *testing.T) {
	for _, k := range []Key{"", "plain", "Odile"} {
		assert.Equal(t, Family(""), k.Family(), "%q", k)
		assert.False(t, k.Is(""), "%q", k)
		assert.False(t, k.IsEvent() || k.IsPerson() || k.SurnameOnly(), "%q", k)
		assert.Equal(t, "", k.Class()+k.Ident()+k.Name()+k.Office()+k.Article()+k.Day()+k.Speaker(), "%q", k)
		assert.Equal(t, Key(""), k.WithClass("attack"))
	}
	assert.Equal(t, -1, ZoneKey("a", 0).Apart().Offset(), "no number after the last ':'")
}

func TestKeyParts(t *testing.T) {
	assert.Equal(t, "summit lakeside", EventKey("summit", "lakeside").Parts())
	assert.Equal(t, "zq governor", OfficeKey("zq:governor").Parts())
	assert.Equal(t, "plain", Key("plain").Parts())
}

// The key is its text in every encoding: the public JSON and the rule
// tests' YAML read and write "subject_key" as the plain string.
func TestKeyEncodings(t *testing.T) {
	c := Claim{Kind: KindDate, SubjectKey: EventKey("fair", "tarsk"), Value: "2031-06"}
	b, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"subject_key":"event:fair:tarsk"`)
	var back Claim
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, c.SubjectKey, back.SubjectKey)
	var y Claim
	require.NoError(t, yaml.Unmarshal([]byte("subject_key: \"person:?varne\"\n"), &y))
	assert.Equal(t, SurnameKey("varne"), y.SubjectKey)
}

// keyLiteral is a Go string literal that begins a subject key of a family
// ("event:", "person:?", "office:" + …, "event:story:"): only this
// package builds them.
var keyLiteral = regexp.MustCompile(`^"(event|person|office|quote|article|date|zone|place|thing|org|desc)(:[^"]*)?:\??"$`)

// No code outside this package writes a key by concatenation: the module's
// non-test Go sources hold no string literal that begins a key.
func TestNoKeyLiteralsOutsideClaim(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	require.NoError(t, err)
	_, err = os.Stat(filepath.Join(root, "go.mod"))
	require.NoError(t, err, "the module root is two folders up")
	own, err := filepath.Abs(".")
	require.NoError(t, err)
	var bad []string
	files := 0
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path == own || path != root && strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		files++
		fset := token.NewFileSet()
		var s scanner.Scanner
		s.Init(fset.AddFile(path, -1, len(src)), src, nil, 0)
		for {
			pos, tok, lit := s.Scan()
			if tok == token.EOF {
				break
			}
			if tok == token.STRING && keyLiteral.MatchString(lit) {
				rel, _ := filepath.Rel(root, path)
				bad = append(bad, rel+":"+lit+" at "+fset.Position(pos).String())
			}
		}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, files, 100, "the walk read the module's sources")
	assert.Empty(t, bad, "build keys with the constructors of checker/claim")
}

func TestKeyLiteralPattern(t *testing.T) {
	for _, lit := range []string{`"event:"`, `"person:?"`, `"office:"`, `"event:story:"`, `"zone:"`, `"thing:"`} {
		assert.True(t, keyLiteral.MatchString(lit), lit)
	}
	for _, lit := range []string{`"article:published_time"`, `"event"`, `"n:"`, `"with:"`, `"event:fire:vessa"`} {
		assert.False(t, keyLiteral.MatchString(lit), lit)
	}
}
