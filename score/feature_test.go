package score

import (
	"cmp"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFeatureArticleTopSentences scores long, mostly sober features with a
// cliffhanger, insinuating questions and hype written into them: each must
// surface among the most lurid sentences, and the sober sentences named
// must stay low.
func TestFeatureArticleTopSentences(t *testing.T) {
	for _, a := range []struct {
		file        string
		top         int
		lurid       []string
		soberStarts []string
	}{{
		file: "feature.txt",
		top:  7,
		lurid: []string{
			"What she found behind the turbine hall would change the town's story forever \u2014",
			"Was the county hiding something all along?",
			"Why did nobody open those doors for twenty years?",
			"It is the most astonishing, jaw-dropping mystery this quiet valley has ever seen!",
			"Until then, the doors of the Riverside Mill remain shut... for now.",
		},
		soberStarts: []string{"The building belongs", "Officers sealed"},
	}, {
		file: "feature_bridge.txt",
		top:  6,
		lurid: []string{
			"What she claimed in it would turn a dull maintenance story into something far darker.",
			"So who knew, and when?",
			"Why were the 2004 inspection notes never filed?",
			"And how many more bridges in the city were patched the same way?",
			"Residents are absolutely furious.",
			"She has not said what is in them... yet.",
		},
		soberStarts: []string{"The city repainted", "Engineers inspected", "For most of its life", "The report recommended"},
	}} {
		t.Run(a.file, func(t *testing.T) {
			raw, err := os.ReadFile("../testdata/" + a.file)
			require.NoError(t, err)
			text := string(raw)
			r := New(nil).Passage(text)
			checkInvariants(t, text, &r, true)
			require.Greater(t, len(r.Sentences), 20)

			ranked := slices.Clone(r.Sentences)
			slices.SortStableFunc(ranked, func(a, b Sentence) int { return cmp.Compare(b.Score, a.Score) })
			top := make([]string, 0, a.top)
			for _, s := range ranked[:a.top] {
				top = append(top, s.Text)
			}
			for _, want := range a.lurid {
				assert.Contains(t, top, want, "among the %d most lurid sentences", a.top)
			}
			for _, s := range r.Sentences {
				for _, start := range a.soberStarts {
					if strings.HasPrefix(s.Text, start) {
						assert.Less(t, s.Score, 0.25, "a sober sentence stays low: %q", s.Text)
					}
				}
			}
			assert.Less(t, r.Score, 0.75, "the article as a whole is not extreme")
			assert.Greater(t, r.Score, 0.35, "but it is not sober either")
		})
	}
}
