package coref

import (
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/yamlc"

	shared "github.com/crosscheck/crosscheck/checker/lexicon"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

//go:embed data/*.yml
var dataFS embed.FS

// compiledYAML is data/*.yml already parsed (internal/yamlc); a test
// proves it current. After editing the YAML, run:
//
//go:generate go test -run TestCompiledYAML -update-yamlc .
//go:embed data.yamlc
var compiledYAML string

var yamlSet = yamlc.New(compiledYAML)

// Link scopes: how far mentions of a class may corefer.
const (
	LinkStory   = "story"
	LinkArticle = "article"
	LinkNone    = "none"
	// LinkSeminal: a generic event noun ("the incident", "the tragedy")
	// names the story's main event.
	LinkSeminal = "seminal"
)

// class is one event class of the lexicon.
type class struct {
	Name    string
	Link    string
	Seminal bool
	Words   []string
	order   int // position in the data: an ambiguous word's first sense wins ties
}

// lexicon is the loaded data: classes by stemmed word or phrase.
type lexicon struct {
	shared   *shared.Lexicon
	classes  []*class
	byName   map[string]*class
	byPhrase map[string][]*class // stemmed words joined by one space
	starts   map[string]bool     // first stems of the phrases of two words or more
	stop     map[string]bool
	function map[string]bool // never an event mention alone
	maxWords int
}

var (
	lexOnce sync.Once
	lexVal  *lexicon
	lexErr  error
)

// theLexicon loads the embedded data once.
func theLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lexVal, lexErr = loadLexicon() })
	return lexVal, lexErr
}

func mustLexicon() *lexicon {
	l, err := theLexicon()
	if err != nil {
		panic(err) // embedded data is checked by the tests
	}
	return l
}

// loadLexicon reads the event classes of the shared lexicon
// (checker/lexicon) with words of their own, and the stop words.
func loadLexicon() (*lexicon, error) {
	sh, err := shared.Load()
	if err != nil {
		return nil, err
	}
	var sw struct {
		Stopwords []string `yaml:"stopwords"`
		Function  []string `yaml:"function"`
	}
	if err := readYAML("data/stopwords.yml", &sw); err != nil {
		return nil, err
	}
	l := &lexicon{shared: sh, byName: map[string]*class{}, byPhrase: map[string][]*class{}, stop: map[string]bool{}, starts: map[string]bool{}}

	for _, w := range slices.Concat(sw.Stopwords, temporal.FullMonthAndWeekdayNames()) {
		l.stop[strings.ToLower(w)] = true
	}
	l.function = map[string]bool{}
	for _, w := range sw.Function {
		l.function[strings.ToLower(w)] = true
	}
	for _, sc := range sh.Classes {
		if len(sc.Words) == 0 {
			continue // a class only the event extractor names
		}
		c := &class{Name: sc.Name, Link: sc.Link, Seminal: sc.Seminal, Words: sc.Words}
		switch c.Link {
		case "":
			c.Link = LinkStory
		case LinkStory, LinkArticle, LinkNone, LinkSeminal:
		default:
			return nil, fmt.Errorf("coref: event class %q: unknown link %q", c.Name, c.Link)
		}
		c.order = len(l.classes)
		l.byName[c.Name] = c
		l.classes = append(l.classes, c)
		for _, w := range c.Words {
			ws := strings.Fields(strings.ToLower(w))
			for i := range ws {
				ws[i] = l.stem(ws[i])
			}
			key := strings.Join(ws, " ")
			if !containsClass(l.byPhrase[key], c) {
				l.byPhrase[key] = append(l.byPhrase[key], c)
			}
			if len(ws) > 1 {
				l.starts[ws[0]] = true
			}
			if len(ws) > l.maxWords {
				l.maxWords = len(ws)
			}
		}
	}
	return l, nil
}

func containsClass(cs []*class, c *class) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

func readYAML(name string, v any) error {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("coref: %w", err)
	}
	if err := yamlSet.Unmarshal(name, b, v); err != nil {
		return fmt.Errorf("coref: %s: %w", name, err)
	}
	return nil
}

// stem is the shared lexicon's stem of an English word.
func (l *lexicon) stem(w string) string { return l.shared.Stem(w) }

// Prepare loads the lexicon Analyze reads, which otherwise loads at the
// first Analyze: see temporal.Prepare. Safe from any goroutine.
func Prepare() { theLexicon() }
