package kb

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNormWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Norway", "norway"},
		{"  New   York\tCity ", "new york city"},
		{"Norway's", "norway"},
		{"NORWAY'S", "norway"},
		{"Kyiv’s", "kyiv"},
		{"Philippines'", "philippines"},
		{"Côte d’Ivoire", "côte d'ivoire"},
		{"ÉLYSÉE", "élysée"},
		{"'s", "'s"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, normWord(tt.in))
		})
	}
}

func TestIsAcronym(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"US", true},
		{"NATO", true},
		{"G20", false}, // one letter: written the same in any case
		{"OPEC", true},
		{"Us", false},
		{"U.S.", false},
		{"A", false},
		{"", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, isAcronym(tt.in), tt.in)
	}
}

func TestFoldMarks(t *testing.T) {
	assert.Equal(t, "sao paulo", foldMarks("são paulo"))
	assert.Equal(t, "erdogan", foldMarks("erdoğan"))
	assert.Equal(t, "plain", foldMarks("plain"))
}

func TestSurname(t *testing.T) {
	tests := []struct{ holder, family, want string }{
		{"George W. Bush", "", "bush"},
		{"Joseph R. Biden Jr.", "", "biden"},
		{"Xi Jinping", "Xi", "xi"},
		{"Ursula von der Leyen", "von der Leyen", "von der leyen"},
		{"", "", ""},
	}
	for _, tt := range tests {
		term := Term{Holder: tt.holder, FamilyName: tt.family}
		assert.Equal(t, tt.want, term.Surname(), tt.holder)
	}
}
