//go:build unix

package search

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user + system) the process has used, so
// benchmarks on a busy shared machine can report work rather than waiting.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
