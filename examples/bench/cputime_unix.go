//go:build unix

package main

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the process has used so far, on all
// its threads, user and system: what a library costs the machine, the
// collector's work on other cores included, where the wall clock counts
// only the time its caller waited.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
