// Command bench scores the same headlines and passages with lurid and with
// github.com/jonreiter/govader, a lexicon-and-rules sentiment scorer and
// the nearest Go peer in kind, and prints a table of medians.
//
//	cd examples/bench && go run . [-runs 5] [-data ../../../shared/data/stop-clickbait-train.tsv]
//
// It lives in a module of its own so that lurid never depends on govader.
// Each figure is the median of -runs runs of testing.Benchmark, in one
// process, so the two scorers meet the same machine state; on a noisy
// machine quote the ratios.
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
	data := fs.String("data", "../../../shared/data/stop-clickbait-train.tsv", "labelled headlines to add to testdata/headlines.txt, if present")
	testdata := fs.String("testdata", "../../testdata", "the lurid testdata directory")
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
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	fmt.Fprintf(w, "%d headlines; %s, %d CPUs; median of %d runs\n\n", len(headlines), runtime.GOARCH, runtime.NumCPU(), *runs)
	fmt.Fprintf(w, "| benchmark | lurid | govader | lurid ÷ govader |\n| --- | --- | --- | --- |\n")

	lurid := score.New(nil)
	vader := govader.NewSentimentIntensityAnalyzer()
	row := func(name, unit string, l, g result) {
		fmt.Fprintf(w, "| %s | %s | %s | %.1f× |\n", name, l.format(unit), g.format(unit), l.rate(unit)/g.rate(unit))
	}
	hl := median(*runs, func(b *testing.B) { headlineBench(b, headlines, func(s string) { lurid.Headline(s) }) })
	hg := median(*runs, func(b *testing.B) { headlineBench(b, headlines, func(s string) { vader.PolarityScores(s) }) })
	row("headline", "headlines/s", hl, hg)
	hi := median(*runs, func(b *testing.B) {
		var r score.Result
		headlineBench(b, headlines, func(s string) { lurid.HeadlineInto(&r, s) })
	})
	row("headline, lurid reusing a Result (HeadlineInto)", "headlines/s", hi, hg)
	pl := median(*runs, func(b *testing.B) {
		parallelBench(b, headlines, func() func(string) { return func(s string) { lurid.Headline(s) } })
	})
	pg := median(*runs, func(b *testing.B) {
		parallelBench(b, headlines, func() func(string) {
			v := govader.NewSentimentIntensityAnalyzer() // one each: govader does not say it is safe to share
			return func(s string) { v.PolarityScores(s) }
		})
	})
	row(fmt.Sprintf("headline, RunParallel on %d CPUs", runtime.GOMAXPROCS(0)), "headlines/s", pl, pg)
	for _, size := range []int{1 << 10, 10 << 10, 1 << 20} {
		text := strings.Repeat(string(passage), size/len(passage)+1)[:size]
		l := median(*runs, func(b *testing.B) { passageBench(b, text, func(s string) { lurid.Passage(s) }) })
		g := median(*runs, func(b *testing.B) { passageBench(b, text, func(s string) { vader.PolarityScores(s) }) })
		row(fmt.Sprintf("passage, %d KB", size>>10), "MB/s", l, g)
	}
	fmt.Fprintf(w, "\nallocations per headline: lurid %.2f, govader %.1f; per passage: see the passage rows\n", hl.allocs, hg.allocs)
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
	bytesPerOp  float64
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

// median runs f runs times and returns the median of each figure.
func median(runs int, f func(*testing.B)) result {
	var ns, bps, allocs []float64
	for range max(runs, 1) {
		r := testing.Benchmark(f)
		ns = append(ns, float64(r.NsPerOp()))
		allocs = append(allocs, float64(r.MemAllocs)/float64(max(r.N, 1))) // not AllocsPerOp, which rounds down
		if r.Bytes > 0 && r.T > 0 {
			bps = append(bps, float64(r.Bytes)*float64(r.N)/r.T.Seconds())
		}
	}
	out := result{nsPerOp: mid(ns), allocs: mid(allocs)}
	if len(bps) > 0 {
		out.bytesPerSec = mid(bps)
	}
	return out
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
