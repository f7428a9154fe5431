package lexicon

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadmeExcerpt checks that the lexicon lines the README quotes are
// the embedded lexicon's: the same category, weight and pattern for each
// id. Only the notes may be shortened.
func TestReadmeExcerpt(t *testing.T) {
	raw, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	readme := string(raw)
	const opening = "```\n# id "
	i := strings.Index(readme, opening)
	require.GreaterOrEqual(t, i, 0, "the README quotes no lexicon lines")
	block := readme[i+len("```\n") : i+strings.Index(readme[i+len(opening):], "```")+len(opening)]
	quoted, err := Parse("README.md", strings.NewReader(block))
	require.NoError(t, err)
	require.Positive(t, quoted.Len())
	def := Default()
	for _, q := range quoted.Entries() {
		e, ok := def.Entry(q.ID)
		if !assert.True(t, ok, "the README quotes %s, which the lexicon lacks", q.ID) {
			continue
		}
		assert.Equal(t, e.Category, q.Category, q.ID)
		assert.Equal(t, e.Weight, q.Weight, "%s: the README quotes a stale weight", q.ID)
		assert.Equal(t, e.Pinned, q.Pinned, q.ID)
		assert.Equal(t, e.Pattern.String(), q.Pattern.String(), q.ID)
	}
}
