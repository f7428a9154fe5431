package score

import "github.com/luridlab/lurid/lexicon"

// Within a class of patterns (a category, anchored or free, and the
// category's free contexts apart, see overlapClass), a match that
// lies inside a longer one is part of it and is dropped ("worst" inside
// "the worst"), as is one on the very words of a match of an earlier entry
// in the lexicon. Anchored and free patterns are told apart: an anchored
// one tests a position as well as words ("^ {num}" inside "{num} things"
// counts), but "^ is" inside "^ is this" does not. Weights play no part, so
// calibration cannot change what matches.
//
// Put as a procedure: taking matches longest first, then the earlier, then
// the earlier entry, a match is kept unless one kept before it holds it.
// What holds a match comes before it in that order, and the first of those
// is kept, so a match is dropped exactly when any other of its class holds
// it: one that starts earlier and ends no sooner, or one that starts at
// the same word and ends later, or ends there too and is an earlier entry.
// settle finds those without making the order.

// Overlap classes: two for each scored category's cues (free, then
// anchored), and after them one for each category's free contexts.
const (
	freeContextClasses = uint8(2 * lexicon.NumScored)                // the first class of free contexts
	overlapClasses     = int(freeContextClasses) + lexicon.NumScored // the number of overlap classes
)

// isFreeContext reports whether overlap class class is one of free
// contexts (see overlapClass).
func isFreeContext(class uint8) bool { return class >= freeContextClasses }

// overlapClass returns the class of a pattern whose matches settle
// weighs against each other: 2 × its category, plus 1 if it is anchored.
// A free context has a class of its category's free contexts alone, so
// that a longer cue that starts with it does not drop it, and it still
// holds what ends inside it and what starts with it (see
// holdInContexts): "this year" holds the "^ this" and the "this {gap:2}
// will" of "This year's fair will open". An anchored context stays in
// its category's anchored class, where a longer anchored cue reads its
// words whole: "^ {num}" reads "Twenty-five" as one count, which "^
// twenty" does not hold.
func overlapClass(e *lexicon.Entry) uint8 {
	anchored := e.Pattern.Start || e.Pattern.End
	if e.Weight == 0 && !anchored {
		return freeContextClasses + uint8(e.Category)
	}
	class := 2 * uint8(e.Category)
	if anchored {
		class++
	}
	return class
}

// outranks reports whether match a holds match b, both starting at the
// same word and of one class.
func outranks(a, b *match) bool {
	return a.to > b.to || a.to == b.to && a.pat < b.pat
}

// settle drops from ms, the scored matches of a sentence in the order
// they were found (by the word they start at), those that another holds,
// and returns the rest in the same order, reusing ms. It runs in time
// linear in len(ms).
func settle(ms []match) []match {
	var reach [overlapClasses]int32 // per class: the furthest end of a match that starts before the current word
	var top [overlapClasses]int32   // per class: 1 + the index of the match at the current word that outranks the rest
	n := 0
	// keep keeps m, the top match of its class at its word, unless one
	// that starts before it reaches as far. Kept matches move down to
	// ms[n], behind what is still to be read.
	keep := func(m match) {
		if reach[m.class] < m.to {
			ms[n] = m
			n++
			reach[m.class] = m.to
		}
	}
	for lo := 0; lo < len(ms); {
		hi := lo + 1
		for hi < len(ms) && ms[hi].from == ms[lo].from {
			hi++
		}
		if hi == lo+1 { // the only match at its word, as most are
			keep(ms[lo])
			lo = hi
			continue
		}
		for i := lo; i < hi; i++ {
			m := &ms[i]
			if t := top[m.class]; t <= int32(lo) || outranks(m, &ms[t-1]) { // t <= lo: left from an earlier word
				top[m.class] = int32(i) + 1
			}
		}
		// Each class's top match is the longest of the class here, so it
		// alone needs reach, and moves it.
		for i := lo; i < hi; i++ {
			if top[ms[i].class] == int32(i)+1 {
				keep(ms[i])
			}
		}
		lo = hi
	}
	return ms[:n]
}

// A context, an entry of weight 0, holds every match of its category
// that ends inside it (see holds), anchored or free: "^ {num} {gap:1}
// rescued" ("Five people rescued") holds "{num} people" as well as "^
// {num}", which settle alone keeps apart, and "best selling" holds the
// "the best" of "the best-selling author", whose last word it reads as
// part of a term. A free context also holds every match of its category
// that starts at its first word: the context says how that word reads,
// and a longer match there reads it otherwise, through a gap that takes
// the context's other words for any words ("this year" holds "this
// {gap:2} will" in "This year's fair will open"). An anchored context
// does not: "^ seven" leaves "{num} ways" in "Seven ways to ...", which
// reads the number as a count.

// holds reports whether context c holds match m: c starts before m ends
// and ends no sooner, so that m's last word is one of c's.
func holds(c, m match) bool { return c.from < m.to && m.to <= c.to }

// holdInContexts drops from ms, settled matches in order of their first
// word, those that a context of their category other than themselves
// holds. It reuses ms and runs in time linear in len(ms) times the
// matches that start within one.
func holdInContexts(ms []match, traits []traits) []match {
	var reach [lexicon.NumScored]int32 // per category: the furthest end of a context that starts at or before the current word
	n := 0
	for lo := 0; lo < len(ms); {
		hi := lo
		var here [lexicon.NumScored]bool // per category: a free context starts at the current word
		for hi < len(ms) && ms[hi].from == ms[lo].from {
			if t := &traits[ms[hi].pat]; t.context {
				reach[t.category] = max(reach[t.category], ms[hi].to)
				here[t.category] = here[t.category] || isFreeContext(t.class)
			}
			hi++
		}
		for _, m := range ms[lo:hi] {
			// A free context that starts at m's word holds it; one that
			// starts at m's word or before, if it reaches as far; one that
			// starts later, if it starts in time.
			if t := &traits[m.pat]; t.context || !here[t.category] && m.to > reach[t.category] && !endsInContext(m, t.category, ms[hi:], traits) {
				ms[n] = m
				n++
			}
		}
		lo = hi
	}
	return ms[:n]
}

// endsInContext reports whether a context of category cat among later,
// the matches that start after m in order of their first word, holds m.
func endsInContext(m match, cat lexicon.Category, later []match, traits []traits) bool {
	for _, c := range later {
		if c.from >= m.to {
			break // nor does any after it
		}
		if t := &traits[c.pat]; t.context && t.category == cat && holds(c, m) {
			return true
		}
	}
	return false
}

// holdModifiers drops from mods, reusing it, the contexts of a
// modifier's kind, which apply nothing, and the modifiers that a context
// holds (see insideContext): "in May" names the month, so its "may"
// hedges nothing, and the quantifier "most" of "most adults" raises
// nothing ("Most adults need ..."). ms are the sentence's settled
// matches. The modifier contexts are gathered into held first, since
// dropping in place overwrites mods.
func holdModifiers(mods, ms, held []match, traits []traits) (kept, contexts []match) {
	held = held[:0]
	for _, m := range mods {
		if traits[m.pat].context {
			held = append(held, m)
		}
	}
	n := 0
	for _, m := range mods {
		if !traits[m.pat].context && !insideContext(m, held, traits) && !insideContext(m, ms, traits) {
			mods[n] = m
			n++
		}
	}
	return mods[:n], held
}

// insideContext reports whether a context of ms that holds modifier m
// spans its words: a context of m's own kind, or, for an intensifier, a
// context of a scored category, whose words say they are not the cue
// they look like.
func insideContext(m match, ms []match, traits []traits) bool {
	cat := traits[m.pat].category
	for _, c := range ms {
		if tc := &traits[c.pat]; tc.context && c.from <= m.from && m.to <= c.to &&
			(tc.category == cat || cat == lexicon.Intensifier && tc.category.Scored()) {
			return true
		}
	}
	return false
}
