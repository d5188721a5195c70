package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
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
				assert.Equal(t, "quote:"+cs[i].Quote.Words, cs[i].SubjectKey)
				if cs[i].Quote.SpeakerKey != "" {
					assert.Equal(t, cs[i].Value, cs[i].Quote.SpeakerKey)
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
