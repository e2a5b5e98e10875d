//go:build unix

package charts

import "syscall"

// cpuTime is the process's user + system CPU time in seconds, which on a
// shared machine measures work better than the wall clock.
func cpuTime() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
