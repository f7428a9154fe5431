package score

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestExplainCountsSentences checks the count of sentences that opens a
// passage's explanation, in the singular for one.
func TestExplainCountsSentences(t *testing.T) {
	for text, want := range map[string]string{
		"":                                "over 0 sentences.",
		"The ferry left on time.":         "over 1 sentence.",
		"The ferry left. It was on time.": "over 2 sentences.",
	} {
		r := Passage(text)
		assert.Contains(t, r.Explain(), want, "%q", text)
	}
}

// TestExplainRuleModifiers checks that the explanation names each rule
// that acts as a modifier in words of its own.
func TestExplainRuleModifiers(t *testing.T) {
	for want, r := range map[string]Result{
		"for a run of 3 marks":                   Headline("We won!!!"),
		"inside quotation marks":                 Headline(`The mayor called it "shocking"`),
		"in a sentence that ends as a statement": Headline("What came next stunned the village."),
		"in a heading inside the passage":        Passage("The ferry fares rise in April.\n\nWhat comes next\n\nIslanders can apply for a discount card."),
		"in a statement of body text":            Passage("The ferry is the largest on the route."),
		`attributed by "the skipper says"`:       Headline("Nobody saw the storm coming, the skipper says"),
	} {
		assert.Contains(t, r.Explain(), want)
	}
}
