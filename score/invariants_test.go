package score

import (
	"math"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkInvariants asserts what must hold of every result: spans in bounds
// and on rune boundaries, texts equal to their spans, finite scores in
// [0, 1], and scores that recompute from the hits to 1e-9.
func checkInvariants(t testing.TB, text string, r *Result, passage bool) {
	t.Helper()
	require.Equal(t, text, r.Text)
	checkHits(t, text, r.Hits)
	checkScore(t, r.Score, r.Subscores)
	assert.Equal(t, LevelOf(r.Score), r.Level)
	if !passage {
		overall, sub := Unit(r.Hits)
		assert.InDelta(t, overall, r.Score, 1e-9, "overall score recomputed from hits")
		for c := range sub {
			assert.InDelta(t, sub[c], r.Subscores[c], 1e-9, "subscore %d recomputed from hits", c)
		}
		return
	}
	total := 0
	prevEnd := 0
	for i := range r.Sentences {
		s := &r.Sentences[i]
		checkSpan(t, text, s.Span, s.Text)
		assert.GreaterOrEqual(t, s.Start, prevEnd, "sentences in order and apart")
		prevEnd = s.End
		checkHits(t, text, s.Hits)
		for _, h := range s.Hits {
			assert.True(t, s.Start <= h.Start && h.End <= s.End, "hit %s inside its sentence", h.ID)
		}
		overall, sub := Unit(s.Hits)
		assert.InDelta(t, overall, s.Score, 1e-9, "sentence score recomputed from its hits")
		for c := range sub {
			assert.InDelta(t, sub[c], s.Subscores[c], 1e-9)
		}
		total += len(s.Hits)
	}
	assert.Equal(t, len(r.Hits), total, "every hit belongs to one sentence")
	overall, sub := PassageOf(r.Sentences)
	assert.InDelta(t, overall, r.Score, 1e-9, "passage score recomputed from sentences")
	for c := range sub {
		assert.InDelta(t, sub[c], r.Subscores[c], 1e-9)
	}
}

func checkHits(t testing.TB, text string, hits []Hit) {
	t.Helper()
	for _, h := range hits {
		checkSpan(t, text, h.Span, h.Text)
		assert.True(t, h.Category.Scored(), "hit %s has a scored category", h.ID)
		assert.NotEmpty(t, h.ID)
		assert.InDelta(t, h.Weight*h.Factor, h.Contribution, 1e-12, "contribution is weight × factor")
		assert.False(t, math.IsNaN(h.Contribution) || math.IsInf(h.Contribution, 0) || h.Contribution < 0)
		product := 1.0
		for _, m := range h.Modifiers {
			checkSpan(t, text, m.Span, m.Text)
			product *= m.Factor
		}
		assert.InDelta(t, product, h.Factor, 1e-12, "factor is the product of the modifiers")
	}
}

func checkSpan(t testing.TB, text string, s Span, got string) {
	t.Helper()
	require.True(t, 0 <= s.Start && s.Start <= s.End && s.End <= len(text), "span [%d,%d) within %d bytes", s.Start, s.End, len(text))
	assert.Equal(t, text[s.Start:s.End], got, "text equals its span")
	if utf8.ValidString(text) {
		assert.True(t, s.Start == len(text) || utf8.RuneStart(text[s.Start]), "start %d on a rune boundary", s.Start)
		assert.True(t, s.End == len(text) || utf8.RuneStart(text[s.End]), "end %d on a rune boundary", s.End)
	}
}

func checkScore(t testing.TB, score float64, sub Subscores) {
	t.Helper()
	for _, v := range append(sub[:], score) {
		assert.False(t, math.IsNaN(v) || math.IsInf(v, 0), "finite")
		assert.True(t, v >= 0 && v <= 1, "%v in [0,1]", v)
	}
}
