package score

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/luridlab/lurid/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

// TestContextsHoldWhatEndsInThem checks that a context holds a match of
// its category that starts before it and ends inside it, whose last word
// it reads as part of a term, and not one that reaches past it, one that
// ends before it, or one of another category.
func TestContextsHoldWhatEndsInThem(t *testing.T) {
	src := "@language english\n" +
		"emphasis.the-best | emphasis | 1 | the best | a superlative\n" +
		"emphasis.the-best-in | emphasis | 1 | the best in | a superlative with its scope\n" +
		"emphasis.the-old | emphasis | 1 | the old | ends before the context\n" +
		"emphasis.best-selling | emphasis | =0 | best selling | the context\n" +
		"suspense.the-best | suspense | 1 | the best | another category\n"
	checkHitTexts(t, "ends.lex", src, []hitTextCase{
		{"The best selling novel", []string{"The best", "best selling"}},
		{"The best in town", []string{"The best", "The best in"}},
		{"The old best selling list", []string{"The old", "best selling"}},
		{"The best selling and the best in town", []string{"The best", "best selling", "the best", "the best in"}},
	})
}

// TestFreeContextsOutlastLongerCues checks that a free context is not
// dropped by a longer cue of its category that starts at its word: it
// holds what ends inside it and what starts with it, while an anchored
// context gives way to a longer anchored cue, which reads its words
// whole, and holds no longer match that starts with it.
func TestFreeContextsOutlastLongerCues(t *testing.T) {
	src := "@language english\n" +
		"suspense.start-this | suspense | 1 | ^ this | an anchored cue\n" +
		"suspense.this-x-will | suspense | 1 | this {gap:2} will | a longer free cue\n" +
		"suspense.this-year | suspense | =0 | this year | the free context\n" +
		"listicle.start-n | listicle | 1 | ^ {num} | an anchored count\n" +
		"listicle.start-twenty | listicle | =0 | ^ twenty | the anchored context\n" +
		"listicle.n-fairs | listicle | 1 | {num} fairs | a longer free count\n" +
		"number.twenty | number | 1 | twenty | a number word\n" +
		"number.five | number | 1 | five | a number word\n"
	checkHitTexts(t, "free.lex", src, []hitTextCase{
		{"This year's fair will open", []string{"This year's"}},
		{"This fair will open", []string{"This", "This fair will"}},
		{"Twenty-five fairs open", []string{"Twenty-five", "Twenty-five fairs"}},
		{"Twenty fairs open", []string{"Twenty", "Twenty fairs"}},
	})
}

// TestModifierContexts checks that a modifier pinned at =0 holds the
// modifiers of its kind inside it, wherever it stands among them, and no
// others: not a modifier of another kind, nor one outside it.
func TestModifierContexts(t *testing.T) {
	src := "@language english\n" +
		"emphasis.shocking | emphasis | 1 | shocking | the hit\n" +
		"hedge.may | hedge | 0.5 | may | a hedge\n" +
		"hedge.in-may | hedge | =0 | in may | the month\n" +
		"hedge.of-may | hedge | =0 | of may | the month\n" +
		"attribution.said | attribution | 0.5 | said | another kind\n" +
		"intensifier.so | intensifier | 2 | so | another kind, before the hit\n"
	s := New(parseLexicon(t, "modctx.lex", src))
	for _, c := range []struct {
		text string
		want []string // the modifiers of the hit
	}{
		{"Shocking scenes in May", nil},
		{"Shocking scenes as prices may fall", []string{"hedge.may"}},
		{"In May, prices may fall: shocking", []string{"hedge.may"}},
		{"The end of May was so shocking, he said", []string{"intensifier.so", "attribution.said"}},
		{"In May, he said the end of May was so shocking", []string{"intensifier.so", "attribution.said"}},
	} {
		r := s.Headline(c.text)
		require.Len(t, r.Hits, 1, c.text)
		var got []string
		for _, m := range r.Hits[0].Modifiers {
			got = append(got, m.ID)
		}
		assert.ElementsMatch(t, c.want, got, c.text)
		checkInvariants(t, c.text, &r, false)
	}
}

// TestHoldModifiersInPlace holds holdModifiers to a filter that reads a
// copy of its input: it drops in place, and a context may come before,
// between or after the modifiers it holds.
func TestHoldModifiersInPlace(t *testing.T) {
	traits := []traits{
		{category: lexicon.Hedge, context: true},
		{category: lexicon.Hedge},
		{category: lexicon.Attribution},
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for round := range 2000 {
		var mods []match
		for range 1 + rng.IntN(6) {
			from := rng.Int32N(6)
			mods = append(mods, match{pat: rng.Int32N(3), from: from, to: from + 1 + rng.Int32N(3)})
		}
		var want []match
		for _, m := range mods {
			if traits[m.pat].context {
				continue
			}
			held := false
			for _, h := range mods {
				held = held || traits[h.pat].context && traits[m.pat].category == lexicon.Hedge && h.from <= m.from && m.to <= h.to
			}
			if !held {
				want = append(want, m)
			}
		}
		got, _ := holdModifiers(slices.Clone(mods), nil, nil, traits)
		if len(want) == 0 {
			want = []match{}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("round %d: holdModifiers(%v) = %v, want %v", round, mods, got, want)
		}
	}
}
