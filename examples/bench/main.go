package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jonreiter/govader"
	"github.com/luridlab/lurid/score"
	"github.com/luridlab/lurid/score/eval"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	runs := fs.Int("runs", 5, "runs of each benchmark; the median is reported")
	rounds := fs.Int("rounds", 40, "rounds of the paired ratio, each a slice of time of lurid's and one of govader's; 0 for none")
	slice := fs.Duration("slice", 250*time.Millisecond, "each library's slice of time in a round of the paired ratio")
	data := fs.String("data", "../../../shared/data/stop-clickbait-train.tsv", "labelled headlines to add to testdata/headlines.txt, if present")
	testdata := fs.String("testdata", "../../testdata", "the lurid testdata directory")
	only := fs.String("only", "", "lurid or govader: score every headline -passes times with this library alone, after its warm-up pass, and print no table")
	passes := fs.Int("passes", 1, "with -only, the passes over the headlines")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	headlines, err := loadHeadlines(*testdata+"/headlines.txt", *data)
	if err != nil {
		fmt.Fprintln(stderr, "bench:", err)
		return 2
	}
	passage, err := os.ReadFile(*testdata + "/passage.txt")
	if err != nil {
		fmt.Fprintln(stderr, "bench:", err)
		return 2
	}
	if *only != "" {
		return countPasses(*only, *passes, headlines, stdout, stderr)
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%d headlines; %s, %s, %d CPUs; median of %d runs\n\n", len(headlines), runtime.Version(), runtime.GOARCH, runtime.NumCPU(), *runs)
	fmt.Fprintf(w, "| benchmark | lurid | govader | lurid ÷ govader, median (range) |\n| --- | --- | --- | --- |\n")

	// Each measurement builds its own scorer and reads every headline with
	// it once before the clock starts, so that only the measured library's
	// state is live, as in a service that uses one of them, and lurid's stem
	// cache is warm, as it is after a service's first minutes.
	row := func(name, unit string, fl, fg func(*testing.B)) {
		l, g, ratios := compare(*runs, unit, fl, fg)
		fmt.Fprintf(w, "| %s | %s | %s | %.1f× (%.1f–%.1f×) |\n", name, l.format(unit), g.format(unit), mid(ratios), slices.Min(ratios), slices.Max(ratios))
	}
	vaderHeadlines := func(b *testing.B) {
		v := warmVader(headlines)
		headlineBench(b, headlines, func(s string) { v.PolarityScores(s) })
	}
	row("headline", "headlines/s", func(b *testing.B) {
		l := warmLurid(headlines)
		headlineBench(b, headlines, func(s string) { l.Headline(s) })
	}, vaderHeadlines)
	row("headline, lurid reusing a Result (HeadlineInto)", "headlines/s", func(b *testing.B) {
		l := warmLurid(headlines)
		var r score.Result
		headlineBench(b, headlines, func(s string) { l.HeadlineInto(&r, s) })
	}, vaderHeadlines)
	row("headline, scores alone (lurid HeadlineScore; govader gives scores alone)", "headlines/s", func(b *testing.B) {
		l := warmLurid(headlines)
		headlineBench(b, headlines, func(s string) { l.HeadlineScore(s) })
	}, vaderHeadlines)
	vaderParallel := func(b *testing.B) {
		vs := make(chan *govader.SentimentIntensityAnalyzer, runtime.GOMAXPROCS(0))
		for range cap(vs) {
			vs <- warmVader(headlines) // one each: govader does not say it is safe to share
		}
		parallelBench(b, headlines, func() func(string) {
			v := <-vs
			return func(s string) { v.PolarityScores(s) }
		})
	}
	row(fmt.Sprintf("headline, RunParallel on %d CPUs", runtime.GOMAXPROCS(0)), "headlines/s", func(b *testing.B) {
		l := warmLurid(headlines)
		parallelBench(b, headlines, func() func(string) { return func(s string) { l.Headline(s) } })
	}, vaderParallel)
	// Every core busy scoring, as in a batch of millions of headlines: no
	// core is left idle for either library's collector.
	row(fmt.Sprintf("headline, scores alone, RunParallel on %d CPUs", runtime.GOMAXPROCS(0)), "headlines/s", func(b *testing.B) {
		l := warmLurid(headlines)
		parallelBench(b, headlines, func() func(string) { return func(s string) { l.HeadlineScore(s) } })
	}, vaderParallel)
	if *rounds > 0 {
		l, v := warmLurid(headlines), warmVader(headlines)
		p := paired(*rounds, *slice, headlines, func(s string) { l.HeadlineScore(s) }, func(s string) { v.PolarityScores(s) })
		fmt.Fprintf(w, "\nPaired: %d rounds of %v of lurid's HeadlineScore and %v of govader's PolarityScores, in turn, on %d CPUs (GOMAXPROCS): "+
			"lurid %.0f ns a headline, govader %.0f ns (medians); lurid ÷ govader %.2f× (quartiles %.2f–%.2f×)\n",
			*rounds, *slice, *slice, runtime.GOMAXPROCS(0), p.wall.lurid, p.wall.govader, p.wall.ratio, p.wall.q1, p.wall.q3)
		if p.cpuOK {
			fmt.Fprintf(w, "Paired in processor time, all threads, the collectors' included: "+
				"lurid %.0f ns a headline, govader %.0f ns (medians); lurid ÷ govader %.2f× (quartiles %.2f–%.2f×)\n",
				p.cpu.lurid, p.cpu.govader, p.cpu.ratio, p.cpu.q1, p.cpu.q3)
		}
		fmt.Fprintln(w)
	}
	for _, size := range []int{1 << 10, 10 << 10, 1 << 20} {
		text := strings.Repeat(string(passage), size/len(passage)+1)[:size]
		row(fmt.Sprintf("passage, %d KB", size>>10), "MB/s", func(b *testing.B) {
			l := warmLurid(headlines)
			passageBench(b, text, func(s string) { l.Passage(s) })
		}, func(b *testing.B) {
			v := warmVader(headlines)
			passageBench(b, text, func(s string) { v.PolarityScores(s) })
		})
	}
	return 0
}

// warmLurid returns a new lurid Scorer that has read every headline once,
// so that its stem cache is warm, as it is after a service's first minutes.
func warmLurid(headlines []string) *score.Scorer {
	s := score.New(nil)
	var r score.Result
	for _, h := range headlines {
		s.HeadlineInto(&r, h)
	}
	return s
}

// warmVader returns a new govader analyzer that has read every headline
// once, as warmLurid does.
func warmVader(headlines []string) *govader.SentimentIntensityAnalyzer {
	v := govader.NewSentimentIntensityAnalyzer()
	for _, h := range headlines {
		v.PolarityScores(h)
	}
	return v
}

// countPasses scores every headline passes times through the scores-alone
// call of one library, lurid's HeadlineScore or govader's PolarityScores,
// after the warm-up pass and a collection, and says how many it scored: a
// fixed amount of work, whose instructions a counter such as valgrind's
// cachegrind counts alike from run to run where its time does not. The difference between
// two runs of different passes, over the headlines it adds, is the
// instructions a headline takes.
func countPasses(library string, passes int, headlines []string, stdout, stderr io.Writer) int {
	var score func(string)
	switch library {
	case "lurid":
		l := warmLurid(headlines)
		score = func(s string) { l.HeadlineScore(s) }
	case "govader":
		v := warmVader(headlines)
		score = func(s string) { v.PolarityScores(s) }
	default:
		fmt.Fprintf(stderr, "bench: -only %q: want lurid or govader\n", library)
		return 2
	}
	runtime.GC() // the warm-up's garbage, collected before the passes and not during them
	for range passes {
		for _, h := range headlines {
			score(h)
		}
	}
	fmt.Fprintf(stdout, "%s scored %d headlines %d times after a warm-up pass\n", library, len(headlines), passes)
	return 0
}

func loadHeadlines(testdataFile, dataFile string) ([]string, error) {
	raw, err := os.ReadFile(testdataFile)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if f, err := os.Open(dataFile); err == nil {
		defer f.Close()
		examples, err := eval.ReadTSV(dataFile, f)
		if err != nil {
			return nil, err
		}
		for _, ex := range examples {
			lines = append(lines, ex.Text)
		}
	}
	return lines, nil
}

// result is one benchmark's figures.
type result struct {
	nsPerOp     float64
	allocs      float64
	bytesPerSec float64
}

func (r result) rate(unit string) float64 {
	if unit == "MB/s" {
		return r.bytesPerSec / 1e6
	}
	return 1e9 / r.nsPerOp
}

func (r result) format(unit string) string {
	return fmt.Sprintf("%.3g %s (%.0f ns/op, %.3g allocs/op)", r.rate(unit), unit, r.nsPerOp, r.allocs)
}

// compare runs fl and fg in turn, runs times each, the one first and then
// the other, so that both meet the machine as it drifts. It returns the
// median of each one's figures and the ratios of their rates run by run,
// whose median a drift in the machine's speed moves less than
// the ratio of two medians taken apart.
func compare(runs int, unit string, fl, fg func(*testing.B)) (l, g result, ratios []float64) {
	ls, gs := alternate(max(runs, 1), func() result { return measure(fl) }, func() result { return measure(fg) })
	for i := range ls {
		ratios = append(ratios, ls[i].rate(unit)/gs[i].rate(unit))
	}
	return medians(ls), medians(gs), ratios
}

// alternate runs a and b in turn, n times each, a first in every other
// round and b first in the rest, so that both meet the machine as it
// drifts, and returns what each measured, round by round.
func alternate[T any](n int, a, b func() T) (as, bs []T) {
	for i := range n {
		var x, y T
		if i%2 == 0 {
			x, y = a(), b()
		} else {
			y, x = b(), a()
		}
		as, bs = append(as, x), append(bs, y)
	}
	return as, bs
}

// pairing is what paired measured, by the wall clock and, where cpuTime
// can tell it, in processor time.
type pairing struct {
	wall, cpu timing
	cpuOK     bool // the processor time was measured
}

// timing is what one clock measured of the paired rounds: the medians of
// the two scorers' time a headline, and the median and quartiles of the
// rounds' ratios of their rates.
type timing struct {
	lurid, govader float64
	ratio, q1, q3  float64
}

// paired runs fl and fg in turn, for rounds rounds, the first of the two
// in every other round, each for a slice of time of its own, long enough
// that warming the processor's caches to a library's data is a small
// part of it, as in a benchmark, and short enough that the machine's speed
// drifts little between the two. Each reads on through the headlines
// from where it stopped, and the collector runs before each slice, so
// that neither pays for the other's garbage. A round's ratio compares two
// slices taken a fraction of a second apart, which a drift of the
// machine's speed moves far less than it moves two benchmarks' figures
// taken seconds apart, as compare does; its median over many rounds is
// the figure to quote.
//
// Each slice is measured twice: by the wall clock, the time its caller
// waited, and by the processor time the whole process used meanwhile
// (see cpuTime). The two differ where a library's collector works on
// another core while it scores: with a core to spare, the wall clock
// leaves that work out; with every core busy, as in a batch of millions
// of headlines, it costs as much as the scoring.
func paired(rounds int, slice time.Duration, headlines []string, fl, fg func(string)) pairing {
	const block = 64 // headlines between looks at the clock
	var next [2]int  // where each reads on
	cpuOK := true
	type took struct{ wall, cpu float64 }
	pass := func(which int, f func(string)) took {
		runtime.GC()
		cpu0, ok := cpuTime()
		n, start := 0, time.Now()
		for n == 0 || time.Since(start) < slice { // one block at least, whatever the slice
			for range block {
				f(headlines[next[which]])
				next[which] = (next[which] + 1) % len(headlines)
			}
			n += block
		}
		wall := time.Since(start)
		cpu1, ok1 := cpuTime()
		cpuOK = cpuOK && ok && ok1
		return took{wall: float64(wall.Nanoseconds()) / float64(n), cpu: float64((cpu1 - cpu0).Nanoseconds()) / float64(n)}
	}
	ls, gs := alternate(rounds, func() took { return pass(0, fl) }, func() took { return pass(1, fg) })
	of := func(get func(took) float64) timing {
		var l, g, r []float64
		for i := range ls {
			l, g = append(l, get(ls[i])), append(g, get(gs[i]))
			r = append(r, get(gs[i])/get(ls[i]))
		}
		slices.Sort(r)
		return timing{lurid: mid(l), govader: mid(g), ratio: mid(r), q1: r[len(r)/4], q3: r[len(r)*3/4]}
	}
	return pairing{
		wall:  of(func(t took) float64 { return t.wall }),
		cpu:   of(func(t took) float64 { return t.cpu }),
		cpuOK: cpuOK,
	}
}

// measure runs f once under testing.Benchmark.
func measure(f func(*testing.B)) result {
	r := testing.Benchmark(f)
	out := result{
		nsPerOp: float64(r.NsPerOp()),
		allocs:  float64(r.MemAllocs) / float64(max(r.N, 1)), // not AllocsPerOp, which rounds down
	}
	if r.Bytes > 0 && r.T > 0 {
		out.bytesPerSec = float64(r.Bytes) * float64(r.N) / r.T.Seconds()
	}
	return out
}

// medians returns the median of each figure of rs.
func medians(rs []result) result {
	var ns, allocs, bps []float64
	for _, r := range rs {
		ns, allocs, bps = append(ns, r.nsPerOp), append(allocs, r.allocs), append(bps, r.bytesPerSec)
	}
	return result{nsPerOp: mid(ns), allocs: mid(allocs), bytesPerSec: mid(bps)}
}

func mid(v []float64) float64 {
	slices.Sort(v)
	return v[len(v)/2]
}

func headlineBench(b *testing.B, headlines []string, score func(string)) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		score(headlines[i%len(headlines)])
	}
}

func parallelBench(b *testing.B, headlines []string, newScorer func() func(string)) {
	b.ResetTimer() // after the caller's setup, which runs for each b.N
	b.ReportAllocs()
	var next atomic.Int64
	b.RunParallel(func(pb *testing.PB) {
		score := newScorer()
		i := int(next.Add(1)) * 7919
		for pb.Next() {
			score(headlines[i%len(headlines)])
			i++
		}
	})
}

func passageBench(b *testing.B, text string, score func(string)) {
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		score(text)
	}
}
