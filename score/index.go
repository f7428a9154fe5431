package score

import (
	"slices"

	"github.com/luridlab/lurid/lexicon"
)

// Word classes of a stem, as a bit set in token.class.
const (
	classNumber uint8 = 1 << iota
	classInterrogative
	classAcronym
	classAfterGap    // a pattern of a number, a gap and this word is filed under it (see numberGapKey)
	classKnown       // a stem that a pattern other than a context takes in any form, outside quotes: a word the lexicon knows
	classSpeaker     // one who speaks for an office or a body ("mayor"), whose label reports the words after it (see speakerLabel)
	classMedium      // a medium ("watch", "video"), whose label names what the item is (see mediumLabel)
	classConjunction // a conjunction ("and", "but"), after which a question asks with its next word (see isFragment)
)

// ptoken is a compiled pattern token.
type ptoken struct {
	kind lexicon.TokenKind
	max  int16 // GapToken: the most words spanned
	id   int32 // WordToken: vocabulary id
	form int32 // WordToken: for a word in quotes, its index in index.forms, the form a text word must have; 0 for any form of the stem
}

// compiled is the pattern of an entry, ready to match. What a pattern
// is read for is kept in arrays by how often it is read, each indexed as
// index.pats is, so that the patterns tried at a word touch few of the
// processor's cache lines: what every try reads in index.traits, a few
// bytes each; the words to match here, their tokens all in one array; and
// the entry, read when a hit is reported, in index.entries.
type compiled struct {
	needs wordSet // the words of the pattern, so that a sentence that lacks one is not tried
	toks  []ptoken
}

// traits are what matching reads of a pattern each time it tries it.
type traits struct {
	end      bool             // the pattern is anchored at the end of a sentence; form has its start anchor
	exact    bool             // a word of the pattern is in quotes: a text word must have its form (see ptoken.form)
	size     uint8            // the pattern's tokens: those the index files it under need no matching
	class    uint8            // overlapClass of the entry, kept since every match reads it
	category lexicon.Category // the entry's category
	form     headlineForm     // what makes the entry a cue of a headline's form, if anything
	context  bool             // weight 0: a context in which the entry's category finds no evidence (see holdInContexts)
	role     entryRole        // what a rule reads of the entry's kind
}

// entryRole is what the scorer's rules read of an entry's kind (see
// lexicon.Entry.Kind), found once, when the index is built.
type entryRole uint8

const (
	roleNone entryRole = iota
	// roleDescribes marks an entry of a kind that in a headline oversells
	// or teases and in a statement of body text most often describes or
	// reports: a superlative ranks within a scope the sentence gives ("the
	// best phone the company has made"), an absolute counts ("in every
	// region"), a booster qualifies ("just eighteen months"), and a
	// suspense entry of the kinds that hold something back says it
	// plainly: a reveal tells what was made known ("the losses
	// were revealed in March"), a mystery word names a thing as it is ("a hidden
	// courtyard"), a teaser tells what comes ("spring is here"), an open
	// ending reports what is not yet known ("remains to be seen") and a
	// withheld answer states a need or an effect that the sentence gives
	// ("residents need to know that ..."). The <body> rule lowers it
	// there; hyperbole and the like keep their force.
	roleDescribes
	// roleCitation marks an attribution that cites a source rather than
	// reports its words ("according to", "as told by"): closing a
	// headline, it frames a list or a tip, and is no closing attribution
	// (see closingAttribution).
	roleCitation
	// roleDegree marks an intensifier of kind "degree", which makes the
	// comparative or the superlative of the word after it ("more
	// important", "most popular") rather than stressing it: a degree of
	// body text it raises still describes (see addHitWith).
	roleDegree
)

// The kinds of entry (lexicon.Entry.Kind) that the scorer's rules read,
// by category: a kind that no note of a lexicon writes is one its rules
// never meet. They are never written to.
var (
	describingKinds = map[lexicon.Category][]string{ // see roleDescribes
		lexicon.Emphasis: {"superlative", "absolute", "booster"},
		lexicon.Suspense: {"reveal", "mystery", "teaser", "open ending", "withheld answer"},
	}
	genreKinds = []string{"try-it genre", "reaction-video genre", "video caption"} // a suspense entry's, see formGenre
)

// citationKind is the kind of an attribution entry that cites (see
// roleCitation), and degreeKind that of an intensifier that makes a
// comparative or a superlative (see roleDegree).
const (
	citationKind = "citation"
	degreeKind   = "degree"
)

// roleOf returns the role of entry e, whose kind (e.Kind) is kind.
func roleOf(e *lexicon.Entry, kind string) entryRole {
	switch {
	case e.Weight > 0 && slices.Contains(describingKinds[e.Category], kind):
		return roleDescribes
	case e.Category == lexicon.Attribution && kind == citationKind:
		return roleCitation
	case e.Category == lexicon.Intensifier && kind == degreeKind:
		return roleDegree
	}
	return roleNone
}

// headlineForm marks the entries that are cues of a headline's form rather
// than of the language: a passage's sentences are body text, in which they
// are ordinary prose (see scratch.skip). A context is no cue of form: it
// only ever takes evidence away, so it holds in body text as in a
// headline, and carries no mark but formAnchored and, in a structural
// category, formStructure, whose entries body text never scores.
type headlineForm uint8

const (
	formStructure headlineForm = 1 << iota // a structural category: listicle numbers, direct address
	formOpening                            // a cue anchored at a sentence's start ("^ this", "^ {num}", "^ when")
	formClosing                            // a cue anchored at a sentence's end ("now $", "again $")
	formLinked                             // a suspense pattern that opens with a word that, in body text, links to the text around it: a demonstrative, which points back ("this is why"), or a conjunction, which joins a clause ("and it's")
	formGenre                              // a suspense pattern of kind "try-it genre", "reaction-video genre" or "video caption", the title of a filmed attempt, reaction or scene ("for the first time", "reacts to", "someone", "footage shows"), whose words in a statement of body text narrate one, as prose does
	formAnchored                           // anchored at a sentence's start, context or not: tried only where a sentence leads
)

// contextForms are the only marks a context keeps (see headlineForm).
const contextForms = formStructure | formAnchored

// statementForms are the cues that do not count in a statement of body
// text, or in a heading inside a passage, beside the structural ones
// that count in no body text (see scratch.skip).
const statementForms = formOpening | formClosing | formLinked | formGenre

// formOf returns the headline-form marks of entry e, whose kind
// (e.Kind) is kind, that its pattern shows; newIndex adds formLinked and
// strips a context's cues.
func formOf(e *lexicon.Entry, kind string) headlineForm {
	var f headlineForm
	if e.Category.Scored() && !e.Category.Framing() {
		f |= formStructure
	}
	if e.Pattern.Start {
		f |= formOpening | formAnchored
	}
	if e.Pattern.End {
		f |= formClosing
	}
	if e.Category == lexicon.Suspense && slices.Contains(genreKinds, kind) {
		f |= formGenre
	}
	return f
}

// wordSet is a 256-bit Bloom set of vocabulary ids: a clear bit proves an
// id absent, a set one only suggests it is present.
type wordSet [4]uint64

func (w *wordSet) add(id int32) { w[uint32(id)/64%4] |= 1 << (uint32(id) % 64) }

// covers reports whether every id in needs may be in w.
func (w *wordSet) covers(needs *wordSet) bool {
	return needs[0]&^w[0]|needs[1]&^w[1]|needs[2]&^w[2]|needs[3]&^w[3] == 0
}

// index is a lexicon compiled for matching: stems become small integers
// and each pattern is filed under its first token. It is immutable.
type index struct {
	lex        *lexicon.Lexicon
	vocab      map[string]int32 // stem → vocabulary id
	stems      []stemInfo       // 1 + vocabulary id → the stem's word classes and the patterns that open with it
	pats       []compiled       // patterns of words, in lexicon order
	entries    []lexicon.Entry  // of each of pats
	traits     []traits         // of each of pats
	singles    []int32          // patterns that open with a word and then no word, by stemInfo.lo and .hi
	pairs      pairTable        // two vocabulary ids (pairKey) → patterns that open with those words
	numFirst   []int32          // patterns that open with {num} and then no word or gap (pairs hold the rest), save those anchored at the start
	numLead    []int32          // those anchored at the start, tried only at a sentence's first word
	numberGap  int32            // the widest gap of the patterns filed under numberGapKey
	forms      []string         // the forms of the words in quotes, by ptoken.form; forms[0] is unused
	classForms []classForm      // the word classes that only a form of a stem is in, for the stems with stemInfo.formClass
	prefixes   prefixSet        // three-letter openings a stem in the vocabulary can have
	short      []int32          // shortIndex of a word of one to three letters → vocabulary id, or -1
	rules      [lexicon.NumRules]int32
}

func newIndex(lex *lexicon.Lexicon) *index {
	ix := &index{lex: lex, vocab: make(map[string]int32), forms: []string{""}}
	for r := range ix.rules {
		ix.rules[r] = -1
	}
	var class []uint8  // vocabulary id → word classes
	var anyForm []bool // vocabulary id → whether a pattern other than a context takes the stem in any form, outside quotes
	intern := func(stem string) int32 {
		id, ok := ix.vocab[stem]
		if !ok {
			id = int32(len(class))
			ix.vocab[stem] = id
			class = append(class, 0)
			anyForm = append(anyForm, false)
		}
		return id
	}
	linkers := make(map[int32]bool) // the vocabulary ids of demonstratives and conjunctions
	add := func(c compiled, e lexicon.Entry, t traits) {
		ix.pats, ix.entries, ix.traits = append(ix.pats, c), append(ix.entries, e), append(ix.traits, t)
	}
	var words []lexicon.Entry // the entries of words, which follow the rules
	size := 0                 // their tokens
	for _, e := range lex.Entries() {
		if e.Pattern.Rule != lexicon.RuleNone {
			ix.rules[e.Pattern.Rule] = int32(len(ix.pats))
			add(compiled{}, e, traits{category: e.Category})
			continue
		}
		// An entry with alternatives is matched as each pattern it
		// stands for, all of them with its id, weight and note.
		for p := range e.Pattern.Expand() {
			e.Pattern = p
			words = append(words, e)
		}
	}
	// Patterns with a contraction also match its full form.
	words = append(words, fullForms(lex, words)...)
	for _, e := range words {
		size += len(e.Pattern.Tokens)
	}
	// Every pattern's tokens go into one array, in pattern order (see
	// compiled), made at its full size so that appending never moves it;
	// the entries that only give a word a class leave theirs unused.
	toks := make([]ptoken, 0, size)
	for _, e := range words {
		var c compiled
		exact := false
		context := e.Weight == 0 // it holds the cues inside it and scores nothing (see holdInContexts)
		lo := len(toks)
		for _, t := range e.Pattern.Tokens {
			pt := ptoken{kind: t.Kind, id: -1, max: int16(t.Max)}
			if t.Kind == lexicon.WordToken {
				pt.id = intern(t.Stem)
				c.needs.add(pt.id)
				if t.Exact {
					pt.form, exact = int32(len(ix.forms)), true
					ix.forms = append(ix.forms, t.Word)
				} else if !context {
					anyForm[pt.id] = true // not by a context: "rest of the year" makes no word of "REST"
				}
			}
			toks = append(toks, pt)
		}
		c.toks = toks[lo:len(toks):len(toks)]
		switch e.Category {
		case lexicon.Number, lexicon.Interrogative, lexicon.Acronym, lexicon.Speaker, lexicon.Medium:
			if t := c.toks[0]; t.form != 0 { // in quotes: the class of that form alone
				ix.classForms = append(ix.classForms, classForm{id: t.id, form: t.form, class: wordClasses[e.Category]})
			} else {
				class[t.id] |= wordClasses[e.Category]
			}
		case lexicon.Demonstrative, lexicon.Conjunction:
			linkers[c.toks[0].id] = true
			class[c.toks[0].id] |= wordClasses[e.Category] // none for a demonstrative
		default:
			kind := e.Kind() // read from its note, once
			add(c, e, traits{end: e.Pattern.End, exact: exact, size: uint8(len(c.toks)),
				class: overlapClass(&e), category: e.Category, form: formOf(&e, kind), context: context,
				role: roleOf(&e, kind)})
		}
	}
	ix.short = shortWords(lex, ix.vocab)
	for stem := range ix.vocab {
		ix.prefixes.addStem(stem)
	}

	// File each pattern under its first word, or under its first two words
	// when both are words, so that a text word meets only the patterns
	// that can start with it and the word after it. A pattern of a word
	// and then a number ("^ the {num}") is filed under the pair of the two,
	// and tried at the number, far rarer than a word such as "the". The
	// suspense patterns that open with a demonstrative or a conjunction are
	// marked here, once the whole lexicon has named its word classes, and a
	// context loses its cues of form, now that it has them all.
	ix.stems = make([]stemInfo, 1+len(class))
	singles := make([][]int32, len(class))
	formClass := make([]uint8, len(class)) // vocabulary id → the classes of its classForms
	for _, cf := range ix.classForms {
		formClass[cf.id] |= cf.class
	}
	pairs := make(map[uint64][]int32)
	for i, c := range ix.pats {
		if ix.entries[i].Pattern.Rule != lexicon.RuleNone {
			continue
		}
		t, tr := c.toks, &ix.traits[i]
		if tr.category == lexicon.Suspense && t[0].kind == lexicon.WordToken && linkers[t[0].id] {
			tr.form |= formLinked
		}
		if tr.context {
			tr.form &= contextForms
		}
		switch {
		case t[0].kind == lexicon.NumberToken && len(t) > 1 && t[1].kind == lexicon.WordToken:
			k := pairKey(numberKey, t[1].id)
			pairs[k] = append(pairs[k], int32(i))
		case t[0].kind == lexicon.NumberToken && len(t) > 2 && t[1].kind == lexicon.GapToken && t[2].kind == lexicon.WordToken:
			k := pairKey(numberGapKey, t[2].id)
			pairs[k] = append(pairs[k], int32(i))
			class[t[2].id] |= classAfterGap
			ix.numberGap = max(ix.numberGap, int32(t[1].max))
		case t[0].kind == lexicon.NumberToken && ix.entries[i].Pattern.Start:
			ix.numLead = append(ix.numLead, int32(i))
		case t[0].kind == lexicon.NumberToken:
			ix.numFirst = append(ix.numFirst, int32(i))
		case len(t) > 1 && t[1].kind == lexicon.NumberToken:
			k := pairKey(t[0].id, numberKey)
			pairs[k] = append(pairs[k], int32(i))
		case len(t) > 1 && t[1].kind == lexicon.WordToken:
			k := pairKey(t[0].id, t[1].id)
			pairs[k] = append(pairs[k], int32(i))
			ix.stems[1+t[0].id].partners |= 1 << (uint32(t[1].id) % 32)
		default:
			singles[t[0].id] = append(singles[t[0].id], int32(i))
		}
	}
	for id, pats := range singles {
		si := &ix.stems[1+id]
		si.class = class[id]
		if anyForm[id] { // a stem that patterns take only in quotes, as "awful" in quotes takes "aw", is known in no form: not in "AWS"
			si.class |= classKnown
		}
		si.formClass = formClass[id] &^ si.class // a class of every form needs no form checked
		if len(pats) > 0 {
			si.starts |= startSingles
		}
		si.starts |= classStarts(si.class)
		si.lo = int32(len(ix.singles))
		ix.singles = append(ix.singles, pats...)
		si.hi = int32(len(ix.singles))
	}
	ix.pairs = newPairTable(pairs)
	return ix
}

// stemInfo is what matching and the rules need to know of a stem: its
// word classes, and which patterns open with it: those filed under the
// word alone, index.singles[lo:hi], and which may be filed under the word
// and the one after it, in index.pairs. index.stems[0] stands for
// every word outside the vocabulary (id -1): no class, no pattern.
type stemInfo struct {
	lo, hi    int32
	partners  uint32 // a Bloom set of the words after it in pair keys: bit id % 32; none if no pattern is filed under a pair that opens with it
	class     uint8
	starts    uint8 // startSingles if patterns are filed under the word alone, startNumber for a number word: see word.starts
	formClass uint8 // the word classes that only a form of the stem is in, written in quotes (see index.classForms)
}

// classForm puts one form of a stem, a word in quotes in a word-class
// entry, in a word class: "police" in quotes is a speaker, and
// "policing", of the same stem, is none.
type classForm struct {
	id    int32 // vocabulary id of the stem
	form  int32 // index in index.forms
	class uint8
}

// classStarts returns what word classes class let start at a word (see
// word.starts): a number word may open a {num} slot.
func classStarts(class uint8) uint8 {
	if class&classNumber != 0 {
		return startNumber
	}
	return 0
}

// wordClasses gives the class bit of each word-class category that a
// token carries.
var wordClasses = [...]uint8{
	lexicon.Number:        classNumber,
	lexicon.Interrogative: classInterrogative,
	lexicon.Acronym:       classAcronym,
	lexicon.Speaker:       classSpeaker,
	lexicon.Medium:        classMedium,
	lexicon.Conjunction:   classConjunction,
}

// numberKey stands for a {num} slot as either half of a pairKey, and
// numberGapKey for a {num} slot and a gap: a pattern that opens so ("{num}
// {gap:3} that will") is filed under numberGapKey and the word after the
// gap, and tried where that word follows a number closely enough.
const (
	numberKey    = -2
	numberGapKey = -3
)

// pairKey packs two vocabulary ids into one map key.
func pairKey(a, b int32) uint64 { return uint64(uint32(a))<<32 | uint64(uint32(b)) }

// rule returns the entry of a rule, if the lexicon has one.
func (ix *index) rule(r lexicon.Rule) (*lexicon.Entry, bool) {
	i := ix.rules[r]
	if i < 0 {
		return nil, false
	}
	return &ix.entries[i], true
}

// prefixSet holds the three-letter openings (a to z) of the words whose stem
// can be in the vocabulary, as a bit set. Porter2 keeps the first three
// letters of a word of four or more letters, save in a handful of special
// words, so a word whose opening is not in the set cannot match and need
// not be stemmed or cached. Openings are indexed as shortChunkIndex
// indexes words of three letters, so that a word's key chunk gives its
// opening's bit directly. It fits in 2.4 KB.
type prefixSet [(27*27*27 + 63) / 64]uint64

// prefixIndex returns the bit index of a three-letter opening, and false if
// any of its bytes is not an ASCII letter.
func prefixIndex(a, b, c byte) (int, bool) {
	a, b, c = a|0x20, b|0x20, c|0x20
	if max(a-'a', b-'a', c-'a') >= 26 { // any byte not a letter, tested without a branch for each
		return 0, false
	}
	return shortChunkIndex(uint64(a) | uint64(b)<<8 | uint64(c)<<16), true
}

func (ps *prefixSet) set(i int) { ps[uint(i)/64] |= 1 << (uint(i) % 64) }

// addStem adds the openings of the words that stem to stem.
func (ps *prefixSet) addStem(stem string) {
	if special, ok := specialOpenings[stem]; ok {
		i, _ := prefixIndex(special[0], special[1], special[2])
		ps.set(i)
	}
	letters := 0
	for letters < len(stem) && letters < 3 && stem[letters] >= 'a' && stem[letters] <= 'z' {
		letters++
	}
	if len(stem) == 3 && letters == 3 && (stem[2] == 'e' || stem[2] == 'i') {
		// Porter2 may have written that last letter: "using" stems to
		// "use", "crying" to "cri". Any third letter will do.
		letters = 2
		stem = stem[:2]
	}
	switch {
	case letters == 3:
		i, _ := prefixIndex(stem[0], stem[1], stem[2])
		ps.set(i)
	case letters == 2 && len(stem) == 2:
		// A stem of two letters: any word that opens with them.
		for c := byte('a'); c <= 'z'; c++ {
			i, _ := prefixIndex(stem[0], stem[1], c)
			ps.set(i)
		}
	case letters == 1 && len(stem) == 1:
		// Of one letter: any word that opens with it.
		for b := byte('a'); b <= 'z'; b++ {
			for c := byte('a'); c <= 'z'; c++ {
				i, _ := prefixIndex(stem[0], b, c)
				ps.set(i)
			}
		}
	}
	// A stem with an apostrophe or other byte in its first three needs no
	// bit: words with such bytes there bypass the set.
}

// specialOpenings are Porter2's special words whose stem does not keep
// their first three letters: "dying" stems to "die".
var specialOpenings = map[string]string{"die": "dyi", "lie": "lyi", "tie": "tyi", "sky": "ski"}

// mayMatch reports whether word, as written in the text, can stem to a
// word in the vocabulary. It says yes to anything it cannot rule out.
func (ps *prefixSet) mayMatch(word string) bool {
	if len(word) < 4 {
		return true
	}
	i, ok := prefixIndex(word[0], word[1], word[2])
	return !ok || ps.has(i)
}

// has reports whether the set holds the opening of bit index i.
func (ps *prefixSet) has(i int) bool { return ps[uint(i)/64]&(1<<(uint(i)%64)) != 0 }

// pairTable is a read-only open-addressing hash table from a pairKey to
// the patterns filed under it: a lookup is a multiply, a shift and, most
// often, one probe, where a Go map would hash and compare more.
type pairTable struct {
	keys  []uint64 // 1 + the key; 0 marks an empty slot
	spans [][2]int32
	pats  []int32
	shift uint
}

func newPairTable(m map[uint64][]int32) pairTable {
	size, shift := 8, uint(61)
	for size < 2*len(m) {
		size, shift = size*2, shift-1
	}
	t := pairTable{keys: make([]uint64, size), spans: make([][2]int32, size), shift: shift}
	for k, pats := range m {
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & (size - 1)
		}
		t.keys[i] = k + 1
		t.spans[i] = [2]int32{int32(len(t.pats)), int32(len(t.pats) + len(pats))}
		t.pats = append(t.pats, pats...)
	}
	return t
}

func (t *pairTable) slot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> t.shift) }

// get returns the patterns filed under k, or none.
func (t *pairTable) get(k uint64) []int32 {
	mask := len(t.keys) - 1
	for i := t.slot(k); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case k + 1:
			sp := t.spans[i]
			return t.pats[sp[0]:sp[1]:sp[1]]
		case 0:
			return nil
		}
	}
}

// shortWords returns the vocabulary id of every word of one to three ASCII
// letters, by shortIndex, so that the commonest words ("the", "of", "you")
// are looked up without hashing or the stem cache. Porter2 changes such a
// word little (see shortForms), so the table is built from the vocabulary's
// short stems, each form checked by stemming it.
func shortWords(lex *lexicon.Lexicon, vocab map[string]int32) []int32 {
	short := make([]int32, 27*27*27)
	for i := range short {
		short[i] = -1
	}
	for stem, id := range vocab {
		for _, w := range shortForms(stem) {
			if isShortWord(w) && lex.Stem(w) == stem {
				short[shortIndex(w)] = id
			}
		}
	}
	return short
}

// shortForms returns the words of up to three letters that Porter2 may stem
// to stem: the stem itself, with "s", "d" or "ed" after it, or with a
// final "i" that was a "y" ("cry" stems to "cri"). A test holds every
// short word to this.
func shortForms(stem string) []string {
	if len(stem) > 3 {
		return nil
	}
	forms := []string{stem, stem + "s", stem + "d", stem + "ed"}
	if n := len(stem); n > 0 && stem[n-1] == 'i' {
		forms = append(forms, stem[:n-1]+"y")
	}
	return forms
}

// isShortWord reports whether w is one to three ASCII letters.
func isShortWord(w string) bool {
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// shortIndex returns the index in index.short of a word of one to three
// ASCII letters, in either case.
func shortIndex(word string) int { return shortChunkIndex(wordChunk(word, 0)) }

// shortChunkIndex returns the index in index.short of a word of one to
// three ASCII letters given as a key chunk: each letter's low five bits are
// its place in the alphabet from 1, whatever its case, and the zero
// padding counts 0.
func shortChunkIndex(c uint64) int {
	return int(c&0x1f)*27*27 + int(c>>8&0x1f)*27 + int(c>>16&0x1f)
}
