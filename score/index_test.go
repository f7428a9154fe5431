package score

import (
	"os"
	"strings"
	"testing"

	"github.com/luridlab/lurid/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPrefixSetAdmitsEveryMatch checks the claim the prefix filter rests
// on: no word whose stem is in the vocabulary is turned away. It tries the
// inflections of every pattern word and every word of the test texts.
func TestPrefixSetAdmitsEveryMatch(t *testing.T) {
	lex := lexicon.Default()
	ix := newIndex(lex)
	var words []string
	for _, e := range lex.Entries() {
		for _, tok := range e.Pattern.Tokens {
			if tok.Kind != lexicon.WordToken {
				continue
			}
			for _, suffix := range []string{"", "s", "es", "ed", "d", "ing", "ly", "er", "est", "'s", "ies", "ied", "ness", "ment", "ful", "ally"} {
				words = append(words, tok.Word+suffix, strings.ToUpper(tok.Word+suffix))
			}
		}
	}
	for _, name := range []string{"../testdata/headlines.txt", "../testdata/passage.txt"} {
		raw, err := os.ReadFile(name)
		require.NoError(t, err)
		words = append(words, strings.Fields(string(raw))...)
	}
	words = append(words, "dying", "lying", "tying", "skies", "using", "crying", "trying", "hoping")
	for _, w := range words {
		if _, ok := ix.vocab[lex.Stem(w)]; ok {
			assert.True(t, ix.prefixes.mayMatch(w), "%q stems to %q, in the vocabulary, but the prefix set turns it away", w, lex.Stem(w))
		}
	}
}

func TestStemCache(t *testing.T) {
	c := newStemCache(4)
	_, ok := cacheGet(c, "word", c.hashString("word"))
	assert.False(t, ok)
	cachePut(c, "word", -1)
	id, ok := cacheGet(c, []byte("word"), c.hashBytes([]byte("word")))
	assert.True(t, ok, "a word put as a string is found as bytes")
	assert.Equal(t, int32(-1), id)
	cachePut(c, "another-longer-word", 7)
	if id, ok := cacheGet(c, "another-longer-word", c.hashString("another-longer-word")); ok {
		assert.Equal(t, int32(7), id)
	}
	_, ok = cacheGet(c, "wor", c.hashString("wor"))
	assert.False(t, ok, "a prefix of a cached word is not a hit")
	long := strings.Repeat("x", maxCachedWord+1)
	cachePut(c, long, 3)
	_, ok = cacheGet(c, long, c.hashString(long))
	assert.False(t, ok, "words longer than maxCachedWord are not cached")
	off := newStemCache(0)
	cachePut(off, "word", 1)
	_, ok = cacheGet(off, "word", off.hashString("word"))
	assert.False(t, ok)
}
