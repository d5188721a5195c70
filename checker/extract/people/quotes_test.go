package people

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/text"
	"github.com/crosscheck/crosscheck/rules"
)

func TestQuoteClaims(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // subject key | value | value text | modality
	}{
		{"said X after the quote",
			"“The harbour will reopen next week,” said Ada Morrow.",
			[]string{"quote:the harbour will reopen next week | person:ada morrow | The harbour will reopen next week | asserted"}},
		{"X said after the quote",
			"“The harbour will reopen next week,” Ada Morrow said on Monday.",
			[]string{"quote:the harbour will reopen next week | person:ada morrow | The harbour will reopen next week | asserted"}},
		{"X, TITLE, said after the quote",
			"“The harbour will reopen next week,” Ada Morrow, a spokeswoman for the port, said.",
			[]string{"quote:the harbour will reopen next week | person:ada morrow | The harbour will reopen next week | asserted"}},
		{"X said: before the quote",
			"Ada Morrow said: “The harbour will reopen next week.”",
			[]string{"quote:the harbour will reopen next week | person:ada morrow | The harbour will reopen next week | asserted"}},
		{"X told reporters before the quote",
			"Ada Morrow told reporters \"the harbour will reopen next week\" and left.",
			[]string{"quote:the harbour will reopen next week | person:ada morrow | the harbour will reopen next week | asserted"}},
		{"X stated, before the quote",
			"Speaking to a local radio station, Morrow stated, “The harbour will reopen next week.” Ada Morrow runs the port.",
			[]string{"quote:the harbour will reopen next week | person:ada morrow | The harbour will reopen next week | asserted"}},
		{"according to X",
			"According to Ada Morrow, “the harbour will reopen next week.”",
			[]string{"quote:the harbour will reopen next week | person:ada morrow | the harbour will reopen next week | asserted"}},
		{"partial quote inside a sentence",
			"Port director Ada Morrow told reporters that a deal “will surely come in time,” though she gave no date.",
			[]string{"quote:will surely come in time | person:ada morrow | will surely come in time | asserted"}},
		{"the spokeswoman said, resolved through the title",
			"Port spokeswoman Ada Morrow spoke first. “Nothing will change for the fishermen,” the spokeswoman said.",
			[]string{"quote:nothing will change for the fishermen | person:ada morrow | Nothing will change for the fishermen | asserted"}},
		{"a leading descriptor is not part of the name; the role noun finds the person",
			"Comedian Ada Morrow will host the gala. “I cannot wait to be back on stage,” the comedian said. “It is my second time,” Morrow said.",
			[]string{
				"quote:i cannot wait to be back on stage | person:ada morrow | I cannot wait to be back on stage | asserted",
				"quote:it is my second time | person:ada morrow | It is my second time | asserted",
			}},
		{"the person, not the body named before the title",
			"Tollan Micro found the flaw. Tollan Micro said so. “Patch the servers at once,” said Tollan Micro senior security researcher Ines Kovar.",
			[]string{"quote:patch the servers at once | person:ines kovar | Patch the servers at once | asserted"}},
		{"a body misread as a name before the title",
			"The Port Tollan Lions lost on Sunday. “We know about the issue with the driver,” Lions general manager Tero Kask said in a statement.",
			[]string{"quote:we know about the issue with the driver | person:tero kask | We know about the issue with the driver | asserted"}},
		{"a body before the title of a name the reader misses: a description",
			"The Port Tollan Lions lost on Sunday. “We know about the issue with the driver,” Lions general manager AJ Kask said.",
			[]string{"quote:we know about the issue with the driver | desc:lions general manager aj kask | We know about the issue with the driver | asserted"}},
		{"a name modifying a noun is not the speaker",
			"According to experts hired by the Kovar family, the bullet “had been flattened by the impact.” Ines Kovar spoke later.",
			[]string{"quote:had been flattened by the impact | desc:experts hired by the kovar family | had been flattened by the impact | asserted"}},
		{"a joint statement after the quote: both speakers",
			"Producer Ada Morrow and playwright Tero Kask spoke. “We are delighted she is coming back,” said Morrow and Kask.",
			[]string{
				"quote:we are delighted she is coming back | person:ada morrow | We are delighted she is coming back | asserted",
				"quote:we are delighted she is coming back | person:tero kask | We are delighted she is coming back | asserted",
			}},
		{"a joint statement before the quote, surnames only",
			"Morrow and Kask added: “We are delighted she is coming back.”",
			[]string{
				"quote:we are delighted she is coming back | person:?kask | We are delighted she is coming back | asserted",
				"quote:we are delighted she is coming back | person:?morrow | We are delighted she is coming back | asserted",
			}},
		{"a joint statement after the quote, surnames only, with an adverb",
			"“We are delighted she is coming back,” said Morrow and Kask jointly.",
			[]string{
				"quote:we are delighted she is coming back | person:?kask | We are delighted she is coming back | asserted",
				"quote:we are delighted she is coming back | person:?morrow | We are delighted she is coming back | asserted",
			}},
		{"unnamed speaker keeps a description",
			"“We are not ready for this at all,” a senior official said.",
			[]string{"quote:we are not ready for this at all | desc:senior official | We are not ready for this at all | asserted"}},
		{"unresolved description of a title",
			"“The plan is sound and will stay,” the port spokesperson said.",
			[]string{"quote:the plan is sound and will stay | desc:port spokesperson | The plan is sound and will stay | asserted"}},
		{"quote spanning sentences",
			"“We are ready. The ships are loaded,” Ada Morrow said.",
			[]string{"quote:we are ready the ships are loaded | person:ada morrow | We are ready. The ships are loaded | asserted"}},
		{"continuation takes the previous speaker",
			"“We will rebuild every house in the valley,” said Mayor Hana Gil. “And we will do it before winter comes.”",
			[]string{
				"quote:we will rebuild every house in the valley | person:hana gil | We will rebuild every house in the valley | asserted",
				"quote:and we will do it before winter comes | person:hana gil | And we will do it before winter comes | asserted",
			}},
		{"a quote going on into the next paragraph keeps its speaker",
			"“We will rebuild every house in the valley,” said Mayor Hana Gil. “It will take time.\n“But we will finish before the winter storms.”",
			[]string{
				"quote:we will rebuild every house in the valley | person:hana gil | We will rebuild every house in the valley | asserted",
				"quote:it will take time | person:hana gil | It will take time | asserted",
				"quote:but we will finish before the winter storms | person:hana gil | But we will finish before the winter storms | asserted",
			}},
		{"a new paragraph's quote does not inherit",
			"“We will rebuild every house in the valley,” said Mayor Hana Gil.\n“But we will finish before the winter storms.”", []string{
				"quote:we will rebuild every house in the valley | person:hana gil | We will rebuild every house in the valley | asserted",
			}},
		{"pronoun speaker resolved",
			"Ada Morrow opened the bridge. “It took four long years,” she said.",
			[]string{"quote:it took four long years | person:ada morrow | It took four long years | asserted"}},
		{"pronoun speaker unresolved: no claim",
			"Ada Morrow met Tero Kask at the bridge. “It took four long years,” she said.", nil},
		{"no attribution: no claim", "The banner read “Welcome home, sailors” in bold letters.", nil},
		{"scare quotes are skipped", "Critics called the plan a “reset” and a “total failure” on Monday, Ada Morrow said.", nil},
		{"single quotes and apostrophes",
			"De la Cruz isn't sure, but Ada Morrow said 'the sea is calm enough now' on Monday.",
			[]string{"quote:the sea is calm enough now | person:ada morrow | the sea is calm enough now | asserted"}},
		{"guillemets",
			"Ada Morrow said: «Nobody will lose their job here».",
			[]string{"quote:nobody will lose their job here | person:ada morrow | Nobody will lose their job here | asserted"}},
		{"nested quote is part of the outer one",
			"“She told me ‘never again’ last year,” Ada Morrow said.",
			[]string{"quote:she told me never again last year | person:ada morrow | She told me ‘never again’ last year | asserted"}},
		{"apostrophes inside words are kept",
			"“We don’t know what Brandt’s team wants,” said Ada Morrow.",
			[]string{"quote:we don't know what brandt's team wants | person:ada morrow | We don’t know what Brandt’s team wants | asserted"}},
		{"clause after the quote is not its attribution",
			"Ada Morrow said the deal “will surely come in time,” but Tero Kask said otherwise.",
			[]string{"quote:will surely come in time | person:ada morrow | will surely come in time | asserted"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := ofKind(extract(t, tt.text), claim.KindQuote)
			require.Equal(t, len(tt.want), len(cs), "claims: %v", briefs(cs))
			for i, w := range tt.want {
				assert.Equal(t, w, brief(cs[i]))
				require.NotNil(t, cs[i].Quote)
				assert.Equal(t, claim.QuoteKey(cs[i].Quote.Words), cs[i].SubjectKey)
				if cs[i].Quote.SpeakerKey != "" {
					assert.Equal(t, cs[i].Value, cs[i].Quote.SpeakerKey.String())
				}
			}
		})
	}
}

func TestQuoteSpanningSentencesCitesBoth(t *testing.T) {
	s := "“We are ready. The ships are loaded,” Ada Morrow said."
	cs := ofKind(extract(t, s), claim.KindQuote)
	require.Len(t, cs, 1)
	assert.Equal(t, s, cs[0].Evidence.Sentence)
}

func TestNormalizeQuote(t *testing.T) {
	tests := []struct {
		in    string
		words string
		n     int
	}{
		{"Everything depends on the board’s decision.", "everything depends on the board's decision", 6},
		{"  A well-known, UNUSUAL  case!  ", "a well-known unusual case", 4},
		{"— a dash - apart", "a dash apart", 3},
		{"", "", 0},
		{"'quoted' words", "quoted words", 2},
	}
	for _, tt := range tests {
		w, n := normalizeQuote(tt.in)
		assert.Equal(t, tt.words, w, tt.in)
		assert.Equal(t, tt.n, n, tt.in)
	}
}

// TestQuoteSpeakers covers how a speaker is told apart from the other
// people and bodies around a quote.
func TestQuoteSpeakers(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // quote words | value
	}{
		{"two quotes with two speakers in one paragraph",
			"“The river is still rising fast,” said Mayor Ilse Brandvold. “We have enough boats for everyone,” Teodor Quill, the harbour master, told reporters.",
			[]string{"the river is still rising fast | person:ilse brandvold", "we have enough boats for everyone | person:teodor quill"}},
		{"two speakers, the second before its quote",
			"“The river is still rising fast,” said Ilse Brandvold. Teodor Quill said: “We have enough boats for everyone.”",
			[]string{"the river is still rising fast | person:ilse brandvold", "we have enough boats for everyone | person:teodor quill"}},
		{"a spokesman for a company is unnamed, never the company",
			"“The line will reopen on Friday,” a spokesman for Varda Rail said.",
			[]string{"the line will reopen on friday | desc:spokesman for varda rail"}},
		{"said a spokesman for a company",
			"“The line will reopen on Friday,” said a spokeswoman for Varda Rail.",
			[]string{"the line will reopen on friday | desc:spokeswoman for varda rail"}},
		{"a company speaks in a statement",
			"“The line will reopen on Friday,” Varda Rail said in a statement.",
			[]string{"the line will reopen on friday | org:varda rail"}},
		{"a body speaks before its quote",
			"The Union of Dock Workers said: “Nobody goes back to work before the vote.”",
			[]string{"nobody goes back to work before the vote | org:union of dock workers"}},
		{"a name then a role naming a company",
			"“The line will reopen on Friday,” Ilse Brandvold, a spokeswoman for Varda Rail, said.",
			[]string{"the line will reopen on friday | person:ilse brandvold"}},
		{"a role holding a clause and other names",
			"“We saw the water coming,” Teodor Quill, a ferryman who has worked for Ilse Brandvold and her brother for years, told reporters.",
			[]string{"we saw the water coming | person:teodor quill"}},
		{"the role first, the name between commas",
			"“We saw the water coming,” the harbour master, Teodor Quill, said.",
			[]string{"we saw the water coming | person:teodor quill"}},
		{"a company's chief is the speaker, not the company",
			"“We will pay for the repairs,” Varda Rail's chief Ilse Brandvold said.",
			[]string{"we will pay for the repairs | person:ilse brandvold"}},
		{"words owned by a person",
			"Ilse Brandvold's latest statement claimed she “never signed the contract” at all.",
			[]string{"never signed the contract | person:ilse brandvold"}},
		{"a quote spanning sentences, speaker before",
			"Ilse Brandvold said: “The boats are ready. The crews are waiting.”",
			[]string{"the boats are ready the crews are waiting | person:ilse brandvold"}},
		{"a named speaker, then she added",
			"“The boats are ready,” said Ilse Brandvold. “The crews have waited all night,” she added.",
			[]string{"the boats are ready | person:ilse brandvold", "the crews have waited all night | person:ilse brandvold"}},
		{"she added after a sentence naming two people",
			"“The boats are ready,” Ilse Brandvold told Teodor Quill. “The crews have waited all night,” she added.",
			[]string{"the boats are ready | person:ilse brandvold", "the crews have waited all night | person:ilse brandvold"}},
		{"he added does not fit a spokeswoman",
			"“The boats are ready,” said spokeswoman Ilse Brandvold. “The crews have waited all night,” he added.",
			[]string{"the boats are ready | person:ilse brandvold"}},
		{"according to a name after the quote",
			"“The boats left before dawn,” according to Teodor Quill.",
			[]string{"the boats left before dawn | person:teodor quill"}},
		{"according to a name before the quote",
			"According to harbour master Teodor Quill, “the boats left before dawn.”",
			[]string{"the boats left before dawn | person:teodor quill"}},
		{"according to after a quote that does not open its sentence",
			"“The boats are ready,” said Ilse Brandvold. She added that “the crews have waited all night,” according to the harbour office.",
			[]string{"the boats are ready | person:ilse brandvold", "the crews have waited all night | person:ilse brandvold"}},
		{"a verb of saying nearer the quote than according to",
			"According to the harbour office, Teodor Quill said: “The boats left before dawn.”",
			[]string{"the boats left before dawn | person:teodor quill"}},
		{"an age between commas",
			"“The boats left before dawn,” Teodor Quill, 54, said.",
			[]string{"the boats left before dawn | person:teodor quill"}},
		{"single quotes nested in double quotes",
			"\"They told us 'the dam is safe' and we believed them,\" said Ilse Brandvold.",
			[]string{"they told us the dam is safe and we believed them | person:ilse brandvold"}},
		{"straight quotes nested in curly quotes",
			"“They told us \"the dam is safe\" and we believed them,” said Ilse Brandvold.",
			[]string{"they told us the dam is safe and we believed them | person:ilse brandvold"}},
		{"a surname the article never explains",
			"“The ferry will run again in May,” Brandvold told the council on Tuesday.",
			[]string{"the ferry will run again in may | person:?brandvold"}},
		{"a surname opening a sentence before its quote",
			"Brandvold said: “The ferry will run again in May.”",
			[]string{"the ferry will run again in may | person:?brandvold"}},
		{"a title and a surname the KB does not know",
			"Mayor Quill said: “The ferry will run again in May.”",
			[]string{"the ferry will run again in may | person:?quill"}},
		{"a plural opening a sentence is no surname",
			"Critics said: “The ferry will never run again.”",
			[]string{"the ferry will never run again | desc:critics"}},
		{"a surname of the article's full name is that person",
			"Ilse Brandvold runs the ferry. “It will run again in May,” Brandvold told the council.",
			[]string{"it will run again in may | person:ilse brandvold"}},
		{"an unattributed quote after another speaker's name does not inherit",
			"“The boats are ready,” said Ilse Brandvold. Teodor Quill disagreed: the crews were tired. “Nobody has slept for two days.”",
			[]string{"the boats are ready | person:ilse brandvold"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := ofKind(extract(t, tt.text), claim.KindQuote)
			got := []string{}
			for _, c := range cs {
				got = append(got, c.Quote.Words+" | "+c.Value)
				if strings.HasPrefix(c.Value, "person:") {
					assert.Equal(t, c.Value, c.Quote.SpeakerKey.String())
				} else {
					assert.Empty(t, c.Quote.SpeakerKey, "only a person has a speaker key")
				}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestOrgSpeakerNeverConflictsWithPerson runs the quote-attribution rule
// on a quote a company says in one article and a person in another.
func TestOrgSpeakerNeverConflictsWithPerson(t *testing.T) {
	set, err := rules.Default()
	require.NoError(t, err)
	k := testKB(t)
	var cs []claim.Claim
	for id, s := range map[string]string{
		"a1": "“The line will reopen on Friday,” Varda Rail said in a statement.",
		"a2": "“The line will reopen on Friday,” Ilse Brandvold said.",
		"a3": "“The line will reopen on Friday,” a spokesman for Varda Rail said.",
	} {
		cs = append(cs, ofKind(Extract(text.NewDoc(id, s, testRef), k), claim.KindQuote)...)
	}
	require.Len(t, cs, 3)
	assert.Empty(t, set.Check(cs, &rules.Context{KB: k}))
	// The same words from a second person do conflict.
	cs = append(cs, ofKind(Extract(text.NewDoc("a4", "“The line will reopen on Friday,” said Teodor Quill.", testRef), k), claim.KindQuote)...)
	assert.Len(t, set.Check(cs, &rules.Context{KB: k}), 1)
}

// TestSurnameSpeakerMeetsFullName runs the quote-attribution rule on a
// speaker one article names only by surname: the same person as the one
// full name with that surname, another person than a different name.
func TestSurnameSpeakerMeetsFullName(t *testing.T) {
	set, err := rules.Default()
	require.NoError(t, err)
	k := testKB(t)
	quotes := func(articles map[string]string) []claim.Claim {
		var cs []claim.Claim
		for _, id := range sortedKeys(articles) {
			cs = append(cs, ofKind(Extract(text.NewDoc(id, articles[id], testRef), k), claim.KindQuote)...)
		}
		return cs
	}
	tests := []struct {
		name     string
		articles map[string]string
		want     int
		withA1   bool // the surname's claim is a side of the conflict
	}{
		{"the surname of the one full name", map[string]string{
			"a1": "“The ferry will run again in May,” Brandvold told the council.",
			"a2": "“The ferry will run again in May,” said Ilse Brandvold.",
		}, 0, false},
		{"a surname against another full name", map[string]string{
			"a1": "“The ferry will run again in May,” Brandvold told the council.",
			"a2": "“The ferry will run again in May,” said Teodor Quill.",
		}, 1, true},
		{"two full names share the surname", map[string]string{
			"a1": "“The ferry will run again in May,” Brandvold told the council.",
			"a2": "“The ferry will run again in May,” said Ilse Brandvold.",
			"a3": "“The ferry will run again in May,” said Oren Brandvold.",
		}, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := quotes(tt.articles)
			require.Len(t, cs, len(tt.articles))
			ds := set.Check(cs, &rules.Context{KB: k})
			require.Len(t, ds, tt.want)
			for _, d := range ds {
				a1 := false
				for _, c := range d.Claims {
					a1 = a1 || c.Article == "a1"
				}
				assert.Equal(t, tt.withA1, a1, d.Summary)
			}
		})
	}
}
