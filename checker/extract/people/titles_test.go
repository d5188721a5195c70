package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/crosscheck/crosscheck/checker/claim"
	"github.com/crosscheck/crosscheck/checker/lexicon"
)

func TestTitleClaims(t *testing.T) {
	type want struct {
		key, value string
		tv         claim.TitleValue
		mod        claim.Modality
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"title before name with rank and institution",
			"Senior Zenith Palace aide Lev Orlo confirmed the date.",
			[]want{{"person:lev orlo", "senior zenith palace aide", claim.TitleValue{Head: "aide", Org: "zenith palace", Ranks: []string{"senior"}}, claim.Asserted}}},
		{"country adjective and domain",
			"Ruritanian Foreign Minister Aino Vellamo spoke to the press.",
			[]want{{"person:aino vellamo", "ruritanian foreign minister", claim.TitleValue{Head: "minister", Domain: "foreign", Org: "xr"}, claim.Asserted}}},
		{"spokesman as written",
			"Zenith Palace spokesman Tero Kask said the talks would go on.",
			[]want{{"person:tero kask", "zenith palace spokesman", claim.TitleValue{Head: "spokesman", Org: "zenith palace"}, claim.Asserted}}},
		{"spokesperson as written",
			"Zenith Palace spokesperson Tero Kask said the talks would go on.",
			[]want{{"person:tero kask", "zenith palace spokesperson", claim.TitleValue{Head: "spokesperson", Org: "zenith palace"}, claim.Asserted}}},
		{"NAME, TITLE, in a title-cased paragraph",
			"Lev Orlo, Director Of The Ruritanian Leader, Confirmed That The Talks Will Go Ahead.",
			[]want{{"person:lev orlo", "director of the ruritanian leader", claim.TitleValue{Head: "director", Org: "xr"}, claim.Asserted}}},
		{"NAME, the TITLE,",
			"Ilse Berglund, the energy minister, said the grid was stable.",
			[]want{{"person:ilse berglund", "energy minister", claim.TitleValue{Head: "minister", Domain: "energy"}, claim.Asserted}}},
		{"NAME, who is TITLE",
			"Ilse Berglund, who is finance minister, said the budget was final.",
			[]want{{"person:ilse berglund", "finance minister", claim.TitleValue{Head: "minister", Domain: "finance"}, claim.Asserted}}},
		{"the TITLE, NAME,",
			"The search was led by the coast guard commander, Rafael de la Cruz, until dawn.",
			[]want{{"person:rafael de la cruz", "coast guard commander", claim.TitleValue{Head: "commander", Org: "coast guard"}, claim.Asserted}}},
		{"the TITLE, honorific NAME,",
			"The institute's director, Dr. Ines Varro, said the storm was rare.",
			[]want{{"person:ines varro", "institute's director", claim.TitleValue{Head: "director", Org: "institute"}, claim.Asserted}}},
		{"NAME, a TITLE for ORG,",
			"Ada Morrow, a spokeswoman for the ministry, said the fees would rise.",
			[]want{{"person:ada morrow", "spokeswoman for the ministry", claim.TitleValue{Head: "spokeswoman", Org: "ministry"}, claim.Asserted}}},
		{"NAME (TITLE)",
			"The board met Jonas Pell (chief executive of Harbor Lumen) on Friday.",
			[]want{{"person:jonas pell", "chief executive of harbor lumen", claim.TitleValue{Head: "chief executive"}, claim.Asserted}}},
		{"deputy before an unknown word and the head",
			"Ilse Berglund, the deputy fire commissioner of Eastport, said the hills were dry.",
			[]want{{"person:ilse berglund", "deputy fire commissioner of eastport", claim.TitleValue{Head: "commissioner", Domain: "fire", Ranks: []string{"deputy"}}, claim.Asserted}}},
		{"deputy and a free word after an article",
			"Ilse Berglund, the deputy regional commissioner, said the hills were dry.",
			[]want{{"person:ilse berglund", "deputy regional commissioner", claim.TitleValue{Head: "commissioner", Ranks: []string{"deputy"}}, claim.Asserted}}},
		{"lieutenant governor is a rank of governor",
			"Lieutenant Governor Ilse Berglund opened the session.",
			[]want{{"person:ilse berglund", "lieutenant governor", claim.TitleValue{Head: "governor", Ranks: []string{"lieutenant"}}, claim.Asserted}}},
		{"deputy foreign minister",
			"Deputy Foreign Minister Ilse Berglund opened the session.",
			[]want{{"person:ilse berglund", "deputy foreign minister", claim.TitleValue{Head: "minister", Domain: "foreign", Ranks: []string{"deputy"}}, claim.Asserted}}},
		{"origin is not part of the title",
			"Marta Quint, a nurse from Eastport, said the ward was full.",
			[]want{{"person:marta quint", "nurse", claim.TitleValue{Head: "nurse"}, claim.Asserted}}},
		{"former",
			"Former prime minister Oskar Lind criticised the plan.",
			[]want{{"person:oskar lind", "former prime minister", claim.TitleValue{Head: "prime minister", Ranks: []string{"former"}, Former: true}, claim.Former}}},
		{"then-",
			"The treaty was signed by then-president Ilse Varga in 2012.",
			[]want{{"person:ilse varga", "then-president", claim.TitleValue{Head: "president", Ranks: []string{"then"}, Former: true}, claim.Former}}},
		{"then- before a capitalised title keeps the whole head",
			"The harbour has waited since then-Prime Minister Oskar Lind toured it.",
			[]want{{"person:oskar lind", "then-prime minister", claim.TitleValue{Head: "prime minister", Ranks: []string{"then"}, Former: true}, claim.Former}}},
		{"Then- opening a sentence, glued to a body",
			"Then-OBC Secretary General Ada Quell had urged both sides to settle.",
			[]want{{"person:ada quell", "then-obc secretary general", claim.TitleValue{Head: "secretary general", Org: "xo", Ranks: []string{"then"}, Former: true}, claim.Former}}},
		{"then with an en dash",
			"The deal was signed by then–Prime Minister Oskar Lind.",
			[]want{{"person:oskar lind", "then–prime minister", claim.TitleValue{Head: "prime minister", Ranks: []string{"then"}, Former: true}, claim.Former}}},
		{"then with an em dash",
			"The deal was signed by then—prime minister Oskar Lind.",
			[]want{{"person:oskar lind", "then—prime minister", claim.TitleValue{Head: "prime minister", Ranks: []string{"then"}, Former: true}, claim.Former}}},
		{"then without a hyphen",
			"The plan was drawn up by then prime minister Oskar Lind in 2018.",
			[]want{{"person:oskar lind", "then prime minister", claim.TitleValue{Head: "prime minister", Ranks: []string{"then"}, Former: true}, claim.Former}}},
		{"the then TITLE, NAME,",
			"The plan was drawn up by the then prime minister, Oskar Lind, in 2018.",
			[]want{{"person:oskar lind", "then prime minister", claim.TitleValue{Head: "prime minister", Ranks: []string{"then"}, Former: true}, claim.Former}}},
		{"ex- glued to a capitalised head",
			"Ex-Minister Vera Lunn opened the bridge.",
			[]want{{"person:vera lunn", "ex-minister", claim.TitleValue{Head: "minister", Ranks: []string{"ex"}, Former: true}, claim.Former}}},
		{"and then: the adverb, not the rank",
			"The minister spoke first, and then President Tomas Brandt replied.",
			[]want{{"person:tomas brandt", "president", claim.TitleValue{Head: "president"}, claim.Asserted}}},
		{"Then opening a sentence: the adverb",
			"Then President Tomas Brandt replied to the letter.",
			[]want{{"person:tomas brandt", "president", claim.TitleValue{Head: "president"}, claim.Asserted}}},
		{"a glued word that is no rank stays one word",
			"Co-Chair Vera Lunn opened the session.",
			[]want{{"person:vera lunn", "co-chair", claim.TitleValue{Head: "co-chair"}, claim.Asserted}}},
		{"undersecretary is a rank fused with a head",
			"Undersecretary Vera Lunn signed the order.",
			[]want{{"person:vera lunn", "undersecretary", claim.TitleValue{Head: "secretary", Ranks: []string{"under"}}, claim.Asserted}}},
		{"chief financial officer is one head",
			"Harbor Lumen chief financial officer Vera Lunn left the board.",
			[]want{{"person:vera lunn", "chief financial officer", claim.TitleValue{Head: "chief financial officer"}, claim.Asserted}}},
		{"board chair after the name",
			"Vera Lunn, the board chair, said the vote would wait.",
			[]want{{"person:vera lunn", "board chair", claim.TitleValue{Head: "board chair"}, claim.Asserted}}},
		{"general counsel is not a general",
			"Vera Lunn, general counsel at the port, said the contract was void.",
			[]want{{"person:vera lunn", "general counsel at the port", claim.TitleValue{Head: "general counsel"}, claim.Asserted}}},
		{"two titles held at once: two claims citing both",
			"Club chairman and head coach Vera Lunn sacked the captain.",
			[]want{
				{"person:vera lunn", "club chairman", claim.TitleValue{Head: "chairman", Org: "club"}, claim.Asserted},
				{"person:vera lunn", "head coach", claim.TitleValue{Head: "head coach"}, claim.Asserted},
			}},
		{"two titles held at once after the name",
			"Vera Lunn, president and chief executive of Harbor Lumen, left the board.",
			[]want{
				{"person:vera lunn", "chief executive of harbor lumen", claim.TitleValue{Head: "chief executive"}, claim.Asserted},
				{"person:vera lunn", "president", claim.TitleValue{Head: "president"}, claim.Asserted},
			}},
		{"the title of someone else before and",
			"The board met the mayor and general manager Vera Lunn.",
			[]want{{"person:vera lunn", "general manager", claim.TitleValue{Head: "general manager"}, claim.Asserted}}},
		{"a new title in the same sentence: the one before the name is the old one",
			"Deputy Treasurer Vera Lunn has been appointed interim auditor.",
			[]want{{"person:vera lunn", "deputy treasurer", claim.TitleValue{Head: "treasurer", Ranks: []string{"deputy"}, Former: true}, claim.Former}}},
		{"a new title after the name's suffix",
			"Deputy Treasurer T. Vera Lunn Jr. was promoted to chief auditor.",
			[]want{{"person:vera lunn", "deputy treasurer", claim.TitleValue{Head: "treasurer", Ranks: []string{"deputy"}, Former: true}, claim.Former}}},
		{"a body named by a possessive head is no title",
			"Detective Vera Lunn spoke first. Speaking on behalf of the Sheriff's Department, Lunn added that they grieved.",
			[]want{{"person:vera lunn", "detective", claim.TitleValue{Head: "detective"}, claim.Asserted}}},
		{"naming someone else is no new title",
			"Head coach Vera Lunn picked a new captain.",
			[]want{{"person:vera lunn", "head coach", claim.TitleValue{Head: "head coach"}, claim.Asserted}}},
		{"named in a lawsuit is no new title",
			"Port director Vera Lunn was named in the lawsuit.",
			[]want{{"person:vera lunn", "director", claim.TitleValue{Head: "director"}, claim.Asserted}}},
		{"a rank before the name is a title, not part of the name",
			"Commodore Vera Lunn, a coast guard spokeswoman, said the cutter was safe.",
			[]want{
				{"person:vera lunn", "commodore", claim.TitleValue{Head: "commodore"}, claim.Asserted},
				{"person:vera lunn", "coast guard spokeswoman", claim.TitleValue{Head: "spokeswoman", Org: "coast guard"}, claim.Asserted},
			}},
		{"who was",
			"Vera Lunn, who was mayor of Eastport, spoke first.",
			[]want{{"person:vera lunn", "mayor of eastport", claim.TitleValue{Head: "mayor", Former: true}, claim.Former}}},
		{"deputy is a rank before another head",
			"Deputy Prime Minister Vera Lunn opened the bridge.",
			[]want{{"person:vera lunn", "deputy prime minister", claim.TitleValue{Head: "prime minister", Ranks: []string{"deputy"}}, claim.Asserted}}},
		{"inside a quote the title is reported",
			"“Minister Vera Lunn will resign before the summer,” a source said.",
			[]want{{"person:vera lunn", "minister", claim.TitleValue{Head: "minister"}, claim.Reported}}},
		{"unnamed former diplomat", "A former Ruritanian diplomat said the talks were over.", nil},
		{"unnamed senior official", "A senior official said the plan was ready.", nil},
		{"unnamed spokesman", "The spokesman declined to comment on the talks.", nil},
		{"title-cased headline without a name", "Ruritanian Leader Says Summit Talks Will Resume In Spring", nil},
		{"title-cased headline with title words", "Meeting Of Trade Ministers Ends Early As Deputy Director Resigns", nil},
		{"a title without a person", "The energy minister, a former engineer, said little.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := ofKind(extract(t, tt.text), claim.KindTitle)
			require.Len(t, cs, len(tt.want), "claims: %v", briefs(cs))
			for i, w := range tt.want {
				c := cs[i]
				assert.Equal(t, w.key, c.SubjectKey.String())
				assert.Equal(t, w.value, c.Value)
				assert.Equal(t, w.mod, c.Modality)
				require.NotNil(t, c.Title)
				assert.Equal(t, w.tv, *c.Title)
			}
		})
	}
}

func TestHeadClass(t *testing.T) {
	tests := []struct{ head, class string }{
		{"spokesman", "spokesperson"},
		{"Spokeswoman", "spokesperson"},
		{"spokesperson", "spokesperson"},
		{"press  secretary", "spokesperson"},
		{"aide", "aide"},
		{"prime minister", "prime minister"},
		{"premier", "prime minister"},
		{"unknown-head", "unknown-head"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.class, HeadClass(tt.head), tt.head)
	}
}

func TestVocabularyLoads(t *testing.T) {
	lex, err := lexicon.Load()
	require.NoError(t, err)
	v, err := loadVocabulary(rolesYAML, lex.Titles)
	require.NoError(t, err)
	assert.NotEmpty(t, v.phrases)
	_, err = loadVocabulary(rolesYAML, lexicon.Titles{})
	assert.Error(t, err, "the heads are the lexicon's")
	_, err = loadVocabulary([]byte("heads: [not, a, map]"), lexicon.Titles{})
	assert.Error(t, err)
	_, err = loadVocabulary([]byte("ranks: {}"), lexicon.Titles{})
	assert.Error(t, err, "empty heads must be rejected")
	base := "heads: {mayor: [mayor]}\nspeech_verbs: [said]\n"
	_, err = loadVocabulary([]byte(base+"compounds: {vicemayor: vice mayor}"), lexicon.Titles{})
	assert.NoError(t, err)
	_, err = loadVocabulary([]byte(base+"compounds: {vicemayor: vice deputy mayor}"), lexicon.Titles{})
	assert.Error(t, err, "a compound is a rank and a head")
	_, err = loadVocabulary([]byte(base+"compounds: {vicegovernor: vice governor}"), lexicon.Titles{})
	assert.Error(t, err, "a compound's head must be in the vocabulary")
}

func TestDualTitlesCiteTheSameWords(t *testing.T) {
	for _, text := range []string{
		"Club chairman and head coach Vera Lunn sacked the captain.",
		"Vera Lunn, president and chief executive of Harbor Lumen, left the board.",
	} {
		cs := ofKind(extract(t, text), claim.KindTitle)
		require.Len(t, cs, 2, text)
		assert.NotEqual(t, cs[0].Value, cs[1].Value, text)
		assert.Equal(t, cs[0].Evidence.Start, cs[1].Evidence.Start, text)
		assert.Equal(t, cs[0].Evidence.End, cs[1].Evidence.End, text)
		assert.Contains(t, cs[0].ValueText, " and ", text)
	}
}
