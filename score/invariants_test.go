package score

import (
	"math"
	"testing"
	"unicode/utf8"
)

// checkInvariants asserts what must hold of every result: spans in bounds
// and on rune boundaries, texts equal to their spans, finite scores in
// [0, 1], and scores that recompute from the hits to 1e-9. It checks with
// plain comparisons, so that results with a million hits check quickly.
func checkInvariants(t testing.TB, text string, r *Result, passage bool) {
	t.Helper()
	if r.Text != text {
		t.Fatalf("result text differs from the input")
	}
	checkHits(t, text, r.Hits)
	checkScore(t, r.Score, r.Subscores)
	if r.Level != LevelOf(r.Score) {
		t.Errorf("level %v for score %v", r.Level, r.Score)
	}
	if !passage {
		overall, sub := Unit(r.Hits)
		checkRecomputed(t, "headline", overall, sub, r.Score, r.Subscores)
		return
	}
	total, prevEnd := 0, 0
	for i := range r.Sentences {
		s := &r.Sentences[i]
		checkSpan(t, text, s.Span, s.Text)
		if s.Start < prevEnd {
			t.Fatalf("sentence %d at %d overlaps the one before, ending at %d", i, s.Start, prevEnd)
		}
		prevEnd = s.End
		checkHits(t, text, s.Hits)
		if len(s.Hits) > 0 && (total+len(s.Hits) > len(r.Hits) || &s.Hits[0] != &r.Hits[total]) {
			t.Fatalf("sentence %d's hits are not the result's hits %d to %d", i, total, total+len(s.Hits))
		}
		for _, h := range s.Hits {
			if h.Start < s.Start || h.End > s.End {
				t.Fatalf("hit %s [%d,%d) outside its sentence [%d,%d)", h.ID, h.Start, h.End, s.Start, s.End)
			}
		}
		overall, sub := Unit(s.Hits)
		checkRecomputed(t, "sentence", overall, sub, s.Score, s.Subscores)
		total += len(s.Hits)
	}
	if total != len(r.Hits) {
		t.Fatalf("sentences hold %d hits, the result %d", total, len(r.Hits))
	}
	overall, sub := PassageOf(r.Sentences)
	checkRecomputed(t, "passage", overall, sub, r.Score, r.Subscores)
}

// checkHeadlineScore requires s.HeadlineScore(text) to give the score and
// subscores of r, text's Headline result, to the last bit.
func checkHeadlineScore(t testing.TB, s *Scorer, text string, r *Result) {
	t.Helper()
	score, sub := s.HeadlineScore(text)
	if score != r.Score || sub != r.Subscores {
		t.Fatalf("HeadlineScore gives %v %v, Headline %v %v", score, sub, r.Score, r.Subscores)
	}
}

func checkRecomputed(t testing.TB, what string, overall float64, sub Subscores, gotOverall float64, gotSub Subscores) {
	t.Helper()
	if math.Abs(overall-gotOverall) > 1e-9 {
		t.Fatalf("%s score %v does not recompute from its hits: %v", what, gotOverall, overall)
	}
	for c := range sub {
		if math.Abs(sub[c]-gotSub[c]) > 1e-9 {
			t.Fatalf("%s subscore %d %v does not recompute: %v", what, c, gotSub[c], sub[c])
		}
	}
}

func checkHits(t testing.TB, text string, hits []Hit) {
	t.Helper()
	for _, h := range hits {
		checkSpan(t, text, h.Span, h.Text)
		if !h.Category.Scored() || h.ID == "" {
			t.Fatalf("hit %+v lacks a scored category or an id", h)
		}
		if c := h.Contribution; math.IsNaN(c) || math.IsInf(c, 0) || c < 0 || math.Abs(h.Weight*h.Factor-c) > 1e-12 {
			t.Fatalf("hit %s: contribution %v is not weight %v × factor %v", h.ID, c, h.Weight, h.Factor)
		}
		product := 1.0
		for _, m := range h.Modifiers {
			checkSpan(t, text, m.Span, m.Text)
			product *= m.Factor
		}
		if math.Abs(product-h.Factor) > 1e-12 {
			t.Fatalf("hit %s: factor %v is not the product of its modifiers, %v", h.ID, h.Factor, product)
		}
	}
}

// checkSpan checks one span. It remembers whether the last text it saw was
// valid UTF-8, so that checking a million spans of one text stays linear.
func checkSpan(t testing.TB, text string, s Span, got string) {
	t.Helper()
	if text != lastChecked.text || len(text) != lastChecked.n {
		lastChecked.text, lastChecked.n, lastChecked.valid = text, len(text), utf8.ValidString(text)
	}
	if s.Start < 0 || s.Start > s.End || s.End > len(text) {
		t.Fatalf("span [%d,%d) not within %d bytes", s.Start, s.End, len(text))
	}
	if text[s.Start:s.End] != got {
		t.Fatalf("span [%d,%d) is %q, text says %q", s.Start, s.End, text[s.Start:s.End], got)
	}
	if lastChecked.valid {
		if s.Start < len(text) && !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
			t.Fatalf("span [%d,%d) is not on rune boundaries", s.Start, s.End)
		}
	}
}

func checkScore(t testing.TB, score float64, sub Subscores) {
	t.Helper()
	for _, v := range append(sub[:], score) {
		if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 1 {
			t.Fatalf("score %v outside [0, 1]", v)
		}
	}
}

// lastChecked caches checkSpan's validity test; tests that use it do not
// run in parallel.
var lastChecked struct {
	text  string
	n     int
	valid bool
}
