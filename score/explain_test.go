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
