package score

import (
	"math/bits"

	"github.com/luridlab/lurid/lexicon"
)

// catBit is a set of scored categories.
func catBit(cs ...lexicon.Category) uint8 {
	var b uint8
	for _, c := range cs {
		b |= 1 << c
	}
	return b
}

// modifierScope says which scored categories each kind of modifier acts on,
// the way a reader weighs words:
//
//   - an intensifier ("so", "very") raises the emphasis or suspense hit
//     that follows it;
//   - a negation ("not", "hardly") up to three words before an emphasis hit
//     in the same clause lowers it: "not shocking" is no hype;
//   - a hedge ("may", "reportedly") anywhere in the sentence lowers its
//     emphasis and suspense;
//   - attribution ("said", "according to") anywhere in the sentence lowers
//     emphasis, questions and address: the claim, the question or the "you"
//     is the source's, not the writer's;
//   - the vocabulary of a news report ("killed", "court", "election")
//     anywhere in the sentence lowers emphasis and list framing: "Two
//     killed in crash" counts victims, it does not promise a list. A hit
//     shouted in capitals in a text that is not ("Senator DESTROYS
//     rival") is no report's convention, and keeps its weight;
//   - an inquiry cue ("how to", "FAQ") marks a question as information
//     seeking, and lowers its question and suspense hits;
//   - quotation marks around a hit lower every framing but list structure,
//     and so does a closing attribution after it (", the mayor says"; see
//     closingAttribution), by the <attributed> rule's factor, and a
//     speaker's label before it ("Mayor: ..."; see speakerLabel), by the
//     <speaker> rule's, which also stands for the "says" the label leaves
//     out;
//   - a sentence that ends with "." or "!" is a statement, and its question
//     hits ("What came next stunned us.") are lowered by the <statement>
//     rule's factor;
//   - a heading inside a passage ("What happens next", on a line of its
//     own between paragraphs) announces the text below it, which answers
//     it: its question and suspense hits are lowered by the <subhead>
//     rule's factor;
//   - a passage that opens with a salutation to a named person ("Hi
//     Sam,"; see salutationOf) is a letter or an e-mail, whose questions
//     are put to that person: its question hits are lowered by the
//     <letter> rule's factor;
//   - in a statement of a passage that ends with ".", a superlative, an
//     absolute or a booster ("the largest in the region") describes, and
//     is lowered by the <body> rule's factor, of the report modifiers'
//     kind (see addHitWith).
var modifierScope = [...]uint8{
	lexicon.Intensifier: catBit(lexicon.Emphasis, lexicon.Suspense),
	lexicon.Negation:    catBit(lexicon.Emphasis),
	lexicon.Hedge:       catBit(lexicon.Emphasis, lexicon.Suspense),
	lexicon.Attribution: catBit(lexicon.Emphasis, lexicon.Question, lexicon.Address),
	lexicon.Report:      catBit(lexicon.Emphasis, lexicon.Listicle),
	lexicon.Inquiry:     catBit(lexicon.Question, lexicon.Suspense),
}

var quotedScope = catBit(lexicon.Emphasis, lexicon.Question, lexicon.Suspense, lexicon.Address)

// subheadScope is what a heading inside a passage lowers: the questions
// and forward references with which it announces the text below it.
var subheadScope = catBit(lexicon.Question, lexicon.Suspense)

// Reach of the positional modifiers, in words before the hit.
const (
	intensifierReach = 1 // "so shocking", "so very shocking"
	negationReach    = 3 // "not the biggest", "is not really shocking"
)

// addHit records a hit of compiled pattern pat on bytes [start, end),
// found at word positions [from, to) of the current sentence, or from = -1
// for a rule, applying the modifiers in reach. quote is the token.quote of
// the hit's first token: where its quotation, if any, opens.
func (s *Scorer) addHit(sc *scratch, pat, start, end, from, to, quote int32) {
	s.addHitWith(sc, pat, start, end, from, to, quote, int32(len(sc.modBuf)), 1)
}

// addHitWith is addHit for a hit whose first modifiers, from sc.modBuf[modLo:],
// are already recorded with their product factor.
func (s *Scorer) addHitWith(sc *scratch, pat, start, end, from, to, quote, modLo int32, factor float64) {
	tr := &s.ix.traits[pat]
	cat := tr.category
	bit := uint8(1) << cat
	// A degree in a passage's sentence that ends with "." (see <body>).
	described := tr.role == roleDescribes && sc.body && sc.statement > 0 && sc.toks[sc.statement-1].punct == pPeriod
	if len(sc.mods) > 0 || described {
		shouted := s.shouted(sc, pat, start, end, from, to)
		if shouted && from >= 0 {
			sc.shouts = append(sc.shouts, [2]int32{start, end})
		}
		var exempt bool
		if len(sc.mods) > 0 {
			factor, exempt = s.applyWordModifiers(sc, bit, from, to, shouted, factor)
		}
		// A degree in a statement of body text describes, as a report's
		// words do: the <body> rule is of their kind, and applies once. A
		// degree raised by an intensifier ("really, really") is stressed,
		// not described, as is one shouted in capitals; one made a
		// comparative or a superlative ("a more important concern")
		// still describes.
		if described && !shouted && !exempt {
			factor = s.applyRule(sc, lexicon.RuleBody, sc.statement-1, sc.statement-1, factor)
		}
	}
	if quotedScope&bit != 0 {
		if quote > 0 {
			factor = s.applyRule(sc, lexicon.RuleQuoted, quote-1, quote-1, factor)
		} else if a := &sc.said; a.last >= 0 && from >= 0 { // a word match: none lies in the attribution (see scratch.attribution)
			factor = s.applyRule(sc, a.rule, a.first, a.last, factor)
		}
	}
	if sc.statement > 0 && cat == lexicon.Question {
		factor = s.applyRule(sc, lexicon.RuleStatement, sc.statement-1, sc.statement-1, factor)
	}
	if sn := sc.subhead; sn != nil && subheadScope&bit != 0 {
		factor = s.applyRule(sc, lexicon.RuleSubhead, sn.lo, sn.hi-1, factor)
	}
	if sal := sc.salutation; sal[1] > 0 && start >= sal[1] && cat == lexicon.Question {
		// The salutation may lie in an earlier window than the hit, whose
		// tokens are gone: its bytes are kept instead.
		factor = s.applyRuleAt(sc, lexicon.RuleLetter, sal[0], sal[1], factor)
	}
	h := extend(&sc.hits) // filled in place, see extend
	h.pat, h.start, h.end, h.factor, h.modLo, h.modHi = pat, start, end, factor, modLo, int32(len(sc.modBuf))
}

// applyRule applies the factor of modifier rule r, if the lexicon has it,
// recording it as a modifier over tokens first to last (the opening
// quotation mark, the final mark, a heading, an attribution), and returns
// factor times it. The modifier's Rule is the rule's name, which the
// Modifier constants spell.
func (s *Scorer) applyRule(sc *scratch, r lexicon.Rule, first, last int32, factor float64) float64 {
	return s.applyRuleAt(sc, r, sc.toks[first].start, sc.toks[last].end, factor)
}

// applyRuleAt is applyRule for a modifier over bytes [start, end) of the
// text.
func (s *Scorer) applyRuleAt(sc *scratch, r lexicon.Rule, start, end int32, factor float64) float64 {
	e, ok := s.ix.rule(r)
	if !ok {
		return factor
	}
	sc.addModifier(e, e.Category, r.String(), e.Weight, start, end)
	return factor * e.Weight
}

// addModifier records a modifier of entry e, of category cat (the entry's
// own, or the kind of modifier a rule acts as), named rule when it is one,
// over bytes [start, end) of the text.
func (sc *scratch) addModifier(e *lexicon.Entry, cat lexicon.Category, rule string, factor float64, start, end int32) {
	sc.modBuf = append(sc.modBuf, Modifier{ID: e.ID, Category: cat, Rule: rule, Factor: factor,
		Span: Span{int(start), int(end)}, Text: sc.text[start:end]})
}

// shouted reports whether a hit of pattern pat on bytes [start, end), at
// word positions [from, to) (from = -1 for a rule), is hype shouted in
// capitals in a sentence that is not: an emphasis match, not a context,
// whose every word is in capitals, or the <caps> hit of a word inside
// one, which addHitWith has noted in scratch.shouts.
func (s *Scorer) shouted(sc *scratch, pat, start, end, from, to int32) bool {
	if sc.capsText {
		return false
	}
	if from < 0 {
		if pat != s.ix.rules[lexicon.RuleCaps] {
			return false
		}
		for _, sh := range sc.shouts {
			if sh[0] <= start && end <= sh[1] {
				return true
			}
		}
		return false
	}
	if tr := &s.ix.traits[pat]; tr.category != lexicon.Emphasis || tr.context {
		return false
	}
	for _, w := range sc.words[from:to] {
		if !w.caps {
			return false
		}
	}
	return true
}

// applyWordModifiers applies to a hit of category bit at word positions
// [from, to) (from = -1 for a rule) the strongest modifier word of each
// kind in reach, records them, and returns factor times theirs and
// whether they exempt the hit from the <body> rule: a report modifier
// lowers it already, the rule being of its kind, and an intensifier
// other than one of degree (see roleDegree) stresses it. A hit that is
// shouted (see shouted) takes no report modifier.
func (s *Scorer) applyWordModifiers(sc *scratch, bit uint8, from, to int32, shouted bool, factor float64) (float64, bool) {
	// best[mc-Intensifier] is 1 + the index in sc.mods of the strongest
	// modifier of category mc so far, or 0.
	var best [lexicon.Inquiry - lexicon.Intensifier + 1]int32
	var kinds uint // the kinds with a modifier in best, as kindBit gives them
	for i, m := range sc.mods {
		mc := s.ix.traits[m.pat].category
		if modifierScope[mc]&bit == 0 {
			continue
		}
		if from >= 0 && m.from >= from && m.to <= to {
			continue // inside the hit: part of what it says ("won't believe")
		}
		switch mc {
		case lexicon.Report:
			if shouted {
				continue
			}
		case lexicon.Intensifier:
			if from < 0 || m.to > from || m.to < from-intensifierReach {
				continue
			}
		case lexicon.Negation:
			if from < 0 || m.to > from || m.to < from-negationReach ||
				sc.words[m.from].clause != sc.words[from].clause {
				continue
			}
		}
		w := s.ix.entries[m.pat].Weight
		if b := &best[mc-lexicon.Intensifier]; *b == 0 || (mc == lexicon.Intensifier) == (w > s.ix.entries[sc.mods[*b-1].pat].Weight) {
			*b = int32(i) + 1
			kinds |= kindBit(mc)
		}
	}
	exempt := kinds&kindBit(lexicon.Report) != 0
	for ; kinds != 0; kinds &= kinds - 1 { // in category order, as best is
		m := sc.mods[best[bits.TrailingZeros(kinds)]-1]
		e := &s.ix.entries[m.pat]
		factor *= e.Weight
		sc.addModifier(e, e.Category, "", e.Weight, sc.toks[sc.words[m.from].tok].start, sc.toks[sc.words[m.to-1].tok].end)
		exempt = exempt || e.Category == lexicon.Intensifier && s.ix.traits[m.pat].role != roleDegree
	}
	return factor, exempt
}

// kindBit returns the bit of modifier category mc in a set of kinds, as
// applyWordModifiers gathers them.
func kindBit(mc lexicon.Category) uint { return 1 << (mc - lexicon.Intensifier) }
