package score

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unpackLetters is packLetters undone: the word of small letters a packed
// key holds.
func unpackLetters(key uint64) string {
	var b []byte
	for ; key != 0; key >>= 5 {
		b = append(b, byte(key&0x1f)|0x60)
	}
	return string(b)
}

// lettersKey returns the packed key of word, as wordID packs it from the
// text: folded by asciiChunk, eight bytes at a time.
func lettersKey(word string) uint64 {
	if len(word) <= 8 {
		return packLetters(asciiChunk(word, 0, len(word)))
	}
	return packLetters(asciiChunk(word, 0, 8)) | packLetters(asciiChunk(word, 8, len(word)))<<(8*letterBits)
}

func TestPackLetters(t *testing.T) {
	words := []string{"a", "z", "az", "why", "this", "news", "shocking", "zzzzzzzz", "aaaaaaaa", "abcdefgh", "stunned", "incredible", "zzzzzzzzzzzz"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 2000 {
		b := make([]byte, 1+r.IntN(64/letterBits))
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		words = append(words, string(b))
	}
	for _, w := range words {
		key := lettersKey(w)
		assert.NotZero(t, key, "%q packs to a key no empty slot has", w)
		assert.Less(t, key, uint64(1)<<(letterBits*len(w)), "%q packs into five bits a letter", w)
		assert.Equal(t, w, unpackLetters(key), "the key of %q holds it whole, so no other word shares it", w)
	}
	assert.Equal(t, lettersKey("shocking"), lettersKey("SHOCKING"), "a word packs as its folded form")
	assert.Equal(t, lettersKey("Stunned"), packLetters(asciiChunk("so Stunned!", 3, 10)), "wherever it sits in the text")
}

func TestLetterCache(t *testing.T) {
	c := newLetterCache(64, 1000)
	word, words, longer := lettersKey("word"), lettersKey("words"), lettersKey("wordsmith")
	_, ok := c.get(word)
	assert.False(t, ok, "an empty cache holds nothing")
	c.put(word, -1)
	c.put(words, 7)
	id, ok := c.get(word)
	assert.True(t, ok)
	assert.Equal(t, int32(-1), id, "a word outside the vocabulary is cached as such")
	id, ok = c.get(words)
	assert.True(t, ok)
	assert.Equal(t, int32(7), id)
	_, ok = c.get(longer)
	assert.False(t, ok, "a word that only opens like cached ones is not a hit")
	c.put(longer, 999)
	id, ok = c.get(longer)
	assert.True(t, ok)
	assert.Equal(t, int32(999), id, "the vocabulary's largest id fits a slot")

	off := newLetterCache(0, 1000)
	off.put(word, 1)
	_, ok = off.get(word)
	assert.False(t, ok, "a cache of no slots caches nothing")
	assert.Equal(t, 0, letterCacheBytes(letterSlots(0)))
	assert.Equal(t, bucketSlots, letterSlots(1), "one bucket at least")
	assert.Equal(t, 1024, letterSlots(1000), "a power of two")
}

// TestLetterCacheWidth checks that a slot splits its bits between the
// word and the id as the vocabulary's size asks, so that the largest id
// and the longest word the cache takes fit together, and that a word of
// more than eight letters packs as its two chunks.
func TestLetterCacheWidth(t *testing.T) {
	for _, tc := range []struct{ vocab, idBits, longest int }{
		{0, 8, 11}, {250, 8, 11}, {1706, 11, 10}, {16382, 14, 10}, {16383, 15, 9}, {1 << 20, 21, 8}, {1<<24 - 2, 24, 8}, {1 << 25, 24, 8},
	} {
		c := newLetterCache(64, tc.vocab)
		require.Equal(t, tc.idBits, int(c.idBits), "vocabulary of %d", tc.vocab)
		require.Equal(t, tc.longest, c.longest, "vocabulary of %d", tc.vocab)
		word := strings.Repeat("z", c.longest)
		key := lettersKey(word)
		for _, id := range []int32{-1, 0, int32(min(max(tc.vocab, 1), maxCachedID+1)) - 1} {
			c.put(key, id)
			got, ok := c.get(key)
			require.True(t, ok, "%d letters, id %d, vocabulary of %d", c.longest, id, tc.vocab)
			require.Equal(t, id, got, "%d letters, vocabulary of %d", c.longest, tc.vocab)
			clear(c.slots)
		}
	}
	huge := newLetterCache(64, 1<<25)
	huge.put(lettersKey("word"), maxCachedID+1)
	_, ok := huge.get(lettersKey("word"))
	assert.False(t, ok, "an id of a vocabulary larger than a slot's bits can count is not cached")
	_, ok = huge.get(lettersKey("xord"))
	assert.False(t, ok, "nor does it spill into the bits of the word, where it would read as another")
	assert.Equal(t, "abcdefghijk", unpackLetters(lettersKey("ABCdefghijk")))
}

// TestLetterCacheFindsEverySlot puts a word straight into each slot of its
// two buckets in turn, the only word in the cache, and checks that get
// finds it there.
func TestLetterCacheFindsEverySlot(t *testing.T) {
	for w := range 32 {
		key := lettersKey(fmt.Sprintf("wo%cd", 'a'+w%26) + "s"[:w/26])
		c := newLetterCache(1024, 1024) // ids to 1023: each slot's index
		first, second, own := c.buckets(key)
		require.True(t, first <= own && own < first+bucketSlots, "its own slot is in its first bucket")
		for _, lo := range []uint64{first, second} {
			for i := lo; i < lo+bucketSlots; i++ {
				clear(c.slots)
				c.slots[i].Store(c.packSlot(key, int32(i)))
				id, ok := c.get(key)
				assert.True(t, ok, "%s in slot %d", unpackLetters(key), i)
				assert.Equal(t, int32(i), id)
			}
		}
	}
}

// TestLetterCacheOverflow fills a cache of two buckets with far more words
// than it holds: while a word's buckets have a free slot, putting it keeps
// every word held before, and it is held too; once they are full, it takes
// a slot over; and each word the cache answers for has its own id.
func TestLetterCacheOverflow(t *testing.T) {
	c := newLetterCache(2*bucketSlots, 1000)
	var keys []uint64
	for i := range 200 {
		keys = append(keys, lettersKey(fmt.Sprintf("w%c%c%c", 'a'+i%26, 'a'+i/26%26, 'a'+i/676)))
	}
	roomy := 0
	for i, k := range keys {
		var held []uint64
		for _, earlier := range keys[:i] {
			if _, ok := c.get(earlier); ok {
				held = append(held, earlier)
			}
		}
		first, second, _ := c.buckets(k)
		room := false
		for _, lo := range []uint64{first, second} {
			for j := lo; j < lo+bucketSlots; j++ {
				room = room || c.slots[j].Load() == 0
			}
		}
		c.put(k, int32(i))
		id, ok := c.get(k)
		assert.True(t, ok, "%s is held once put", unpackLetters(k))
		assert.Equal(t, int32(i), id)
		if room {
			roomy++
			for _, h := range held {
				_, ok := c.get(h)
				assert.True(t, ok, "with room for %s, %s is kept", unpackLetters(k), unpackLetters(h))
			}
		}
	}
	assert.GreaterOrEqual(t, roomy, bucketSlots, "words fill a bucket before any is evicted")
	for i, k := range keys {
		if id, ok := c.get(k); ok {
			assert.Equal(t, int32(i), id, "%s keeps its own id", unpackLetters(k))
		}
	}
}
