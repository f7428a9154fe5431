package score

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestBatchScores holds HeadlineScores and PassageScores to scoring each
// text alone, in order, for batches smaller than a chunk, of chunks and a
// part, and of texts of very different lengths.
func TestBatchScores(t *testing.T) {
	s := New(nil)
	raw, err := os.ReadFile("../testdata/headlines.txt")
	require.NoError(t, err)
	headlines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	long := strings.Repeat("The council met. You won't believe what happened next! ", 2000)
	for _, texts := range [][]string{
		nil,
		headlines[:1],
		headlines[:batchChunk-1],
		headlines[:5*batchChunk+7],
		append([]string{long, "", "Is this the end?"}, headlines[:3*batchChunk]...),
	} {
		got := s.HeadlineScores(texts)
		require.Len(t, got, len(texts))
		for i, text := range texts {
			assert.Equal(t, s.Headline(text).Score, got[i], "headline %d of %d: %q", i, len(texts), text)
		}
		got = s.PassageScores(texts)
		require.Len(t, got, len(texts))
		for i, text := range texts {
			assert.Equal(t, s.Passage(text).Score, got[i], "passage %d of %d: %q", i, len(texts), text)
		}
	}
}
