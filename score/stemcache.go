package score

import (
	"hash/maphash"
	"sync/atomic"
)

// stemCache maps a folded word to the vocabulary id of its stem, so that
// each distinct word is stemmed once, not at every sighting. It is a
// two-way set-associative table of fixed size whose slots hold the word
// inline, one 64-byte cache line each: a word may sit in either slot of its
// pair, so two common words that hash alike do not evict each other. Slots
// are guarded by a sequence number (a seqlock made of atomic loads and
// stores): a reader that sees a slot change under it counts a miss, and a
// writer that finds a slot busy skips it. No lock is ever waited on, so
// goroutines sharing a Scorer never stall one another, and a miss only
// costs a stemming.
//
// Memory is bounded: exactly slotBytes per slot, see cacheBytes.
type stemCache struct {
	slots []cacheSlot
	mask  uint64
	seed  maphash.Seed
}

// cacheSlot is one cached word: seq is even when the slot is stable and
// odd while it is written; meta packs the word's length, 1 + its id and
// the filled flag;
// data holds the word's bytes, zero-padded.
type cacheSlot struct {
	seq  atomic.Uint64
	meta atomic.Uint64
	data [maxCachedWord / 8]atomic.Uint64
}

// maxCachedWord is the longest folded word the cache keeps, in bytes.
// Longer words are stemmed each time they are seen; see Scorer.wordID.
const maxCachedWord = 48

// slotBytes is the size of one slot.
const slotBytes = 16 + maxCachedWord

func newStemCache(slots int) *stemCache {
	n := cacheSlots(slots)
	return &stemCache{slots: make([]cacheSlot, n), mask: uint64(n) - 1, seed: maphash.MakeSeed()}
}

// cacheSlots returns the number of slots a cache asked for slots has: 0
// for none, else a power of two, and at least 2, since a word may sit in
// either slot of a pair.
func cacheSlots(slots int) int {
	if slots <= 0 {
		return 0
	}
	n := 2
	for n < slots {
		n <<= 1
	}
	return n
}

// cacheBytes returns the memory, in bytes, of a cache of the given number
// of slots (a power of two).
func cacheBytes(slots int) int { return slots * slotBytes }

// folded is a folded word: the text's own bytes when it needed no folding,
// or a scratch buffer when it did.
type folded interface{ ~string | ~[]byte }

// hashString and hashBytes hash a word the same way in either form.
func (c *stemCache) hashString(word string) uint64 { return maphash.String(c.seed, word) }
func (c *stemCache) hashBytes(word []byte) uint64  { return maphash.Bytes(c.seed, word) }

// cacheGet returns the id cached for word, if any; h is the word's hash.
func cacheGet[W folded](c *stemCache, word W, h uint64) (int32, bool) {
	if len(c.slots) == 0 || len(word) > maxCachedWord {
		return 0, false
	}
	i := h & c.mask
	if id, ok := slotGet(&c.slots[i], word); ok {
		return id, true
	}
	return slotGet(&c.slots[i^1], word)
}

// slotGet returns the id the slot holds for word, if it holds word.
func slotGet[W folded](s *cacheSlot, word W) (int32, bool) {
	seq := s.seq.Load()
	if seq&1 != 0 {
		return 0, false
	}
	meta := s.meta.Load()
	if meta&filled == 0 || int(meta&0xff) != len(word) {
		return 0, false
	}
	for k := 0; k*8 < len(word); k++ {
		if s.data[k].Load() != wordChunk(word, k) {
			return 0, false
		}
	}
	if s.seq.Load() != seq {
		return 0, false
	}
	return int32(uint32(meta>>8)) - 1, true
}

// cachePut caches id for word in an empty slot of its pair, or else in the
// one a bit of the hash picks, unless another goroutine is writing that slot.
func cachePut(c *stemCache, word string, id int32) {
	if len(c.slots) == 0 || len(word) > maxCachedWord {
		return
	}
	h := c.hashString(word)
	i := h & c.mask
	switch {
	case c.slots[i].meta.Load()&filled == 0:
	case c.slots[i^1].meta.Load()&filled == 0:
		i ^= 1
	default:
		i ^= (h >> 32) & 1 & c.mask
	}
	c.slots[i].put(word, id)
}

// put writes word and id into the slot.
func (s *cacheSlot) put(word string, id int32) {
	seq := s.seq.Load()
	if seq&1 != 0 || !s.seq.CompareAndSwap(seq, seq+1) {
		return
	}
	s.meta.Store(filled | uint64(uint32(id+1))<<8 | uint64(len(word)))
	for k := range s.data {
		s.data[k].Store(wordChunk(word, k))
	}
	s.seq.Store(seq + 2)
}

// filled marks a slot's meta as holding a word.
const filled = 1 << 40

// wordChunk returns bytes [8k, 8k+8) of word as a little-endian integer,
// zero-padded past the end.
func wordChunk[W folded](word W, k int) uint64 {
	lo := 8 * k
	if lo+8 <= len(word) {
		w := word[lo : lo+8]
		return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
	}
	var v uint64
	for i := len(word) - 1; i >= lo; i-- {
		v = v<<8 | uint64(word[i])
	}
	return v
}
