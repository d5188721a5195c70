package events

import (
	"strconv"
	"strings"
)

// What a number measures (measures.yml): crowds, hits, parts of a group,
// the source an estimate is credited to, distances and bearings from a
// place. A number is a claim only when its measure is known.

type measuresFile struct {
	Standalone     []string           `yaml:"standalone_heads"`
	CrowdVerbs     []string           `yaml:"crowd_verbs"`
	RiotVerbs      []string           `yaml:"riot_verbs"`
	CrowdNouns     []string           `yaml:"crowd_nouns"`
	CrowdEstimates []string           `yaml:"crowd_estimates"`
	CrowdPassives  []string           `yaml:"crowd_passives"`
	HitVerbs       []string           `yaml:"hit_verbs"`
	HitParts       []string           `yaml:"hit_parts"`
	VerbPhrases    map[string]string  `yaml:"verb_phrases"`
	PostModifiers  []string           `yaml:"post_modifiers"`
	PostAux        []string           `yaml:"post_aux"`
	VerbFillers    []string           `yaml:"verb_fillers"`
	OneMoreFillers []string           `yaml:"one_more_fillers"`
	PartOf         []string           `yaml:"part_of"`
	Canon          map[string]string  `yaml:"canon"`
	BySource       []string           `yaml:"by_source"`
	ByParty        []string           `yaml:"by_party"`
	PartyVerbs     []string           `yaml:"party_verbs"`
	PartyAux       []string           `yaml:"party_aux"`
	SourceAfter    []string           `yaml:"source_after"`
	SourceBefore   []string           `yaml:"source_before"`
	Bearings       map[string]float64 `yaml:"bearings"`
	BearingPairs   map[string]float64 `yaml:"bearing_pairs"`
	Background     []string           `yaml:"background_words"`
	PeopleVerbs    []string           `yaml:"people_verbs"`
	OneMore        []string           `yaml:"one_more"`
	Continuers     []string           `yaml:"continuers"`
	Locative       []string           `yaml:"locative"`
	CrowdHeads     []string           `yaml:"crowd_heads"`
	ListBreaks     []string           `yaml:"list_breaks"`
	OpinionVerbs   []string           `yaml:"opinion_verbs"`
	SourceNouns    []string           `yaml:"source_nouns"`
	SpanPreps      []string           `yaml:"span_preps"`
	Occasions      []string           `yaml:"occasions"`
	StreetWords    []string           `yaml:"street_words"`
	NamedEvents    []string           `yaml:"named_events"`
	GeoHeads       []string           `yaml:"geo_heads"`
	NameAbbrevs    []string           `yaml:"name_abbreviations"`
	Cumulative     []string           `yaml:"cumulative"`
	AreaNouns      []string           `yaml:"area_nouns"`
	TollLinks      []string           `yaml:"toll_links"`
	SharePreps     []string           `yaml:"share_preps"`
	ShareScopes    map[string]string  `yaml:"share_scopes"`
	ServiceHeads   []string           `yaml:"service_heads"`
	Dimensions     []string           `yaml:"dimensions"`
	NoFigures      []string           `yaml:"no_figures"`
	Including      []string           `yaml:"including"`
	NonePeople     []string           `yaml:"none_people"`
	NoneNouns      []string           `yaml:"none_nouns"`
	NoneWords      []string           `yaml:"none_words"`
	NoneMeasures   []string           `yaml:"none_measures"`
	NoneExcept     []string           `yaml:"none_except"`
	NoneScopes     []string           `yaml:"none_scopes"`
	NoneConditions []string           `yaml:"none_conditions"`
	NoneJoins      []string           `yaml:"none_joins"`
}

type measureVocab struct {
	standalone     map[string]bool
	crowdVerbs     phraseSet
	riotVerbs      phraseSet
	crowdNouns     map[string]bool
	crowdEstimates phraseSet
	crowdPassives  map[string]bool
	hitVerbs       map[string]bool
	hitParts       phraseSet
	verbPhrases    phraseSet
	verbPhrase     map[string]string
	postModifiers  map[string]bool
	postAux        map[string]bool
	verbFillers    map[string]bool
	oneMoreFillers map[string]bool
	partOf         phraseSet
	canon          map[string]string
	bySource       map[string]bool
	byParty        map[string]bool
	partyVerbs     map[string]bool
	partyAux       map[string]bool
	sourceAfter    map[string]bool
	sourceBefore   phraseSet
	bearings       map[string]float64
	bearingPairs   phraseSet
	bearingPair    map[string]float64
	background     phraseSet
	peopleVerbs    map[string]bool
	oneMore        map[string]bool
	continuers     map[string]bool
	locative       map[string]bool
	crowdHeads     map[string]bool
	listBreaks     map[string]bool
	opinionVerbs   map[string]bool
	sourceNouns    map[string]bool
	spanPreps      map[string]bool
	occasions      map[string]bool
	streetWords    map[string]bool
	namedEvents    map[string]bool
	geoHeads       map[string]bool
	nameAbbrevs    map[string]bool
	cumulative     phraseSet
	areaNouns      map[string]bool
	tollLinks      map[string]bool
	sharePreps     map[string]bool
	shareScopes    map[string]string
	serviceHeads   map[string]bool
	dimensions     map[string]bool
	noFigures      map[string]bool
	including      map[string]bool
	nonePeople     phraseSet
	noneNouns      map[string]bool
	noneWords      map[string]bool
	noneMeasures   map[string]bool
	noneExcept     phraseSet
	noneScopes     map[string]bool
	noneConditions map[string]bool
	noneJoins      map[string]bool
}

func loadMeasures() (*measureVocab, error) {
	var f measuresFile
	if err := decode("measures.yml", &f); err != nil {
		return &measureVocab{}, err
	}
	return &measureVocab{
		standalone:     set(f.Standalone),
		crowdVerbs:     newPhraseSet(f.CrowdVerbs),
		riotVerbs:      newPhraseSet(f.RiotVerbs),
		crowdNouns:     set(f.CrowdNouns),
		crowdEstimates: newPhraseSet(f.CrowdEstimates),
		crowdPassives:  set(f.CrowdPassives),
		hitVerbs:       set(f.HitVerbs),
		hitParts:       newPhraseSet(f.HitParts),
		verbPhrases:    newPhraseSet(keys(f.VerbPhrases)),
		verbPhrase:     f.VerbPhrases,
		postModifiers:  set(f.PostModifiers),
		postAux:        set(f.PostAux),
		verbFillers:    set(f.VerbFillers),
		oneMoreFillers: set(f.OneMoreFillers),
		partOf:         newPhraseSet(f.PartOf),
		canon:          f.Canon,
		bySource:       set(f.BySource),
		byParty:        set(f.ByParty),
		partyVerbs:     set(f.PartyVerbs),
		partyAux:       set(f.PartyAux),
		sourceAfter:    set(f.SourceAfter),
		sourceBefore:   newPhraseSet(f.SourceBefore),
		bearings:       f.Bearings,
		bearingPairs:   newPhraseSet(keys(f.BearingPairs)),
		bearingPair:    f.BearingPairs,
		background:     newPhraseSet(f.Background),
		peopleVerbs:    set(f.PeopleVerbs),
		oneMore:        set(f.OneMore),
		continuers:     set(f.Continuers),
		locative:       set(f.Locative),
		crowdHeads:     set(f.CrowdHeads),
		listBreaks:     set(f.ListBreaks),
		opinionVerbs:   set(f.OpinionVerbs),
		sourceNouns:    set(f.SourceNouns),
		spanPreps:      set(f.SpanPreps),
		occasions:      set(f.Occasions),
		streetWords:    set(f.StreetWords),
		namedEvents:    set(f.NamedEvents),
		geoHeads:       set(f.GeoHeads),
		nameAbbrevs:    set(f.NameAbbrevs),
		cumulative:     newPhraseSet(f.Cumulative),
		areaNouns:      set(f.AreaNouns),
		tollLinks:      set(f.TollLinks),
		sharePreps:     set(f.SharePreps),
		shareScopes:    f.ShareScopes,
		serviceHeads:   set(f.ServiceHeads),
		dimensions:     set(f.Dimensions),
		noFigures:      set(f.NoFigures),
		including:      set(f.Including),
		nonePeople:     newPhraseSet(f.NonePeople),
		noneNouns:      set(f.NoneNouns),
		noneWords:      set(f.NoneWords),
		noneMeasures:   set(f.NoneMeasures),
		noneExcept:     newPhraseSet(f.NoneExcept),
		noneScopes:     set(f.NoneScopes),
		noneConditions: set(f.NoneConditions),
		noneJoins:      set(f.NoneJoins),
	}, nil
}

// canonMeasure names one quantity the same under other words: "bullets
// hit" and "times hit" are hits.
func canonMeasure(m string) string {
	if c, ok := mvoc().canon[m]; ok {
		return c
	}
	return m
}

// partOfGroup reports a number followed by the group it is a part of:
// "30 of the 80 wounded", "five of them".
func (a *analysis) partOfGroup(q quantity, hi int) bool {
	return q.unit == "" && q.last < hi && a.matchPhrase(mvoc().partOf, q.last, hi) > 0
}

// skipAux skips the auxiliaries and adverbs between a counted noun and its
// verb: "were also", "had been", "together".
func (a *analysis) skipAux(p, hi int) int {
	for k := p; k < hi && k < p+4; k++ {
		switch a.toks[k].low {
		case "were", "was", "are", "is", "have", "has", "had", "been", "be", "also", "then", "who", "that", "briefly", "later", "reportedly", "expected", "to", "due", "would", "will", "could":
			continue
		}
		return k
	}
	return p
}

// crowdAfter names the crowd people after a number form from the verb
// after them: "20,000 people marched" is a crowd, "40 youths rampaged"
// rioters.
func (a *analysis) crowdAfter(p, hi int) string {
	k := a.skipAux(p, hi)
	if k >= hi {
		return ""
	}
	if a.matchPhrase(mvoc().crowdVerbs, k, hi) > 0 {
		return "crowd"
	}
	if a.matchPhrase(mvoc().riotVerbs, k, hi) > 0 {
		return "rioters"
	}
	return ""
}

// crowdEstimate reports an estimate put on a crowd: "estimated the crowd
// at 70", "put the march at roughly 30,000", "attended by 200,000".
func (a *analysis) crowdEstimate(q quantity, lo int) bool {
	b := q.before()
	if b-1 < lo {
		return false
	}
	if a.toks[b-1].low == "at" {
		for s := b - 2; s >= lo && s >= b-12; s-- {
			if mvoc().crowdNouns[a.toks[s].low] {
				for e := s - 1; e >= lo && e >= s-3; e-- {
					if a.matchPhrase(mvoc().crowdEstimates, e, s) > 0 {
						return true
					}
				}
			}
		}
		return false
	}
	// "a march attended by 200,000"
	if b-2 >= lo && a.toks[b-1].low == "by" && mvoc().crowdPassives[a.toks[b-2].low] {
		return true
	}
	return false
}

// hitsBefore reports "shot eleven times": a verb of hitting just before
// the number.
func (a *analysis) hitsBefore(q quantity, lo int) bool {
	for s := q.before() - 1; s >= lo && s >= q.before()-3; s-- {
		if mvoc().hitVerbs[a.toks[s].low] {
			return true
		}
		if a.isClauseBreak(s) {
			return false
		}
	}
	return false
}

// listVerb finds the verb a list of counted things hangs on: "recovered
// seven rifles, three machine guns and ammunition" gives the second item
// "recovered" too. It looks back through the clause, across commas and
// "and", for an active verb.
func (a *analysis) listVerb(q quantity, lo int) string {
	for s := q.before() - 1; s >= lo && s >= q.before()-14; s-- {
		l := a.toks[s].low
		if v := voc().activeVerbs[l]; v != "" {
			return v
		}
		switch a.tx(s) {
		case ";", ":", "(", ")", ".":
			return ""
		}
		if voc().speech[l] || mvoc().listBreaks[l] {
			return "" // "houses in about 15 villages": no list item
		}
	}
	return ""
}

// sourceOf names who an estimate is credited to in its sentence: "Police
// said", "the survey puts the magnitude at", "according to the agency".
// "" when the sentence credits nobody.
func (a *analysis) sourceOf(q quantity, si int) string {
	lo, hi := a.sentRange(si)
	// the clause of the number: the source verb nearest before it, else
	// the first after it
	best, bestD := "", 1<<30
	for k := lo; k < hi; k++ {
		src := a.sourceAt(k, lo, hi)
		if src == "" {
			continue
		}
		d := q.first - k
		if d < 0 {
			d = 1000 - d
		}
		if d < bestD {
			best, bestD = src, d
		}
	}
	return best
}

// sourceAt reads a source credited at token k: "according to X" or "X
// said".
func (a *analysis) sourceAt(k, lo, hi int) string {
	if n := a.matchPhrase(mvoc().sourceBefore, k, hi); n > 0 {
		s := a.skipThe(k+n, hi)
		if e := a.capRunFrom(s, hi); e > s {
			return a.lowPhrase(s, e)
		}
		if s < hi && a.toks[s].word {
			return a.toks[s].low
		}
	}
	if !mvoc().sourceAfter[a.toks[k].low] || k == lo {
		return ""
	}
	e := k
	for e > lo && (a.tx(e-1) == "," || a.tx(e-1) == ".") {
		e--
	}
	s := a.capRunBack(e, lo)
	if s == e {
		if e-1 >= lo && mvoc().sourceNouns[a.toks[e-1].low] {
			return a.toks[e-1].low // "witnesses said"
		}
		return ""
	}
	// "the survey in Golden, Colo., said": the source stands before
	// the place it is in
	for n := 0; n < 3; n++ {
		p := s - 1
		for p >= lo && a.tx(p) == "," {
			p--
		}
		if p < lo {
			break
		}
		if a.toks[p].low == "in" {
			if s2 := a.capRunBack(p, lo); s2 < p {
				s, e = s2, p
			}
			break
		}
		if p < s-1 && a.capWord(p) {
			s = a.capRunBack(p+1, lo)
			continue
		}
		break
	}
	return a.sourceName(s, e)
}

// distanceFrom reads "1,500 kilometers south of Tarnow", "58km south-west
// of Tarnow", "150 nautical miles off Tarnow" after a length q: the place
// measured from, the bearing (-1 when none) and whether it was found.
func (a *analysis) distanceFrom(q quantity, hi int) (place, float64, bool) {
	p := q.last
	if p < hi && a.tx(p) == "(" {
		// "58km (36 miles) south-west of": skip the conversion
		for p < hi && a.tx(p) != ")" {
			p++
		}
		p++
	}
	bearing := -1.0
	if p < hi {
		if n := a.matchPhrase(mvoc().bearingPairs, p, hi); n > 0 {
			bearing = mvoc().bearingPair[a.lowPhrase(p, p+n)]
			p += n
		} else if b, ok := mvoc().bearings[a.toks[p].low]; ok {
			bearing = b
			p++
		}
	}
	switch {
	case bearing >= 0 && p < hi && a.toks[p].low == "of":
		p++
	case bearing < 0 && p < hi && (a.toks[p].low == "off" || a.toks[p].low == "from"):
		p++
	default:
		return place{}, 0, false
	}
	s := a.skipThe(p, hi)
	e := a.capRunFrom(s, hi)
	if e == s {
		return place{}, 0, false
	}
	pl, ok := a.resolvePlace(s, e, false)
	if !ok {
		return place{}, 0, false
	}
	return pl, bearing, true
}

// populationPlace is the place a population figure is of: the nearest
// place named before it in its sentence ("Tarnow island, home to 9,000
// people").
func (a *analysis) populationPlace(q quantity, lo int) (place, bool) {
	// "Tarnow, home to 9,000": the place before the comma; "Tarnow is
	// home to 9,000", "Tarnow is an island in the gulf, with a population
	// of 9,000": the sentence's subject
	b := q.before()
	for b > lo && !a.isClauseBreak(b-1) && a.toks[b-1].word && !a.toks[b-1].cap && b > q.before()-4 {
		b--
	}
	appositive := b > lo && a.tx(b-1) == "," && a.toks[b].low != "with"
	if !appositive {
		// the subject opens the sentence: "Tarnow is home to…"
		s := a.skipThe(lo, q.first)
		if e := a.capRunFrom(s, q.first); e > s {
			if pl, ok := a.resolvePlace(s, e, false); ok && !(pl.known && pl.country == "") {
				return bareSettlement(pl), true
			}
		}
		return place{}, false
	}
	return a.placeBefore(q, lo)
}

// placeBefore is the nearest place named before q in its sentence.
func (a *analysis) placeBefore(q quantity, lo int) (place, bool) {
	for e := q.before(); e > lo; e-- {
		if !a.toks[e-1].cap {
			continue
		}
		s := a.capRunBack(e, lo)
		if s == e {
			continue
		}
		if pl, ok := a.resolvePlace(s, e, false); ok {
			return bareSettlement(pl), true
		}
		e = s
	}
	return place{}, false
}

// bareSettlement keys "Tarnow Island" as "tarnow": an unknown place and
// its settlement noun are one place.
func bareSettlement(pl place) place {
	if pl.known {
		return pl
	}
	if i := strings.LastIndexByte(pl.key, ' '); i > 0 && voc().settlements[pl.key[i+1:]] {
		pl.key = pl.key[:i]
	}
	return pl
}

// rangeOf extends q over a range: "between 40 and 50", "43 to 44
// percent", "40 or 50", "60-100". The range's top goes to q.max, and a
// unit written once after it to both ends.
func (a *analysis) rangeOf(q quantity, lo, hi int) quantity {
	p := q.last
	if p+1 >= hi || q.approx != "" && q.approx != "about" && q.approx != "between" {
		return q
	}
	sep := a.toks[p].low
	between := q.before() > lo && a.toks[q.before()-1].low == "between"
	if !(sep == "to" || sep == "or" || sep == "-" || sep == "–" || sep == "and" && between) {
		return q
	}
	t := a.toks[p+1]
	if t.expr >= 0 || !(t.digit || t.flags&fNumber != 0) {
		return q
	}
	q2, ok := a.quantityAt(p+1, lo, hi)
	if !ok || q2.value <= q.value || q2.approx != "" || q.unit != "" && q2.unit != "" && q.unit != q2.unit {
		return q
	}
	if q.unit == "" {
		q.unit = q2.unit
	}
	q.max, q.last = q2.value, q2.last
	if between {
		q.approxFrom = q.before() - 1
	}
	return q
}

// additiveCrowd is the place of a crowd counted on top of another
// ("Tarnow, where another 20,000 people marched"): its figure is that
// place's, not the whole march's.
func (a *analysis) additiveCrowd(q quantity, lo int) (place, bool) {
	b := q.before() - 1
	if b < lo {
		return place{}, false
	}
	for s := b; s >= lo && s >= b-2; s-- {
		switch a.toks[s].low {
		case "another", "further", "where":
			return a.placeBefore(q, lo)
		}
	}
	return place{}, false
}

// pollAnswer reports a share of people who said or think something: "55
// percent of respondents said", "62 percent of voters believe". Each
// question of a poll has its own answer; no two are one measure.
func (a *analysis) pollAnswer(q quantity, hi int) bool {
	if q.unit != "percent" {
		return false
	}
	for k := q.last; k < hi && k < q.last+6; k++ {
		if mvoc().opinionVerbs[a.toks[k].low] {
			return true
		}
		if a.tx(k) == ";" || a.tx(k) == "." {
			return false
		}
	}
	return false
}

// listPassive finds the passive verb a list of counted subjects ends in:
// "Seven rifles, three machine guns and ammunition were seized" gives
// every item "seized". Only commas, "and" and the words of the items
// may stand between.
func (a *analysis) listPassive(p, hi int) string {
	for k := p; k < hi && k < p+30; k++ {
		l := a.toks[k].low
		if l == "were" || l == "was" {
			if k+1 < hi {
				if v := voc().countedVerbs[a.toks[k+1].low]; v != "" {
					return v
				}
				if k+2 < hi && (a.toks[k+1].low == "also" || a.toks[k+1].low == "reportedly") {
					return voc().countedVerbs[a.toks[k+2].low]
				}
			}
			return ""
		}
		switch a.tx(k) {
		case ";", ":", ".", "(", ")":
			return ""
		}
		if voc().speech[l] || mvoc().listBreaks[l] && l != "of" {
			return ""
		}
	}
	return ""
}

// fallScope names who fell, so that two climbers' falls told in one
// article stay apart: the age the sentence gives ("36-year-old", "Ilse
// Varga, 32,"), else "".
func (a *analysis) fallScope(si int) string {
	lo, hi := a.sentRange(si)
	for k := lo; k < hi; k++ {
		l := a.toks[k].low
		if n, ok := strings.CutSuffix(l, "-year-old"); ok {
			if _, err := strconv.Atoi(n); err == nil {
				return "aged " + n
			}
		}
		if a.toks[k].digit && k > lo && k+1 < hi && a.tx(k-1) == "," && a.tx(k+1) == "," && a.capWord(k-2) {
			if n, err := strconv.Atoi(a.tx(k)); err == nil && n > 0 && n < 120 {
				return "aged " + a.tx(k)
			}
		}
	}
	return ""
}

// spanScope names a figure counted over several occasions or since a
// time: "during the five operations", "over four nights", "since
// October". Such a total is not the count of one occasion.
func (a *analysis) spanScope(q quantity, si int) string {
	_, hi := a.sentRange(si)
	for _, k := range a.scopeTokens(si) {
		if k >= q.first && k < q.last {
			continue
		}
		l := a.toks[k].low
		if l == "since" && a.toks[k+1].expr >= 0 {
			return "since " + a.toks[k+1].low
		}
		if n := a.matchPhrase(mvoc().cumulative, k, hi); n > 0 {
			return a.lowPhrase(k, k+n) // "has so far seized 14 rifles"
		}
		if !mvoc().spanPreps[l] {
			continue
		}
		p := k + 1
		if a.toks[p].low == "the" || a.toks[p].low == "its" || a.toks[p].low == "their" {
			p++
		}
		if p+1 >= hi || p == q.numTok {
			continue
		}
		v, _, next, _, ok := a.numberAt(p, hi)
		if !ok || v < 2 || next >= hi {
			continue
		}
		if n := a.toks[next].low; mvoc().occasions[n] {
			return l + " " + formatNumber(v) + " " + n
		}
	}
	return ""
}

// shareScope names what a percentage is a share of beyond its noun: the
// place its phrase names ("of traffic to Tarnow", "of Tarnow's voice
// traffic", "of traffic was lost in Tarnow") and the service it counts
// ("voice traffic", "internet services"). Shares of different places or
// services are different figures: "55 percent of voice traffic in
// Tarnow" says nothing against "82 percent in Velmar".
func (a *analysis) shareScope(q quantity, si int) string {
	_, hi := a.sentRange(si)
	where, service := "", ""
	for k := q.last; k < hi && k < q.last+12; k++ {
		l := a.toks[k].low
		if a.isClauseBreak(k) || k > q.last && (a.toks[k].digit || a.has(k, fNumber)) {
			break // the next figure has its own scope
		}
		if sv := mvoc().shareScopes[l]; sv != "" && service == "" {
			service = sv
		}
		if where != "" {
			continue
		}
		if a.capWord(k) && possessive(a.tx(k)) {
			if pl, ok := a.resolvePlace(a.capRunBack(k, q.last), k+1, false); ok {
				where = pl.key // "of Tarnow's voice traffic"
			}
		} else if mvoc().sharePreps[l] {
			// "of Internet services" names a service, not a place
			if s := a.skipThe(k+1, hi); s < hi && mvoc().shareScopes[a.toks[s].low] == "" {
				if pl, ok := a.placeAt(s, hi, false); ok {
					where = pl.key
				}
			}
		}
	}
	return strings.TrimSpace(where + " " + service)
}

// scopeTokens are the tokens of sentence si where spanScope may find a
// scope: "since" before a date, a cumulative phrase, a span preposition.
func (a *analysis) scopeTokens(si int) []int {
	if a.scopeToks == nil {
		a.scopeToks = make([][]int, len(a.d.Sentences))
	}
	if a.scopeToks[si] != nil {
		return a.scopeToks[si]
	}
	lo, hi := a.sentRange(si)
	at := []int{}
	for k := lo; k+1 < hi; k++ {
		l := a.toks[k].low
		if l == "since" && a.toks[k+1].expr >= 0 || mvoc().spanPreps[l] || a.matchPhrase(mvoc().cumulative, k, hi) > 0 {
			at = append(at, k)
		}
	}
	a.scopeToks[si] = at
	return at
}

// hitPart names the side or part that hits after q are counted in:
// "three bullets struck from behind". "" when none follows the verb.
func (a *analysis) hitPart(q quantity, si int) string {
	_, hi := a.sentRange(si)
	for k := q.last; k < hi && k < q.last+5; k++ {
		if a.isClauseBreak(k) {
			return ""
		}
		if n := a.matchPhrase(mvoc().hitParts, k, hi); n > 0 {
			return a.lowPhrase(k, k+n)
		}
	}
	return ""
}

// oneMoreAt reads "and another wounded" at token i as one person, in a
// sentence that counted people with another verb before it: "two people
// were killed and another wounded". "also" after it ("and another was
// also hurt") adds to a count told before: no figure.
func (a *analysis) oneMoreAt(i, lo, hi int) (quantity, bool) {
	if !a.has(i, fOneMore) || !mvoc().oneMore[a.toks[i].low] || i-1 <= lo || a.toks[i-1].low != "and" {
		return quantity{}, false
	}
	v := ""
	for k := i + 1; k < hi && k <= i+4; k++ {
		l := a.toks[k].low
		if l == "also" {
			return quantity{}, false
		}
		if cv := voc().countedVerbs[l]; cv != "" {
			v = cv
			break
		}
		if mvoc().oneMoreFillers[l] {
			continue
		}
		return quantity{}, false
	}
	if !mvoc().peopleVerbs[v] {
		return quantity{}, false
	}
	// people counted before with another verb: "two people were killed"
	counted := false
	for k := i - 2; k >= lo; k-- {
		if a.isClauseBreak(k) && a.tx(k) != "," {
			break
		}
		if cv := voc().countedVerbs[a.toks[k].low]; cv != "" && cv != v && mvoc().peopleVerbs[cv] {
			for j := k - 1; j >= lo && j >= k-6; j-- {
				if a.toks[j].digit || a.has(j, fNumber) {
					counted = true
				}
			}
		}
	}
	if !counted {
		return quantity{}, false
	}
	return quantity{value: 1, first: i, last: i + 1, numTok: i, approxFrom: -1}, true
}
