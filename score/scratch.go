package score

import (
	"unsafe"

	"github.com/luridlab/lurid/lexicon"
)

// scratch holds the working buffers of one scoring call. Scorers keep them
// in a pool, so that scoring a headline allocates nothing but its result.
type scratch struct {
	text      string // the text being scored
	toks      []token
	sents     []sentence   // the sentences of the current window
	allWords  []word       // the current window's words and numbers, sentence by sentence
	breaks    []breakPoint // the current window's marks and line breaks, where a sentence may end
	words     []word       // the current sentence's part of allWords: word position p is words[p]
	present   *wordSet     // the current sentence's word set (sentence.present)
	starts    []int32      // where matches may start in the current sentence (see startsOf)
	cands     []match      // scored matches of the current sentence, before overlaps are settled
	mods      []match      // modifier matches of the current sentence
	contexts  bool         // cands or mods hold a context (see holdInContexts, holdModifiers)
	held      []match      // the contexts of mods, gathered by holdModifiers
	hits      []rawHit     // hits so far, in text order within each sentence
	modBuf    []Modifier   // modifiers of the hits, in the order they were found (sorting a sentence's hits may reorder the hits)
	bounds    []int32      // the first hits of a passage's sentences that wait in sc (see flushPassage), and the end
	sentSpans []Span       // the byte spans of those sentences
	fold      []byte
	statement int32       // 1 + index of the "." or "!" that ends the current sentence; 0 if it ends otherwise
	said      attribution // the current sentence's attribution, if it has one (see scratch.attribution)
	end       int32       // the word position where the current sentence's text ends, before trailing hashtags and handles ("$" anchors there), or -1 until textEnd finds it
	body      bool        // the sentences are a passage's: body text, not a headline
	// subhead is the current sentence if it is a heading inside a passage,
	// after its first sentence, that announces the text below it, which
	// answers it (see sentence.announces and lexicon.RuleSubhead); else nil.
	subhead *sentence
	// salutation is the byte span of the salutation that opens a passage
	// written to a named person, whose questions it lowers (see
	// salutationOf and lexicon.RuleLetter); its end is 0 if there is none.
	salutation [2]int32
	capsText   bool       // the current sentence, or the headline, is set wholly in capitals
	shouts     [][2]int32 // the byte spans of the current sentence's shouted hype (see Scorer.shouted)
	hashtags   bool       // the text has a "#", which may open a hashtag (see maskLabels)
	// skip holds the headline-form cues that do not count in the current
	// sentence: none in a headline; in a passage, the structural cues,
	// and statementForms when the sentence ends with "." or "!" or is a
	// heading.
	skip headlineForm

	// stemmed counts the words stemmed because the stem cache lacked them,
	// here rather than in the Scorer, which goroutines share, and only
	// where a word is stemmed, off the hot path: BenchmarkStemCache works
	// out the cache's hit rate from it.
	stemmed int
}

// attribution is the part of a sentence that gives the sentence's other
// words, and so its scored matches, to a source: a closing attribution
// (", the mayor says") or a speaker's label ("Mayor: ...").
type attribution struct {
	first, last int32        // its first and last tokens; last is -1 if the sentence has none
	rule        lexicon.Rule // the rule it applies: RuleAttributed for a closing attribution (see closingAttribution), RuleSpeaker for a speaker's label (see speakerLabel)
}

// match is a pattern found at word positions [from, to) of a sentence.
type match struct {
	pat      int32
	from, to int32
	class    int32 // the pattern's overlap class: see overlapClass
}

// rawHit is a hit before it becomes a public Hit.
type rawHit struct {
	pat          int32 // index into index.pats
	start, end   int32 // byte span
	factor       float64
	modLo, modHi int32 // the hit's modifiers are scratch.modBuf[modLo:modHi]
}

// contribution returns the hit's Hit.Contribution, its entry e's weight
// times its factor: what writeHits reports and HeadlineScore sums.
func (h *rawHit) contribution(e *lexicon.Entry) float64 { return e.Weight * h.factor }

// maxPooledBytes bounds the memory of the buffers that grow with the
// number of hits (hits, their modifiers, a passage's sentences) that a
// scratch may hold and go back to the pool with: a headline's hits, and
// a passage's when its Result has no room for them (see flushPassage),
// stay in the scratch until the end, and one huge input must not leave
// its memory pinned. The other buffers need no bound: they hold one window.
const maxPooledBytes = 8 << 20

// pooledBytes returns the memory of the buffers that grow with the number
// of hits.
func (sc *scratch) pooledBytes() int {
	return cap(sc.hits)*int(unsafe.Sizeof(rawHit{})) + cap(sc.modBuf)*int(unsafe.Sizeof(Modifier{})) +
		cap(sc.sentSpans)*int(unsafe.Sizeof(Span{})) + cap(sc.bounds)*int(unsafe.Sizeof(int32(0)))
}

func (sc *scratch) reset() {
	sc.toks = sc.toks[:0]
	sc.sents = sc.sents[:0]
	sc.allWords = sc.allWords[:0]
	sc.breaks = sc.breaks[:0]
	sc.hits = sc.hits[:0]
	sc.modBuf = sc.modBuf[:0]
	sc.bounds = sc.bounds[:0]
	sc.sentSpans = sc.sentSpans[:0]
	sc.body = false
	sc.subhead = nil
	sc.salutation = [2]int32{}
	sc.hashtags = false
}
