//go:build !unix

package charts

// cpuTime is unavailable here; benchmarks then report 0 CPU ms.
func cpuTime() float64 { return 0 }
