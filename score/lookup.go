package score

import "github.com/luridlab/lurid/lexicon"

// lookupWords sets the vocabulary id and word classes of every word token.
func (s *Scorer) lookupWords(sc *scratch, text string) {
	for i := range sc.toks {
		t := &sc.toks[i]
		if t.kind != tokWord {
			continue
		}
		t.id = s.wordID(sc, text, t)
		if t.id >= 0 {
			t.class = s.ix.class[t.id]
		}
	}
}

// maxStemmedWord is the longest folded word that is stemmed at all. No
// pattern word is longer than lexicon.MaxWordBytes, and Porter2 removes far
// fewer bytes than the difference, so a longer word cannot match.
const maxStemmedWord = 2 * lexicon.MaxWordBytes

// wordID returns the vocabulary id of the stem of word token t of text, or
// -1. A word of ASCII letters and digits is folded and keyed straight from
// the text; any other is folded into scratch space first.
func (s *Scorer) wordID(sc *scratch, text string, t *token) int32 {
	word := text[t.start:t.end]
	if t.ascii && len(word) <= 3 && t.letters == int32(len(word)) {
		return s.ix.short[shortIndex(word)]
	}
	if len(word) > 4*maxStemmedWord || !s.ix.prefixes.mayMatch(word) {
		return -1
	}
	n := len(word)
	if !t.ascii {
		sc.fold = lexicon.AppendFold(sc.fold[:0], word)
		n = len(sc.fold)
	}
	var k wordKey
	switch {
	case n > maxStemmedWord:
		return -1
	case n > maxCachedWord && t.ascii:
		return s.stem(lexicon.Fold(word))
	case n > maxCachedWord:
		return s.stem(string(sc.fold))
	case t.ascii && n <= 8: // most words: one chunk, no loop
		k.n, k.chunks[0] = n, asciiChunk(text, int(t.start), int(t.end))
	case t.ascii:
		k = asciiKey(text, int(t.start), int(t.end))
	default:
		k = keyOf(sc.fold)
	}
	if id, ok := s.cache.get(&k); ok {
		return id
	}
	id := s.stem(k.String())
	s.cache.put(&k, id)
	return id
}

// stem stems a folded word and returns the vocabulary id of its stem, or -1.
func (s *Scorer) stem(folded string) int32 {
	if id, ok := s.ix.vocab[s.ix.lex.Stem(folded)]; ok {
		return id
	}
	return -1
}
