package events

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// occurrences and storyYear read an index and a value made once per
// article; asked twice, or for names met at the ends of the text, they
// answer as a scan would.
func TestOccurrencesAndStoryYear(t *testing.T) {
	doc := "The flood reached Port Selm in 2019. Port Selm and port selm are not the same to the council.\n\n" +
		"By 2021 the Selm valley had a dam. Port"
	a := newAnalysis(docFor(doc), nil, testKB(t))
	defer a.release()
	cases := []struct {
		name string
		want int
	}{
		{"Port Selm", 2}, // lower case is no name
		{"port selm", 2}, // the name asked for in any case
		{"Port Selm", 2}, // asked again
		{"Selm", 3},
		{"Port", 3}, // the last word counts too
		{"Port Selm Valley", 0},
		{"Dam", 0},
		{"", 0},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, a.occurrences(c.name), c.name)
	}
	assert.Equal(t, 2021, a.storyYear())
	assert.Equal(t, 2021, a.storyYear(), "asked again")
}
