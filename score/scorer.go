package score

import (
	"cmp"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/luridlab/lurid/lexicon"
)

// DefaultCacheSlots is the number of words a Scorer's stem cache holds
// unless WithCacheSlots says otherwise: CacheBytes(DefaultCacheSlots) is
// 4 MiB.
const DefaultCacheSlots = 1 << 16

// CacheBytes returns the memory, in bytes, of a stem cache of the given
// number of slots, rounded up to a power of two slots. It is allocated once,
// when the Scorer is built, and never grows.
func CacheBytes(slots int) int { return cacheBytes(len(newStemCache(slots).slots)) }

// Scorer rates headlines and passages against one lexicon. It is immutable
// once built and safe for concurrent use by any number of goroutines; build
// one and share it.
type Scorer struct {
	ix    *index
	cache *stemCache
	pool  sync.Pool // of *scratch
}

// Option configures a Scorer.
type Option func(*config)

type config struct {
	cacheSlots int
}

// WithCacheSlots sets how many distinct words the stem cache remembers
// (rounded up to a power of two); 0 turns the cache off, so that every word
// is stemmed each time it is seen. The cache never holds more than
// CacheBytes(slots) bytes.
func WithCacheSlots(slots int) Option {
	return func(c *config) { c.cacheSlots = max(slots, 0) }
}

// New returns a Scorer for lex; a nil lex means lexicon.Default().
func New(lex *lexicon.Lexicon, opts ...Option) *Scorer {
	if lex == nil {
		lex = lexicon.Default()
	}
	cfg := config{cacheSlots: DefaultCacheSlots}
	for _, o := range opts {
		o(&cfg)
	}
	s := &Scorer{ix: newIndex(lex), cache: newStemCache(cfg.cacheSlots)}
	s.pool.New = func() any { return new(scratch) }
	return s
}

// Lexicon returns the lexicon the Scorer matches against.
func (s *Scorer) Lexicon() *lexicon.Lexicon { return s.ix.lex }

var defaultScorer = sync.OnceValue(func() *Scorer { return New(lexicon.Default()) })

// Default returns a Scorer on the embedded English lexicon, built on first
// use and shared.
func Default() *Scorer { return defaultScorer() }

// Headline scores text as one headline with the default Scorer.
func Headline(text string) Result { return Default().Headline(text) }

// Passage scores text as a passage with the default Scorer.
func Passage(text string) Result { return Default().Passage(text) }

// Headline scores text as one headline: all of its evidence counts towards
// one score, by the formula of Unit. Any string is valid input.
func (s *Scorer) Headline(text string) Result {
	var r Result
	s.HeadlineInto(&r, text)
	return r
}

// HeadlineInto is Headline writing into r, reusing r's slices: once r has
// room for a text's hits, scoring it again allocates nothing.
func (s *Scorer) HeadlineInto(r *Result, text string) {
	sc := s.begin(text)
	read := clip(text)
	if len(read) <= Window {
		// One window: tokenize once and count capitals from the tokens.
		s.readWindow(sc, read, 0)
		capsText := isCapsText(sc.toks, 0, int32(len(sc.toks)))
		for _, sp := range sc.sents {
			s.matchSentence(sc, sp.lo, sp.hi, capsText)
		}
		s.finishHeadline(r, sc, text, capsText)
		return
	}
	capsText := s.headlineInCaps(sc, read)
	for lo := 0; lo < len(read); {
		lo = s.scoreWindow(sc, read, lo, func(sp span) {
			s.matchSentence(sc, sp.lo, sp.hi, capsText)
		})
	}
	s.finishHeadline(r, sc, text, capsText)
}

// finishHeadline adds the caps-text hit if it is due and fills r.
func (s *Scorer) finishHeadline(r *Result, sc *scratch, text string, capsText bool) {
	if capsText {
		if r := s.ix.rules[lexicon.RuleCapsText]; r >= 0 {
			start, end := trimSpace(clip(text))
			s.addHit(sc, r, int32(start), int32(end), -1, -1, 0)
		}
		slices.SortFunc(sc.hits, compareHits)
	}
	s.fill(r, sc, text)
	r.isPassage = false
	r.Sentences = r.Sentences[:0]
	r.Score, r.Subscores = Unit(r.Hits)
	r.Level = LevelOf(r.Score)
	s.end(sc)
}

// headlineInCaps reports whether the headline is set wholly in capitals.
// A headline longer than one window is counted in a pass of its own.
func (s *Scorer) headlineInCaps(sc *scratch, text string) bool {
	var words, caps int
	for lo := 0; lo < len(text); {
		hi := windowEnd(text, lo)
		sc.toks = tokenize(sc.toks[:0], text[:hi], lo)
		w, c := countCaps(sc.toks)
		words, caps = words+w, caps+c
		lo = hi
	}
	return isCaps(words, caps)
}

// Passage scores text as a passage: it is split into sentences, each
// scored like a headline, and the passage's scores come from the sentences'
// by the formula of PassageOf. Any string is valid input.
func (s *Scorer) Passage(text string) Result {
	var r Result
	s.PassageInto(&r, text)
	return r
}

// PassageInto is Passage writing into r, reusing r's slices.
func (s *Scorer) PassageInto(r *Result, text string) {
	sc := s.begin(text)
	read := clip(text)
	for lo := 0; lo < len(read); {
		lo = s.scoreWindow(sc, read, lo, func(sp span) {
			first := len(sc.hits)
			sc.bounds = append(sc.bounds, int32(first))
			sc.sentSpans = append(sc.sentSpans, Span{int(sc.toks[sp.lo].start), int(sc.toks[sp.hi-1].end)})
			capsText := isCapsText(sc.toks, sp.lo, sp.hi)
			s.matchSentence(sc, sp.lo, sp.hi, capsText)
			if capsText {
				s.addCapsText(sc, sp.lo, sp.hi)
				slices.SortFunc(sc.hits[first:], compareHits)
			}
		})
	}
	sc.bounds = append(sc.bounds, int32(len(sc.hits)))
	s.fill(r, sc, text)
	r.isPassage = true
	n := len(sc.sentSpans)
	r.Sentences = slices.Grow(r.Sentences[:0], n)[:n]
	for i, sp := range sc.sentSpans {
		st := &r.Sentences[i]
		st.Span = sp
		st.Text = text[sp.Start:sp.End]
		st.Hits = r.Hits[sc.bounds[i]:sc.bounds[i+1]:sc.bounds[i+1]]
		st.Score, st.Subscores = Unit(st.Hits)
		st.Level = LevelOf(st.Score)
	}
	r.Score, r.Subscores = PassageOf(r.Sentences)
	r.Level = LevelOf(r.Score)
	s.end(sc)
}

// Window is the most text, in bytes, that is tokenized at once. A longer
// text is read window by window, each ending at a space and holding whole
// sentences, so that working memory stays bounded whatever the input; a
// sentence longer than a window is scored in window-sized pieces.
const Window = 64 << 10

// windowEnd returns where the window that starts at lo ends: Window bytes
// on, moved back to a space so that no token is cut; lacking a space, to a
// point between two characters that cannot belong to one token (a run of
// "!" or of emoji); lacking that too, on to the next space, since one word
// fills the window and a word is one token.
func windowEnd(text string, lo int) int {
	hi := lo + Window
	if hi >= len(text) {
		return len(text)
	}
	for k := hi; k > lo; k-- {
		if text[k] < utf8.RuneSelf && asciiClass[text[k]] == cSpace {
			return k
		}
	}
	for k := hi; k > lo; k-- {
		if splitsTokens(text, k) {
			return k
		}
	}
	for k := hi; k < len(text); k++ {
		if text[k] < utf8.RuneSelf && asciiClass[text[k]] == cSpace {
			return k
		}
	}
	return len(text)
}

// splitsTokens reports whether text can be cut at k without cutting a
// token: k starts a rune, and neither it nor the rune before it can be part
// of a word, a number or a run of periods or hyphens.
func splitsTokens(text string, k int) bool {
	if !utf8.RuneStart(text[k]) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[k:])
	prev, _ := utf8.DecodeLastRuneInString(text[:k])
	return !joins(next) && !joins(prev)
}

// joins reports whether r can be part of a multi-rune token.
func joins(r rune) bool {
	switch r {
	case '.', '-', '$', '£', '€', '¥', '%', ',':
		return true
	}
	return lexicon.IsWordRune(r) || lexicon.IsApostrophe(r)
}

// scoreWindow tokenizes the window of text that starts at lo, hands each
// of its whole sentences to unit, and returns where the next window starts:
// at the last sentence, which may go on past the window, unless it is the
// only one.
func (s *Scorer) scoreWindow(sc *scratch, text string, lo int, unit func(span)) int {
	hi := s.readWindow(sc, text, lo)
	keep := len(sc.sents)
	if hi < len(text) && keep > 1 {
		keep--
	}
	for _, sp := range sc.sents[:keep] {
		unit(sp)
	}
	if keep < len(sc.sents) {
		return int(sc.toks[sc.sents[keep].lo].start)
	}
	return hi
}

// readWindow tokenizes the window of text that starts at lo, looks up its
// words and splits its sentences, and returns where the window ends.
func (s *Scorer) readWindow(sc *scratch, text string, lo int) int {
	hi := windowEnd(text, lo)
	sc.toks = tokenize(sc.toks[:0], text[:hi], lo)
	s.lookupWords(sc, text)
	sc.sents = splitSentences(sc.sents[:0], text, sc.toks)
	return hi
}

// trimSpace returns the span of text without ASCII space at either end.
func trimSpace(text string) (start, end int) {
	end = len(text)
	for start < end && text[start] < utf8.RuneSelf && asciiClass[text[start]] == cSpace {
		start++
	}
	for end > start && text[end-1] < utf8.RuneSelf && asciiClass[text[end-1]] == cSpace {
		end--
	}
	return start, end
}

// MaxInput is the most of a text, in bytes, that is scored: offsets are
// kept as 32-bit integers. Of a longer text only a prefix is read.
const MaxInput = 1<<31 - 1

// clip returns the part of text that is scored: all of it, or its first
// MaxInput bytes cut back to a space (or a rune boundary, lacking one).
func clip(text string) string {
	if len(text) <= MaxInput {
		return text
	}
	cut := MaxInput
	for k := cut; k > cut-Window && k > 0; k-- {
		if text[k] == ' ' || text[k] == '\n' {
			return text[:k]
		}
	}
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// begin takes scratch space from the pool for scoring text.
func (s *Scorer) begin(text string) *scratch {
	sc := s.pool.Get().(*scratch)
	sc.reset()
	sc.text = text
	return sc
}

// end returns scratch space to the pool, unless an outsized input grew it.
func (s *Scorer) end(sc *scratch) {
	sc.text = ""
	if cap(sc.hits) <= maxScratchHits && cap(sc.sentSpans) <= maxScratchHits {
		s.pool.Put(sc)
	}
}

// addCapsText records that tokens [lo, hi) are set wholly in capitals.
func (s *Scorer) addCapsText(sc *scratch, lo, hi int32) {
	if r := s.ix.rules[lexicon.RuleCapsText]; r >= 0 {
		s.addHit(sc, r, sc.toks[lo].start, sc.toks[hi-1].end, -1, -1, 0)
	}
}

func compareHits(a, b rawHit) int {
	if c := cmp.Compare(a.start, b.start); c != 0 {
		return c
	}
	if c := cmp.Compare(a.end, b.end); c != 0 {
		return c
	}
	return cmp.Compare(a.pat, b.pat)
}

// fill writes the hits gathered in sc into r, reusing r's arrays.
func (s *Scorer) fill(r *Result, sc *scratch, text string) {
	r.Text = text
	if cap(r.mods) < len(sc.modBuf) {
		r.mods = make([]Modifier, len(sc.modBuf))
	}
	r.mods = r.mods[:len(sc.modBuf)]
	copy(r.mods, sc.modBuf)
	if r.Hits == nil {
		r.Hits = []Hit{}
	}
	if cap(r.Hits) < len(sc.hits) {
		r.Hits = make([]Hit, 0, len(sc.hits))
	}
	r.Hits = r.Hits[:len(sc.hits)]
	for i, h := range sc.hits {
		e := &s.ix.pats[h.pat].entry
		var mods []Modifier
		if h.modHi > h.modLo {
			mods = r.mods[h.modLo:h.modHi:h.modHi]
		}
		r.Hits[i] = Hit{
			Category:     e.Category,
			ID:           e.ID,
			Span:         Span{int(h.start), int(h.end)},
			Text:         text[h.start:h.end],
			Weight:       e.Weight,
			Factor:       h.factor,
			Contribution: e.Weight * h.factor,
			Modifiers:    mods,
			Note:         e.Note,
		}
	}
}
