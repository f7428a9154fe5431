package score

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/luridlab/lurid/score/eval"
)

// benchHeadlines are realistic headlines from testdata, plus the labelled
// data beside the checkout when it is there.
func benchHeadlines(b *testing.B) []string {
	raw, err := os.ReadFile("../testdata/headlines.txt")
	if err != nil {
		b.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if f, err := os.Open(sharedData); err == nil {
		examples, err := eval.ReadTSV(sharedData, f)
		f.Close()
		if err == nil {
			for _, ex := range examples {
				lines = append(lines, ex.Text)
			}
		}
	}
	return lines
}

func totalBytes(texts []string) int64 {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return int64(n)
}

func BenchmarkHeadline(b *testing.B) {
	texts := benchHeadlines(b)
	s := New(nil)
	b.SetBytes(totalBytes(texts) / int64(len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s.Headline(texts[i%len(texts)])
	}
}

func BenchmarkHeadlineInto(b *testing.B) {
	texts := benchHeadlines(b)
	s := New(nil)
	var r Result
	b.SetBytes(totalBytes(texts) / int64(len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		s.HeadlineInto(&r, texts[i%len(texts)])
	}
}

func BenchmarkHeadlineParallel(b *testing.B) {
	texts := benchHeadlines(b)
	s := New(nil)
	b.SetBytes(totalBytes(texts) / int64(len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		var r Result
		i := 0
		for pb.Next() {
			s.HeadlineInto(&r, texts[i%len(texts)])
			i++
		}
	})
}

// BenchmarkFloor is the floor the scorer is quoted against: tokenizing the
// same headlines and looking every word up in a map, without stemming or
// scoring.
func BenchmarkFloor(b *testing.B) {
	texts := benchHeadlines(b)
	s := New(nil)
	var toks []token
	var fold []byte
	b.SetBytes(totalBytes(texts) / int64(len(texts)))
	b.ReportAllocs()
	b.ResetTimer()
	found := 0
	for i := 0; b.Loop(); i++ {
		text := texts[i%len(texts)]
		toks = tokenize(toks[:0], text, 0)
		for _, t := range toks {
			if t.kind == tokWord {
				fold = append(fold[:0], text[t.start:t.end]...)
				if _, ok := s.ix.vocab[string(fold)]; ok {
					found++
				}
			}
		}
	}
	_ = found
}

func benchPassage(b *testing.B, size int) {
	raw, err := os.ReadFile("../testdata/passage.txt")
	if err != nil {
		b.Fatal(err)
	}
	unit := string(raw)
	text := strings.Repeat(unit, size/len(unit)+1)[:size]
	s := New(nil)
	var r Result
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
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
		b.Run(byteSize(size), func(b *testing.B) {
			s := New(nil)
			var r Result
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				s.PassageInto(&r, text)
			}
		})
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
	}
	for name, text := range inputs {
		b.Run(name, func(b *testing.B) {
			s := New(nil)
			var r Result
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				s.PassageInto(&r, text)
			}
		})
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
