package score

import (
	"strings"
	"unicode/utf8"

	"github.com/luridlab/lurid/lexicon"
)

// statementEnd returns 1 + the index of the "." or "!" that ends the
// sentence [lo, hi), before any closing marks, or 0 if it ends otherwise.
func statementEnd(toks []token, lo, hi int32) int32 {
	last := lastBeforeClosers(toks, lo, hi)
	if last >= lo && toks[last].kind == tokPunct && (toks[last].punct == pPeriod || toks[last].punct == pExclaim) {
		return last + 1
	}
	return 0
}

// lastBeforeClosers returns the index of the last token of [lo, hi) that
// is not a closing quotation mark or bracket, or lo - 1 if there is none.
func lastBeforeClosers(toks []token, lo, hi int32) int32 {
	last := hi - 1
	for last >= lo && toks[last].kind == tokPunct && closes(toks[last]) {
		last--
	}
	return last
}

// leads reports whether word position p opens the sentence, or opens what
// follows a colon in it ("Poll: Who ...") or a list item's number that
// opens it ("3. This dog ..."), where "^" patterns may match. It is
// inlined, so that the first word, where most anchored patterns are
// tried, costs no call.
func (sc *scratch) leads(p int32) bool {
	return p == 0 || sc.leadsAfterMark(p)
}

// leadsAfterMark is leads for a word after the sentence's first.
func (sc *scratch) leadsAfterMark(p int32) bool {
	prev := sc.words[p].tok - 1
	if prev < 0 || sc.toks[prev].kind != tokPunct {
		return false
	}
	switch mark := sc.toks[prev].punct; {
	case opensClause(mark):
		return true
	case mark == pPeriod || mark == pBracket:
		return p == 1 && sc.words[0].tok == prev-1 && isListMarker(sc.text, sc.toks, prev-1)
	}
	return false
}

// textEnd returns the word position where the text of the current
// sentence ends: before the hashtags and handles that a post puts after it
// ("... for now #news @citynews"), so that a pattern anchored at the end
// still meets its last words. It is found once a sentence, when first
// asked.
func (sc *scratch) textEnd() int32 {
	if sc.end >= 0 {
		return sc.end
	}
	n := int32(len(sc.words))
	for n > 0 {
		t := &sc.toks[sc.words[n-1].tok]
		if sc.text[t.start] != '@' && !isHashtag(sc.text, t) {
			break
		}
		n--
	}
	sc.end = n
	return n
}

// matchSentence finds the hits of sentence sn and appends them to sc.hits.
// capsText says the unit is set wholly in capitals.
func (s *Scorer) matchSentence(sc *scratch, sn *sentence, capsText bool) {
	toks := sc.toks
	lo, hi := sn.lo, sn.hi
	sc.words = sc.allWords[sn.wlo:sn.whi:sn.whi]
	sc.present = &sn.present
	sc.capsText, sc.shouts = capsText, sc.shouts[:0]
	sc.cands, sc.mods, sc.contexts = sc.cands[:0], sc.mods[:0], false
	sc.statement = statementEnd(toks, lo, hi)
	sc.end = -1 // found when a pattern anchored at the end first needs it
	sc.skip = 0
	if sc.body {
		sc.skip = formStructure
		if sc.statement > 0 || sc.subhead != nil {
			sc.skip |= statementForms
		}
	}
	if sn.caps > 0 && !capsText {
		s.maskNames(sc)
	}
	if sc.hashtags || sn.caps > 0 {
		maskLabels(sc, sn)
	}
	if sc.mediumLabel(sn) {
		sc.mask(0)
	}
	for _, at := range s.startsOf(sc) {
		p, t := at>>startShift, &sc.words[at>>startShift]
		if at&startSingles != 0 {
			o := &s.ix.stems[1+t.id]
			s.tryPatterns(sc, s.ix.singles[o.lo:o.hi], p, 1, p+1)
		}
		if at&startPair != 0 {
			if pats := s.ix.pairs.get(pairKey(t.id, sc.words[p+1].id)); len(pats) > 0 {
				s.tryPatterns(sc, pats, p, 2, p+2)
			}
		}
		if at&startNumber != 0 {
			s.tryNumber(sc, p)
		}
	}
	// Matches held by others of their class are dropped (see settle.go).
	firstHit := len(sc.hits)
	kept := settle(sc.cands)
	if sc.contexts {
		sc.mods, sc.held = holdModifiers(sc.mods, kept, sc.held, s.ix.traits)
		kept = holdInContexts(kept, s.ix.traits)
	}
	sc.said = sc.attribution(s.ix.traits, kept)
	for _, m := range kept {
		head, tail := &toks[sc.words[m.from].tok], &toks[sc.words[m.to-1].tok]
		s.addHit(sc, m.pat, head.start, tail.end, m.from, m.to, head.quote)
	}
	s.matchRules(sc, sn, capsText)
	sortHits(sc.hits[firstHit:])
}

// attribution returns the current sentence's attribution, which gives
// its scored matches, kept, to a source: a closing attribution (see
// closingAttribution) or a speaker's label (see speakerLabel), or none.
// A sentence without scored matches has nothing to give, and is not
// searched.
func (sc *scratch) attribution(traits []traits, kept []match) attribution {
	if len(kept) > 0 {
		if len(sc.mods) > 0 {
			if at := sc.closingAttribution(traits, kept); at > 0 {
				return attribution{first: sc.words[at].tok, last: sc.words[sc.textEnd()-1].tok, rule: lexicon.RuleAttributed}
			}
		}
		if k := sc.speakerLabel(kept); k > 0 {
			return attribution{first: sc.words[0].tok, last: sc.words[k-1].tok, rule: lexicon.RuleSpeaker}
		}
	}
	return attribution{first: -1, last: -1}
}

// maxAttributionWords is the longest closing attribution, in words:
// ", a senior official said on Monday".
const maxAttributionWords = 6

// closingAttribution returns the word position at which the current
// sentence's closing attribution opens, or 0 if it has none: a last
// clause of at most maxAttributionWords words, after a comma and at least
// one word, that holds an attribution modifier (", the mayor says",
// ", says a spokesman", ", report finds"), none of kind "citation" and no
// match of kept, the sentence's scored matches. What comes before it is
// the source's claim, reported as if in quotation marks. A citation
// (", according to science", ", as told by cats") is the frame of a list
// or a tip, and an attribution that oversells (", shock study finds") a
// tabloid's, which the headline's writer makes.
func (sc *scratch) closingAttribution(traits []traits, kept []match) int32 {
	at, cites := int32(-1), int32(-1) // the last attribution, and the last citation
	for _, m := range sc.mods {
		if tr := &traits[m.pat]; tr.category == lexicon.Attribution {
			at = max(at, m.from)
			if tr.role == roleCitation {
				cites = max(cites, m.from)
			}
		}
	}
	n := sc.textEnd()
	if at < 1 || at >= n || sc.words[at].clause != sc.words[n-1].clause {
		return 0
	}
	first := at
	for first > 0 && sc.words[first-1].clause == sc.words[at].clause {
		first--
	}
	if first == 0 || n-first > maxAttributionWords || cites >= first {
		return 0
	}
	if comma := &sc.toks[sc.words[first].tok-1]; comma.kind != tokPunct || comma.punct != pComma {
		return 0
	}
	for _, m := range kept {
		if m.to > first {
			return 0
		}
	}
	return first
}

// maxSpeakerWords is the longest speaker's label, in words: "Deputy
// Prime Minister Lee:".
const maxSpeakerWords = 4

// speakerLabel returns the number of words of the current sentence's
// speaker's label, or 0 if it has none: a first clause of at most
// maxSpeakerWords words that a colon ends, with at least two words after
// it, that holds a word of the speaker class ("Mayor:", "Police chief:"),
// no match of kept, the sentence's scored matches, and no quotation (a
// title, as in `"Minister: The Musical" opens`). What follows the label
// is the speaker's words, as if in quotation marks: "Mayor: this is the
// worst storm in decades" reports what "This is the worst storm in
// decades, the mayor says" does. A label that oversells ("Shocking:") or
// frames a list ("Revealed:") is the writer's own, and a topic ("Storm:")
// names no speaker.
func (sc *scratch) speakerLabel(kept []match) int32 {
	words := sc.words
	// Clauses are numbered in order, so the first is too long to be a
	// label if the word after the longest label's last is in it: most
	// sentences end the search here, at one comparison.
	if len(words) < 3 || len(words) > maxSpeakerWords && words[maxSpeakerWords].clause == words[0].clause {
		return 0
	}
	k := 1
	for k < len(words) && words[k].clause == words[0].clause {
		k++
	}
	if k == len(words) || sc.textEnd()-int32(k) < 2 {
		return 0
	}
	if colon := &sc.toks[words[k].tok-1]; colon.kind != tokPunct || colon.punct != pColon {
		return 0
	}
	var class uint8 // of the label's words
	var quoted int32
	for _, w := range words[:k] {
		t := &sc.toks[w.tok]
		class |= t.class
		quoted |= t.quote
	}
	if class&classSpeaker == 0 || quoted != 0 {
		return 0
	}
	for _, m := range kept {
		if m.from < int32(k) {
			return 0
		}
	}
	return int32(k)
}

// nameClasses are the word classes of a question word that, set in
// capitals, is the acronym of a name: "WHO" (the World Health
// Organization).
const nameClasses = classAcronym | classInterrogative

// maskNames takes out of matching the words of the current sentence that
// name an organisation in capitals ("WHO declares pandemic") rather than
// ask: a question word the lexicon also lists as an acronym, set in
// capitals in a text that is not. The sentence has words in capitals.
func (s *Scorer) maskNames(sc *scratch) {
	for p := range sc.words {
		if w := &sc.words[p]; w.caps && s.ix.stems[1+w.id].class&nameClasses == nameClasses {
			sc.mask(p)
		}
	}
}

// mask takes word position p of the current sentence out of matching: it
// becomes a word outside the vocabulary, at which nothing starts, and
// neither it nor the word before it opens a pair with the next.
func (sc *scratch) mask(p int) { maskWord(sc.words, p) }

// maskWord takes word position p of words out of matching, as mask does;
// the tokenizer calls it on the latest word it read, a dotted initial.
func maskWord(words []word, p int) {
	w := &words[p]
	w.id, w.starts = -1, 0
	if p+1 < len(words) {
		words[p+1].starts &^= startPairPrev
	}
}

// isHashtag reports whether word t of text is a hashtag's: "#" comes
// right before it.
func isHashtag(text string, t *token) bool { return t.start > 0 && text[t.start-1] == '#' }

// maskLabels takes the labels of sentence sn (see isLabel) out of
// matching: a hashtag names a post's topic or kind ("#BREAKING",
// "#WorldCup") and a word in capitals in brackets its medium ("(VIDEO)"),
// as a feed does, and neither is the writer's own claim. Only a text with
// a "#" or a sentence with words in capitals can have one.
func maskLabels(sc *scratch, sn *sentence) {
	for p := range sc.words {
		w := &sc.words[p]
		if (w.caps || isHashtag(sc.text, &sc.toks[w.tok])) && isLabel(sc.text, sc.toks, sn.lo, sn.hi, w.tok) {
			sc.mask(p)
		}
	}
}

// mediumLabel reports whether sentence sn opens with a label that names
// the item's medium ("Watch: ...", "PHOTOS: ...", "Listen: ..."), as a
// feed's post does: its first token is a word of the medium class, and a
// colon follows it. The label says what the item is; it asks nothing of
// the reader, as the imperative "Watch this ..." does, and frames no list.
// Most sentences end the search at the first comparison: their first
// clause is longer than one word.
func (sc *scratch) mediumLabel(sn *sentence) bool {
	words := sc.words
	if len(words) < 2 || words[1].clause == words[0].clause || words[0].tok != sn.lo {
		return false
	}
	t, colon := &sc.toks[sn.lo], &sc.toks[sn.lo+1]
	return t.class&classMedium != 0 && colon.kind == tokPunct && colon.punct == pColon
}

// tryNumber tries the patterns that open with a {num} slot at word
// position p, a number, if it is a count there, and those of a word and
// then a {num} slot ("^ the {num}") from the word before it.
func (s *Scorer) tryNumber(sc *scratch, p int32) {
	if !sc.counts(p) {
		return
	}
	// A sum of money, a measure, a crowd or fewer than three counts no
	// list items ("$20 million prize offered", "6.4 magnitude quake", "55%
	// of voters", "450 sheep stray", "six thousand gather", "2 arrested
	// after brawl"): the structural patterns, list framing among them, are
	// not tried.
	skip := sc.skip
	t := &sc.toks[sc.words[p].tok]
	num := sc.text[t.start:t.end]
	clause := sc.words[p].clause
	q := s.numberEnd(sc, p, clause)
	if r, _ := utf8.DecodeRuneInString(num); isCurrency(r) || t.kind == tokNumber && (isMeasure(num) || isCrowd(num) || isFew(num)) || sc.scaled(p+1, q) {
		sc.skip |= formStructure
	}
	s.tryPatterns(sc, s.ix.numFirst, p, 0, p)
	if sc.leads(p) {
		s.tryPatterns(sc, s.ix.numLead, p, 0, p)
	}
	if prev := p - 1; prev >= 0 && sc.words[prev].id >= 0 && sc.words[prev].clause == clause {
		s.tryPatterns(sc, s.ix.pairs.get(pairKey(sc.words[prev].id, numberKey)), prev, 2, q)
	}
	if q < int32(len(sc.words)) {
		if next := &sc.words[q]; next.id >= 0 && next.clause == clause {
			s.tryPatterns(sc, s.ix.pairs.get(pairKey(numberKey, next.id)), p, 2, q+1)
		}
	}
	// Patterns of a number, a gap and a word: tried from p at each word
	// the gap may reach that such a pattern is filed under. A word met twice
	// finds the same match twice: settle keeps one, and a modifier applies
	// once to a hit in any case.
	stems, reach := s.ix.stems, sc.words[q:min(q+s.ix.numberGap+1, int32(len(sc.words)))]
	for g := range reach {
		w := &reach[g]
		if w.clause != clause {
			break
		}
		if stems[1+w.id].class&classAfterGap != 0 {
			s.tryPatterns(sc, s.ix.pairs.get(pairKey(numberGapKey, w.id)), p, 0, p)
		}
	}
	sc.skip = skip
}

// tryPatterns tries each listed pattern at word position p, whose first
// matched tokens the words up to position at have matched already: those
// of the index key the patterns are filed under.
func (s *Scorer) tryPatterns(sc *scratch, pats []int32, p, matched, at int32) {
	for _, pi := range pats {
		c := &s.ix.traits[pi]
		if c.form&sc.skip != 0 || c.form&formAnchored != 0 && !sc.leads(p) {
			continue
		}
		q := at
		if int32(c.size) > matched {
			pat := &s.ix.pats[pi]
			if !sc.present.covers(&pat.needs) {
				continue
			}
			if q = s.matchFrom(sc, pat.toks[matched:], at, sc.words[p].clause); q < 0 {
				continue
			}
		}
		if c.end && q != sc.textEnd() {
			continue
		}
		if c.exact && !s.headForms(sc, &s.ix.pats[pi], p, matched, at) {
			continue
		}
		m := match{pat: pi, from: p, to: q, class: int32(c.class)}
		if c.category.Scored() {
			sc.cands = append(sc.cands, m)
		} else {
			sc.mods = append(sc.mods, m)
		}
		sc.contexts = sc.contexts || c.context
	}
}

// headForms reports whether the words that matched the first matched
// tokens of pat by their stems alone, as the index files it, have the
// forms its words in quotes want: the first at position p and the last
// at position at - 1 (the first may be a number, which has no form).
func (s *Scorer) headForms(sc *scratch, pat *compiled, p, matched, at int32) bool {
	for k := range matched {
		pos := p
		if k == matched-1 {
			pos = at - 1
		}
		if t := &pat.toks[k]; t.form != 0 && !s.hasForm(sc, &sc.words[pos], t.form) {
			return false
		}
	}
	return true
}

// hasForm reports whether word w, folded, is index.forms[form].
func (s *Scorer) hasForm(sc *scratch, w *word, form int32) bool {
	return s.tokenHasForm(sc, sc.text, &sc.toks[w.tok], form)
}

// tokenHasForm reports whether word token t of text, folded, is
// index.forms[form].
func (s *Scorer) tokenHasForm(sc *scratch, text string, t *token, form int32) bool {
	word := text[t.start:t.end]
	if t.ascii { // folding only lowers it, so its length is the form's
		f := s.ix.forms[form]
		return len(word) == len(f) && strings.EqualFold(word, f)
	}
	sc.fold = lexicon.AppendFold(sc.fold[:0], word)
	return string(sc.fold) == s.ix.forms[form]
}

// formClasses returns the word classes and the word.starts of word token
// t of text, of vocabulary id id and stem st, which has classes that only
// a form of it is in (see classForm).
func (s *Scorer) formClasses(sc *scratch, text string, t *token, id int32, st *stemInfo) (class, starts uint8) {
	class, starts = st.class, st.starts
	for _, cf := range s.ix.classForms {
		if cf.id == id && class&cf.class == 0 && s.tokenHasForm(sc, text, t, cf.form) {
			class |= cf.class
		}
	}
	return class, starts | classStarts(class)
}

// counts reports whether the word at position p of the current sentence
// can fill a {num} slot: a number (word.isNumber) that is a count in its
// context (see countable), which is looked at only here, for the few
// numbers a pattern tries.
func (sc *scratch) counts(p int32) bool {
	w := &sc.words[p]
	return w.isNumber() && countable(sc.text, sc.toks, w.tok)
}

// countable reports whether toks[i], a number or a number word of text,
// can open a count of things, as a {num} slot wants: not the plural of a
// magnitude ("thousands march", "tens of", "in their 20s"), not a scale
// alone (see isScale), not either side of a slash ("9/11", "24/7") and
// not joined by a hyphen to a word, which makes it part of an adjective
// ("ten-year study", "3-day week"), save a number word ("twenty-five"),
// and not before the ordinal of a scale ("the 10 millionth visitor").
// Hyphens are as the tokenizer joined them, and number words as the
// lexicon's word class names them.
func countable(text string, toks []token, i int32) bool {
	t := &toks[i]
	if c := text[t.end-1]; c == 's' || c == 'S' {
		return false
	}
	if t.kind == tokWord && isScale(text[t.start:t.end]) {
		return false
	}
	if i > 0 && toks[i-1].end == t.start && text[t.start-1] == '/' {
		return false
	}
	if i+1 == int32(len(toks)) {
		return true
	}
	next := &toks[i+1]
	if next.start == t.end && text[t.end] == '/' {
		return false
	}
	if next.kind == tokWord && isScaleOrdinal(text[next.start:next.end]) {
		return false // "the 10 millionth visitor" ranks
	}
	joined := next.start == t.end+1 && text[t.end] == '-'
	return !joined || next.kind != tokWord || next.class&classNumber != 0
}

// isMeasure reports whether number, a number token, measures rather than
// counts: it has a decimal point or a per cent sign, or ends in a scale
// ("39K", "2bn").
func isMeasure(number string) bool {
	if strings.ContainsAny(number, ".%") {
		return true
	}
	end := len(number)
	for end > 0 && isLetter(number[end-1]) {
		end--
	}
	return end < len(number) && isScale(number[end:])
}

// isCrowd reports whether number, a number token, is 200 or more in
// digits ("450 sheep", "2,000 face redundancy"): a crowd or a total,
// longer than the lists a headline promises, which count to a hundred or
// so.
func isCrowd(number string) bool {
	v := 0
	for i := 0; i < len(number); i++ {
		switch c := number[i]; {
		case '0' <= c && c <= '9':
			v = min(10*v+int(c-'0'), 1000) // kept small: only whether it reaches 200 matters
		case c != ',':
			return v >= 200
		}
	}
	return v >= 200
}

// isFew reports whether number, a number token, is 0, 1 or 2 ("2 held
// after raid", "1 in 7 adults"): a pair or one, where a list has three
// items at least. News that writes its counts in digits reports them so.
func isFew(number string) bool { return len(number) == 1 && number[0] <= '2' }

// scaled reports whether a word at positions [from, to) of the current
// sentence, the number words after a number, is a scale ("six thousand",
// "one million"), which makes the number a crowd or a total.
func (sc *scratch) scaled(from, to int32) bool {
	for _, w := range sc.words[from:to] {
		if t := &sc.toks[w.tok]; isScale(sc.text[t.start:t.end]) {
			return true
		}
	}
	return false
}

// isScaleOrdinal reports whether word is the ordinal of a scale
// ("millionth"), which makes the number before it a rank.
func isScaleOrdinal(word string) bool {
	if n := len(word); n < len("millionth") || word[n-1]|0x20 != 'h' || word[n-2]|0x20 != 't' {
		return false // most words, at a glance
	}
	for _, w := range [...]string{"hundredth", "thousandth", "millionth", "billionth", "trillionth"} {
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}

// isScale reports whether word is a scale ("million", "bn", "k"), which
// goes on a number ("two million") but cannot open one: "Million Dollar
// Homepage", "BN Bank" count nothing.
func isScale(word string) bool {
	for _, w := range [...]string{"thousand", "million", "billion", "trillion", "bn", "mn", "tn", "k"} {
		if strings.EqualFold(word, w) {
			return true
		}
	}
	return false
}

// maxNumberWords bounds how many words one {num} slot takes ("two
// hundred thousand"), so that matching stays linear on any input.
const maxNumberWords = 4

// numberEnd returns the word position after the number that starts at p:
// the number and up to maxNumberWords - 1 number words after it ("$4
// trillion", "two hundred").
func (s *Scorer) numberEnd(sc *scratch, p, clause int32) int32 {
	n := int32(len(sc.words))
	q := p + 1
	for q < n && q-p < maxNumberWords {
		w := &sc.words[q]
		if w.clause != clause || !w.isNumber() || w.id < 0 { // a number word: a number token's id is -1
			break
		}
		q++
	}
	return q
}

// matchFrom matches pattern tokens pt at word position p within one clause
// and returns the position after the match, or -1.
func (s *Scorer) matchFrom(sc *scratch, pt []ptoken, p, clause int32) int32 {
	n := int32(len(sc.words))
	for i, t := range pt {
		switch t.kind {
		case lexicon.WordToken:
			if p >= n {
				return -1
			}
			w := &sc.words[p]
			if w.clause != clause || w.id != t.id { // t.id >= 0, so w is a word
				return -1
			}
			if t.form != 0 && !s.hasForm(sc, w, t.form) {
				return -1
			}
			p++
		case lexicon.NumberToken:
			if p >= n {
				return -1
			}
			if sc.words[p].clause != clause || !sc.counts(p) {
				return -1
			}
			p = s.numberEnd(sc, p, clause)
		case lexicon.GapToken:
			// Try the shortest gap first; gaps are short and few.
			for g := int32(0); g <= int32(t.max) && p+g <= n; g++ {
				if g > 0 && sc.words[p+g-1].clause != clause {
					break
				}
				if q := s.matchFrom(sc, pt[i+1:], p+g, clause); q >= 0 {
					return q
				}
			}
			return -1
		}
	}
	return p
}

// What may start a match at a word (word.starts): patterns filed under
// the word alone, under a {num} slot, or under the word and the next one,
// which the next one's startPairPrev says. startsOf packs the first three
// with the word's position, shifted by startShift.
const (
	startSingles = 1 << iota
	startPair
	startNumber
)

const (
	pairPrevShift = 2                          // moves a word's startPairPrev onto the word before it as startPair
	startPairPrev = startPair << pairPrevShift // the bit after startNumber
	startShift    = 4                          // past startPairPrev
)

// startsOf returns the word positions of the current sentence at which a
// match may start, with what may start there, in order. It reads the
// words without a branch that depends on the text, so that the branches
// of matching are taken only at the words that call for them: about half.
// It reads from the last word, so that the one after each is at hand.
func (s *Scorer) startsOf(sc *scratch) []int32 {
	words := sc.words
	starts := sc.starts
	if cap(starts) < len(words) {
		starts = make([]int32, len(words))
		sc.starts = starts
	}
	starts = starts[:len(words)]
	k := len(words) // starts[k:] are found
	var pair int32  // startPair if the word after the current one pairs with it
	for p := len(words) - 1; p >= 0; p-- {
		f := int32(words[p].starts)
		found := f&(startSingles|startNumber) | pair
		starts[k-1] = int32(p)<<startShift | found // k > p: a slot not yet found
		if found != 0 {
			k--
		}
		pair = f & startPairPrev >> pairPrevShift
	}
	return starts[k:]
}
