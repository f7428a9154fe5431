package score

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// settleByOrder is settle as the lexicon documents it: taking matches
// longest first, then the earlier, then the earlier entry, a match is kept
// unless a kept one of its class holds it. It returns the kept matches in
// the order they were found.
func settleByOrder(ms []match) []match {
	order := slices.Clone(ms)
	slices.SortStableFunc(order, func(a, b match) int {
		switch {
		case a.to-a.from != b.to-b.from:
			return int(b.to - b.from - (a.to - a.from))
		case a.from != b.from:
			return int(a.from - b.from)
		}
		return int(a.pat - b.pat)
	})
	var kept []match
	for _, m := range order {
		held := false
		for _, k := range kept {
			held = held || k.class == m.class && k.from <= m.from && m.to <= k.to
		}
		if !held {
			kept = append(kept, m)
		}
	}
	var found []match
	for _, m := range ms {
		if slices.Contains(kept, m) {
			found = append(found, m)
		}
	}
	return found
}

// TestSettle holds settle to settleByOrder on random sentences' matches:
// each pattern of one class, found at most once at each word, in the order
// of the words they start at.
func TestSettle(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for round := range 2000 {
		words := 1 + rng.IntN(8)
		var ms []match
		for from := range int32(words) {
			for pat := range int32(6) {
				if rng.IntN(3) == 0 {
					ms = append(ms, match{pat: pat, from: from, to: from + 1 + rng.Int32N(min(3, int32(words)-from)), class: pat % 3})
				}
			}
		}
		want := settleByOrder(ms)
		got := settle(slices.Clone(ms))
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: settle(%v) = %v, want %v", round, ms, got, want)
		}
	}
}

// TestContextsHoldAcrossAnchors checks that a context (weight 0) holds the
// shorter matches of its category inside it, anchored or free, and only
// those: not a match of another category, nor one that reaches past it.
func TestContextsHoldAcrossAnchors(t *testing.T) {
	src := "@language english\n" +
		"listicle.start-n | listicle | 1 | ^ {num} | an anchored count\n" +
		"listicle.n-people | listicle | 1 | {num} people | a free count\n" +
		"listicle.people-who | listicle | 1 | people who | reaches past the context\n" +
		"listicle.start-n-rescued | listicle | =0 | ^ {num} {gap:1} rescued | the context\n" +
		"emphasis.rescued | emphasis | 1 | rescued | another category\n" +
		"number.five | number | 1 | five | a number word\n"
	checkHitTexts(t, "contexts.lex", src, []hitTextCase{
		{"Five people rescued", []string{"Five people rescued", "rescued"}},
		{"Five people", []string{"Five", "Five people"}},
		{"Five people who rescued", []string{"Five", "Five people", "people who", "rescued"}},
	})
}
