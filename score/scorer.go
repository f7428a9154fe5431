package score

import (
	"slices"
	"sync"

	"github.com/luridlab/lurid/lexicon"
)

// DefaultCacheSlots is the number of words of ASCII letters a Scorer's
// stem cache holds unless WithCacheSlots says otherwise (words of four
// letters or more, up to ten with the embedded lexicon: see
// WithCacheSlots); it holds a quarter as many other words.
// CacheBytes(DefaultCacheSlots) is 512 KiB.
const DefaultCacheSlots = 1 << 15

// CacheBytes returns the memory, in bytes, of a stem cache of the given
// number of slots (see WithCacheSlots): 8 bytes a slot for words of
// letters, rounded up to a power of two slots (eight at least),
// and 32 bytes a slot for a quarter as many other words, rounded up to a
// power of two (two at least). It is allocated once, when the Scorer is
// built, and never grows.
func CacheBytes(slots int) int {
	return letterCacheBytes(letterSlots(slots)) + cacheBytes(cacheSlots(otherSlots(slots)))
}

// otherSlots returns the slots of the stem cache's table of other words,
// a quarter of its slots for words of letters.
func otherSlots(slots int) int {
	if slots <= 0 {
		return 0
	}
	return max(slots/4, 1)
}

// Scorer rates headlines and passages against one lexicon. It is immutable
// once built and safe for concurrent use by any number of goroutines; build
// one and share it.
type Scorer struct {
	ix      *index
	letters *letterCache // the stem cache of words of ASCII letters
	cache   *stemCache   // the stem cache of other words
	pool    sync.Pool    // of *scratch
}

// Option configures a Scorer.
type Option func(*config)

type config struct {
	cacheSlots int
}

// WithCacheSlots sets how many distinct words of ASCII letters the stem
// cache remembers (rounded up to a power of two), and so how many others:
// a quarter as many. A word of letters is one of four letters or more
// whose letters, five bits each, and the id of its stem fit 64 bits: up
// to ten letters with the embedded lexicon, eight at least with any. 0
// turns the cache off, so that every word is stemmed each time it is
// seen. The cache never holds more than CacheBytes(slots) bytes.
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
	ix := newIndex(lex)
	s := &Scorer{ix: ix, letters: newLetterCache(cfg.cacheSlots, len(ix.vocab)), cache: newStemCache(otherSlots(cfg.cacheSlots))}
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
// room for a text's hits, scoring it again allocates nothing. What r held
// before, hits and modifiers, is written over.
func (s *Scorer) HeadlineInto(r *Result, text string) {
	sc := s.matchHeadline(text)
	s.fill(r, sc, text)
	r.isPassage = false
	r.Sentences = r.Sentences[:0]
	r.Score = unitInto(&r.Subscores, r.Hits)
	r.Level = LevelOf(r.Score)
	s.end(sc)
}

// HeadlineScore returns the overall score and the subscores that Headline
// gives text, to the last bit, without the hits that explain them: for a
// caller that ranks or filters by the score alone, and asks Headline for
// the reasons only where it needs them. It allocates nothing once the
// Scorer's stem cache holds the text's words, save for the rare word that
// Unicode normalization changes (see the package documentation).
func (s *Scorer) HeadlineScore(text string) (score float64, sub Subscores) {
	sc := s.matchHeadline(text)
	var ev tally
	for i := range sc.hits {
		h := &sc.hits[i]
		e := &s.ix.entries[h.pat]
		ev.add(e.Category, h.contribution(e))
	}
	score = ev.unitInto(&sub)
	s.end(sc)
	return score, sub
}

// matchHeadline finds the hits of text scored as a headline, in order, and
// returns the scratch space that holds them, which the caller gives back
// with end.
func (s *Scorer) matchHeadline(text string) *scratch {
	sc := s.begin(text)
	read := clip(text)
	var capsText bool
	if len(read) <= Window {
		capsText = s.matchShortHeadline(sc, read)
	} else {
		capsText = s.headlineInCaps(sc, read)
		for lo := 0; lo < len(read); {
			lo = s.scoreWindow(sc, read, lo, func(sn *sentence) {
				s.matchSentence(sc, sn, capsText)
			})
		}
	}
	if capsText {
		if r := s.ix.rules[lexicon.RuleCapsText]; r >= 0 {
			start, end := trimSpace(read)
			s.addHit(sc, r, int32(start), int32(end), -1, -1, 0)
		}
		sortHits(sc.hits)
	}
	return sc
}

// matchShortHeadline reads a headline of one window, read, into sc and
// matches its sentences; the capitals are counted from the sentences, as
// they are read. It reports whether the headline is set wholly in capitals.
func (s *Scorer) matchShortHeadline(sc *scratch, read string) (capsText bool) {
	s.readWindow(sc, read, 0)
	capsText = isCaps(countCaps(sc.sents))
	for i := range sc.sents {
		s.matchSentence(sc, &sc.sents[i], capsText)
	}
	return capsText
}

// headlineInCaps reports whether the headline is set wholly in capitals.
// A headline longer than one window is counted in a pass of its own, each
// window read whole.
func (s *Scorer) headlineInCaps(sc *scratch, text string) bool {
	var words, caps int
	for lo := 0; lo < len(text); {
		hi := s.readWindow(sc, text, lo)
		w, c := countCaps(sc.sents)
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

// PassageInto is Passage writing into r, reusing r's slices: once r has
// room for a text's hits and sentences, scoring it again allocates
// nothing, however long the text. What r held before is written over.
func (s *Scorer) PassageInto(r *Result, text string) {
	sc := s.begin(text)
	sc.body = true
	read := clip(text)
	sc.salutation[0], sc.salutation[1] = salutationOf(read)
	r.Text, r.isPassage = text, true
	r.Hits, r.mods, r.Sentences = r.Hits[:0], r.mods[:0], r.Sentences[:0]
	if r.Hits == nil {
		r.Hits = []Hit{} // a scored result's Hits is never nil
	}
	if r.Sentences == nil {
		r.Sentences = []Sentence{} // never nil for a passage, as its Hits are not
	}
	for lo := 0; lo < len(read); {
		lo = s.scoreWindow(sc, read, lo, func(sn *sentence) {
			first := len(sc.hits)
			sc.bounds = append(sc.bounds, int32(first))
			sc.sentSpans = append(sc.sentSpans, Span{int(sc.toks[sn.lo].start), int(sc.toks[sn.hi-1].end)})
			capsText := isCaps(int(sn.words), int(sn.caps))
			sc.subhead = nil
			if sn.announces && len(r.Sentences)+len(sc.sentSpans) > 1 { // not the passage's first sentence, its title
				sc.subhead = sn
			}
			s.matchSentence(sc, sn, capsText)
			if capsText {
				s.addCapsText(sc, sn.lo, sn.hi)
				sortHits(sc.hits[first:])
			}
		})
		s.flushPassage(r, sc, text, false)
	}
	s.flushPassage(r, sc, text, true)
	r.Score, r.Subscores = PassageOf(r.Sentences)
	r.Level = LevelOf(r.Score)
	s.end(sc)
}

// flushPassage moves the hits and sentences that sc holds of a passage to
// the end of r's, and scores the sentences, unless r lacks room for them
// and this is not the final flush. After each window a Result with room
// takes the window's hits, so that the scratch space holds one window's
// however long the passage is; once one lacks room, it lacks it for every
// later window too, and the rest wait in sc, which holds them more
// compactly, to be written at the end into arrays grown once to the size
// they need; when growing moves arrays that took earlier windows, their
// sentences and hits are relinked. A new Result's arrays are sized to
// its hits and modifiers, each on its own: a passage's are too many for
// grow's blocks, which would hold as many modifiers as hits.
func (s *Scorer) flushPassage(r *Result, sc *scratch, text string, final bool) {
	nh, nm, ns := len(sc.hits), len(sc.modBuf), len(sc.sentSpans)
	if !final && (cap(r.Hits)-len(r.Hits) < nh || cap(r.mods)-len(r.mods) < nm || cap(r.Sentences)-len(r.Sentences) < ns) {
		return
	}
	base, modBase, first := len(r.Hits), len(r.mods), len(r.Sentences)
	hits, mods := cap(r.Hits), cap(r.mods)
	r.Hits, r.mods = slices.Grow(r.Hits, nh)[:base+nh], slices.Grow(r.mods, nm)[:modBase+nm]
	if first > 0 && (cap(r.Hits) != hits || cap(r.mods) != mods) { // growing moved what earlier windows wrote
		relink(r, base)
	}
	s.writeHits(r.Hits[base:], r.mods[modBase:], sc, text)
	r.Sentences = slices.Grow(r.Sentences, ns)[:first+ns]
	sc.bounds = append(sc.bounds, int32(nh))
	for i, sp := range sc.sentSpans {
		lo, hi := base+int(sc.bounds[i]), base+int(sc.bounds[i+1])
		st := &r.Sentences[first+i]
		*st = Sentence{Span: sp, Text: text[sp.Start:sp.End], Hits: r.Hits[lo:hi:hi]}
		st.Score = unitInto(&st.Subscores, st.Hits)
		st.Level = LevelOf(st.Score)
	}
	sc.hits, sc.modBuf, sc.bounds, sc.sentSpans = sc.hits[:0], sc.modBuf[:0], sc.bounds[:0], sc.sentSpans[:0]
}

// relink points every sentence's hits and the modifiers of the first
// hits of r at r's current arrays, after growing them made them move: the
// slices written before still point into the arrays they were written to.
// The sentences' hits lie one after another in r.Hits, and each hit's
// modifiers after the hit before's in r.mods (see writeHits).
func relink(r *Result, hits int) {
	linkSentenceHits(r)
	m := 0
	for i := range r.Hits[:hits] {
		if k := len(r.Hits[i].Modifiers); k > 0 {
			r.Hits[i].Modifiers = r.mods[m : m+k : m+k]
			m += k
		}
	}
}

// linkSentenceHits points each sentence's hits at its part of r.Hits,
// which holds the sentences' hits one after another.
func linkSentenceHits(r *Result) {
	h := 0
	for i := range r.Sentences {
		st := &r.Sentences[i]
		n := h + len(st.Hits)
		st.Hits = r.Hits[h:n:n]
		h = n
	}
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
	if sc.pooledBytes() <= maxPooledBytes {
		s.pool.Put(sc)
	}
}

// addCapsText records that tokens [lo, hi) are set wholly in capitals.
func (s *Scorer) addCapsText(sc *scratch, lo, hi int32) {
	if r := s.ix.rules[lexicon.RuleCapsText]; r >= 0 {
		s.addHit(sc, r, sc.toks[lo].start, sc.toks[hi-1].end, -1, -1, 0)
	}
}

// fill writes the hits gathered in sc into r, reusing r's arrays.
func (s *Scorer) fill(r *Result, sc *scratch, text string) {
	r.Text = text
	r.Hits, r.mods = grow(r.Hits, r.mods, len(sc.hits), len(sc.modBuf))
	s.writeHits(r.Hits, r.mods, sc, text)
}

// writeHits writes the hits gathered in sc into hits, and their modifiers
// into mods, which have room for them. The modifiers are laid out in the
// order of the hits, which relink relies on: sc.modBuf holds them in the
// order they were found, and sorting a sentence's hits may have put the
// hits in another.
func (s *Scorer) writeHits(hits []Hit, mods []Modifier, sc *scratch, text string) {
	m := 0
	for i, h := range sc.hits {
		e := &s.ix.entries[h.pat]
		var ms []Modifier
		if k := int(h.modHi - h.modLo); k > 0 {
			ms = mods[m : m+k : m+k]
			copy(ms, sc.modBuf[h.modLo:h.modHi])
			m += k
		}
		// Field by field: a Hit built whole goes through a temporary that
		// is copied in, and while the collector runs, the copy's write
		// barrier walks the type's pointer map.
		hp := &hits[i]
		hp.Category, hp.ID = e.Category, e.ID
		hp.Span = Span{int(h.start), int(h.end)}
		hp.Text = text[h.start:h.end]
		hp.Weight, hp.Factor, hp.Contribution = e.Weight, h.factor, h.contribution(e)
		hp.Modifiers, hp.Note = ms, e.Note
	}
}
