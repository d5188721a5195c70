package temporal

import (
	_ "embed"
	"strings"

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
}

// lexData is read once, before the lexicon table is built.
var lexData = func() lexFile {
	var f lexFile
	if err := yamlSet.Unmarshal("data/lexicon.yml", lexiconYAML, &f); err != nil {
		panic("temporal: data/lexicon.yml: " + err.Error()) // embedded: a broken file fails every test
	}
	return f
}()

// Word sets looked up by matchers on their (rare) candidates.
var (
	strongPreps   = setOf(lexData.StrongPreps)
	functionWords = setOf(lexData.FunctionWords)
	setAdverbs    = lexData.SetAdverbs
	approximators = phraseKeys(lexData.Approximators)
	scaleWords    = setOf(lexData.ScaleWords)
	ageWords      = setOf(lexData.AgeWords)
	periodLatest  = setOf(lexData.PeriodLatest)
	periodCurrent = setOf(lexData.PeriodCurrent)
	periodBefore  = setOf(lexData.PeriodYearBefore)
	periodDets    = setOf(lexData.PeriodDeterminers)
	timeZones     = setOf(lexData.TimeZones)
	abbreviations = setOf(lexData.Abbreviations)
	presentDets   = setOf(lexData.PresentDets)
	adverbOnlySet = setOf(lexData.AdverbOnlySets)
	pastPerfect   = setOf(lexData.PastPerfect)
	amountAdjs    = setOf(lexData.AmountAdjectives)
	edNotPast     = setOf(lexData.EdNotPast)
	edAdjPrefixes = lexData.EdAdjPrefixes
	genericNouns  = setOf(lexData.GenericNouns)
	determiners   = setOf(lexData.Determiners)
)

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

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
