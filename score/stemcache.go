package score

import "sync/atomic"

// stemCache maps a folded word to the vocabulary id of its stem, so that
// each distinct word is stemmed once, not at every sighting. It is a
// direct-mapped table of fixed size: a lookup is one atomic load and a
// string compare, a miss replaces whatever held the slot, and no lock is
// taken, so goroutines sharing a Scorer never wait on one another.
//
// Memory is bounded: at most len(slots) entries, each holding a word of at
// most maxCachedWord bytes; see cacheBytes.
type stemCache struct {
	slots []atomic.Pointer[cacheEntry]
	mask  uint64
}

type cacheEntry struct {
	word string
	id   int32
}

// maxCachedWord is the longest folded word the cache keeps. Longer words
// are stemmed each time; see lookupWord for why they are rare.
const maxCachedWord = 24

// cacheEntryBytes bounds the memory of one filled slot: the pointer, the
// entry and the word's bytes, rounded up to allocation size classes.
const cacheEntryBytes = 8 + 32 + 32

func newStemCache(slots int) *stemCache {
	n := 1
	for n < slots {
		n <<= 1
	}
	if slots <= 0 {
		n = 0
	}
	return &stemCache{slots: make([]atomic.Pointer[cacheEntry], n), mask: uint64(n - 1)}
}

// cacheBytes returns the most memory a cache of the given number of slots
// can hold, in bytes.
func cacheBytes(slots int) int {
	return slots * cacheEntryBytes
}

// get returns the id cached for word, if any.
func (c *stemCache) get(word []byte) (int32, bool) {
	if len(c.slots) == 0 {
		return 0, false
	}
	e := c.slots[hashBytes(word)&c.mask].Load()
	if e != nil && e.word == string(word) {
		return e.id, true
	}
	return 0, false
}

// put caches id for word.
func (c *stemCache) put(word []byte, id int32) {
	if len(c.slots) == 0 || len(word) > maxCachedWord {
		return
	}
	c.slots[hashBytes(word)&c.mask].Store(&cacheEntry{word: string(word), id: id})
}

// hashBytes is FNV-1a, 64-bit.
func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
