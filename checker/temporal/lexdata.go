package temporal

import (
	_ "embed"
	"strings"

	"github.com/crosscheck/crosscheck/internal/lazy"
	"github.com/crosscheck/crosscheck/internal/yamlc"
)

//go:embed data/lexicon.yml
var lexiconYAML []byte

// compiledYAML is data/*.yml already parsed (internal/yamlc); a test
// proves it current. After editing the YAML, run:
//
//go:generate go test -run TestCompiledYAML -update-yamlc .
//go:embed data.yamlc
var compiledYAML string

var yamlSet = yamlc.New(compiledYAML)

// lexFile is the shape of data/lexicon.yml: the tagger's English word lists.
type lexFile struct {
	DatePreps         []string          `yaml:"date_preps"`
	StrongPreps       []string          `yaml:"strong_preps"`
	FunctionWords     []string          `yaml:"function_words"`
	FutureMarkers     []string          `yaml:"future_markers"`
	PastVerbs         []string          `yaml:"past_verbs"`
	CountNouns        []string          `yaml:"count_nouns"`
	EventNouns        []string          `yaml:"event_nouns"`
	BlockNouns        []string          `yaml:"block_nouns"`
	WeekdayAdjectives []string          `yaml:"weekday_adjectives"`
	WeekdayNouns      []string          `yaml:"weekday_nouns"`
	SetAdverbs        map[string]string `yaml:"set_adverbs"`
	Approximators     map[string]string `yaml:"approximators"`
	ScaleWords        []string          `yaml:"scale_words"`
	AgeWords          []string          `yaml:"age_words"`
	Ordinals          map[string]int    `yaml:"ordinals"`
	PeriodHeads       map[string]string `yaml:"period_heads"`
	PeriodLatest      []string          `yaml:"period_latest"`
	PeriodCurrent     []string          `yaml:"period_current"`
	PeriodYearBefore  []string          `yaml:"period_year_before"`
	PeriodDeterminers []string          `yaml:"period_determiners"`
	TimeZones         []string          `yaml:"time_zones"`
	WeakFutureMarkers []string          `yaml:"weak_future_markers"`
	Holidays          []holiday         `yaml:"holidays"`
	Abbreviations     []string          `yaml:"abbreviations"`
	PresentDets       []string          `yaml:"present_determiners"`
	AdverbOnlySets    []string          `yaml:"adverb_only_sets"`
	PastPerfect       []string          `yaml:"past_perfect"`
	AmountAdjectives  []string          `yaml:"amount_adjectives"`
	EdNotPast         []string          `yaml:"ed_not_past"`
	EdAdjPrefixes     []string          `yaml:"ed_adjective_prefixes"`
	GenericNouns      []string          `yaml:"generic_nouns"`
	Determiners       []string          `yaml:"year_determiners"`
	Conjunctions      []string          `yaml:"conjunctions"`
	BePresent         []string          `yaml:"be_present"`
	BeInfinitive      []string          `yaml:"be_infinitive"`
	BePerfect         []string          `yaml:"be_perfect"`
	PassiveAux        []string          `yaml:"passive_auxiliaries"`
	AmountOrdinals    []string          `yaml:"amount_ordinals"`
	Articles          []string          `yaml:"articles"`
	Halves            []string          `yaml:"halves"`
	SomeDay           []string          `yaml:"some_day"`
	RateWords         []string          `yaml:"rate_words"`
	CoupleWords       []string          `yaml:"couple_words"`
	SoonRelative      []string          `yaml:"soon_relative"`
	TermAdjectives    []string          `yaml:"term_adjectives"`
	SeasonVerbs       []string          `yaml:"season_verbs"`
	ThenWords         []string          `yaml:"then_words"`
	FiscalWords       []string          `yaml:"fiscal_words"`
	YearEarlierWords  []string          `yaml:"year_earlier_words"`
	YearEndingWords   []string          `yaml:"year_ending_words"`
	AnchoredAfter     []string          `yaml:"anchored_after"`
	YearEndBefore     []string          `yaml:"year_end_before"`
	SpokenThousands   []string          `yaml:"spoken_thousands"`
	PastEndings       []string          `yaml:"past_endings"`
}

// lexFileData is data/lexicon.yml, read at its first use (the lexicon
// table, the word lists, the holidays, the calendar names).
var lexFileData = lazy.New(func() *lexFile {
	var f lexFile
	if err := yamlSet.Unmarshal("data/lexicon.yml", lexiconYAML, &f); err != nil {
		panic("temporal: data/lexicon.yml: " + err.Error()) // embedded: a broken file fails every test
	}
	return &f
})

func lexData() *lexFile { return lexFileData.Get() }

// wordLists are the word sets looked up by matchers on their (rare)
// candidates.
type wordLists struct {
	strongPreps   map[string]bool
	functionWords map[string]bool
	setAdverbs    map[string]string
	approximators map[[3]string]string
	scaleWords    map[string]bool
	ageWords      map[string]bool
	periodLatest  map[string]bool
	periodCurrent map[string]bool
	periodBefore  map[string]bool
	periodDets    map[string]bool
	timeZones     map[string]bool
	abbreviations map[string]bool
	presentDets   map[string]bool
	adverbOnlySet map[string]bool
	pastPerfect   map[string]bool
	amountAdjs    map[string]bool
	edNotPast     map[string]bool
	edAdjPrefixes []string
	genericNouns  map[string]bool
	determiners   map[string]bool
	// Sets tested on a lower-cased word (lowerASCII).
	passiveAux     map[string]bool
	amountOrdinals map[string]bool
	halves         map[string]bool
	rateWords      map[string]bool
	soonRelative   map[string]bool
	termAdjectives map[string]bool
	seasonVerbs    map[string]bool
	thenWords      map[string]bool
	fiscalWords    map[string]bool
	yearEarlier    map[string]bool
	yearEnding     map[string]bool
	anchoredAfter  map[string]bool
	yearEndBefore  map[string]bool
	thousands      map[string]bool
	// Lists tested with foldIn (strings.EqualFold) or, for beInfinitive
	// after "is to", case-sensitively.
	conjunctions []string
	bePresent    []string
	beInfinitive []string
	bePerfect    map[string]bool
	articles     []string
	someDay      []string
	coupleWords  []string
	pastEndings  []string // case-sensitive, with endsIn
}

var listData = lazy.New(func() *wordLists {
	d := lexData()
	return &wordLists{
		strongPreps:   setOf(d.StrongPreps),
		functionWords: setOf(d.FunctionWords),
		setAdverbs:    d.SetAdverbs,
		approximators: phraseKeys(d.Approximators),
		scaleWords:    setOf(d.ScaleWords),
		ageWords:      setOf(d.AgeWords),
		periodLatest:  setOf(d.PeriodLatest),
		periodCurrent: setOf(d.PeriodCurrent),
		periodBefore:  setOf(d.PeriodYearBefore),
		periodDets:    setOf(d.PeriodDeterminers),
		timeZones:     setOf(d.TimeZones),
		abbreviations: setOf(d.Abbreviations),
		presentDets:   setOf(d.PresentDets),
		adverbOnlySet: setOf(d.AdverbOnlySets),
		pastPerfect:   setOf(d.PastPerfect),
		amountAdjs:    setOf(d.AmountAdjectives),
		edNotPast:     setOf(d.EdNotPast),
		edAdjPrefixes: d.EdAdjPrefixes,
		genericNouns:  setOf(d.GenericNouns),
		determiners:   setOf(d.Determiners),

		passiveAux:     setOf(d.PassiveAux),
		amountOrdinals: setOf(d.AmountOrdinals),
		halves:         setOf(d.Halves),
		rateWords:      setOf(d.RateWords),
		soonRelative:   setOf(d.SoonRelative),
		termAdjectives: setOf(d.TermAdjectives),
		seasonVerbs:    setOf(d.SeasonVerbs),
		thenWords:      setOf(d.ThenWords),
		fiscalWords:    setOf(d.FiscalWords),
		yearEarlier:    setOf(d.YearEarlierWords),
		yearEnding:     setOf(d.YearEndingWords),
		anchoredAfter:  setOf(d.AnchoredAfter),
		yearEndBefore:  setOf(d.YearEndBefore),
		thousands:      setOf(d.SpokenThousands),
		conjunctions:   d.Conjunctions,
		bePresent:      d.BePresent,
		beInfinitive:   d.BeInfinitive,
		bePerfect:      setOf(d.BePerfect),
		articles:       d.Articles,
		someDay:        d.SomeDay,
		coupleWords:    d.CoupleWords,
		pastEndings:    d.PastEndings,
	}
})

// lists is the word sets, built at their first use.
func lists() *wordLists { return listData.Get() }

// phraseKeys keys phrases of up to three words by their words, so that a
// lookup needs no string building.
func phraseKeys(m map[string]string) map[[3]string]string {
	out := make(map[[3]string]string, len(m))
	for phrase, v := range m {
		var k [3]string
		copy(k[:], strings.Fields(phrase))
		out[k] = v
	}
	return out
}

// foldIn reports whether s is one of ws, ignoring case as
// strings.EqualFold does.
func foldIn(s string, ws []string) bool {
	for _, w := range ws {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}

// endsIn reports whether s ends in one of the endings es (case-sensitive).
func endsIn(s string, es []string) bool {
	for _, e := range es {
		if strings.HasSuffix(s, e) {
			return true
		}
	}
	return false
}

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Prepare loads what Tag reads (the lexicon and its word lists), which
// otherwise loads at the first Tag: a caller that has a core to spare
// before its first article (a draft check, while it opens its index)
// calls it beforehand. Safe from any goroutine.
func Prepare() {
	lexData()
	lists()
	lexicon()
	holidaysByFirst.Get()
}
