package score

import "github.com/luridlab/lurid/lexicon"

// lookupWords sets the vocabulary id and word classes of every word token.
func (s *Scorer) lookupWords(sc *scratch, text string) {
	for i := range sc.toks {
		t := &sc.toks[i]
		if t.kind != tokWord {
			continue
		}
		t.id = s.wordID(sc, text[t.start:t.end], t.plain)
		if t.id >= 0 {
			t.class = s.ix.class[t.id]
		}
	}
}

// maxStemmedWord is the longest folded word that is stemmed at all. No
// pattern word is longer than lexicon.MaxWordBytes, and Porter2 removes far
// fewer bytes than the difference, so a longer word cannot match.
const maxStemmedWord = 2 * lexicon.MaxWordBytes

// wordID returns the vocabulary id of word's stem, or -1. plain says the
// word is already in folded form, so it is looked up as it stands.
func (s *Scorer) wordID(sc *scratch, word string, plain bool) int32 {
	if len(word) > 4*maxStemmedWord || !s.ix.prefixes.mayMatch(word) {
		return -1
	}
	if plain {
		if len(word) > maxStemmedWord {
			return -1
		}
		if id, ok := cacheGet(s.cache, word, s.cache.hashString(word)); ok {
			return id
		}
		return s.stemAndCache(word)
	}
	sc.fold = lexicon.AppendFold(sc.fold[:0], word)
	if len(sc.fold) > maxStemmedWord {
		return -1
	}
	if id, ok := cacheGet(s.cache, sc.fold, s.cache.hashBytes(sc.fold)); ok {
		return id
	}
	return s.stemAndCache(string(sc.fold))
}

// stemAndCache stems a folded word, looks the stem up and caches the id.
func (s *Scorer) stemAndCache(folded string) int32 {
	id, ok := s.ix.vocab[s.ix.lex.Stem(folded)]
	if !ok {
		id = -1
	}
	cachePut(s.cache, folded, id)
	return id
}
