package score

import (
	"fmt"
	"math"
	"math/bits"

	"github.com/luridlab/lurid/lexicon"
)

// Level is a band of the overall score, for people.
type Level uint8

// The levels and their cut-offs: a score s has level
//
//	Low       s < 0.25
//	Elevated  0.25 ≤ s < 0.5
//	High      0.5 ≤ s < 0.75
//	Extreme   0.75 ≤ s
//
// The weights are calibrated so that 0.5, the start of High, is the point
// at which labelled clickbait becomes more likely than not: a caller that
// wants a yes-or-no answer asks Level >= High.
const (
	Low Level = iota
	Elevated
	High
	Extreme
)

var levelNames = [...]string{"low", "elevated", "high", "extreme"}

// LevelOf returns the level of an overall score.
func LevelOf(score float64) Level {
	switch {
	case score >= 0.75:
		return Extreme
	case score >= 0.5:
		return High
	case score >= 0.25:
		return Elevated
	}
	return Low
}

// String returns the level's name: "low", "elevated", "high" or "extreme".
func (l Level) String() string {
	if int(l) < len(levelNames) {
		return levelNames[l]
	}
	return fmt.Sprintf("Level(%d)", uint8(l))
}

// MarshalText encodes the level as its name.
func (l Level) MarshalText() ([]byte, error) {
	if int(l) >= len(levelNames) {
		return nil, fmt.Errorf("score: invalid level %d", uint8(l))
	}
	return []byte(levelNames[l]), nil
}

// UnmarshalText decodes a level's name.
func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if n == string(b) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("score: unknown level %q", b)
}

// FromEvidence turns summed evidence into a score in [0, 1]:
// 1 − exp(−evidence). It is 0 for no evidence, rises steeply at first and
// saturates, so no number of hits can push a score past 1. Evidence of
// ln 2 ≈ 0.693 gives exactly 0.5.
func FromEvidence(evidence float64) float64 {
	if !(evidence > 0) {
		return 0
	}
	return -math.Expm1(-evidence)
}

// Unit computes the subscores and overall score of a headline or of one
// sentence from its hits: the subscore of category c is
// FromEvidence(sum of the contributions of c's hits), and the overall score
// is 1 − Π(1 − subscore), which equals FromEvidence(sum of all
// contributions) to within rounding (the product of exponentials is the
// exponential of the sum) and costs no exponential of its own. Both are
// monotone in every contribution.
func Unit(hits []Hit) (overall float64, sub Subscores) {
	overall = unitInto(&sub, hits)
	return overall, sub
}

// unitInto is Unit writing the subscores into *sub, which it overwrites,
// and returning the overall score. Scoring calls it with the result's own
// fields: a Subscores returned by value is written to the stack a float at
// a time and copied on in wider loads, each of which waits until the
// narrower stores it spans are done.
func unitInto(sub *Subscores, hits []Hit) float64 {
	var ev tally
	for i := range hits {
		ev.add(hits[i].Category, hits[i].Contribution)
	}
	return ev.unitInto(sub)
}

// tally sums a unit's contributions by category, in the order of its
// hits, for Unit's formula.
type tally struct {
	sum  [lexicon.NumScored]float64
	seen uint // the categories with hits, as bits
}

// add adds a hit's contribution to category c, if c is scored.
func (ev *tally) add(c lexicon.Category, contribution float64) {
	if c.Scored() {
		ev.sum[c] += contribution
		ev.seen |= 1 << c
	}
}

// unitInto writes the subscores of the tally into *sub, which it
// overwrites, and returns the overall score (see Unit).
func (ev *tally) unitInto(sub *Subscores) float64 {
	*sub = Subscores{}
	seen := ev.seen
	// With hits of one category, the overall score is its subscore.
	single := seen&(seen-1) == 0
	// rest is the product of 1 − subscore over the categories so far.
	rest := 1.0
	for ; seen != 0; seen &= seen - 1 { // a category without hits keeps its 0
		c := bits.TrailingZeros(seen)
		sub[c] = FromEvidence(ev.sum[c])
		if single {
			return sub[c]
		}
		rest *= 1 - sub[c]
	}
	return 1 - rest // each factor lies in [0, 1], so their product does too
}

// PassageOf computes a passage's overall score and subscores from its
// sentences' scores: each is the mean of the sentences' maximum and their
// average, ½·(max + mean). The maximum lets one overselling sentence show;
// the mean keeps a long sober passage sober; neither changes when a
// passage is repeated.
func PassageOf(sentences []Sentence) (overall float64, sub Subscores) {
	if len(sentences) == 0 {
		return 0, sub
	}
	var maxSub, sumSub Subscores
	maxAll, sumAll := 0.0, 0.0
	for i := range sentences {
		s := &sentences[i]
		maxAll = max(maxAll, s.Score)
		sumAll += s.Score
		for c, v := range s.Subscores {
			maxSub[c] = max(maxSub[c], v)
			sumSub[c] += v
		}
	}
	n := float64(len(sentences))
	for c := range sub {
		sub[c] = clamp01((maxSub[c] + sumSub[c]/n) / 2)
	}
	return clamp01((maxAll + sumAll/n) / 2), sub
}

// clamp01 guards against rounding past the ends of [0, 1].
func clamp01(v float64) float64 {
	return min(1, max(0, v))
}
