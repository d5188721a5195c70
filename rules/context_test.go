package rules

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

func TestParseDay(t *testing.T) {
	tests := []struct {
		in string
		ok bool
	}{
		{"2031-05-02", true}, {"2028-02-29", true}, {"2031-02-29", false}, {"2031-13-01", false},
		{"2031-5-2", false}, {"garbage!!!", false}, {"0000-01-01", false}, {"", false},
	}
	for _, tt := range tests {
		got, ok := parseDay(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		if want, err := time.Parse("2006-01-02", tt.in); err == nil && tt.ok {
			assert.Equal(t, want, got, tt.in)
		}
	}
}
