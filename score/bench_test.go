package score

import (
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/luridlab/lurid/score/eval"
)

// headlineSets returns the headline sets the benchmarks run over: the
// 3,000 headlines generated into testdata, and the labelled headlines
// beside the checkout when they are there. The second set is larger than
// the processor's caches, so it measures cold text and a full stem cache.
func headlineSets(b *testing.B) map[string][]string {
	raw, err := os.ReadFile("../testdata/headlines.txt")
	if err != nil {
		b.Fatal(err)
	}
	sets := map[string][]string{"testdata": strings.Split(strings.TrimSpace(string(raw)), "\n")}
	if f, err := os.Open(sharedData); err == nil {
		examples, err := eval.ReadTSV(sharedData, f)
		f.Close()
		if err == nil {
			var lines []string
			for _, ex := range examples {
				lines = append(lines, ex.Text)
			}
			sets["labelled"] = lines
		}
	}
	return sets
}

func totalBytes(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

// eachSet runs bench over each headline set in turn, as a sub-benchmark
// with a new Scorer that reports bytes (a headline's, on average) and
// allocations.
func eachSet(b *testing.B, bench func(b *testing.B, s *Scorer, texts []string)) {
	for name, texts := range headlineSets(b) {
		b.Run(name, func(b *testing.B) {
			s := New(nil)
			b.SetBytes(totalBytes(texts) / int64(len(texts)))
			b.ReportAllocs()
			bench(b, s, texts)
		})
	}
}

// benchHeadlines runs score over each headline set in turn, on one
// processor, with one Result.
func benchHeadlines(b *testing.B, score func(s *Scorer, r *Result, text string)) {
	eachSet(b, func(b *testing.B, s *Scorer, texts []string) {
		var r Result
		for i := 0; b.Loop(); i++ {
			score(s, &r, texts[i%len(texts)])
		}
	})
}

func BenchmarkHeadline(b *testing.B) {
	benchHeadlines(b, func(s *Scorer, _ *Result, text string) { s.Headline(text) })
}

func BenchmarkHeadlineInto(b *testing.B) {
	benchHeadlines(b, func(s *Scorer, r *Result, text string) { s.HeadlineInto(r, text) })
}

func BenchmarkHeadlineScore(b *testing.B) {
	benchHeadlines(b, func(s *Scorer, _ *Result, text string) { s.HeadlineScore(text) })
}

// BenchmarkFloor is the floor the scorer is quoted against: tokenizing the
// same headlines and looking every word up in a map, without stemming or
// scoring.
func BenchmarkFloor(b *testing.B) {
	var f floor
	benchHeadlines(b, func(s *Scorer, _ *Result, text string) { f.scan(s, text) })
}

// floor is the work of BenchmarkFloor: it tokenizes a headline and looks
// each of its words up in the vocabulary map, counting those found.
type floor struct {
	toks  []token
	found int
}

func (f *floor) scan(s *Scorer, text string) {
	f.toks = tokenize(f.toks[:0], text, 0, nil, nil)
	for _, t := range f.toks {
		if t.kind == tokWord {
			if _, ok := s.ix.vocab[text[t.start:t.end]]; ok {
				f.found++
			}
		}
	}
}

// BenchmarkHeadlineCopy is HeadlineInto followed by a copy of the result's
// hits into a new slice: the scoring of HeadlineInto with the memory of
// Headline's result, made apart from the scoring. Beside Headline it
// shows what Headline costs beyond HeadlineInto: the result's memory, not
// the code that fills it.
func BenchmarkHeadlineCopy(b *testing.B) {
	var kept []Hit
	benchHeadlines(b, func(s *Scorer, r *Result, text string) {
		s.HeadlineInto(r, text)
		if len(r.Hits) > 0 {
			kept = make([]Hit, len(r.Hits))
			copy(kept, r.Hits)
		}
	})
}

// BenchmarkHeadlineTwice is HeadlineInto with each headline scored twice
// in a row: the second scoring meets a headline whose bytes, stem cache
// slots and patterns the processor's caches hold, and whose branches its
// predictors have just taken. Beside HeadlineInto, which meets each
// headline once a pass over the set, it measures what a headline costs
// for being new: twice this, less HeadlineInto, is the time of a warm
// scoring, and HeadlineInto less that is the cost of cold text.
func BenchmarkHeadlineTwice(b *testing.B) {
	eachSet(b, func(b *testing.B, s *Scorer, texts []string) {
		var r Result
		for i := 0; b.Loop(); i++ {
			s.HeadlineInto(&r, texts[i/2%len(texts)])
		}
	})
}

// BenchmarkStages times a headline's stages cumulatively, each row doing
// what the one before it does and more, so that a stage costs the
// difference between its row and the one before: scan (split the text
// into tokens), read (and look every word up, and find the sentences),
// match (and match patterns and rules) and whole (and write the result:
// HeadlineInto).
func BenchmarkStages(b *testing.B) {
	var toks []token
	stages := []struct {
		name string
		run  func(s *Scorer, r *Result, text string)
	}{
		{"scan", func(_ *Scorer, _ *Result, text string) { toks = tokenize(toks[:0], text, 0, nil, nil) }},
		{"read", func(s *Scorer, _ *Result, text string) {
			sc := s.begin(text)
			s.readWindow(sc, clip(text), 0) // every headline of the sets fits one window
			s.end(sc)
		}},
		{"match", func(s *Scorer, _ *Result, text string) {
			sc := s.begin(text)
			s.matchShortHeadline(sc, clip(text))
			s.end(sc)
		}},
		{"whole", func(s *Scorer, r *Result, text string) { s.HeadlineInto(r, text) }},
	}
	for _, st := range stages {
		b.Run(st.name, func(b *testing.B) { benchHeadlines(b, st.run) })
	}
}

// BenchmarkHeadlineScores scores each headline set as one batch with
// HeadlineScores, on every processor, and reports the time a headline
// takes, to be read beside BenchmarkHeadlineInto's ns/op on one.
func BenchmarkHeadlineScores(b *testing.B) {
	eachSet(b, func(b *testing.B, s *Scorer, texts []string) {
		b.SetBytes(totalBytes(texts))
		for b.Loop() {
			s.HeadlineScores(texts)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/headline")
	})
}

// BenchmarkHeadlineParallel runs HeadlineInto on every processor, one
// Result per goroutine, each starting at its own place in the set.
func BenchmarkHeadlineParallel(b *testing.B) {
	benchParallel(b, func(s *Scorer) func(string) {
		var r Result
		return func(text string) { s.HeadlineInto(&r, text) }
	})
}

// BenchmarkFloorParallel runs the floor on every processor. The machine's
// memory is shared by its cores, so that work like the floor's, which
// shares no data, does not always scale with them; the ratio of
// BenchmarkHeadlineInto to BenchmarkHeadlineParallel is best read beside
// that of BenchmarkFloor to this one, taken in the same run.
func BenchmarkFloorParallel(b *testing.B) {
	benchParallel(b, func(s *Scorer) func(string) {
		var f floor
		return func(text string) { f.scan(s, text) }
	})
}

// benchParallel runs the work that each goroutine gets from newWork over
// each headline set in turn, on every processor, with one Scorer shared.
func benchParallel(b *testing.B, newWork func(s *Scorer) func(text string)) {
	eachSet(b, func(b *testing.B, s *Scorer, texts []string) {
		b.RunParallel(func(pb *testing.PB) {
			work := newWork(s)
			i := rand.IntN(len(texts))
			for pb.Next() {
				work(texts[i%len(texts)])
				i++
			}
		})
	})
}

// BenchmarkStemCache reads the words of every headline of a set twice
// with a new Scorer, its stem cache first empty and then warm, and
// reports the share of words the cache is asked about (lookup-%; the
// others are answered by the short-word table or turned away by their
// opening), the share of those it answers on each pass (cold-hit-% and
// warm-hit-%) and its size (cache-bytes). The words the cache is asked
// about are those a Scorer without a cache stems.
func BenchmarkStemCache(b *testing.B) {
	// read reads every headline of texts with s, and returns the words
	// and the stemmings of words the cache lacked.
	read := func(s *Scorer, texts []string) (words, stemmed int) {
		sc := new(scratch)
		for _, text := range texts {
			s.readWindow(sc, text, 0)
			for _, t := range sc.toks {
				if t.kind == tokWord {
					words++
				}
			}
		}
		return words, sc.stemmed
	}
	for name, texts := range headlineSets(b) {
		b.Run(name, func(b *testing.B) {
			var words, lookups, cold, warm int
			for b.Loop() {
				words, lookups = read(New(nil, WithCacheSlots(0)), texts)
				s := New(nil)
				_, cold = read(s, texts)
				_, warm = read(s, texts)
			}
			b.ReportMetric(100*float64(lookups)/float64(words), "lookup-%")
			b.ReportMetric(100*float64(lookups-cold)/float64(lookups), "cold-hit-%")
			b.ReportMetric(100*float64(lookups-warm)/float64(lookups), "warm-hit-%")
			b.ReportMetric(float64(CacheBytes(DefaultCacheSlots)), "cache-bytes")
		})
	}
}

func benchPassage(b *testing.B, size int) {
	raw, err := os.ReadFile("../testdata/passage.txt")
	if err != nil {
		b.Fatal(err)
	}
	unit := string(raw)
	scorePassage(b, strings.Repeat(unit, size/len(unit)+1)[:size])
}

// scorePassage measures PassageInto on text, reusing one Result that has
// scored it once before the timing starts, so that a long text's few
// iterations measure the reuse and not the first call's growing.
func scorePassage(b *testing.B, text string) {
	s := New(nil)
	var r Result
	s.PassageInto(&r, text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.PassageInto(&r, text)
	}
}

func BenchmarkPassage1KB(b *testing.B)  { benchPassage(b, 1<<10) }
func BenchmarkPassage10KB(b *testing.B) { benchPassage(b, 10<<10) }
func BenchmarkPassage1MB(b *testing.B)  { benchPassage(b, 1<<20) }

// BenchmarkLinear scores one sentence repeated to 10 KB and to 10 MB:
// ns per byte should not grow with the size.
func BenchmarkLinear(b *testing.B) {
	const sentence = "You won't believe what happened next! The council met on Tuesday. "
	for _, size := range []int{10 << 10, 10 << 20} {
		text := strings.Repeat(sentence, size/len(sentence))
		b.Run(byteSize(size), func(b *testing.B) { scorePassage(b, text) })
	}
}

// BenchmarkHostile scores inputs built to be slow: ns per byte should stay
// near the ordinary passages'.
func BenchmarkHostile(b *testing.B) {
	inputs := map[string]string{
		"bangs":      strings.Repeat("!", 1<<20),
		"long-word":  strings.Repeat("a", 1<<20),
		"gap-bait":   strings.Repeat("what the the the the ", 1<<20/21),
		"numbers":    strings.Repeat("one two three four five ", 1<<20/24),
		"quotes":     strings.Repeat("\"you\" ", 1<<20/6),
		"caps-words": strings.Repeat("SHOCKING NEWS ", 1<<20/14),
		"titles":     strings.Repeat("Why the wall failed\nThe wall fell after years of neglect\n\n", 1<<20/57),
	}
	for name, text := range inputs {
		b.Run(name, func(b *testing.B) { scorePassage(b, text) })
	}
}

func byteSize(n int) string {
	switch {
	case n >= 1<<20:
		return strconv.Itoa(n>>20) + "MB"
	case n >= 1<<10:
		return strconv.Itoa(n>>10) + "KB"
	}
	return strconv.Itoa(n) + "B"
}
