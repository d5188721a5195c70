package rules

import (
	"fmt"
	"slices"
	"strings"
)

// The head of a body: "head of the port authority", "the agency's chief"
// is the post that leads that body, held by its leaders (director,
// chairman) and by the heads its noun lists (the head of a ministry is
// its minister); "head of communications" is the post of a function.

// leadOptions: "head of ORG", "ORG chief" is the post that leads ORG.
type leadOptions struct {
	// Words are the generic heads that lead the body named after
	// "of" or before them (head, chief).
	Words []string `yaml:"words"`
	// Leaders are heads that lead a body of any kind: the head of one
	// may be called its director or chairman.
	Leaders []string `yaml:"leaders"`
	// Bodies map a body's noun (the last word of its name) to the heads
	// that lead that kind of body besides the leaders: the head of a
	// ministry is its minister. A noun listed with no heads is a body the
	// leaders alone lead; it lets "agency head" name its body.
	Bodies map[string][]string `yaml:"bodies"`
	// Side words name bodies one leads alongside another post (a
	// delegation, a committee): their head stays generic.
	Side []string `yaml:"side"`
	// Functions are parts of a body's work; a head or leader of one holds
	// the post its heads name: the head of communications speaks for the
	// body, as its spokesperson does.
	Functions map[string]functionOptions `yaml:"functions"`
}

type functionOptions struct {
	Words []string `yaml:"words"`
	Heads []string `yaml:"heads"`
}

// leadTables are the lead options by word. Lists of heads are kept as
// ",class,class," strings: they ride in the encoded sense.
type leadTables struct {
	words     map[string]bool
	class     string          // the class of a lead post: the first lead word
	leaders   map[string]bool // by class
	bodies    map[string]string
	side      map[string]bool
	functions map[string]string // word → ",class,…,@function,"
}

func (l *leadTables) build(o *leadOptions, classOf func(string) string) error {
	l.words, l.leaders, l.bodies, l.side, l.functions = map[string]bool{}, map[string]bool{}, map[string]string{}, map[string]bool{}, map[string]string{}
	if o == nil {
		return nil
	}
	heads := func(list []string) string {
		var cls []string
		for _, h := range list {
			cls = append(cls, classOf(normTitle(h)))
		}
		slices.Sort(cls)
		cls = slices.Compact(cls)
		if len(cls) == 0 {
			return ""
		}
		return "," + strings.Join(cls, ",") + ","
	}
	for _, w := range o.Words {
		w = normTitle(w)
		if l.class == "" {
			l.class = w
		}
		l.words[w] = true
	}
	for _, h := range o.Leaders {
		l.leaders[classOf(normTitle(h))] = true
	}
	for noun, list := range o.Bodies {
		l.bodies[normTitle(noun)] = heads(list)
	}
	for _, w := range o.Side {
		l.side[normTitle(w)] = true
	}
	for name, f := range o.Functions {
		list := heads(f.Heads)
		if list == "" {
			list = ","
		}
		list += "@" + normTitle(name) + ","
		for _, w := range f.Words {
			w = normTitle(w)
			if prev, dup := l.functions[w]; dup && prev != list {
				return fmt.Errorf("options.titles.leads.functions: %q is in two functions", w)
			}
			l.functions[w] = list
		}
	}
	return nil
}

// readLead makes a generic head ("head", "chief") with the body it leads
// named the post that leads that body: "head of the port authority",
// "the agency's chief". The body is the words after "of" up to the next
// connector, or a listed body noun right before the head. Without a body,
// or with a side body (a delegation), the head stays generic. A head of a
// function ("head of communications") is the post of that function, not
// the leader of the body.
func (t *titleCompare) readLead(s *titleSense, words []string, lead string) {
	i := slices.Index(words, lead)
	if i < 0 {
		return
	}
	var run []string
	after := i+2 < len(words) && words[i+1] == "of"
	if after {
		run = words[i+2:]
		for k, w := range run {
			if t.isConnector(w) {
				run = run[:k]
				break
			}
		}
		for len(run) > 0 && articles[run[0]] {
			run = run[1:]
		}
	} else if i > 0 {
		run = words[:i]
	}
	if len(run) == 0 {
		return
	}
	for _, w := range run {
		if t.lead.side[w] || t.lead.side[strings.TrimSuffix(w, "s")] {
			return
		}
	}
	noun := run[len(run)-1]
	allows, body := t.lead.body(noun)
	functions := t.lead.functionsIn(run, allows)
	function := t.lead.functions[noun] != ""
	if !after && !body && !function {
		return // "the new head": no body named
	}
	s.head, s.known, s.generic = t.lead.class, true, false
	s.lead = !function // "head of communications" leads a function, not the body
	s.allows = functions
}

var articles = map[string]bool{"the": true, "a": true, "an": true}

func (t *titleCompare) isConnector(w string) bool {
	for _, c := range t.connectors {
		if len(c) == len(w)+2 && c[1:len(c)-1] == w {
			return true
		}
	}
	return false
}

// body looks a body's noun up, also without a plural or possessive "s"
// ("ministrys" from "ministry's").
func (l *leadTables) body(noun string) (string, bool) {
	if allows, ok := l.bodies[noun]; ok {
		return allows, true
	}
	allows, ok := l.bodies[strings.TrimSuffix(noun, "s")]
	return allows, ok
}

// functionsIn adds to allows the heads and markers of the functions the
// words name.
func (l *leadTables) functionsIn(words []string, allows string) string {
	for _, w := range words {
		f := l.functions[w]
		if f == "" {
			continue
		}
		if allows == "" {
			allows = f
			continue
		}
		for item := range strings.SplitSeq(strings.Trim(f, ","), ",") {
			if !inList(allows, item) {
				allows += item + ","
			}
		}
	}
	return allows
}

// inList: item is in a ",a,b," list. It runs for every pair of sides, so
// it does not allocate.
func inList(list, item string) bool {
	for list != "" {
		i := strings.Index(list, item)
		if i < 0 {
			return false
		}
		if i > 0 && list[i-1] == ',' && i+len(item) < len(list) && list[i+len(item)] == ',' {
			return true
		}
		list = list[i+1:]
	}
	return false
}

// sharesFunction: two lists name a function in common ("@communications").
func sharesFunction(a, b string) bool {
	for a != "" {
		i := strings.Index(a, ",@")
		if i < 0 {
			return false
		}
		a = a[i+1:]
		end := strings.IndexByte(a, ',')
		if end < 0 {
			return false
		}
		if inList(b, a[:end]) {
			return true
		}
		a = a[end:]
	}
	return false
}

// samePost: y's head holds the post x leads or names.
func (t *titleCompare) samePost(x, y titleSense) bool {
	return (x.lead && t.lead.leaders[y.head]) || inList(x.allows, y.head)
}
