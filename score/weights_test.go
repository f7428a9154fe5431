package score

import (
	"strings"
	"testing"

	"github.com/luridlab/lurid/lexicon"
	"github.com/luridlab/lurid/score/eval"
	"github.com/stretchr/testify/assert"
)

// calibrationSupport is examples/calibrate's -min-support: the fewest
// training headlines an entry must match for the fit to set its weight.
const calibrationSupport = 8

// TestHandWeightsOutweighWhatTheyHold checks the rule the lexicon's header
// states: a match gives way to a longer one of its category that holds it,
// so an entry whose weight is written by hand weighs at least as much as
// any shorter entry of its category inside its pattern ("best ever" as
// much as "best"), save where its note calls it the lighter one ("all-time
// high"). The entries calibration fits are the data's to weigh: those
// not pinned ("=w") that enough training headlines match, which the test
// counts from the labelled headlines, as examples/calibrate does. A
// pinned entry is weighed by hand however often it matches.
func TestHandWeightsOutweighWhatTheyHold(t *testing.T) {
	examples := loadShared(t)
	s := New(nil)
	support := make(map[string]int)
	var r Result
	for _, ex := range examples {
		if eval.Fold(ex.Text, calibrationFolds) == heldOutFold {
			continue
		}
		s.HeadlineInto(&r, ex.Text)
		seen := make(map[string]bool)
		for _, h := range r.Hits {
			if !seen[h.ID] {
				seen[h.ID] = true
				support[h.ID]++
			}
		}
	}
	entries := lexicon.Default().Entries()
	unanchored := func(e *lexicon.Entry) bool {
		return e.Category.Scored() && e.Pattern.Rule == lexicon.RuleNone && !e.Pattern.Start && !e.Pattern.End
	}
	byKey := make(map[string][]*lexicon.Entry) // unanchored scored entries, which any longer match of their class holds
	for i := range entries {
		if e := &entries[i]; unanchored(e) {
			byKey[e.Key()] = append(byKey[e.Key()], e)
		}
	}
	checked := 0
	for i := range entries {
		e := &entries[i]
		if !unanchored(e) || e.Weight == 0 || !e.Pinned && support[e.ID] >= calibrationSupport || strings.Contains(e.Note, "lighter than") {
			continue
		}
		checked++
		toks := e.Pattern.Tokens
		for lo := range toks {
			for hi := lo + 1; hi <= len(toks); hi++ {
				if hi-lo == len(toks) {
					continue
				}
				part := lexicon.Entry{Category: e.Category, Pattern: lexicon.Pattern{Tokens: toks[lo:hi]}}
				for _, held := range byKey[part.Key()] {
					assert.GreaterOrEqual(t, e.Weight, held.Weight,
						"%s (line %d, %q) is lighter than %s (line %d), which it holds", e.ID, e.Line, e.Pattern.String(), held.ID, held.Line)
				}
			}
		}
	}
	t.Logf("%d entries weighted by hand checked", checked)
}
