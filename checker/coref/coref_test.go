package coref

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/corpus/article"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Every sentence here is invented for these tests.

func art(id, text string) *article.Article { return &article.Article{ID: id, Text: text} }

func spanOf(text, word string) Span {
	i := strings.Index(text, word)
	return Span{Start: i, End: i + len(word)}
}

func run(t *testing.T, arts ...*article.Article) *Result {
	t.Helper()
	k, err := kb.Default()
	require.NoError(t, err)
	res, err := Run(arts, RunOptions{KB: k})
	require.NoError(t, err)
	return res
}

// eventOf returns the event holding the mention of word in article.
func eventOf(t *testing.T, res *Result, article, word string) *Event {
	t.Helper()
	for _, e := range res.Events {
		for _, m := range e.Mentions {
			if m.Article == article && m.Text == word {
				return e
			}
		}
	}
	t.Fatalf("no mention %q in %s", word, article)
	return nil
}

var unrelated = art("z-market", "Shares of Orvano Foods rose sharply in Brenholt after the grocer reported higher profits for the quarter. Analysts at Quillan Partners expect further gains.")

func TestSameEventInDifferentWords(t *testing.T) {
	res := run(t,
		art("a1", "A powerful earthquake struck the hill town of Velmora on Tuesday, killing 12 people. The quake flattened dozens of homes near the Sarn river."),
		art("a2", "The temblor that shook Velmora on Tuesday left 12 people dead, said Odile Marchetti, the mayor of Velmora. Rescuers searched homes along the Sarn river."),
		unrelated,
	)
	assert.Equal(t, res.StoryOf("a1"), res.StoryOf("a2"))
	assert.NotEqual(t, res.StoryOf("a1"), res.StoryOf("z-market"))
	quake := eventOf(t, res, "a1", "earthquake")
	for _, w := range []struct{ article, text string }{{"a1", "quake"}, {"a2", "temblor"}, {"a2", "shook"}} {
		assert.Same(t, quake, eventOf(t, res, w.article, w.text), w.text)
	}
	assert.Equal(t, "earthquake", quake.Class)
	assert.True(t, quake.Seminal)
	assert.Same(t, eventOf(t, res, "a1", "killing"), eventOf(t, res, "a2", "dead"), "a killing and the dead are one death event")
}

func TestSameTypeDifferentEvents(t *testing.T) {
	res := run(t,
		art("v1", "A strong earthquake hit Velmora on May 4, 2019, killing 9 people. Governor Anselm Roke said the quake damaged the Velmora cathedral."),
		art("v2", "Governor Anselm Roke toured Velmora after the May 4 earthquake that killed 9 people and cracked the cathedral walls in 2019."),
		art("v3", "Anselm Roke asked for aid for Velmora, where the 2019 earthquake killed 9 and left the cathedral in ruins."),
		art("t1", "An earthquake struck Tarsk on August 21, 2023, injuring 40 people. Mayor Ilse Brandvik said the quake cut power to the Tarsk harbour."),
		art("t2", "Mayor Ilse Brandvik said 40 people were injured when the 2023 earthquake hit Tarsk and knocked out the harbour power station."),
		art("t3", "Ilse Brandvik ordered the Tarsk harbour closed after the August 2023 earthquake injured 40 residents."),
		unrelated,
	)
	for _, pair := range [][2]string{{"v1", "v2"}, {"v1", "v3"}, {"t1", "t2"}, {"t1", "t3"}} {
		assert.Equal(t, res.StoryOf(pair[0]), res.StoryOf(pair[1]), pair)
	}
	assert.NotEqual(t, res.StoryOf("v1"), res.StoryOf("t1"), "two quakes, two stories")
	assert.NotSame(t, eventOf(t, res, "v1", "earthquake"), eventOf(t, res, "t1", "earthquake"))
}

func TestBackgroundEvent(t *testing.T) {
	res := run(t,
		art("b1", "A tsunami struck the coast of Marvella on March 13, 2011. It was the worst since the 2004 tsunami, which killed thousands along the same coast."),
		art("b2", "The tsunami that hit Marvella on March 13, 2011 swept away the harbour, officials said."),
		unrelated,
	)
	now, then := eventOf(t, res, "b1", "tsunami"), (*Event)(nil)
	for _, e := range res.Events {
		for _, m := range e.Mentions {
			if m.Own == "2004" {
				then = e
			}
		}
	}
	require.NotNil(t, then, "the 2004 tsunami is a mention with its own date")
	assert.NotSame(t, now, then)
	assert.True(t, then.Background)
	assert.False(t, now.Background)
	assert.True(t, now.Seminal)
	assert.Same(t, now, eventOf(t, res, "b2", "tsunami"))
}

func TestTwoIncidentsInOneArticle(t *testing.T) {
	res := run(t,
		art("s1", "Two officers were shot on Friday, June 6, 2014 outside the Dunmere station. The shooting was the second there since an officer was shot in 2009."),
		unrelated,
	)
	var bg, main int
	for _, e := range res.Events {
		if e.Class != "shooting" {
			continue
		}
		if e.Background {
			bg++
		} else {
			main++
		}
	}
	assert.Equal(t, 1, main, "this year's shooting")
	assert.Equal(t, 1, bg, "the 2009 shooting")
}

func TestAmbiguousWordTakesTheStorysClass(t *testing.T) {
	res := run(t,
		art("d1", "Halvorsen Motors fired its chief executive on Monday. The dismissal followed a board vote, and the ousted chief will be replaced by the finance director."),
		unrelated,
	)
	assert.Equal(t, "dismissal", eventOf(t, res, "d1", "fired").Class)
	assert.Same(t, eventOf(t, res, "d1", "fired"), eventOf(t, res, "d1", "dismissal"))
}

func TestGenericNounNamesTheMainEvent(t *testing.T) {
	res := run(t,
		art("i1", "A gunman opened fire in the Corlow library on Friday. The shooting left two people wounded, and the incident shocked the town."),
		art("i2", "Corlow residents gathered after the shooting at the library, a tragedy the mayor called senseless."),
		unrelated,
	)
	shooting := eventOf(t, res, "i1", "shooting")
	assert.Same(t, shooting, eventOf(t, res, "i1", "incident"))
	assert.Same(t, shooting, eventOf(t, res, "i2", "tragedy"))
	assert.True(t, shooting.Seminal)
}

func TestReportingMentionsStandAlone(t *testing.T) {
	res := run(t, art("r1", "The mayor said the bridge was safe. Her deputy said it was not."))
	var said []*Event
	for _, e := range res.Events {
		for _, m := range e.Mentions {
			if m.Text == "said" {
				said = append(said, e)
			}
		}
	}
	require.Len(t, said, 2)
	assert.NotSame(t, said[0], said[1])
}

func TestReportingWithTheSameSourceIsOneAct(t *testing.T) {
	res := run(t,
		art("q1", "The ferry sank near Pellory. Harbour master Ivo Marr said all passengers were rescued."),
		art("q2", "All passengers of the ferry that sank near Pellory were rescued, Ivo Marr said. Witnesses said the sea was calm."),
		unrelated,
	)
	require.Equal(t, res.StoryOf("q1"), res.StoryOf("q2"))
	var marr []*Event
	var other *Event
	for _, e := range res.Events {
		for _, m := range e.Mentions {
			if m.Text == "said" && (m.Article == "q1" || m.Start < 90) {
				marr = append(marr, e)
			} else if m.Text == "said" {
				other = e
			}
		}
	}
	require.Len(t, marr, 2)
	assert.Same(t, marr[0], marr[1], "Ivo Marr said, in both articles")
	require.NotNil(t, other)
	assert.NotSame(t, marr[0], other, "the witnesses said something else")
}

func TestGivenMentions(t *testing.T) {
	a := art("g1", "Fire crews fought a blaze at the Kestrel mill. The fire burned for hours, officials reported.")
	b := art("g2", "The Kestrel mill blaze was put out at dawn.")
	given := map[string][]Span{
		"g1": {spanOf(a.Text, "blaze"), spanOf(a.Text, "burned"), spanOf(a.Text, "reported"), spanOf(a.Text, "fought")},
		"g2": {spanOf(b.Text, "blaze")},
	}
	res, err := Run([]*article.Article{a, b, unrelated}, RunOptions{Given: given})
	require.NoError(t, err)
	type at struct {
		article string
		span    Span
	}
	seen := map[at]int{}
	for _, e := range res.Events {
		for _, m := range e.Mentions {
			assert.True(t, m.Given)
			seen[at{m.Article, Span{Start: m.Start, End: m.End}}]++
		}
	}
	for id, spans := range given {
		for _, sp := range spans {
			assert.Equal(t, 1, seen[at{id, sp}], "%s %v appears once", id, sp)
		}
	}
	assert.Len(t, seen, 5, "nothing but the given spans")
	assert.Same(t, eventOf(t, res, "g1", "blaze"), eventOf(t, res, "g2", "blaze"))

	tests := []struct {
		name  string
		given map[string][]Span
	}{
		{"span past the end", map[string][]Span{"g2": {{Start: 30, End: 300}}}},
		{"empty span", map[string][]Span{"g2": {{Start: 5, End: 5}}}},
		{"negative start", map[string][]Span{"g2": {{Start: -1, End: 3}}}},
		{"unknown article", map[string][]Span{"nope": {{Start: 0, End: 3}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Run([]*article.Article{a, b}, RunOptions{Given: tc.given})
			assert.Error(t, err)
		})
	}
}

func TestDeterministicWhateverTheOrder(t *testing.T) {
	arts := []*article.Article{
		art("a1", "A powerful earthquake struck Velmora on Tuesday, killing 12 people."),
		art("a2", "The temblor that shook Velmora on Tuesday left 12 people dead."),
		unrelated,
	}
	one, err := json.Marshal(run(t, arts...))
	require.NoError(t, err)
	two, err := json.Marshal(run(t, arts[2], arts[0], arts[1]))
	require.NoError(t, err)
	assert.JSONEq(t, string(one), string(two))
}

func TestDetectSkipsFunctionWords(t *testing.T) {
	sum, err := Analyze(art("n1", "The mayor did not note any damage."), AnalyzeOptions{})
	require.NoError(t, err)
	var texts []string
	for _, m := range sum.Mentions {
		texts = append(texts, m.Text)
	}
	assert.Contains(t, texts, "note")
	assert.Contains(t, texts, "damage")
	assert.NotContains(t, texts, "not")
}

func TestStem(t *testing.T) {
	l := mustLexicon()
	tests := []struct{ in, want string }{
		{"released", "releas"}, {"releases", "releas"}, {"releasing", "releas"}, {"release", "releas"},
		{"stopped", "stop"}, {"stopping", "stop"}, {"killings", "kill"}, {"struck", "strik"},
		{"said", "say"}, {"quakes", "quak"}, {"injuries", "injury"}, {"crash", "crash"},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, l.stem(tc.in), tc.in)
	}
}
