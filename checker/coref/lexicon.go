package coref

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed data/*.yml
var dataFS embed.FS

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
	Name    string   `yaml:"class"`
	Link    string   `yaml:"link"`
	Seminal bool     `yaml:"seminal"`
	Words   []string `yaml:"words"`
	order   int      // position in the data: an ambiguous word's first sense wins ties
}

// lexicon is the loaded data: classes by stemmed word or phrase.
type lexicon struct {
	classes   []*class
	byName    map[string]*class
	byPhrase  map[string][]*class // stemmed words joined by one space
	starts    map[string]bool     // first stems of the phrases of two words or more
	irregular map[string]string
	stop      map[string]bool
	function  map[string]bool // never an event mention alone
	maxWords  int
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

func loadLexicon() (*lexicon, error) {
	var lem struct {
		Irregular map[string]string `yaml:"irregular"`
	}
	if err := readYAML("data/lemmas.yml", &lem); err != nil {
		return nil, err
	}
	var cls struct {
		Classes []*class `yaml:"classes"`
	}
	if err := readYAML("data/classes.yml", &cls); err != nil {
		return nil, err
	}
	var sw struct {
		Stopwords []string `yaml:"stopwords"`
		Function  []string `yaml:"function"`
	}
	if err := readYAML("data/stopwords.yml", &sw); err != nil {
		return nil, err
	}
	l := &lexicon{byName: map[string]*class{}, byPhrase: map[string][]*class{}, irregular: map[string]string{}, stop: map[string]bool{}, starts: map[string]bool{}}

	for _, w := range sw.Stopwords {
		l.stop[strings.ToLower(w)] = true
	}
	l.function = map[string]bool{}
	for _, w := range sw.Function {
		l.function[strings.ToLower(w)] = true
	}
	for k, v := range lem.Irregular {
		l.irregular[strings.ToLower(k)] = strings.ToLower(v)
	}
	for _, c := range cls.Classes {
		if c.Name == "" {
			return nil, fmt.Errorf("coref: data/classes.yml: a class without a name")
		}
		if _, dup := l.byName[c.Name]; dup {
			return nil, fmt.Errorf("coref: data/classes.yml: class %q twice", c.Name)
		}
		switch c.Link {
		case "":
			c.Link = LinkStory
		case LinkStory, LinkArticle, LinkNone, LinkSeminal:
		default:
			return nil, fmt.Errorf("coref: data/classes.yml: class %q: unknown link %q", c.Name, c.Link)
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
	if err := yaml.Unmarshal(b, v); err != nil {
		return fmt.Errorf("coref: %s: %w", name, err)
	}
	return nil
}

// stem reduces an English word to a key shared by its inflections and
// close derivations: irregular forms from the data, then a few suffix rules
// ("released", "releases", "releasing" → "releas"; "stopped" → "stop").
func (l *lexicon) stem(w string) string {
	w = strings.ToLower(strings.Trim(w, ".,;:!?\"'()[]{}‘’“”"))
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	if b, ok := l.irregular[w]; ok {
		w = b
	}
	if len(w) <= 3 {
		return w
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") {
		if strings.HasSuffix(w, "ies") && len(w) > 4 {
			return w[:len(w)-3] + "y"
		}
		w = w[:len(w)-1]
		if b, ok := l.irregular[w]; ok {
			w = b
		}
	}
	switch {
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ing") && len(w) >= 6:
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w) >= 5:
		w = undouble(w[:len(w)-2])
	}
	if strings.HasSuffix(w, "e") && len(w) > 3 {
		w = w[:len(w)-1]
	}
	return w
}

// undouble drops the doubled final consonant of "stopp" or "runn".
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeioulsz", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}
