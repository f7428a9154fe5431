package score

import (
	"slices"
	"sync"

	"github.com/luridlab/lurid/lexicon"
)

// DefaultCacheSlots is the number of words a Scorer's stem cache holds
// unless WithCacheSlots says otherwise: CacheBytes(DefaultCacheSlots) is
// 2 MiB.
const DefaultCacheSlots = 1 << 16

// CacheBytes returns the memory, in bytes, of a stem cache of the given
// number of slots, rounded up to a power of two slots (two at least). It is
// allocated once, when the Scorer is built, and never grows.
func CacheBytes(slots int) int { return cacheBytes(cacheSlots(slots)) }

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
		s.finishHeadline(r, sc, text, read, s.matchShortHeadline(sc, read))
		return
	}
	capsText := s.headlineInCaps(sc, read)
	for lo := 0; lo < len(read); {
		lo = s.scoreWindow(sc, read, lo, func(sn *sentence) {
			s.matchSentence(sc, sn, capsText)
		})
	}
	s.finishHeadline(r, sc, text, read, capsText)
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

// finishHeadline adds the caps-text hit if it is due and fills r.
// read is the part of text that was scored (see clip).
func (s *Scorer) finishHeadline(r *Result, sc *scratch, text, read string, capsText bool) {
	if capsText {
		if r := s.ix.rules[lexicon.RuleCapsText]; r >= 0 {
			start, end := trimSpace(read)
			s.addHit(sc, r, int32(start), int32(end), -1, -1, 0)
		}
		sortHits(sc.hits)
	}
	s.fill(r, sc, text)
	r.isPassage = false
	r.Sentences = r.Sentences[:0]
	r.Score, r.Subscores = Unit(r.Hits)
	r.Level = LevelOf(r.Score)
	s.end(sc)
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

// PassageInto is Passage writing into r, reusing r's slices.
func (s *Scorer) PassageInto(r *Result, text string) {
	sc := s.begin(text)
	sc.body = true
	read := clip(text)
	for lo := 0; lo < len(read); {
		lo = s.scoreWindow(sc, read, lo, func(sn *sentence) {
			first := len(sc.hits)
			sc.bounds = append(sc.bounds, int32(first))
			sc.sentSpans = append(sc.sentSpans, Span{int(sc.toks[sn.lo].start), int(sc.toks[sn.hi-1].end)})
			capsText := isCaps(int(sn.words), int(sn.caps))
			s.matchSentence(sc, sn, capsText)
			if capsText {
				s.addCapsText(sc, sn.lo, sn.hi)
				sortHits(sc.hits[first:])
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
	copy(r.mods, sc.modBuf)
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
