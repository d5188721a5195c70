package main

import (
	"fmt"
	"math"
)

// Flag values that parse but make no sense are refused (exit 2), as the
// web API refuses them, rather than replaced by a default in silence.

// minWidth is the narrowest table a terminal or --width can ask for.
const minWidth = 20

// atLeast fails unless v >= lo.
func atLeast(flagName string, v, lo int) error {
	if v < lo {
		return fmt.Errorf("--%s %d: must be at least %d", flagName, v, lo)
	}
	return nil
}

// atMost fails unless v <= hi.
func atMost(flagName string, v, hi int) error {
	if v > hi {
		return fmt.Errorf("--%s %d: must be at most %d", flagName, v, hi)
	}
	return nil
}

// positiveFinite fails unless v is a number above zero.
func positiveFinite(flagName string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) || v <= 0 {
		return fmt.Errorf("--%s %v: must be a number above 0", flagName, v)
	}
	return nil
}
