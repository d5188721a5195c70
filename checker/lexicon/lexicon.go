// Package lexicon is the one lexicon of event classes that event
// coreference (checker/coref) and the event extractor (checker/extract/events)
// both read: which words name which kind of happening, with the lemmas
// and the stemmer that find a word's base form. data/classes.yml says
// what each field means. It also holds the one list of words that title
// a person (data/titles.yml), which the people and the event extractors
// both read.
package lexicon

import (
	"embed"
	"fmt"
	"strings"
	"sync"

	"github.com/crosscheck/crosscheck/internal/yamlc"
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

// Class is one event class.
type Class struct {
	Name    string   `yaml:"class"`
	Link    string   `yaml:"link"`
	Seminal bool     `yaml:"seminal"`
	Words   []string `yaml:"words"` // base forms, for coreference

	// The event extractor's view: written nouns and how they name an event.
	Nouns     []string `yaml:"nouns"`
	Plurals   []string `yaml:"plurals"`
	Preps     []string `yaml:"preps"`
	NotAfter  []string `yaml:"not_after"`
	NotBefore []string `yaml:"not_before"`
	Disaster  bool     `yaml:"disaster"`
	Ident     string   `yaml:"ident"`
	Adjective bool     `yaml:"adjective"`
	NoStory   bool     `yaml:"no_story"`
}

// Titles are the words that title a person.
type Titles struct {
	// Heads are the title heads by class: heads of one class name the
	// same role ("spokesman", "press secretary").
	Heads map[string][]string `yaml:"heads"`
	// Honorifics are words before a name that mark a person ("Dr",
	// "Sheikh").
	Honorifics []string `yaml:"honorifics"`
}

// Words are the one-word heads and the honorifics, lower case: the words
// after which a capitalised run is a name.
func (t *Titles) Words() []string {
	var out []string
	for _, hs := range t.Heads {
		for _, h := range hs {
			if !strings.Contains(h, " ") {
				out = append(out, strings.ToLower(h))
			}
		}
	}
	for _, h := range t.Honorifics {
		out = append(out, strings.ToLower(h))
	}
	return out
}

// Lexicon is the loaded data.
type Lexicon struct {
	Classes   []Class
	Titles    Titles
	irregular map[string]string
	byName    map[string]int
}

var (
	once sync.Once
	val  *Lexicon
	err  error
)

// Load returns the embedded lexicon, read once.
func Load() (*Lexicon, error) {
	once.Do(func() { val, err = load() })
	return val, err
}

func load() (*Lexicon, error) {
	var lem struct {
		Irregular map[string]string `yaml:"irregular"`
	}
	if err := readYAML("data/lemmas.yml", &lem); err != nil {
		return nil, err
	}
	var cls struct {
		Classes []Class `yaml:"classes"`
	}
	if err := readYAML("data/classes.yml", &cls); err != nil {
		return nil, err
	}
	l := &Lexicon{Classes: cls.Classes, irregular: map[string]string{}, byName: map[string]int{}}
	if err := readYAML("data/titles.yml", &l.Titles); err != nil {
		return nil, err
	}
	if len(l.Titles.Heads) == 0 || len(l.Titles.Honorifics) == 0 {
		return nil, fmt.Errorf("lexicon: data/titles.yml: heads and honorifics must not be empty")
	}
	for k, v := range lem.Irregular {
		l.irregular[strings.ToLower(k)] = strings.ToLower(v)
	}
	nounOf := map[string]string{}
	for i, c := range l.Classes {
		if c.Name == "" {
			return nil, fmt.Errorf("lexicon: data/classes.yml: a class without a name")
		}
		if _, dup := l.byName[c.Name]; dup {
			return nil, fmt.Errorf("lexicon: data/classes.yml: class %q twice", c.Name)
		}
		if len(c.Words) == 0 && len(c.Nouns) == 0 {
			return nil, fmt.Errorf("lexicon: data/classes.yml: class %q has neither words nor nouns", c.Name)
		}
		if len(c.Nouns) == 0 && (len(c.Plurals) > 0 || len(c.Preps) > 0 || c.Disaster || c.Ident != "") {
			return nil, fmt.Errorf("lexicon: data/classes.yml: class %q describes nouns it does not list", c.Name)
		}
		for _, n := range append(append([]string(nil), c.Nouns...), c.Plurals...) {
			n = strings.ToLower(n)
			if o, dup := nounOf[n]; dup {
				return nil, fmt.Errorf("lexicon: data/classes.yml: noun %q in classes %q and %q", n, o, c.Name)
			}
			nounOf[n] = c.Name
		}
		l.byName[c.Name] = i
	}
	return l, nil
}

// Has reports a class of the lexicon.
func (l *Lexicon) Has(name string) bool {
	_, ok := l.byName[name]
	return ok
}

func readYAML(name string, v any) error {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	if err := yamlSet.Unmarshal(name, b, v); err != nil {
		return fmt.Errorf("lexicon: %s: %w", name, err)
	}
	return nil
}

// Stem reduces an English word to a key shared by its inflections and
// close derivations: irregular forms from the data, then a few suffix rules
// ("released", "releases", "releasing" → "releas"; "stopped" → "stop").
func (l *Lexicon) Stem(w string) string {
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
