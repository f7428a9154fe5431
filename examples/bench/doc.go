// Command bench scores the same headlines and passages with lurid and with
// github.com/jonreiter/govader, a lexicon-and-rules sentiment scorer and
// the nearest Go peer in kind, and prints a table of medians.
//
//	cd examples/bench && go run . [-runs 5] [-rounds 40] [-data ../../../shared/data/stop-clickbait-train.tsv]
//
// It lives in a module of its own so that lurid never depends on govader.
// Each figure is the median of -runs runs of testing.Benchmark, in one
// process, the two scorers in turn, so that they meet the same machine
// state; each ratio is the median of the run-by-run ratios, their range
// beside it. Then -rounds rounds, in each of which each library's
// scores-alone call reads on through the headlines for -slice of time,
// in turn, give the paired ratio: the median of the rounds' ratios, with
// its quartiles, the steadiest figure of the two libraries' speed on a
// machine whose speed drifts. The rounds are timed twice: by the wall
// clock, and by the processor time of all the process's threads, which
// counts a collector's work on an idle core that the wall clock leaves
// out. On a noisy machine quote the ratios.
//
// With -only lurid or -only govader it prints no table: it scores every
// headline -passes times through that library's scores-alone call, after
// its warm-up pass, so that a counter of instructions such as valgrind's
// cachegrind can count a headline's work, which does not drift. README.md, beside this
// file, is the log of what it and the score package's benchmarks have
// measured.
package main
