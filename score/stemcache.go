package score

import (
	"math/bits"
	"math/rand/v2"
	"sync/atomic"
)

// stemCache maps a folded word to the vocabulary id of its stem, so that
// each distinct word is stemmed once, not at every sighting. It holds the
// words that letterCache cannot: those with digits, apostrophes or bytes
// from outside ASCII, and those of more letters than its slots hold. It is a table
// of fixed size in which a word may sit in either slot of a pair its hash
// picks or, when both are taken, in either slot of a second pair another
// part of its hash picks: with two choices, few words find all four slots
// taken and keep evicting each other, even with the table a third full. A
// slot is 32 bytes and holds the word inline, so a pair fills one 64-byte
// cache line, and a lookup touches one line of memory, or two for a word
// in its second pair or not cached.
//
// Each slot's head word packs a version with the word's length and id, and
// serves as a sequence lock made of atomic loads and stores: a writer makes
// the version odd while it writes, a reader that sees an odd version, or a
// head that changed under it, counts a miss, and a writer that finds a slot
// busy skips it. No lock is ever waited on, so goroutines sharing a Scorer
// never stall one another, and a miss only costs a stemming.
//
// Memory is bounded: exactly slotBytes per slot, see cacheBytes.
type stemCache struct {
	slots []cacheSlot
	mask  uint64
	seed  uint64 // random per cache, so that words that share slots in one Scorer need not in another
}

// cacheSlot is one cached word. head holds, from the top bit down, a 32-bit
// version (odd while the slot is written), 2 + the id in 24 bits (the id
// is -1 for a word outside the vocabulary; 0 marks an empty slot) and the
// word's length in 8; data holds the word's bytes, zero-padded.
type cacheSlot struct {
	head atomic.Uint64
	data [maxCachedWord / 8]atomic.Uint64
}

// maxCachedWord is the longest folded word the cache keeps, in bytes.
// Longer words are stemmed each time they are seen; see Scorer.wordID.
const maxCachedWord = 24

// slotBytes is the size of one slot.
const slotBytes = 8 + maxCachedWord

// maxCachedID is the largest vocabulary id the cache can hold; a word whose
// stem has a larger id is looked up each time.
const maxCachedID = 1<<headIDBits - 3

// Fields of a slot's head.
const (
	headLenBits = 8
	headIDBits  = 24
	headLen     = 1<<headLenBits - 1              // the mask of the length
	headIDShift = headLenBits                     // where 2 + the id starts
	headVersion = 1 << (headLenBits + headIDBits) // one step of the version
)

// headID returns 2 + the id a slot's head holds, or 0 for an empty slot.
func headID(head uint64) uint64 { return head >> headIDShift & (1<<headIDBits - 1) }

func newStemCache(slots int) *stemCache {
	n := cacheSlots(slots)
	return &stemCache{slots: make([]cacheSlot, n), mask: uint64(n) - 1, seed: rand.Uint64()}
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

// wordKey is a folded word of at most maxCachedWord bytes as the cache
// keys it: its bytes in little-endian 8-byte chunks, zero-padded, and its
// length.
type wordKey struct {
	chunks [maxCachedWord / 8]uint64
	n      int
}

// String returns the folded word of the key.
func (k *wordKey) String() string {
	var b [maxCachedWord]byte
	for i := range k.n {
		b[i] = byte(k.chunks[i/8] >> (8 * (i % 8)))
	}
	return string(b[:k.n])
}

// keyOf returns the key of a folded word of at most maxCachedWord bytes.
func keyOf[W ~string | ~[]byte](word W) wordKey {
	k := wordKey{n: len(word)}
	for i := 0; 8*i < len(word); i++ {
		k.chunks[i] = wordChunk(word, i)
	}
	return k
}

// asciiKey returns the key of the folded form of text[start:end], a word
// of ASCII letters and digits of at most maxCachedWord bytes.
func asciiKey(text string, start, end int) wordKey {
	k := wordKey{n: end - start}
	for i, lo := 0, start; lo < end; i, lo = i+1, lo+8 {
		k.chunks[i] = asciiChunk(text, lo, end)
	}
	return k
}

// asciiChunk returns the folded bytes text[lo:min(lo+8, end)] of a word
// of ASCII letters and digits as a key chunk, read with one load where
// eight bytes remain in text. Folding such a word only lowers its
// capitals, and setting bit 0x20 does that to a letter and leaves a digit
// as it is.
func asciiChunk(text string, lo, end int) uint64 {
	var c uint64
	if len(text) >= 8 {
		c = chunkAt(text, lo)
	} else {
		c = wordChunk(text[lo:end], 0)
	}
	return foldASCII(c, end-lo)
}

// chunkAt returns the eight bytes of text from i < len(text) as a
// little-endian integer, zero past the end of text, read with one load;
// near the end, the load is of the last eight bytes. text must have eight
// bytes or more.
func chunkAt(text string, i int) uint64 {
	j := min(i, len(text)-8)
	return le64(text[j:]) >> (8 * (i - j) & 63)
}

// foldASCII folds a chunk of bytes of a word of ASCII letters and digits
// and keeps its first n bytes, zeroing the rest.
func foldASCII(c uint64, n int) uint64 {
	return (c | 0x2020202020202020) & (^uint64(0) >> ((64 - 8*min(n, 8)) & 63))
}

// hash mixes a key with the cache's seed.
func (c *stemCache) hash(k *wordKey) uint64 {
	h := bits.RotateLeft64((c.seed^uint64(k.n)^k.chunks[0])*0x9e3779b97f4a7c15, 29)
	for i := 1; 8*i < k.n; i++ {
		h = bits.RotateLeft64((h^k.chunks[i])*0x9e3779b97f4a7c15, 29)
	}
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>32
}

// pairs returns the first slots of the two pairs where the word of hash h
// may sit, from the low and the high half of the hash.
func (c *stemCache) pairs(h uint64) (first, second uint64) {
	return h & c.mask &^ 1, h >> 32 & c.mask &^ 1
}

// slotsOf returns the four slots where the word of hash h may sit, in the
// order put fills them and get reads them: the word's own slot of its
// first pair, which the top bit of the hash picks, the other slot of the
// pair, then the second pair in the same order. Since put takes the
// word's own slot whenever it is free, get most often finds a word at its
// first look, a branch the processor can foresee; were the slots tried
// in index order, it would find it there half the time.
func (c *stemCache) slotsOf(h uint64) [4]uint64 {
	first, second := c.pairs(h)
	own := h >> 63
	return [4]uint64{first | own, first | own ^ 1, second | own, second | own ^ 1}
}

// get returns the id cached for the word of key k, if any: it looks in
// the slots of its first pair, which share a cache line, then in those of
// its second, in the order slotsOf gives, written out here since building
// the array costs more than the lookup it orders. Slot and key are zero-padded alike, so the chunks are
// compared without a loop, and a word of eight bytes or fewer, whose
// length the head has already matched, needs only its first.
func (c *stemCache) get(k *wordKey) (int32, bool) {
	if len(c.slots) == 0 {
		return 0, false
	}
	h := c.hash(k)
	first, second := c.pairs(h)
	i := first | h>>63 // as slotsOf gives them
	for n := range 4 {
		s := &c.slots[i]
		head := s.head.Load()
		// A match is stable (even version), of the key's length, not empty,
		// equal in every chunk, and unchanged after the chunks were read.
		if head&(headVersion|headLen) == uint64(k.n) && headID(head) != 0 && s.data[0].Load() == k.chunks[0] &&
			(k.n <= 8 || s.data[1].Load() == k.chunks[1] && s.data[2].Load() == k.chunks[2]) &&
			s.head.Load() == head {
			return int32(headID(head)) - 2, true
		}
		if n&1 == 0 {
			i ^= 1
		} else {
			i = second | h>>63
		}
	}
	return 0, false
}

// put caches id for the word of key k in the first empty slot of its two
// pairs, or else in one of the four that bits of the hash pick, unless
// another goroutine is writing that slot.
func (c *stemCache) put(k *wordKey, id int32) {
	if len(c.slots) == 0 || id > maxCachedID {
		return
	}
	h := c.hash(k)
	slots := c.slotsOf(h)
	for _, i := range slots {
		if !c.slots[i].filled() {
			c.slots[i].put(k, id)
			return
		}
	}
	c.slots[slots[h>>16&3]].put(k, id)
}

// filled reports whether the slot holds a word or is being written.
func (s *cacheSlot) filled() bool {
	head := s.head.Load()
	return head&headVersion != 0 || headID(head) != 0
}

// put writes the word of key k and its id into the slot.
func (s *cacheSlot) put(k *wordKey, id int32) {
	head := s.head.Load()
	if head&headVersion != 0 {
		return
	}
	version := head &^ (headVersion - 1)
	if !s.head.CompareAndSwap(head, version+headVersion) {
		return
	}
	for i := range s.data {
		s.data[i].Store(k.chunks[i])
	}
	s.head.Store(version + 2*headVersion | uint64(id+2)<<headIDShift | uint64(k.n))
}

// le64 reads 8 bytes as a little-endian integer (the compiler makes it one load).
func le64(b string) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// wordChunk returns bytes [8k, 8k+8) of word as a little-endian integer,
// zero-padded past the end.
func wordChunk[W ~string | ~[]byte](word W, k int) uint64 {
	lo := 8 * k
	if lo+8 <= len(word) {
		return le64(string(word[lo : lo+8]))
	}
	var v uint64
	for i := len(word) - 1; i >= lo; i-- {
		v = v<<8 | uint64(word[i])
	}
	return v
}
