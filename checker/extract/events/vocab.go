package events

import (
	"embed"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/checker/lexicon"
	"github.com/crosscheck/crosscheck/checker/temporal"
	"github.com/crosscheck/crosscheck/internal/lazy"
	"github.com/crosscheck/crosscheck/internal/yamlc"
	"github.com/crosscheck/crosscheck/rules/kb"
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

// typeInfo describes one event type word.
type typeInfo struct {
	class     string
	plural    bool
	disaster  bool
	mode      int             // how the class's events are identified
	adjective bool            // also an adjective: "the final text"
	preps     map[string]bool // besides "in" and "at"
	notAfter  map[string]bool
	notBefore map[string]bool
}

// How a class's events are identified (checker/lexicon/data/classes.yml "ident").
const (
	// modePlace: where it happened is what it is ("the flood in
	// Tarnow", "the election in Tarnow").
	modePlace = iota
	// modeVenue: gatherings are identified by who meets or what they
	// are about; a place after them is their venue, and identifies them
	// only when nothing else does.
	modeVenue
	// modeParties: deals between parties ("Quintara's takeover of
	// Halloway Dairies") are identified by the parties only.
	modeParties
)

var identModes = map[string]int{"": modePlace, "place": modePlace, "venue": modeVenue, "parties": modeParties}

// verbInfo describes a verb that makes an event mention of its own.
type verbInfo struct {
	class    string
	form     int             // verbPast, verbPresent or verbBase
	preps    map[string]bool // event verbs: besides "in" and "at"
	particle string          // a word that must follow: "sat down"
	near     map[string]bool // story verbs: a word that must be close by
	notNext  map[string]bool // story verbs: words right after that make another sense
	anywhere bool            // story verbs: the verb tells of the story's event beyond the lead too
}

// Verb forms.
const (
	verbPast = iota + 1
	verbPresent
	verbBase
)

// phraseSet holds lower-case phrases of one or more words, indexed by the
// first word so a scan can test a position with one map lookup.
type phraseSet map[string][][]string

func newPhraseSet(phrases ...[]string) phraseSet {
	ps := phraseSet{}
	for _, list := range phrases {
		for _, p := range list {
			w := strings.Fields(strings.ToLower(p))
			if len(w) > 0 {
				ps[w[0]] = append(ps[w[0]], w)
			}
		}
	}
	// Longest phrase first, so a scan takes the longest match.
	for _, list := range ps {
		sort.Slice(list, func(i, j int) bool {
			if len(list[i]) != len(list[j]) {
				return len(list[i]) > len(list[j])
			}
			return strings.Join(list[i], " ") < strings.Join(list[j], " ")
		})
	}
	return ps
}

// vocabulary is every word list the package uses, built once, at its first
// use.
type vocabulary struct {
	types          map[string]typeInfo
	disasters      map[string]bool   // classes
	classNoun      map[string]string // class → the noun summaries use
	classMode      map[string]int    // class → identification mode
	partyVerbs     map[string]verbInfo
	holderNouns    map[string]bool
	partNouns      map[string]bool
	companyNouns   map[string]bool
	orgHeads       map[string]bool
	intentVerbs    map[string]bool
	planNouns      map[string]bool
	verbSubjects   map[string]bool
	marginWords    phraseSet
	perShare       phraseSet
	magnitude      map[string]bool
	sentenceOnly   map[string]bool
	monthParts     map[string]bool
	marginCounts   map[string]bool
	countEvents    map[string][]string
	noStory        map[string]bool
	eventVerbs     map[string]verbInfo
	storyVerbs     map[string]verbInfo // verbs a lead tells its news by
	purposeVerbs   phraseSet           // past verbs whose "to" infinitive happened: "set off to march"
	killVerbs      phraseSet           // verbs of killing a person: "killed", "shot dead"
	killAgents     map[string]bool     // words for a killer before such a verb: "officer", "he"
	thingVerbs     map[string]verbInfo
	verbTails      phraseSet
	idioms         map[string]verbInfo // whole phrase → class and form
	idiomSet       phraseSet
	impactVerbs    map[string]int // word → verbPast or verbPresent
	impactParts    map[string]bool
	impactPreps    map[string]bool
	thingNouns     map[string]bool
	hostVerbs      map[string]bool
	determiners    map[string]bool
	adjectives     map[string]bool
	function       map[string]bool
	titles         map[string]bool
	speech         map[string]bool
	months         map[string]bool
	weekdays       map[string]string
	dateLinks      map[string]bool
	dateFillers    map[string]bool
	leadOpeners    map[string]bool
	topicPreps     map[string]bool
	openers        map[string]bool
	adverbs        map[string]bool
	contrast       map[string]bool
	happening      phraseSet // "happened", "took place": a plural subject names one happening
	newsVerbs      map[string]bool
	premodPlan     map[string]bool
	premodDone     map[string]bool
	premodHyp      map[string]bool
	prefixPlan     phraseSet
	prefixDone     phraseSet
	prefixHyp      phraseSet
	modalPlan      map[string]bool
	modalHyp       map[string]bool
	reportedFuture map[string]bool
	planStates     map[string]bool
	// plan states that plan only with a complement: "is set to", "was
	// set for Friday", not "was set at the entrance"
	complementStates map[string]bool
	delays           map[string]bool // "was delayed": no status
	occurrence       map[string]bool // verbs after "will" that tell the event happens
	endings          map[string]bool // states after "will be" that tell a going event ends
	planVerbs        map[string]bool // verbs before "to hold" that make it a plan
	cancelled        map[string]bool
	pastBe           map[string]bool
	perfect          map[string]bool
	irregular        map[string]bool
	notPast          map[string]bool
	relPast          map[string]bool
	relFuture        map[string]bool
	currencySym      map[string]string
	currencyWord     map[string]string
	scales           map[string]float64
	scaleSuffix      map[string]float64
	units            map[string]string
	unitPhrases      phraseSet
	approx           map[string]string
	approxSet        phraseSet
	numberWords      map[string]float64
	numberSet        phraseSet
	vague            map[string]float64
	counted          map[string]string
	countedVerbs     map[string]string
	activeVerbs      map[string]string
	toll             map[string]string
	tollSet          phraseSet
	money            map[string]string
	moneySet         phraseSet
	percentNouns     map[string]string
	changeWords      map[string]bool
	consequences     map[string]bool
	speedUnits       map[string]bool
	limitWords       map[string]bool
	populationOf     phraseSet
	settlements      map[string]bool
	lengthUnits      map[string]bool
	measures         map[string]string
	labelBefore      map[string]bool
	labelAfter       map[string]bool
	flags            map[string]uint32
}

// The package's vocabularies are decoded from the embedded data at their
// first use (a process that extracts nothing never decodes them). Each
// load keeps the error of its file: a broken embedded file is a build
// problem the tests report.
var (
	vocData  = lazy.New(loaded(loadVocabulary, &vocErr))
	mvocData = lazy.New(loaded(loadMeasures, &mvocErr))
	tvocData = lazy.New(loaded(loadTimes, &tvocErr))
	gvocData = lazy.New(loaded(loadGatherings, &gvocErr))
	wvocData = lazy.New(loaded(loadWeapons, &wvocErr))
	cvocData = lazy.New(loaded(loadCauses, &cvocErr))

	// written once by their loads, read after them (dataErr)
	vocErr, mvocErr, tvocErr, gvocErr, wvocErr, cvocErr error
)

// loaded is load as a lazy.Value's function: its error goes to *errp.
func loaded[T any](load func() (T, error), errp *error) func() T {
	return func() T {
		v, err := load()
		*errp = err
		return v
	}
}

// voc is the package vocabulary (event_types.yml, words.yml, status.yml,
// numbers.yml and the shared lexicon).
func voc() *vocabulary { return vocData.Get() }

// mvoc is the measure vocabulary (measures.yml).
func mvoc() *measureVocab { return mvocData.Get() }

// tvoc is the vocabulary of times of day (times.yml).
func tvoc() *timeVocab { return tvocData.Get() }

// gvoc is the gathering vocabulary (gatherings.yml).
func gvoc() *gatheringVocab { return gvocData.Get() }

// wvoc is the weapon vocabulary (weapons.yml).
func wvoc() *weaponVocab { return wvocData.Get() }

// cvoc is the vocabulary of causes of death (causes.yml).
func cvoc() *causeVocab { return cvocData.Get() }

// dataErr is the first error of any of the package's embedded data files
// (words, measures, times, gatherings, weapons, causes): with one broken, Extract returns
// nothing rather than a part of what it should. It loads them all.
func dataErr() error {
	voc()
	mvoc()
	tvoc()
	gvoc()
	wvoc()
	cvoc()
	return errors.Join(vocErr, mvocErr, tvocErr, gvocErr, wvocErr, cvocErr)
}

type verbForms struct {
	Class    string   `yaml:"class"`
	Past     []string `yaml:"past"`
	Present  []string `yaml:"present"`
	Base     []string `yaml:"base"`
	Preps    []string `yaml:"preps"`
	Particle string   `yaml:"particle"`
	Near     []string `yaml:"near"`
	NotNext  []string `yaml:"not_next"`
	Anywhere bool     `yaml:"anywhere"`
}

type typesFile struct {
	EventVerbs     []verbForms `yaml:"event_verbs"`
	StoryVerbs     []verbForms `yaml:"story_verbs"`
	PartyVerbs     []verbForms `yaml:"party_verbs"`
	Idioms         []verbForms `yaml:"idioms"`
	ThingVerbs     []verbForms `yaml:"thing_verbs"`
	ThingVerbTails []string    `yaml:"thing_verb_tails"`
	PurposeVerbs   []string    `yaml:"purpose_verbs"`
	KillVerbs      []string    `yaml:"kill_verbs"`
	KillAgents     []string    `yaml:"kill_agents"`
	ImpactVerbs    struct {
		Past      []string `yaml:"past"`
		Present   []string `yaml:"present"`
		Particles []string `yaml:"particles"`
		Preps     []string `yaml:"preps"`
	} `yaml:"impact_verbs"`
	ThingNouns  []string `yaml:"thing_nouns"`
	HostVerbs   []string `yaml:"host_verbs"`
	HolderNouns []string `yaml:"holder_nouns"`
}

type wordsFile struct {
	Determiners   []string `yaml:"determiners"`
	Adjectives    []string `yaml:"adjectives"`
	FunctionWords []string `yaml:"function_words"`
	SpeechVerbs   []string `yaml:"speech_verbs"`
	DateLinks     []string `yaml:"date_links"`
	DateFillers   []string `yaml:"date_fillers"`
	LeadOpeners   []string `yaml:"lead_openers"`
	TopicPreps    []string `yaml:"topic_preps"`
	ClauseOpeners []string `yaml:"clause_openers"`
	Adverbs       []string `yaml:"adverbs"`
	Contrast      []string `yaml:"contrast_modifiers"`
	NewsVerbs     []string `yaml:"news_verbs"`
	PartNouns     []string `yaml:"part_nouns"`
	CompanyNouns  []string `yaml:"company_nouns"`
	OrgHeads      []string `yaml:"org_heads"`
	IntentVerbs   []string `yaml:"intent_verbs"`
	PlanNouns     []string `yaml:"plan_nouns"`
	VerbSubjects  []string `yaml:"verb_subjects"`
	Happening     []string `yaml:"happening_verbs"`
}

type cueLists struct {
	Planned      []string `yaml:"planned"`
	Happened     []string `yaml:"happened"`
	Hypothetical []string `yaml:"hypothetical"`
}

type statusFile struct {
	Premodifiers cueLists `yaml:"premodifiers"`
	Prefixes     cueLists `yaml:"prefixes"`
	Predicates   struct {
		PlannedModals      []string `yaml:"planned_modals"`
		HypotheticalModals []string `yaml:"hypothetical_modals"`
		ReportedFuture     []string `yaml:"reported_future"`
		PlannedStates      []string `yaml:"planned_states"`
		ComplementStates   []string `yaml:"complement_states"`
		Delays             []string `yaml:"delays"`
		OccurrenceVerbs    []string `yaml:"occurrence_verbs"`
		EndingStates       []string `yaml:"ending_states"`
		PlanVerbs          []string `yaml:"infinitive_plan_verbs"`
		Cancelled          []string `yaml:"cancelled"`
		PastBe             []string `yaml:"past_be"`
		Perfect            []string `yaml:"perfect"`
		IrregularPast      []string `yaml:"irregular_past"`
		NotPast            []string `yaml:"not_past"`
	} `yaml:"predicates"`
	Relative struct {
		Past   []string `yaml:"past"`
		Future []string `yaml:"future"`
	} `yaml:"relative"`
}

type numbersFile struct {
	MonthParts      []string            `yaml:"month_parts"`
	CurrencySymbols map[string]string   `yaml:"currency_symbols"`
	CurrencyWords   map[string]string   `yaml:"currency_words"`
	Scales          map[string]float64  `yaml:"scales"`
	ScaleSuffixes   map[string]float64  `yaml:"scale_suffixes"`
	Units           map[string]string   `yaml:"units"`
	Approx          map[string]string   `yaml:"approx"`
	NumberWords     map[string]float64  `yaml:"number_words"`
	VagueNumbers    map[string]float64  `yaml:"vague_numbers"`
	CountedNouns    map[string]string   `yaml:"counted_nouns"`
	CountedVerbs    map[string]string   `yaml:"counted_verbs"`
	ActiveVerbs     map[string]string   `yaml:"counted_verbs_active"`
	TollPhrases     map[string]string   `yaml:"toll_phrases"`
	MoneyNouns      map[string]string   `yaml:"money_nouns"`
	PercentNouns    map[string]string   `yaml:"percent_nouns"`
	ChangeWords     []string            `yaml:"change_words"`
	Consequences    []string            `yaml:"consequences"`
	SpeedUnits      []string            `yaml:"speed_units"`
	LimitWords      []string            `yaml:"limit_words"`
	PopulationOf    []string            `yaml:"population_phrases"`
	Settlements     []string            `yaml:"settlement_nouns"`
	LengthUnits     []string            `yaml:"length_units"`
	MeasureWords    map[string]string   `yaml:"measure_words"`
	LabelWords      []string            `yaml:"label_words"`
	LabelAfter      []string            `yaml:"label_after"`
	MarginWords     []string            `yaml:"margin_words"`
	PerShare        []string            `yaml:"per_share"`
	MagnitudeWords  []string            `yaml:"magnitude_words"`
	SentenceOnly    []string            `yaml:"sentence_only"`
	MarginCounts    []string            `yaml:"margin_counts"`
	CountEvents     map[string][]string `yaml:"count_events"`
}

func decode(name string, out any) error {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return err
	}
	if err := yamlSet.Unmarshal("data/"+name, b, out); err != nil {
		return fmt.Errorf("events: %s: %w", name, err)
	}
	return nil
}

func set(lists ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range l {
			m[strings.ToLower(w)] = true
		}
	}
	return m
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func loadVocabulary() (*vocabulary, error) {
	var tf typesFile
	var wf wordsFile
	var sf statusFile
	var nf numbersFile
	for name, out := range map[string]any{"event_types.yml": &tf, "words.yml": &wf, "status.yml": &sf, "numbers.yml": &nf} {
		if err := decode(name, out); err != nil {
			return &vocabulary{}, err
		}
	}
	v := &vocabulary{types: map[string]typeInfo{}, disasters: map[string]bool{},
		classNoun: map[string]string{}, classMode: map[string]int{}, noStory: map[string]bool{}}
	lex, err := lexicon.Load()
	if err != nil {
		return &vocabulary{}, err
	}
	if err := addTypes(v, lex); err != nil {
		return &vocabulary{}, err
	}
	v.eventVerbs = verbTable(tf.EventVerbs)
	v.storyVerbs = verbTable(tf.StoryVerbs)
	v.purposeVerbs = newPhraseSet(tf.PurposeVerbs)
	v.killVerbs = newPhraseSet(tf.KillVerbs)
	v.killAgents = set(tf.KillAgents)
	v.partyVerbs = verbTable(tf.PartyVerbs)
	v.holderNouns = set(tf.HolderNouns)
	v.partNouns = set(wf.PartNouns)
	v.companyNouns = set(wf.CompanyNouns)
	v.orgHeads = set(wf.OrgHeads)
	v.intentVerbs = set(wf.IntentVerbs)
	v.planNouns = set(wf.PlanNouns)
	v.verbSubjects = set(wf.VerbSubjects)
	v.marginWords = newPhraseSet(nf.MarginWords)
	v.perShare = newPhraseSet(nf.PerShare)
	v.magnitude = set(nf.MagnitudeWords)
	v.sentenceOnly = set(nf.SentenceOnly)
	v.monthParts = set(nf.MonthParts)
	v.marginCounts = set(nf.MarginCounts)
	v.countEvents = nf.CountEvents
	v.thingVerbs = verbTable(tf.ThingVerbs)
	v.verbTails = newPhraseSet(tf.ThingVerbTails)
	v.idioms = verbTable(tf.Idioms)
	v.idiomSet = newPhraseSet(keys(v.idioms))
	if err := knownClasses(v); err != nil {
		return &vocabulary{}, err
	}
	v.impactVerbs = map[string]int{}
	for _, w := range tf.ImpactVerbs.Past {
		v.impactVerbs[strings.ToLower(w)] = verbPast
	}
	for _, w := range tf.ImpactVerbs.Present {
		v.impactVerbs[strings.ToLower(w)] = verbPresent
	}
	v.impactParts = set(tf.ImpactVerbs.Particles)
	v.impactPreps = set(tf.ImpactVerbs.Preps)
	v.thingNouns = set(tf.ThingNouns)
	v.hostVerbs = set(tf.HostVerbs)
	v.determiners = set(wf.Determiners)
	v.adjectives = set(wf.Adjectives)
	v.function = set(wf.FunctionWords)
	v.titles = set(lex.Titles.Words()) // the lexicon's, which checker/extract/people reads too
	v.speech = set(wf.SpeechVerbs)
	// month and weekday names: the temporal tagger's, the one list
	v.months = map[string]bool{}
	for w := range temporal.MonthNames() {
		v.months[w] = true
	}
	v.weekdays = map[string]string{}
	for w, d := range temporal.WeekdayNames() {
		v.weekdays[w] = strings.ToLower(d.String())
	}
	v.dateLinks = set(wf.DateLinks)
	v.dateFillers = set(wf.DateFillers)
	v.leadOpeners = set(wf.LeadOpeners)
	v.topicPreps = set(wf.TopicPreps)
	v.openers = set(wf.ClauseOpeners)
	v.adverbs = set(wf.Adverbs)
	v.contrast = set(wf.Contrast)
	v.happening = newPhraseSet(wf.Happening)
	v.newsVerbs = set(wf.NewsVerbs)
	v.premodPlan = set(sf.Premodifiers.Planned)
	v.premodDone = set(sf.Premodifiers.Happened)
	v.premodHyp = set(sf.Premodifiers.Hypothetical)
	v.prefixPlan = newPhraseSet(sf.Prefixes.Planned)
	v.prefixDone = newPhraseSet(sf.Prefixes.Happened)
	v.prefixHyp = newPhraseSet(sf.Prefixes.Hypothetical)
	p := sf.Predicates
	v.modalPlan = set(p.PlannedModals)
	v.modalHyp = set(p.HypotheticalModals)
	v.reportedFuture = set(p.ReportedFuture)
	v.planStates = set(p.PlannedStates)
	v.complementStates = set(p.ComplementStates)
	v.delays = set(p.Delays)
	v.occurrence = set(p.OccurrenceVerbs)
	v.endings = set(p.EndingStates)
	v.planVerbs = set(p.PlanVerbs)
	v.cancelled = set(p.Cancelled)
	v.pastBe = set(p.PastBe)
	v.perfect = set(p.Perfect)
	v.irregular = set(p.IrregularPast)
	v.notPast = set(p.NotPast)
	v.relPast = set(sf.Relative.Past)
	v.relFuture = set(sf.Relative.Future)
	v.currencySym = nf.CurrencySymbols
	v.currencyWord = nf.CurrencyWords
	v.scales = nf.Scales
	v.scaleSuffix = nf.ScaleSuffixes
	v.units = nf.Units
	v.unitPhrases = newPhraseSet(keys(nf.Units))
	v.approx = nf.Approx
	v.approxSet = newPhraseSet(keys(nf.Approx))
	v.numberWords = nf.NumberWords
	v.numberSet = newPhraseSet(keys(nf.NumberWords))
	v.vague = nf.VagueNumbers
	v.counted = nf.CountedNouns
	v.countedVerbs = nf.CountedVerbs
	v.activeVerbs = nf.ActiveVerbs
	v.toll = nf.TollPhrases
	v.tollSet = newPhraseSet(keys(nf.TollPhrases))
	v.money = nf.MoneyNouns
	v.moneySet = newPhraseSet(keys(nf.MoneyNouns))
	v.percentNouns = nf.PercentNouns
	v.changeWords = set(nf.ChangeWords)
	v.consequences = set(nf.Consequences)
	v.speedUnits = set(nf.SpeedUnits)
	v.limitWords = set(nf.LimitWords)
	v.populationOf = newPhraseSet(nf.PopulationOf)
	v.settlements = set(nf.Settlements)
	v.lengthUnits = set(nf.LengthUnits)
	v.measures = nf.MeasureWords
	v.labelBefore = set(nf.LabelWords)
	v.labelAfter = set(nf.LabelAfter)
	v.flags = buildFlags(v)
	return v, nil
}

// verbTable maps every form of the verbs to its class and form. A word
// listed as two forms keeps the first: past, then present, then base.
func verbTable(list []verbForms) map[string]verbInfo {
	m := map[string]verbInfo{}
	for _, vf := range list {
		preps, particle, near, notNext := set(vf.Preps), strings.ToLower(vf.Particle), set(vf.Near), set(vf.NotNext)
		for form, words := range [][]string{verbPast - 1: vf.Past, verbPresent - 1: vf.Present, verbBase - 1: vf.Base} {
			for _, w := range words {
				w = strings.ToLower(w)
				if _, ok := m[w]; !ok {
					m[w] = verbInfo{class: vf.Class, form: form + 1, preps: preps, particle: particle, near: near, notNext: notNext, anywhere: vf.Anywhere}
				}
			}
		}
	}
	return m
}

// genericClass names a background event whose class no mention gives: a
// figure of "a rampage two years ago" with no event noun the lexicon knows.
const genericClass = "event"

// addTypes reads the event nouns of the shared class lexicon
// (checker/lexicon): the classes the extractor names events by.
func addTypes(v *vocabulary, lex *lexicon.Lexicon) error {
	v.classNoun[genericClass] = genericClass
	for _, t := range lex.Classes {
		if len(t.Nouns) == 0 {
			continue // a class coreference alone reads
		}
		mode, ok := identModes[t.Ident]
		if !ok {
			return fmt.Errorf("events: event class %s: unknown ident %q", t.Name, t.Ident)
		}
		v.classNoun[t.Name] = strings.ToLower(t.Nouns[0])
		v.classMode[t.Name] = mode
		v.noStory[t.Name] = t.NoStory || mode == modeParties
		ti := typeInfo{class: t.Name, disaster: t.Disaster, mode: mode, adjective: t.Adjective, preps: set(t.Preps),
			notAfter: set(t.NotAfter), notBefore: set(t.NotBefore)}
		for _, w := range t.Nouns {
			v.types[strings.ToLower(w)] = ti
		}
		ti.plural = true
		for _, w := range t.Plurals {
			v.types[strings.ToLower(w)] = ti
		}
		if t.Disaster {
			v.disasters[t.Name] = true
		}
	}
	return nil
}

// knownClasses checks that every class the verb and idiom tables and the
// count events name is one the shared lexicon gives nouns.
func knownClasses(v *vocabulary) error {
	for _, tab := range []map[string]verbInfo{v.eventVerbs, v.storyVerbs, v.partyVerbs, v.thingVerbs, v.idioms} {
		for w, vi := range tab {
			if _, ok := v.classNoun[vi.class]; !ok {
				return fmt.Errorf("events: event_types.yml: %q names class %q, which checker/lexicon gives no nouns", w, vi.class)
			}
		}
	}
	for count, classes := range v.countEvents {
		for _, c := range classes {
			if _, ok := v.classNoun[c]; !ok {
				return fmt.Errorf("events: numbers.yml: count_events %q names unknown class %q", count, c)
			}
		}
	}
	return nil
}

// Prepare loads what Extract reads with k (the vocabularies, the token
// table and, when k is not nil, what is read of k), which otherwise loads
// at the first Extract: see temporal.Prepare. Safe from any goroutine.
func Prepare(k *kb.KB) {
	dataErr()
	tokenFlags()
	monthNumbers.Get()
	if k != nil {
		indexFor(k)
	}
}
