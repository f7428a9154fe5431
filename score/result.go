package score

import (
	"slices"

	"github.com/luridlab/lurid/lexicon"
)

// Span is a half-open range of byte offsets into the scored string:
// text[Start:End] is the spanned text. Offsets count bytes, not runes, and
// index the caller's string as given, never a normalised copy.
type Span struct {
	Start int `json:"start"` // byte offset of the first byte, from 0
	End   int `json:"end"`   // byte offset one past the last byte
}

// Modifier is a word or rule that changed a hit's contribution.
type Modifier struct {
	ID       string           `json:"id"`             // the lexicon entry, e.g. "negation.not"
	Category lexicon.Category `json:"category"`       // intensifier, negation, hedge, attribution, report or inquiry
	Rule     string           `json:"rule,omitempty"` // ModifierRun, ModifierQuoted, ModifierStatement, ModifierSubhead, ModifierBody, ModifierAttributed, ModifierSpeaker or ModifierLetter for a rule's factor; empty for a word
	Factor   float64          `json:"factor"`         // what the hit's contribution was multiplied by
	Span                      // the modifier's words, the run of marks, the opening quotation mark or the final mark
	Text     string           `json:"text"` // the modifier's text, text[Start:End]
}

// The rules that act as modifiers, as named in Modifier.Rule.
const (
	ModifierRun        = "run"        // a run of "!" weighs more than one, up to RunFactor's bound
	ModifierQuoted     = "quoted"     // the hit is inside quotation marks that open at Span
	ModifierStatement  = "statement"  // the sentence ends, at Span, with "." or "!": it asks nothing
	ModifierSubhead    = "subhead"    // the hit is in a heading inside a passage, at Span, which the text below answers
	ModifierBody       = "body"       // the hit is a degree or an extent, or a suspense cue it says plainly (a reveal, a mystery word, a teaser, an open ending, a withheld answer), in a statement of a passage, which ends at Span with "."
	ModifierAttributed = "attributed" // the hit is in a clause that the closing attribution at Span (", the mayor says") gives to a source
	ModifierSpeaker    = "speaker"    // the hit is in the words after the speaker's label at Span ("Mayor: ..."), which are the speaker's
	ModifierLetter     = "letter"     // the hit is a question of a passage that opens with the salutation at Span ("Hi Sam,"), put to the person it names
)

// Hit is one piece of evidence: a lexicon entry or rule that matched a
// span of the text.
type Hit struct {
	Category lexicon.Category `json:"category"` // the scored category the hit counts towards
	ID       string           `json:"id"`       // the lexicon entry's id
	Span                      // the matched bytes
	Text     string           `json:"text"`   // the matched text, text[Start:End]
	Weight   float64          `json:"weight"` // the entry's weight
	// Factor is the product of the modifiers' factors, 1 when none applies.
	Factor float64 `json:"factor"`
	// Contribution is Weight × Factor: the evidence the hit adds to its
	// category (see the package documentation for how evidence becomes a score).
	Contribution float64    `json:"contribution"`
	Modifiers    []Modifier `json:"modifiers,omitempty"` // what changed the weight, if anything
	Note         string     `json:"note,omitempty"`      // the entry's note: why it is evidence
}

// Subscores holds a score in [0, 1] for each scored category, indexed by
// lexicon.Category: the three framings (suspense, question, emphasis) and
// the structural cues (listicle, address). In JSON the framings appear as
// "subscores" and the structural cues as "structure", each an object keyed
// by category name.
type Subscores [lexicon.NumScored]float64

// Get returns the subscore of category c, or 0 for a category that is not scored.
func (s Subscores) Get(c lexicon.Category) float64 {
	if !c.Scored() {
		return 0
	}
	return s[c]
}

// Lead returns the framing (suspense, question or emphasis) with the
// highest subscore; the first in category order wins a tie.
func (s Subscores) Lead() lexicon.Category {
	best := lexicon.Category(0)
	for c := range s {
		if lexicon.Category(c).Framing() && s[c] > s[best] {
			best = lexicon.Category(c)
		}
	}
	return best
}

// Sentence is one sentence of a passage with its own score.
type Sentence struct {
	Span                // the sentence's bytes, without the space around it
	Text      string    `json:"text"`      // text[Start:End]
	Score     float64   `json:"score"`     // overall score in [0, 1], by the headline formula
	Level     Level     `json:"level"`     // Score's level
	Subscores Subscores `json:"subscores"` // per category, in [0, 1]
	Hits      []Hit     `json:"hits"`      // the sentence's hits; they share the Result's Hits array
}

// Result is the scored account of a headline or passage.
type Result struct {
	Text      string     `json:"text"`                // the scored text, as given
	Score     float64    `json:"score"`               // overall score in [0, 1]
	Level     Level      `json:"level"`               // Score's level
	Subscores Subscores  `json:"subscores"`           // per category, in [0, 1]
	Hits      []Hit      `json:"hits"`                // every piece of evidence, in text order
	Sentences []Sentence `json:"sentences,omitempty"` // a passage's sentences, in order, never nil; empty for a headline

	mods      []Modifier // backing array of the hits' Modifiers, kept for reuse
	isPassage bool       // scored by Passage, not Headline
}

// Clone returns a deep copy of the result that shares no slice with r
// (its strings, which cannot change, it shares): scoring into r again
// (HeadlineInto, PassageInto) leaves the copy as it was. A result a
// Scorer wrote clones in three allocations at most, for the hits, their
// modifiers and the sentences.
func (r *Result) Clone() Result {
	c := *r
	c.Hits, c.mods = cloneHits(r.Hits)
	if r.Sentences == nil {
		return c
	}
	c.Sentences = slices.Clone(r.Sentences)
	if sentencesShareHits(r) {
		linkSentenceHits(&c)
		return c
	}
	for i := range c.Sentences { // a Result put together otherwise, as by hand
		c.Sentences[i].Hits, _ = cloneHits(c.Sentences[i].Hits)
	}
	return c
}

// sentencesShareHits reports whether the hits of r's sentences are
// r.Hits, one after another, as a Scorer writes them.
func sentencesShareHits(r *Result) bool {
	h := 0
	for _, st := range r.Sentences {
		if k := len(st.Hits); k > 0 {
			if h+k > len(r.Hits) || &st.Hits[0] != &r.Hits[h] {
				return false
			}
			h += k
		}
	}
	return h == len(r.Hits)
}

// cloneHits returns a copy of hits, and the one array that the copies'
// modifiers share.
func cloneHits(hits []Hit) ([]Hit, []Modifier) {
	out := slices.Clone(hits)
	n := 0
	for i := range hits {
		n += len(hits[i].Modifiers)
	}
	var mods []Modifier
	if n > 0 {
		mods = make([]Modifier, 0, n)
	}
	for i := range out {
		if ms := out[i].Modifiers; len(ms) > 0 {
			first := len(mods)
			mods = append(mods, ms...)
			out[i].Modifiers = mods[first:len(mods):len(mods)]
		}
	}
	return out, mods
}

// grow returns hits and mods resliced to nh and nm elements, reusing their
// arrays where they have room. New arrays are sized to need, since an
// allocation's cost grows with its bytes: hits alone when no hit has a
// modifier, as in most headlines, or else hits and modifiers together in
// one allocation of a few shapes, so that a headline's result, modifiers
// and all, costs one.
func grow(hits []Hit, mods []Modifier, nh, nm int) ([]Hit, []Modifier) {
	switch needHits, needMods := cap(hits) < nh, cap(mods) < nm; {
	case needHits && nm == 0:
		return make([]Hit, nh), mods[:0]
	case needHits && needMods:
		if h, m, ok := newBlock(nh, nm); ok {
			return h, m
		}
	}
	if cap(hits) < nh {
		hits = make([]Hit, nh)
	}
	if cap(mods) < nm {
		mods = make([]Modifier, nm)
	}
	if hits == nil {
		hits = []Hit{} // a result's Hits is never nil
	}
	return hits[:nh], mods[:nm]
}

// block is one allocation of hits and modifiers; H and M are arrays.
type block[H, M any] struct {
	hits H
	mods M
}

// blockShapes are the blocks newBlock makes, smallest first.
var blockShapes = [...]struct {
	nh, nm int
	alloc  func() ([]Hit, []Modifier)
}{
	{2, 2, func() ([]Hit, []Modifier) { b := new(block[[2]Hit, [2]Modifier]); return b.hits[:], b.mods[:] }},
	{4, 2, func() ([]Hit, []Modifier) { b := new(block[[4]Hit, [2]Modifier]); return b.hits[:], b.mods[:] }},
	{4, 4, func() ([]Hit, []Modifier) { b := new(block[[4]Hit, [4]Modifier]); return b.hits[:], b.mods[:] }},
	{8, 4, func() ([]Hit, []Modifier) { b := new(block[[8]Hit, [4]Modifier]); return b.hits[:], b.mods[:] }},
	{8, 8, func() ([]Hit, []Modifier) { b := new(block[[8]Hit, [8]Modifier]); return b.hits[:], b.mods[:] }},
	{16, 16, func() ([]Hit, []Modifier) { b := new(block[[16]Hit, [16]Modifier]); return b.hits[:], b.mods[:] }},
	{32, 32, func() ([]Hit, []Modifier) { b := new(block[[32]Hit, [32]Modifier]); return b.hits[:], b.mods[:] }},
}

// newBlock returns new arrays of nh hits and nm modifiers that share one
// allocation of the smallest shape that holds them, or false when none
// does.
func newBlock(nh, nm int) ([]Hit, []Modifier, bool) {
	for _, b := range blockShapes {
		if nh <= b.nh && nm <= b.nm {
			hits, mods := b.alloc()
			return hits[:nh], mods[:nm], true
		}
	}
	return nil, nil, false
}
