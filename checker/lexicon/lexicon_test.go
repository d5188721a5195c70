package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoad(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	for _, tc := range []struct {
		class string
		want  bool
	}{
		{"earthquake", true}, // both views
		{"reporting", true},  // coreference only
		{"referendum", true}, // the extractor only
		{"picnic", false},
	} {
		assert.Equal(t, tc.want, l.Has(tc.class), tc.class)
	}
}

// Every class the extractor names by nouns describes them fully, and
// every coreference class has a known link.
func TestClassesWellFormed(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	links := map[string]bool{"": true, "story": true, "article": true, "none": true, "seminal": true}
	idents := map[string]bool{"": true, "place": true, "venue": true, "parties": true}
	for _, c := range l.Classes {
		assert.True(t, links[c.Link], "%s: link %q", c.Name, c.Link)
		assert.True(t, idents[c.Ident], "%s: ident %q", c.Name, c.Ident)
	}
}

// Inflections of one word share a stem; different words do not.
func TestStem(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"released", "releases", true},
		{"releasing", "release", true},
		{"stopped", "stop", true},
		{"struck", "strike", true}, // irregular, from lemmas.yml
		{"Injuries", "injury", true},
		{"fled", "flee", true},
		{"shot", "shooting", true},
		{"fire", "fine", false},
		{"strike", "stroke", false},
	} {
		assert.Equal(t, tc.same, l.Stem(tc.a) == l.Stem(tc.b), "%s / %s", tc.a, tc.b)
	}
}

// The title words are one list: every head in one class, no honorific
// also a head, and the one-word ones (the event extractor's) in lower
// case.
func TestTitles(t *testing.T) {
	l, err := Load()
	require.NoError(t, err)
	classOf := map[string]string{}
	for class, heads := range l.Titles.Heads {
		for _, h := range heads {
			if c, dup := classOf[h]; dup {
				t.Errorf("head %q in classes %q and %q", h, c, class)
			}
			classOf[h] = class
		}
	}
	for _, h := range l.Titles.Honorifics {
		_, head := classOf[h]
		assert.False(t, head, "honorific %q is a head too", h)
	}
	words := l.Titles.Words()
	for _, w := range []string{"minister", "premier", "vice-president", "dr", "sheikh"} {
		assert.Contains(t, words, w)
	}
	for _, w := range []string{"prime minister", "press secretary"} {
		assert.NotContains(t, words, w, "multi-word heads are not one word")
	}
}
