package temporal

import (
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
)

// A port of what the ratchet needs from the TempEval-3 TIMEX3 scorer
// (../shared/tools/score_timex.py): reading TimeML, pairing gold and
// system spans one to one, strict span F1 and value F1. Offsets here are
// byte offsets; pairing by bytes gives the scorer's character pairing.

// teSpan is one gold or system TIMEX3.
type teSpan struct {
	start, end int
	value, typ string
}

// teDoc is one TimeML document: its plain text, creation date and gold.
type teDoc struct {
	id   string
	text string
	dct  time.Time
	gold []teSpan
}

var dctDate = regexp.MustCompile(`^(\d{4})-?(\d{2})-?(\d{2})`)

// readTML reads the character data of <TEXT> and its TIMEX3 spans, and
// the creation time from the TIMEX3 with functionInDocument=CREATION_TIME.
func readTML(path string) (teDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return teDoc{}, err
	}
	defer f.Close()
	d := teDoc{id: strings.TrimSuffix(filepath.Base(path), ".tml")}
	dec := xml.NewDecoder(f)
	var b strings.Builder
	inText := false
	var open []teSpan // TIMEX3 elements open inside TEXT
	dctValue := ""
	for {
		tk, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return teDoc{}, fmt.Errorf("%s: %w", path, err)
		}
		switch e := tk.(type) {
		case xml.StartElement:
			if e.Name.Local == "TEXT" {
				inText = true
			}
			if e.Name.Local != "TIMEX3" {
				continue
			}
			sp := teSpan{start: b.Len()}
			fn := ""
			for _, a := range e.Attr {
				switch a.Name.Local {
				case "value":
					sp.value = a.Value
				case "type":
					sp.typ = a.Value
				case "functionInDocument":
					fn = a.Value
				}
			}
			if !inText && fn == "CREATION_TIME" && dctValue == "" {
				dctValue = sp.value
			}
			open = append(open, sp)
		case xml.EndElement:
			switch e.Name.Local {
			case "TEXT":
				inText = false
			case "TIMEX3":
				sp := open[len(open)-1]
				open = open[:len(open)-1]
				if inText {
					sp.end = b.Len()
					d.gold = append(d.gold, sp)
				}
			}
		case xml.CharData:
			if inText {
				b.Write(e)
			}
		}
	}
	d.text = b.String()
	sort.SliceStable(d.gold, func(i, j int) bool {
		if d.gold[i].start != d.gold[j].start {
			return d.gold[i].start < d.gold[j].start
		}
		return d.gold[i].end < d.gold[j].end
	})
	m := dctDate.FindStringSubmatch(dctValue)
	if m == nil {
		return teDoc{}, fmt.Errorf("%s: no creation time", path)
	}
	d.dct, err = time.Parse("2006-01-02", m[1]+"-"+m[2]+"-"+m[3])
	return d, err
}

// readTMLDir reads every .tml file of dir, sorted by name.
func readTMLDir(dir string) ([]teDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var docs []teDoc
	for _, p := range paths {
		d, err := readTML(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// tePair is one paired gold (g) and system (s) span.
type tePair struct {
	g, s   int
	strict bool
}

// pairSpans pairs identical spans first, then overlapping ones by
// decreasing overlap (ties: earlier gold start, earlier system start).
func pairSpans(gold, sys []teSpan) []tePair {
	var pairs []tePair
	usedG, usedS := map[int]bool{}, map[int]bool{}
	for si, s := range sys {
		for gi, g := range gold {
			if !usedG[gi] && g.start == s.start && g.end == s.end {
				usedG[gi], usedS[si] = true, true
				pairs = append(pairs, tePair{gi, si, true})
				break
			}
		}
	}
	type ov struct{ n, gs, ss, gi, si int }
	var ovs []ov
	for gi, g := range gold {
		if usedG[gi] {
			continue
		}
		for si, s := range sys {
			if usedS[si] {
				continue
			}
			if n := min(g.end, s.end) - max(g.start, s.start); n > 0 {
				ovs = append(ovs, ov{n, g.start, s.start, gi, si})
			}
		}
	}
	sort.Slice(ovs, func(i, j int) bool {
		a, b := ovs[i], ovs[j]
		if a.n != b.n {
			return a.n > b.n
		}
		if a.gs != b.gs {
			return a.gs < b.gs
		}
		if a.ss != b.ss {
			return a.ss < b.ss
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.si < b.si
	})
	for _, o := range ovs {
		if usedG[o.gi] || usedS[o.si] {
			continue
		}
		usedG[o.gi], usedS[o.si] = true, true
		pairs = append(pairs, tePair{o.gi, o.si, false})
	}
	return pairs
}

// teCounts are the micro-averaged counts the F1 scores come from.
type teCounts struct{ gold, sys, strict, relaxed, value, typ int }

func (c *teCounts) add(gold, sys []teSpan, pairs []tePair) {
	c.gold += len(gold)
	c.sys += len(sys)
	for _, p := range pairs {
		c.relaxed++
		if p.strict {
			c.strict++
		}
		if strings.TrimSpace(gold[p.g].value) == strings.TrimSpace(sys[p.s].value) {
			c.value++
		}
		if gold[p.g].typ == sys[p.s].typ {
			c.typ++
		}
	}
}

func f1(correct, sys, gold int) float64 {
	if sys == 0 && gold == 0 {
		return 1
	}
	if correct == 0 {
		return 0
	}
	p, r := float64(correct)/float64(sys), float64(correct)/float64(gold)
	return 2 * p * r / (p + r)
}

func (c teCounts) strictF1() float64 { return f1(c.strict, c.sys, c.gold) }
func (c teCounts) valueF1() float64  { return f1(c.value, c.sys, c.gold) }
func (c teCounts) relaxF1() float64  { return f1(c.relaxed, c.sys, c.gold) }
func (c teCounts) typeF1() float64   { return f1(c.typ, c.sys, c.gold) }

// tagDoc runs the tagger on one document as `crosscheck dates --ref DCT`
// gives its "timex3" list.
func tagDoc(d teDoc) []teSpan {
	var out []teSpan
	for _, x := range TIMEX3(Tag(d.text, Options{Reference: d.dct})) {
		out = append(out, teSpan{x.Start, x.End, x.Value, string(x.Type)})
	}
	return out
}
