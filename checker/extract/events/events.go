package events

import (
	"sort"

	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules/kb"
)

// Span is a half-open byte range into the article text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Event is one named event of an article with every phrase that mentions it.
type Event struct {
	Key      string `json:"key"`      // event:<class>:<identifier>
	Type     string `json:"type"`     // class: meeting, fire, opening…
	Ident    string `json:"ident"`    // place key, thing phrase or with:<a+b>
	Mentions []Span `json:"mentions"` // in text order
}

// Events lists the article's events by key. Mentions that only an
// anaphor keys ("the summit") are included under the event they refer to.
func Events(d *text.Doc, k *kb.KB) []Event {
	if d == nil {
		return nil
	}
	a := newAnalysis(d, nil, k)
	defer a.release()
	return a.events()
}

func (a *analysis) events() []Event {
	byKey := map[string]*Event{}
	for _, m := range a.mentions {
		if m.key == "" {
			continue
		}
		e, ok := byKey[m.key]
		if !ok {
			e = &Event{Key: m.key, Type: m.class, Ident: identOf(m.key)}
			byKey[m.key] = e
		}
		e.Mentions = append(e.Mentions, Span{m.start, m.end})
	}
	out := make([]Event, 0, len(byKey))
	for _, e := range byKey {
		sort.Slice(e.Mentions, func(i, j int) bool {
			if e.Mentions[i].Start != e.Mentions[j].Start {
				return e.Mentions[i].Start < e.Mentions[j].Start
			}
			return e.Mentions[i].End < e.Mentions[j].End
		})
		out = append(out, *e)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Key < out[j].Key })
	return out
}
