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

// TestFeatureArticleTopSentences scores a long, mostly sober feature with a
// cliffhanger, insinuating questions and hype written into it: each must
// surface among the most lurid sentences, above every sober one.
func TestFeatureArticleTopSentences(t *testing.T) {
	raw, err := os.ReadFile("../testdata/feature.txt")
	require.NoError(t, err)
	text := string(raw)
	r := New(nil).Passage(text)
	checkInvariants(t, text, &r, true)
	require.Greater(t, len(r.Sentences), 25)

	ranked := slices.Clone(r.Sentences)
	slices.SortStableFunc(ranked, func(a, b Sentence) int { return cmp.Compare(b.Score, a.Score) })
	top := make([]string, 0, 7)
	for _, s := range ranked[:7] {
		top = append(top, s.Text)
	}
	for _, want := range []string{
		"What she found behind the turbine hall would change the town's story forever \u2014",
		"Was the county hiding something all along?",
		"Why did nobody open those doors for twenty years?",
		"It is the most astonishing, jaw-dropping mystery this quiet valley has ever seen!",
		"Until then, the doors of the Riverside Mill remain shut... for now.",
	} {
		assert.Contains(t, top, want, "among the seven most lurid sentences")
	}
	for _, s := range r.Sentences {
		if strings.HasPrefix(s.Text, "The building belongs") || strings.HasPrefix(s.Text, "Officers sealed") {
			assert.Less(t, s.Score, 0.25, "a sober sentence stays low: %q", s.Text)
		}
	}
	assert.Less(t, r.Score, 0.75, "the article as a whole is not extreme")
	assert.Greater(t, r.Score, 0.35, "but it is not sober either")
}
