//go:build !unix

package temporal

import "time"

func processCPU() (time.Duration, bool) { return 0, false }
