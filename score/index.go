package score

import (
	"github.com/luridlab/lurid/lexicon"
)

// Word classes of a stem, as a bit set in token.class.
const (
	classNumber uint8 = 1 << iota
	classInterrogative
	classAcronym
)

// ptoken is a compiled pattern token.
type ptoken struct {
	kind lexicon.TokenKind
	id   int32 // WordToken: vocabulary id
	max  int32 // GapToken: the most words spanned
}

// compiled is an entry ready to match.
type compiled struct {
	entry      lexicon.Entry
	toks       []ptoken
	start, end bool
}

// index is a lexicon compiled for matching: stems become small integers
// and each pattern is filed under its first token. It is immutable.
type index struct {
	lex      *lexicon.Lexicon
	vocab    map[string]int32 // stem → vocabulary id
	class    []uint8          // vocabulary id → word classes
	pats     []compiled       // patterns of words, in lexicon order
	first    [][]int32        // vocabulary id → patterns that open with it
	numFirst []int32          // patterns that open with {num}
	rules    [lexicon.RuleQuoted + 1]int32
}

func newIndex(lex *lexicon.Lexicon) *index {
	ix := &index{lex: lex, vocab: make(map[string]int32)}
	for r := range ix.rules {
		ix.rules[r] = -1
	}
	intern := func(stem string) int32 {
		id, ok := ix.vocab[stem]
		if !ok {
			id = int32(len(ix.class))
			ix.vocab[stem] = id
			ix.class = append(ix.class, 0)
		}
		return id
	}
	var entries []lexicon.Entry
	for _, e := range lex.Entries() {
		if e.Pattern.Rule != lexicon.RuleNone {
			ix.rules[e.Pattern.Rule] = int32(len(ix.pats))
			ix.pats = append(ix.pats, compiled{entry: e})
			continue
		}
		entries = append(entries, e)
	}
	for _, e := range entries {
		c := compiled{entry: e, start: e.Pattern.Start, end: e.Pattern.End}
		for _, t := range e.Pattern.Tokens {
			pt := ptoken{kind: t.Kind, id: -1, max: int32(t.Max)}
			if t.Kind == lexicon.WordToken {
				pt.id = intern(t.Stem)
			}
			c.toks = append(c.toks, pt)
		}
		switch e.Category {
		case lexicon.Number:
			ix.class[c.toks[0].id] |= classNumber
		case lexicon.Interrogative:
			ix.class[c.toks[0].id] |= classInterrogative
		case lexicon.Acronym:
			ix.class[c.toks[0].id] |= classAcronym
		default:
			ix.pats = append(ix.pats, c)
		}
	}
	ix.first = make([][]int32, len(ix.class))
	for i, c := range ix.pats {
		if c.entry.Pattern.Rule != lexicon.RuleNone {
			continue
		}
		switch c.toks[0].kind {
		case lexicon.WordToken:
			ix.first[c.toks[0].id] = append(ix.first[c.toks[0].id], int32(i))
		case lexicon.NumberToken:
			ix.numFirst = append(ix.numFirst, int32(i))
		}
	}
	return ix
}

// rule returns the compiled entry of a rule, if the lexicon has one.
func (ix *index) rule(r lexicon.Rule) (*compiled, bool) {
	i := ix.rules[r]
	if i < 0 {
		return nil, false
	}
	return &ix.pats[i], true
}
