package people

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"

	"github.com/crosscheck/crosscheck/internal/lazy"
	"github.com/crosscheck/crosscheck/internal/yamlc"
	"github.com/crosscheck/crosscheck/rules/kb"

	"github.com/crosscheck/crosscheck/checker/lexicon"
	"github.com/crosscheck/crosscheck/checker/temporal"
)

//go:embed data/roles.yml
var rolesYAML []byte

// compiledYAML is data/*.yml already parsed (internal/yamlc); a test
// proves it current. After editing the YAML, run:
//
//go:generate go test -run TestCompiledYAML -update-yamlc .
//go:embed data.yamlc
var compiledYAML string

var yamlSet = yamlc.New(compiledYAML)

// rankInfo grades a title: "former" ends it, "deputy" makes it another post.
type rankInfo struct {
	Former        bool `yaml:"former"`
	ChangesOffice bool `yaml:"changes_office"`
}

// vocabFile is the shape of data/roles.yml.
type vocabFile struct {
	Heads        map[string][]string `yaml:"heads"`
	Gender       map[string]string   `yaml:"gender"`
	Ranks        map[string]rankInfo `yaml:"ranks"`
	Domains      map[string]string   `yaml:"domains"`
	Orgs         map[string]string   `yaml:"orgs"`
	Honorifics   []string            `yaml:"honorifics"`
	Particles    []string            `yaml:"particles"`
	SpeechVerbs  []string            `yaml:"speech_verbs"`
	Pronouns     map[string]string   `yaml:"pronouns"`
	NonName      []string            `yaml:"non_name"`
	Determiners  []string            `yaml:"determiners"`
	Prepositions []string            `yaml:"prepositions"`
	ClauseBreaks []string            `yaml:"clause_breaks"`
	Aux          []string            `yaml:"aux"`
	PresentVerbs []string            `yaml:"present_verbs"`
	PastVerbs    []string            `yaml:"past_verbs"`
	NounSuffixes []string            `yaml:"noun_suffixes"`
	TookOffice   []string            `yaml:"took_office"`
	OrgWords     []string            `yaml:"org_words"`
	SpeechNouns  []string            `yaml:"speech_nouns"`
	GluedRanks   []string            `yaml:"glued_ranks"`
	ThenAdverb   []string            `yaml:"then_adverb_after"`
	Compounds    map[string]string   `yaml:"compounds"`
	// HeadlineVerbs end a name in title-cased text ("Selvan Jailed").
	HeadlineVerbs []string `yaml:"headline_verbs"`
	// Offices in time (timeframe.go).
	EraPreps     []string `yaml:"era_prepositions"`
	GovEraPreps  []string `yaml:"government_era_prepositions"`
	EraNouns     []string `yaml:"era_nouns"`
	EraModifiers []string `yaml:"era_modifiers"`
	PastFrames   []string `yaml:"past_frames"`
	TakesOffice  []string `yaml:"takes_office"`
	PresentAux   []string `yaml:"present_aux"`
	UndoVerbs    []string `yaml:"undo_verbs"`
	// NameSuffixes follow a full name without being part of whom it
	// names: "Jr.", "III".
	NameSuffixes []string `yaml:"name_suffixes"`
	// AppointVerbs give a person a new title: "had been named director".
	AppointVerbs []string `yaml:"appointment_verbs"`
	Outgoing     []string `yaml:"outgoing"`
}

// wordFlag marks what a single lower-case word is in the static lexicon.
type wordFlag uint32

const (
	wNonName wordFlag = 1 << iota
	wDet
	wPrep
	wSpeech
	wPronoun
	wHonorific
	wParticle
	wClauseBreak
	wAux
	wPresent
	wPast
	wPhraseEnd    // last word of a title phrase ("affairs" in "foreign affairs")
	wOrgWord      // a word of organisation names ("Rail", "Logistics", "Union")
	wSpeechNoun   // words said: "statement", "remarks"
	wGluedRank    // a rank written glued to its title: "then-", "ex-"
	wThenAdverb   // before a bare "then", makes it the adverb: "and then"
	wCompound     // a rank fused with a head: "undersecretary"
	wHeadlineVerb // a headline's verb, capitalised in title case: "Jailed"
	wEraPrep      // a title after it names an era: "under"
	wGovEraPrep   // a government word after it names an era: "in"
	wEraNoun      // after a name, an era: "presidency", "years"
	wEraModifier  // between a name and its era noun: "first"
	wFormerRank   // a rank that ends the post: "former", "ex"
	wPresentAux   // before a participle, the present: "are being"
	wUndoVerb     // undoes what an earlier government made: "overturned"
	wAppoint      // gives a new title: "named", "appointed"
)

// vocabulary is the parsed word lists, built once, at their first use.
type vocabulary struct {
	words        map[string]wordFlag
	gender       map[string]byte // head or honorific → 'm' / 'f'
	classOf      map[string]string
	nounSuffixes []string
	suffixEnds   [256]bool // last bytes of the noun suffixes, to skip most words at once
	tookOffice   [][]string
	pastFrames   [][]string          // sentence openings in the past: "at the time"
	takesOffice  [][]string          // "takes office": the office is still to come
	outgoing     [][]string          // "final days": the holder is leaving office
	nameSuffixes map[string]bool     // "jr", "iii": not part of whom a name names
	compounds    map[string]compound // "undersecretary" → under + secretary
	// static title phrases (heads, ranks, domains, orgs), merged with the
	// knowledge base's words per KB in tables.go.
	phrases map[string]*phrase
}

// compound is a one-word title read as a rank and a head.
type compound struct {
	rank *phrase // a rank of its own, not in the phrase tables ("under")
	head string  // a one-word head of the vocabulary
}

// vocabData is the vocabulary, parsed at its first use.
var vocabData = lazy.New(func() *vocabulary { return mustLoadVocabulary(rolesYAML) })

// vocab is the package's vocabulary (data/roles.yml and the lexicon's titles).
func vocab() *vocabulary { return vocabData.Get() }

// mustLoadVocabulary parses the embedded word lists. The data ships inside
// the binary and a test parses it, so a failure here is a build error.
func mustLoadVocabulary(data []byte) *vocabulary {
	lex, err := lexicon.Load()
	if err != nil {
		panic(fmt.Sprintf("people: %v", err))
	}
	v, err := loadVocabulary(data, lex.Titles)
	if err != nil {
		panic(fmt.Sprintf("people: data/roles.yml: %v", err))
	}
	return v
}

// loadVocabulary parses data, with the title heads and honorifics of t
// (the lexicon's) added to its own.
func loadVocabulary(data []byte, t lexicon.Titles) (*vocabulary, error) {
	var f vocabFile
	if err := yamlSet.Unmarshal("data/roles.yml", data, &f); err != nil {
		return nil, err
	}
	for class, hs := range t.Heads {
		if f.Heads == nil {
			f.Heads = map[string][]string{}
		}
		f.Heads[class] = append(f.Heads[class], hs...)
	}
	f.Honorifics = append(f.Honorifics, t.Honorifics...)
	if len(f.Heads) == 0 || len(f.SpeechVerbs) == 0 {
		return nil, fmt.Errorf("heads and speech_verbs must not be empty")
	}
	v := &vocabulary{
		words:   map[string]wordFlag{},
		gender:  map[string]byte{},
		classOf: map[string]string{},
		phrases: map[string]*phrase{},
	}
	set := func(list []string, fl wordFlag) {
		for _, w := range list {
			v.words[normToken(w)] |= fl
		}
	}
	set(f.NonName, wNonName)
	set(temporal.FullMonthAndWeekdayNames(), wNonName)
	set(f.Determiners, wDet)
	set(f.Prepositions, wPrep)
	set(f.SpeechVerbs, wSpeech)
	set(f.Honorifics, wHonorific|wNonName)
	set(f.Particles, wParticle)
	set(f.ClauseBreaks, wClauseBreak)
	set(f.Aux, wAux)
	set(f.PresentVerbs, wPresent)
	set(f.PastVerbs, wPast)
	set(f.OrgWords, wOrgWord|wNonName)
	set(f.SpeechNouns, wSpeechNoun)
	set(f.GluedRanks, wGluedRank)
	set(f.ThenAdverb, wThenAdverb)
	set(f.HeadlineVerbs, wHeadlineVerb)
	set(f.EraPreps, wEraPrep)
	set(f.GovEraPreps, wGovEraPrep)
	set(f.EraNouns, wEraNoun)
	set(f.EraModifiers, wEraModifier)
	set(f.PresentAux, wPresentAux)
	set(f.UndoVerbs, wUndoVerb)
	set(f.AppointVerbs, wAppoint)
	for w, r := range f.Ranks {
		if r.Former && !strings.ContainsAny(w, " -") {
			v.words[normToken(w)] |= wFormerRank
		}
	}
	for w, g := range f.Pronouns {
		v.words[normToken(w)] |= wPronoun | wNonName
		v.gender[normToken(w)] = g[0]
	}
	for w, g := range f.Gender {
		if g != "" {
			v.gender[strings.ToLower(w)] = g[0]
		}
	}
	// Sorted iteration keeps the phrase table identical run to run.
	for _, class := range sortedKeys(f.Heads) {
		for _, h := range f.Heads[class] {
			p := v.addPhrase(h, false)
			p.kind |= pHead
			p.class = class
			v.classOf[strings.Join(p.words, " ")] = class
			v.markNonName(p)
		}
	}
	for _, r := range sortedKeys(f.Ranks) {
		p := v.addPhrase(r, false)
		p.kind |= pRank
		p.rank = f.Ranks[r]
		v.markNonName(p)
	}
	for _, d := range sortedKeys(f.Domains) {
		p := v.addPhrase(d, false)
		p.kind |= pDomain
		p.domain = f.Domains[d]
		v.markNonName(p)
	}
	for _, o := range sortedKeys(f.Orgs) {
		p := v.addPhrase(o, false)
		p.kind |= pOrg
		p.org = f.Orgs[o]
		v.markNonName(p)
	}
	for _, s := range f.NounSuffixes {
		if s != "" {
			v.nounSuffixes = append(v.nounSuffixes, s)
			v.suffixEnds[s[len(s)-1]] = true
		}
	}
	for _, t := range f.TookOffice {
		v.tookOffice = append(v.tookOffice, strings.Fields(strings.ToLower(t)))
	}
	v.nameSuffixes = map[string]bool{}
	for _, w := range f.NameSuffixes {
		v.nameSuffixes[strings.ToLower(strings.ReplaceAll(w, ".", ""))] = true
	}
	for _, t := range f.PastFrames {
		v.pastFrames = append(v.pastFrames, strings.Fields(strings.ToLower(t)))
	}
	for _, t := range f.Outgoing {
		v.outgoing = append(v.outgoing, phraseWords(strings.ToLower(t)))
	}
	for _, t := range f.TakesOffice {
		v.takesOffice = append(v.takesOffice, strings.Fields(strings.ToLower(t)))
	}
	if err := v.addCompounds(f.Compounds); err != nil {
		return nil, err
	}
	return v, nil
}

// addCompounds reads the fused titles. The rank part always makes another
// post: that is why the words fused. Its head must be a one-word head.
func (v *vocabulary) addCompounds(m map[string]string) error {
	v.compounds = map[string]compound{}
	for _, w := range sortedKeys(m) {
		parts := strings.Fields(strings.ToLower(m[w]))
		if len(parts) != 2 {
			return fmt.Errorf("compounds: %q must be a rank and a head, got %q", w, m[w])
		}
		if h, ok := v.phrases[phraseKey(parts[1:], false)]; !ok || h.kind&pHead == 0 {
			return fmt.Errorf("compounds: %q: %q is not a head", w, parts[1])
		}
		rank := &phrase{words: parts[:1], text: parts[0], kind: pRank, rank: rankInfo{ChangesOffice: true}}
		key := normToken(w)
		v.compounds[key] = compound{rank: rank, head: parts[1]}
		v.words[key] |= wNonName | wCompound
	}
	return nil
}

// markNonName keeps one-word title vocabulary out of names.
func (v *vocabulary) markNonName(p *phrase) {
	if len(p.words) == 1 {
		v.words[p.words[0]] |= wNonName
	}
}

// addPhrase returns the phrase for s, creating it; one phrase can carry
// several roles ("chief" is a rank and a head).
func (v *vocabulary) addPhrase(s string, acronym bool) *phrase {
	words := phraseWords(s)
	key := phraseKey(words, acronym)
	if p, ok := v.phrases[key]; ok {
		return p
	}
	p := &phrase{words: words, text: strings.Join(words, " "), acronym: acronym}
	v.phrases[key] = p
	return p
}

func phraseKey(words []string, acronym bool) string {
	k := strings.Join(words, " ")
	if acronym {
		k = "A|" + k
	}
	return k
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// HeadClass returns the class of a title head: heads naming the same role
// share a class ("spokesman", "spokeswoman" and "press secretary" are all
// "spokesperson"). An unknown head is its own class.
func HeadClass(head string) string {
	h := strings.Join(strings.Fields(strings.ToLower(head)), " ")
	if c, ok := vocab().classOf[h]; ok {
		return c
	}
	return h
}

// Prepare loads what Extract reads with k (the vocabularies and the
// title tables with k's words, when k is not nil), which otherwise loads
// at the first Extract: see temporal.Prepare. Safe from any goroutine.
func Prepare(k *kb.KB) {
	vocab()
	ageVocab()
	if k != nil {
		tablesFor(k)
	}
}
