package score

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortHits checks the sort of hits, by insertion and by the fallback
// for long lists, against a plain comparison sort of the same order.
func TestSortHits(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 3, insertionMax, insertionMax + 1, 100} {
		hits := make([]rawHit, n)
		for i := range n {
			hits[i] = rawHit{pat: rng.Int32N(4), start: rng.Int32N(5), end: 5 + rng.Int32N(3), factor: float64(i)}
		}
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
		sortHits(hits)
		// factor tells equal hits apart: the sort must keep their order.
		if !slices.Equal(hits, wantHits) {
			t.Errorf("n=%d: sortHits gave %v, want %v", n, hits, wantHits)
		}
	}
}
