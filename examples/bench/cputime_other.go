//go:build !unix

package main

import "time"

// cpuTime is not measured on this system: the paired rounds then report
// wall-clock time alone.
func cpuTime() (time.Duration, bool) { return 0, false }
