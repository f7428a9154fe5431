package score

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortOrders checks both sorts, by insertion and by the fallback for
// long lists, against a plain comparison sort of the same order.
func TestSortOrders(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, insertionMax, insertionMax + 1, 100} {
		ms := make([]match, n)
		hits := make([]rawHit, n)
		for i := range n {
			from := rng.Int32N(5)
			ms[i] = match{pat: rng.Int32N(4), from: from, to: from + 1 + rng.Int32N(3)}
			hits[i] = rawHit{pat: rng.Int32N(4), start: rng.Int32N(5), end: 5 + rng.Int32N(3), factor: float64(i)}
		}
		wantMs := slices.Clone(ms)
		slices.SortStableFunc(wantMs, func(a, b match) int {
			switch {
			case a.to-a.from != b.to-b.from:
				return int(b.to - b.from - (a.to - a.from))
			case a.from != b.from:
				return int(a.from - b.from)
			}
			return int(a.pat - b.pat)
		})
		wantHits := slices.Clone(hits)
		slices.SortStableFunc(wantHits, func(a, b rawHit) int {
			switch {
			case a.start != b.start:
				return int(a.start - b.start)
			case a.end != b.end:
				return int(a.end - b.end)
			}
			return int(a.pat - b.pat)
		})
		sortMatches(ms)
		sortHits(hits)
		if !slices.Equal(ms, wantMs) {
			t.Errorf("n=%d: sortMatches gave %v, want %v", n, ms, wantMs)
		}
		// factor tells equal hits apart: the sort must keep their order.
		if !slices.Equal(hits, wantHits) {
			t.Errorf("n=%d: sortHits gave %v, want %v", n, hits, wantHits)
		}
	}
}
