//go:build unix

package temporal

import (
	"syscall"
	"time"
)

// processCPU is the CPU time this process has used. The benchmark reports
// throughput per CPU second too, because wall-clock MB/s drops on a
// shared, loaded machine.
func processCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
