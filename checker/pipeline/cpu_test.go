package pipeline_test

import (
	"testing"
	"time"
)

// reportCPU reports the CPU time per iteration since start as cpu-ns/op
// (compare with benchstat).
func reportCPU(b *testing.B, start time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(cpuNow()-start)/float64(b.N), "cpu-ns/op")
	}
}
