package score

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/luridlab/lurid/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPrefixSetAdmitsEveryMatch checks the claim the prefix filter rests
// on: no word whose stem is in the vocabulary is turned away. It tries the
// inflections of every pattern word and every stem, every word of the test
// texts and, when it is present, of the labelled data.
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
	for stem := range ix.vocab {
		for _, suffix := range []string{"", "s", "ing", "ed", "y", "ies", "ied", "ility", "iliti", "ation", "ingly", "edly", "iness"} {
			words = append(words, stem+suffix)
		}
	}
	if raw, err := os.ReadFile(sharedData); err == nil {
		words = append(words, strings.Fields(string(raw))...)
	} else {
		t.Logf("without the words of %s: %v", sharedData, err)
	}
	words = append(words, "dying", "lying", "tying", "skies", "using", "crying", "trying", "hoping", "tidy", "ugly", "idly")
	for _, w := range words {
		if _, ok := ix.vocab[lex.Stem(w)]; ok {
			assert.True(t, ix.prefixes.mayMatch(w), "%q stems to %q, in the vocabulary, but the prefix set turns it away", w, lex.Stem(w))
		}
	}
}

// TestPrefixSetPorterRewrites checks the ways Porter2 may rewrite a word's
// opening: a prefix set of the word's stem alone must admit it.
func TestPrefixSetPorterRewrites(t *testing.T) {
	lex := lexicon.Default()
	for _, w := range []string{
		"hoping", "rating", "tidy", "ugly", "only", "early", "cries", "tied", "hopping", "crying", "using",
		"idly", "dying", "lying", "tying", "skies", "gently", "singly", "news", "agreed", "Hoping",
	} {
		var ps prefixSet
		ps.addStem(lex.Stem(lexicon.Fold(w)))
		assert.True(t, ps.mayMatch(w), "%q stems to %q, but a prefix set of that stem turns it away", w, lex.Stem(lexicon.Fold(w)))
	}
	var ps prefixSet
	ps.addStem("hopeless")
	assert.False(t, ps.mayMatch("hobby"), "a stem of eight letters admits only words of its three-letter opening")
	assert.True(t, ps.mayMatch("ho'pe"), "a word with an apostrophe in its first three bytes is not filtered")
}

func TestStemCache(t *testing.T) {
	c := newStemCache(4)
	_, ok := c.get(ptr(keyOf("word")))
	assert.False(t, ok)
	c.put(ptr(keyOf("word")), -1)
	id, ok := c.get(ptr(keyOf([]byte("word"))))
	assert.True(t, ok, "a word put as a string is found as bytes")
	assert.Equal(t, int32(-1), id)
	id, ok = c.get(ptr(keyOf("word")))
	assert.True(t, ok, "get finds a short word that put stored")
	assert.Equal(t, int32(-1), id)
	_, ok = c.get(ptr(keyOf("wor")))
	assert.False(t, ok)
	c.put(ptr(keyOf("another-longer-word")), 7)
	if id, ok := c.get(ptr(keyOf("another-longer-word"))); ok {
		assert.Equal(t, int32(7), id)
	}
	_, ok = c.get(ptr(keyOf("wor")))
	assert.False(t, ok, "a prefix of a cached word is not a hit")
	c.put(ptr(keyOf("x")), maxCachedID+1)
	_, ok = c.get(ptr(keyOf("x")))
	assert.False(t, ok, "an id too large for a slot is not cached")
	off := newStemCache(0)
	off.put(ptr(keyOf("word")), 1)
	_, ok = off.get(ptr(keyOf("word")))
	assert.False(t, ok)
}

// TestStemCacheSecondPair checks that three words whose first pair is the
// same are all kept: the third goes to its second pair.
func TestStemCacheSecondPair(t *testing.T) {
	c := newStemCache(1024)
	byPair := map[uint64][]wordKey{}
	var words []wordKey
	for i := 0; words == nil; i++ {
		k := keyOf(fmt.Sprintf("word%d", i))
		first, second := c.pairs(c.hash(&k))
		if first == second {
			continue
		}
		byPair[first] = append(byPair[first], k)
		if len(byPair[first]) == 3 {
			words = byPair[first]
		}
	}
	for i := range words {
		c.put(&words[i], int32(i))
	}
	for i := range words {
		id, ok := c.get(&words[i])
		assert.True(t, ok, "%s is kept", words[i].String())
		assert.Equal(t, int32(i), id, words[i].String())
	}
}

// TestStemCacheSlotOrder checks that get finds a word in each of the four
// slots slotsOf gives it, the order get writes out for itself.
func TestStemCacheSlotOrder(t *testing.T) {
	for w := range 64 {
		k := keyOf(fmt.Sprintf("word%d", w))
		for j := range 4 {
			c := newStemCache(1024)
			c.slots[c.slotsOf(c.hash(&k))[j]].put(&k, int32(j))
			id, ok := c.get(&k)
			assert.True(t, ok, "%s in its slot %d", k.String(), j)
			assert.Equal(t, int32(j), id)
		}
	}
}

// TestASCIIKey checks that a word keyed straight from the text has the key
// of its folded form, wherever it sits in the text and whatever follows it.
func TestASCIIKey(t *testing.T) {
	for _, word := range []string{"a", "Why", "SHOCKING", "Shocking1", "COVID19", "abcdefghijklmnop", "ABCDEFGHIJKLMNOPQRSTUVWX", "2024"} {
		folded := lexicon.Fold(word)
		for _, text := range []string{word, word + " rest of the text", "x " + word, "xx " + word + "!"} {
			start := strings.Index(text, word)
			assert.Equal(t, keyOf(folded), asciiKey(text, start, start+len(word)), "%q in %q", word, text)
		}
	}
}

func ptr[T any](v T) *T { return &v }

// TestWordIDMatchesStemming holds every way wordID finds an id (the
// short-word table, the prefix set, the one-chunk key read from the text,
// longer keys, folding into scratch space, words too long to cache or to
// stem) to stemming the folded word, cold and cached, wherever the word
// sits in the text.
func TestWordIDMatchesStemming(t *testing.T) {
	words := []string{
		"a", "I", "you", "WHY", "to", "news", "this", "THIS", "Shock", "shocked", "SHOCKING", "believe",
		"unbelievable", "Unbelievably", "abcdefgh", "abcdefghi", "extraordinarily", "counterrevolutionaries",
		"pneumonoultramicroscopicsilicovolcanoconiosis", strings.Repeat("amazing", 12),
		"top10", "x2", "COVID19", "won't", "can’t", "café", "naïve", "ÉNORME", "Ｓｈｏｃｋｉｎｇ", "qqqq", "zzzzzzzz",
	}
	// A lexicon whose stems come from the long, digit and non-ASCII words,
	// so that those paths must find ids, not only -1.
	src := "@language english\n" +
		"emphasis.long | emphasis | 1 | antidisestablishmentarianism | longer than a cached word\n" +
		"emphasis.nine | emphasis | 1 | abcdefghi | nine letters, two chunks\n" +
		"emphasis.digits | emphasis | 1 | covid19 | letters and digits\n" +
		"emphasis.accent | emphasis | 1 | énorme | folded into scratch space\n"
	custom := parseLexicon(t, "paths.lex", src)
	words = append(words, "antidisestablishmentarianisms", "Antidisestablishmentarianism", "abcdefghis", "ABCDEFGHI", "Covid19", "Énormes")
	for _, config := range []struct {
		lex   *lexicon.Lexicon
		slots int
	}{{nil, DefaultCacheSlots}, {nil, 0}, {custom, DefaultCacheSlots}, {custom, 0}} {
		slots := config.slots
		s := New(config.lex, WithCacheSlots(slots))
		sc := new(scratch)
		for pass := range 2 {
			for _, word := range words {
				for _, text := range []string{word, word + " rest", "x " + word, "xx " + word + "!", "x " + word + " and the rest"} {
					toks := tokenize(nil, text, 0, nil, nil)
					start := int32(strings.Index(text, word))
					var tok *token
					for i := range toks {
						if toks[i].start == start {
							tok = &toks[i]
						}
					}
					require.NotNil(t, tok, "%q in %q", word, text)
					require.Equal(t, tokWord, tok.kind, "%q in %q", word, text)
					// With the key scanWord reads at once, where it does, and without.
					var again token
					key := scanWord(&again, text, int(tok.start))
					require.Equal(t, *tok, again, "%q in %q", word, text)
					want := s.stem(lexicon.Fold(text[tok.start:tok.end]))
					assert.Equal(t, want, s.wordID(sc, text, tok, key), "%q in %q, pass %d, %d slots", word, text, pass, slots)
					assert.Equal(t, want, s.wordID(sc, text, tok, 0), "%q in %q, pass %d, %d slots, no key", word, text, pass, slots)
				}
			}
		}
	}
}

// TestShortWords checks the table of one- to three-letter words against
// stemming each of them, and the rule it is built on: every such word is
// one of the shortForms of its stem.
func TestShortWords(t *testing.T) {
	s := New(nil)
	sc := new(scratch)
	lex := s.Lexicon()
	for i := range 27 * 27 * 27 {
		a, b, c := i/(27*27), i/27%27, i%27
		if a == 0 || b == 0 && c != 0 {
			continue
		}
		var w []byte
		for _, l := range []int{a, b, c} {
			if l != 0 {
				w = append(w, byte('a'+l-1))
			}
		}
		word := string(w)
		stem := lex.Stem(word)
		require.Contains(t, shortForms(stem), word, "%q stems to %q", word, stem)
		require.Equal(t, s.stem(word), s.ix.short[shortIndex(word)], word)
	}
	for _, word := range []string{"I", "IS", "The", "WHY", "yOu"} {
		toks := tokenize(nil, word, 0, nil, nil)
		require.Len(t, toks, 1)
		assert.Equal(t, s.stem(lexicon.Fold(word)), s.wordID(sc, word, &toks[0], 0), word)
	}
}

func BenchmarkNew(b *testing.B) {
	lex := lexicon.Default()
	b.ReportAllocs()
	for b.Loop() {
		New(lex)
	}
}

// TestDefaultLexiconFilesNoSlotPatternUnderCommonWords checks that no
// pattern of the default lexicon that opens with a word and then a slot
// ("the {gap:2} truth") opens with one of the commonest English words. The
// index files such a pattern under its first word alone, so it is tried
// at every occurrence of that word: under "the", in every sentence. (A
// word and then {num} is filed under the two, and tried at the number.)
func TestDefaultLexiconFilesNoSlotPatternUnderCommonWords(t *testing.T) {
	common := map[string]bool{}
	for _, w := range strings.Fields("the a an of to and in is it for on that with as at by be was are or from") {
		common[w] = true
	}
	for _, e := range lexicon.Default().Entries() {
		toks := e.Pattern.Tokens
		if len(toks) < 2 || toks[0].Kind != lexicon.WordToken || toks[1].Kind == lexicon.WordToken || toks[1].Kind == lexicon.NumberToken {
			continue
		}
		assert.False(t, common[toks[0].Word], "%s (%s) is tried at every %q: open it with a rarer word", e.ID, e.Pattern, toks[0].Word)
	}
}

// TestNumberGapPatterns checks the patterns filed under the word after a
// number and a gap: each is found at every gap its slot allows, once,
// and not across a clause or past its gap.
func TestNumberGapPatterns(t *testing.T) {
	src := "@language english\n" +
		"emphasis.apples | emphasis | 1 | {num} {gap:2} apples | a free pattern\n" +
		"suspense.pears | suspense | 1 | ^ {num} {gap:1} pears | an anchored one\n" +
		"number.two | number | 1 | two | a number word\n" +
		"number.hundred | number | 1 | hundred | a number word\n"
	checkHitTexts(t, "gaps.lex", src, []hitTextCase{
		{"We ate 3 apples", []string{"3 apples"}},
		{"We ate 3 red apples", []string{"3 red apples"}},
		{"We ate 3 big red apples", []string{"3 big red apples"}},
		{"We ate 3 very big red apples", nil},
		{"We ate 3 apples apples", []string{"3 apples"}},
		{"We ate two hundred green apples", []string{"two hundred green apples"}},
		{"We ate 3, apples", nil},
		{"Two pears fell", []string{"Two pears"}},
		{"Two ripe pears fell", []string{"Two ripe pears"}},
		{"Two very ripe pears fell", nil},
		{"We saw two pears", nil},
		{"Crop: 2 green pears", []string{"2 green pears"}},
	})
}

// TestEveryEntryMatchesItsOwnWords checks that no entry of the default
// lexicon is dead: each scored pattern, written out as a headline (its
// words as written, "7" for a {num} slot, no words for a gap), is found
// there by a Scorer that holds it alone, with the word classes it reads.
func TestEveryEntryMatchesItsOwnWords(t *testing.T) {
	var classes strings.Builder
	classes.WriteString("@language english\n")
	var scored []lexicon.Entry
	for _, e := range lexicon.Default().Entries() {
		switch {
		case e.Category.WordClass():
			fmt.Fprintf(&classes, "%s | %s | 1 | %s | a word class\n", e.ID, e.Category, e.Pattern)
		case e.Category.Scored() && e.Pattern.Rule == lexicon.RuleNone:
			scored = append(scored, e)
		}
	}
	for _, e := range scored {
		var words []string
		for _, tok := range e.Pattern.Tokens {
			switch tok.Kind {
			case lexicon.WordToken:
				words = append(words, tok.Word)
			case lexicon.NumberToken:
				words = append(words, "7")
			}
		}
		text := strings.Join(words, " ")
		src := classes.String() + fmt.Sprintf("%s | %s | 1 | %s | the entry\n", e.ID, e.Category, e.Pattern)
		found := false
		for _, h := range New(parseLexicon(t, e.ID, src)).Headline(text).Hits {
			found = found || h.ID == e.ID
		}
		assert.True(t, found, "%s (%s, line %d) is not found in %q", e.ID, e.Pattern, e.Line, text)
	}
}

// TestWordClassInQuotes checks that a word-class entry with its word in
// quotes puts that form of the stem in the class, and no other: a number
// word, which {num} takes, and a speaker, whose label gives the words
// after it to the speaker.
func TestWordClassInQuotes(t *testing.T) {
	s := New(parseLexicon(t, "classes.lex", `n | number | 1 | "score" | n
l | listicle | 0.5 | {num} years | n
p | speaker | 1 | "police" | n
w | emphasis | 0.5 | worst | n
`))
	assert.Equal(t, []string{"l"}, ids(s.Headline("A score years ago the town was founded").Hits), "the form in quotes is a number")
	assert.Empty(t, s.Headline("They scored years ago").Hits, "another form of its stem is none")

	r := s.Headline("Police: the worst night of the year")
	require.Equal(t, []string{"w"}, ids(r.Hits))
	_, ok := ruleModifier(r.Hits[0], ModifierSpeaker)
	assert.False(t, ok, "a lexicon without the <speaker> rule applies none: %v", r.Hits[0].Modifiers)
	sc := s.begin("x")
	defer s.end(sc)
	for text, want := range map[string]bool{"Police: the worst night of the year": true, "Policing: the worst night of the year": false} {
		read := clip(text)
		s.readWindow(sc, read, 0)
		assert.Equal(t, want, sc.toks[0].class&classSpeaker != 0, "%q", text)
	}
}

// TestKindsReadAreWritten checks that every kind of entry the scorer's
// rules read is the kind of some entry of its category in the default
// lexicon, so that a kind misspelt in either a note or the code shows.
func TestKindsReadAreWritten(t *testing.T) {
	written := map[lexicon.Category]map[string]bool{}
	for _, e := range Default().ix.entries {
		if written[e.Category] == nil {
			written[e.Category] = map[string]bool{}
		}
		written[e.Category][e.Kind()] = true
	}
	read := map[lexicon.Category][]string{lexicon.Attribution: {citationKind}, lexicon.Suspense: genreKinds}
	for c, kinds := range describingKinds {
		read[c] = append(slices.Clone(read[c]), kinds...)
	}
	for c, kinds := range read {
		for _, k := range kinds {
			assert.True(t, written[c][k], "no %s entry of kind %q", c, k)
		}
	}
}

// TestAlternatives checks that an entry written with alternatives meets
// each pattern it stands for, a word in quotes in that form only, and that
// every hit it makes carries the entry's id and weight.
func TestAlternatives(t *testing.T) {
	const src = "@language english\n" +
		"emphasis.hedged-best | emphasis | 0.7 | could/may/\"might\" be the best/worst | a hedged superlative\n" +
		"suspense.wont-believe | suspense | 0.6 | won't/can't believe | forward reference\n"
	checkHitTexts(t, "alternatives.lex", src, []hitTextCase{
		{"It could be the best pie in town", []string{"could be the best"}},
		{"It may be the worst pie in town", []string{"may be the worst"}},
		{"It might be the best pie in town", []string{"might be the best"}},
		{"Mighty be the best", nil},
		{"It would be the best pie in town", nil},
		{"It could be the worse pie", nil},
		// Each pattern an entry stands for meets its contraction's full form too.
		{"You can't believe it", []string{"can't believe"}},
		{"You cannot believe it", []string{"cannot believe"}},
		{"You will not believe it", []string{"will not believe"}},
	})
	s := New(parseLexicon(t, "alternatives.lex", src))
	r := s.Headline("It may be the worst pie and it could be the best")
	require.Len(t, r.Hits, 2)
	for _, h := range r.Hits {
		assert.Equal(t, "emphasis.hedged-best", h.ID)
		assert.Equal(t, 0.7, h.Weight)
		assert.Equal(t, "a hedged superlative", h.Note)
	}
}
