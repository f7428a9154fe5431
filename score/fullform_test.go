package score

import (
	"slices"
	"strings"
	"testing"

	"github.com/luridlab/lurid/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFullForms(t *testing.T) {
	s := Default()
	// The full form meets the entry written with the contraction: its id,
	// weight and note, over the words as the text has them.
	for _, c := range []struct{ text, id, words string }{
		{"You would never expect what grew in this garden", "suspense.youd-never-expect", "You would never expect"},
		{"Here is how to mend a bicycle chain", "suspense.heres-how-to", "Here is how to"},
		{"Order your lamp before it is too late", "emphasis.urgency-before-its-too-late", "before it is too late"},
		{"The bridge is not what you think", "suspense.isnt-what-you-think", "is not what you think"},
	} {
		r := s.Headline(c.text)
		checkInvariants(t, c.text, &r, false)
		i := slices.Index(ids(r.Hits), c.id)
		require.GreaterOrEqual(t, i, 0, "%q: %v", c.text, r.Hits)
		h := r.Hits[i]
		assert.Equal(t, c.words, h.Text, c.text)
		e, ok := s.ix.lex.Entry(c.id)
		require.True(t, ok, c.id)
		assert.Equal(t, e.Weight, h.Weight, c.id)
		assert.Equal(t, e.Note, h.Note, c.id)
		contracted := s.Headline(contract(c.text, c.words, e.Pattern.String()))
		assert.Contains(t, ids(contracted.Hits), c.id, "the contraction still matches: %v", contracted.Hits)
	}

	// In direct address the contraction is the cue, of a conversational
	// register: its full form is not.
	r := s.Headline("It is what it is")
	for _, h := range r.Hits {
		assert.NotEqual(t, "address.contraction-its", h.ID)
	}

	// No pattern is matched twice: a full form that another entry of the
	// category already writes is left to that entry.
	seen := make(map[string]string)
	for i := range s.ix.entries {
		e := &s.ix.entries[i]
		if e.Pattern.Rule != lexicon.RuleNone {
			continue
		}
		k := e.Key()
		prev, dup := seen[k]
		assert.False(t, dup, "%s and %s both match %s", prev, e.ID, k)
		seen[k] = e.ID
		assert.LessOrEqual(t, len(e.Pattern.Tokens), lexicon.MaxPatternTokens, e.ID)
	}
}

// contract writes the words of text that the full form of pattern matched
// as the pattern has them, contraction and all.
func contract(text, words, pattern string) string {
	for _, r := range []string{"^ ", " $"} {
		pattern = strings.ReplaceAll(pattern, r, "")
	}
	return strings.Replace(text, words, strings.ReplaceAll(pattern, `"`, ""), 1)
}
