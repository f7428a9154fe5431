package score

import "slices"

// A sentence has a handful of hits, which insertion sort orders with the
// fewest comparisons, each one inlined (a generic sort taking the order as
// a function value would call it on every one); a list longer than
// insertionMax, which only long or hostile sentences give, goes to
// slices.SortStableFunc, so that no input makes sorting quadratic.
const insertionMax = 16

// hitBefore orders hits as a Result lists them: by start, then end, then
// lexicon order.
func hitBefore(a, b *rawHit) bool {
	if a.start != b.start {
		return a.start < b.start
	}
	if a.end != b.end {
		return a.end < b.end
	}
	return a.pat < b.pat
}

// sortHits sorts hits by hitBefore, keeping the order of equal ones.
func sortHits(hits []rawHit) {
	if len(hits) > insertionMax {
		slices.SortStableFunc(hits, func(a, b rawHit) int { return order(hitBefore(&a, &b), hitBefore(&b, &a)) })
		return
	}
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hitBefore(&hits[j], &hits[j-1]); j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
}

// order turns the answers of a strict order, a before b and b before a,
// into a comparison result.
func order(before, after bool) int {
	switch {
	case before:
		return -1
	case after:
		return 1
	}
	return 0
}
