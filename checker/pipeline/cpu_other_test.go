//go:build !unix

package pipeline_test

import "time"

// cpuNow is zero where the process's CPU time is not read: cpu-ns/op is
// then meaningless and wall time is all a benchmark reports.
func cpuNow() time.Duration { return 0 }
