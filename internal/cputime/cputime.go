// Package cputime reads the process's CPU time for benchmarks and
// `crosscheck bench`: on a shared machine wall time measures the
// neighbours as much as the code.
package cputime

import (
	"testing"
	"time"
)

// Report reports the CPU time per iteration since start (a Now) as
// cpu-ns/op (compare with benchstat); nothing where Now is not known.
func Report(b *testing.B, start time.Duration) {
	if now := Now(); b.N > 0 && now > 0 {
		b.ReportMetric(float64(now-start)/float64(b.N), "cpu-ns/op")
	}
}
