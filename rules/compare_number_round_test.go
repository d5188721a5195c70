package rules

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/crosscheck/crosscheck/checker/claim"
)

func TestRoundingOfAWrittenFigure(t *testing.T) {
	for _, tc := range []struct {
		x    float64
		nv   *claim.NumberValue
		want float64
	}{
		{60, nil, 5},
		{35, nil, 0.5},
		{1500, nil, 50},
		{1150, nil, 5},
		{5.9, nil, 0.05},
		{2.25, nil, 0.005},
		{0, nil, 0},
		{40, &claim.NumberValue{Value: 40, Max: 50}, 0}, // a range is its own interval
	} {
		assert.InDelta(t, tc.want, roundingOf(tc.nv, tc.x), 1e-12, "%v", tc.x)
	}
}
