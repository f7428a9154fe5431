package score

import "github.com/luridlab/lurid/lexicon"

// maxStemmedWord is the longest folded word that is stemmed at all. No
// pattern word is longer than lexicon.MaxWordBytes, and Porter2 removes far
// fewer bytes than the difference, so a longer word cannot match.
const maxStemmedWord = 2 * lexicon.MaxWordBytes

// wordID returns the vocabulary id of the stem of word token t of text, or
// -1; c is the word's folded key chunk if scanWord gave it, else 0. A word
// of ASCII letters and digits is folded and keyed straight from the text;
// any other is folded into scratch space first.
func (s *Scorer) wordID(sc *scratch, text string, t *token, c uint64) int32 {
	start, end := int(t.start), int(t.end)
	n := end - start
	var c2 uint64 // the second chunk of a word of nine letters or more that a letter slot holds
	if c == 0 {   // a word with digits, or in a text of fewer than eight bytes, or not ASCII or longer
		switch {
		case t.ascii && n <= 8:
			c = asciiChunk(text, start, end)
		case t.ascii && t.letters == int32(n) && n <= s.letters.longest:
			c, c2 = asciiChunk(text, start, start+8), asciiChunk(text, start+8, end)
		default:
			return s.longWordID(sc, text, start, end, t.ascii)
		}
	}
	// Most words: a chunk or two, already folded, from whose first three
	// bytes the short-word table and the prefix set read their letters, and
	// which a word of letters alone is packed from for the letter cache.
	if t.letters == int32(n) { // letters only, so the chunk's first three bytes index short words and openings
		if n <= 3 {
			return s.ix.short[shortChunkIndex(c)]
		}
		if !s.ix.prefixes.has(shortChunkIndex(c)) {
			return -1
		}
		return s.lettersID(sc, c, c2, n)
	} else if i, ok := prefixIndex(byte(c), byte(c>>8), byte(c>>16)); ok && n >= 4 && !s.ix.prefixes.has(i) {
		return -1
	}
	k := wordKey{n: n}
	k.chunks[0] = c
	return s.otherID(sc, &k)
}

// longWordID is wordID for a word of more than eight bytes, or with bytes
// from outside ASCII, which is folded into scratch space first.
func (s *Scorer) longWordID(sc *scratch, text string, start, end int, ascii bool) int32 {
	n := end - start
	var k wordKey
	switch {
	case n > 4*maxStemmedWord || !s.ix.prefixes.mayMatch(text[start:end]):
		return -1
	case ascii && n > maxStemmedWord:
		return -1
	case ascii && n > maxCachedWord:
		return s.stem(lexicon.Fold(text[start:end]))
	case ascii:
		k = asciiKey(text, start, end)
	default:
		sc.fold = lexicon.AppendFold(sc.fold[:0], text[start:end])
		switch n := len(sc.fold); {
		case n > maxStemmedWord:
			return -1
		case n > maxCachedWord:
			return s.stem(string(sc.fold))
		}
		k = keyOf(sc.fold)
	}
	return s.otherID(sc, &k)
}

// otherID returns the vocabulary id of the stem of the folded word of key
// k, one the letter cache does not hold (see stemCache), from the stem
// cache of other words or else by stemming it, which it counts in
// sc.stemmed, as lettersID does for words of letters.
func (s *Scorer) otherID(sc *scratch, k *wordKey) int32 {
	if id, ok := s.cache.get(k); ok {
		return id
	}
	id := s.stemMissed(sc, k)
	s.cache.put(k, id)
	return id
}

// stemMissed returns the vocabulary id of the stem of the folded word of
// key k, which a stem cache lacks, and counts the stemming in sc.stemmed.
func (s *Scorer) stemMissed(sc *scratch, k *wordKey) int32 {
	sc.stemmed++
	return s.stem(k.String())
}

// lettersID returns the vocabulary id of the stem of a word of n small
// ASCII letters, four at least and letterCache.longest at most, folded in
// chunks c and c2 (zero for a word of eight letters or fewer), from the
// letter cache or else by stemming it, which it counts in sc.stemmed.
func (s *Scorer) lettersID(sc *scratch, c, c2 uint64, n int) int32 {
	key := packLetters(c)
	if c2 != 0 { // a word of nine letters or more, whose rest packs above its first eight
		key |= packLetters(c2) << (8 * letterBits)
	}
	if id, ok := s.letters.get(key); ok {
		return id
	}
	k := wordKey{n: n}
	k.chunks[0], k.chunks[1] = c, c2
	id := s.stemMissed(sc, &k)
	s.letters.put(key, id)
	return id
}

// stem stems a folded word and returns the vocabulary id of its stem, or -1.
func (s *Scorer) stem(folded string) int32 {
	if id, ok := s.ix.vocab[s.ix.lex.Stem(folded)]; ok {
		return id
	}
	return -1
}
