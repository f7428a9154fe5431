package score

import (
	"math/bits"
	"math/rand/v2"
	"sync/atomic"
)

// letterCache is the stem cache of the words that make up most of any
// English text: those of four ASCII letters or more, up to the longest
// that fits a slot. Such a word, five bits a letter, and the vocabulary id
// of its stem fit in one 64-bit slot, which is written and read whole, by
// one atomic store or load: no version or lock guards it, and a reader
// sees a word and its id or an empty slot, never half of either. Eight
// slots share a cache line, so that the words a text uses often share
// lines with one another and stay in the processor's caches, where in
// stemCache's 32-byte slots each word holds a line of its own.
//
// The id takes as few bits as the lexicon's vocabulary needs, from 8 to
// 24, and the word the rest: for the embedded lexicon, 11 bits and 53, so
// that words of up to ten letters fit (see longest); with any lexicon,
// words of up to eight.
//
// A word may sit in any slot of a bucket of eight, one cache line, that
// its hash picks or, when that bucket is full, in any of a second one.
// put gives a word its own slot of the first bucket, which the hash also
// picks, whenever that slot is free, and get looks there first, a branch
// the processor can foresee; the rest of a bucket is searched without a
// branch on where the word is.
//
// Memory is bounded: exactly 8 bytes a slot, see letterCacheBytes.
type letterCache struct {
	slots   []atomic.Uint64 // buckets of bucketSlots; see packSlot
	mask    uint64          // the number of buckets, less one
	seed    uint64          // random per cache, as stemCache.seed
	idBits  uint8           // the low bits of a slot, which hold 2 + the id
	longest int             // the most letters of a word a slot holds
}

// A slot holds a packed word (see packLetters) in its top bits and 2 +
// the id in its low idBits: 0 marks an empty slot, 1 a word outside the
// vocabulary. A word's slot is then unique to it, and no word packs to 0,
// so that an empty slot matches none.
const (
	bucketSlots = 8 // slots of a bucket, one 64-byte cache line
	letterBits  = 5 // the bits of a packed letter
)

// packLetters packs the folded chunk of a word of up to eight small ASCII
// letters, zero-padded (see asciiChunk), into 40 bits, five a letter: each
// letter's low five bits, 1 to 26, and 0 for the padding, so that no two
// words pack alike and none packs to 0. A longer word, of up to twelve
// letters, packs as its first eight letters and its next ones shifted
// above them.
func packLetters(c uint64) uint64 {
	x := c & 0x1f1f1f1f1f1f1f1f                        // eight 5-bit values in 8-bit lanes
	x = x&0x001f001f001f001f | x&0x1f001f001f001f00>>3 // four 10-bit values in 16-bit lanes
	x = x&0x000003ff000003ff | x&0x03ff000003ff0000>>6 // two 20-bit values in 32-bit lanes
	return x&0xfffff | x>>12&0xfffff00000              // one 40-bit value
}

// packSlot returns the slot of a packed word and its id.
func (c *letterCache) packSlot(key uint64, id int32) uint64 { return key<<c.idBits | uint64(id+2) }

// slotID returns the id a slot holds.
func (c *letterCache) slotID(v uint64) int32 { return int32(v&(1<<c.idBits-1)) - 2 }

// newLetterCache returns a letter cache of the given slots (see
// letterSlots) for a vocabulary of vocab stems.
func newLetterCache(slots, vocab int) *letterCache {
	n := letterSlots(slots)
	idBits := min(max(bits.Len(uint(vocab+1)), 8), headIDBits) // to hold 2 + the largest id, vocab - 1, as a stemCache slot does
	return &letterCache{
		slots: make([]atomic.Uint64, n), mask: uint64(n/bucketSlots) - 1, seed: rand.Uint64(),
		idBits: uint8(idBits), longest: (64 - idBits) / letterBits,
	}
}

// letterSlots returns the number of slots a letter cache asked for slots
// has: 0 for none, else a power of two, and at least one bucket.
func letterSlots(slots int) int {
	if slots <= 0 {
		return 0
	}
	return max(cacheSlots(slots), bucketSlots)
}

// letterCacheBytes returns the memory, in bytes, of a letter cache of the
// given number of slots.
func letterCacheBytes(slots int) int { return slots * 8 }

// buckets returns the first slots of the two buckets of a packed word, and
// the word's own slot, in the first.
func (c *letterCache) buckets(key uint64) (first, second, own uint64) {
	h := (key ^ c.seed) * 0x9e3779b97f4a7c15
	h ^= h >> 29
	first = (h & c.mask) * bucketSlots
	return first, (h >> 32 & c.mask) * bucketSlots, first + h>>61
}

// get returns the id cached for a packed word, if any.
func (c *letterCache) get(key uint64) (int32, bool) {
	if len(c.slots) == 0 {
		return 0, false
	}
	first, second, own := c.buckets(key)
	if v := c.slots[own].Load(); v>>c.idBits == key {
		return c.slotID(v), true
	}
	v := c.find(first, key)
	if v == 0 {
		if v = c.find(second, key); v == 0 {
			return 0, false
		}
	}
	return c.slotID(v), true
}

// find returns the slot of the bucket at slots[lo:] that holds key, or 0.
// Two slots may hold the same word, put there by goroutines that missed it
// at once, with the same id, so that their bits can be merged.
func (c *letterCache) find(lo, key uint64) uint64 {
	b, k := (*[bucketSlots]atomic.Uint64)(c.slots[lo:]), c.idBits
	return holding(b[0].Load(), key, k) | holding(b[1].Load(), key, k) | holding(b[2].Load(), key, k) | holding(b[3].Load(), key, k) |
		holding(b[4].Load(), key, k) | holding(b[5].Load(), key, k) | holding(b[6].Load(), key, k) | holding(b[7].Load(), key, k)
}

// holding returns slot v, whose id takes its low idBits, if it holds key,
// else 0, without a branch.
func holding(v, key uint64, idBits uint8) uint64 {
	if v>>idBits != key {
		v = 0
	}
	return v
}

// put caches id for a packed word: in its own slot if that is free, else in
// the first free slot of its two buckets, else in its own slot, over the
// word there. An id too large for a slot (of a vocabulary of more than
// maxCachedID stems) is not cached.
func (c *letterCache) put(key uint64, id int32) {
	if len(c.slots) == 0 || uint64(id+2) >= 1<<c.idBits {
		return
	}
	v := c.packSlot(key, id)
	first, second, own := c.buckets(key)
	if c.slots[own].Load() == 0 {
		c.slots[own].Store(v)
		return
	}
	for _, lo := range [2]uint64{first, second} {
		for i := lo; i < lo+bucketSlots; i++ {
			if c.slots[i].Load() == 0 {
				c.slots[i].Store(v)
				return
			}
		}
	}
	c.slots[own].Store(v)
}
