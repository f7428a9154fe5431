package score

import (
	"strings"

	"github.com/luridlab/lurid/lexicon"
)

// Limits of the rules.
const (
	// capsTextShare is the share of words (of two or more letters) set in
	// capitals above which a headline or sentence is set wholly in capitals.
	capsTextShare = 0.75
	// capsTextMinWords is the fewest capitalised words that make a text set
	// in capitals; "NASA launches probe" is not.
	capsTextMinWords = 3
	// capsMinLetters is the fewest letters a word in capitals needs to count
	// as shouting: "OMG" counts, "US" does not.
	capsMinLetters = 3
	// capsKnownLetters is the fewest letters a word in capitals needs to
	// count as shouting when the lexicon does not know it: see shouts.
	capsKnownLetters = 5
	// maxKickerWords is the most words in capitals a kicker label has
	// ("JUST IN:"): see kickerEnd.
	maxKickerWords = 3
	// maxDatelineTokens is the most tokens a dateline has between its
	// place and its dash ("WASHINGTON, June 3 (AP) —"): see datelineEnd.
	maxDatelineTokens = 10
	// runStep and runMaxSteps set the weight of a run of "!": each mark past
	// the first adds runStep times the weight, up to runMaxSteps of them.
	runStep     = 0.5
	runMaxSteps = 2
)

// RunFactor returns the factor applied to a run of n exclamation marks:
// 1 + 0.5·min(n−1, 2), so "!!" counts 1.5 times "!" and no run counts more
// than twice.
func RunFactor(n int) float64 {
	return 1 + runStep*float64(min(max(n-1, 0), runMaxSteps))
}

// countCaps counts the words of two or more letters in sents, and those
// of them set in capitals, from what splitSentences gathered.
func countCaps(sents []sentence) (words, caps int) {
	for i := range sents {
		words, caps = words+int(sents[i].words), caps+int(sents[i].caps)
	}
	return words, caps
}

// isCaps reports whether a text with the given counts is set in capitals.
func isCaps(words, caps int) bool {
	return caps >= capsTextMinWords && float64(caps) >= capsTextShare*float64(words)
}

// matchRules applies the structural rules to sentence sn. Only a sentence
// with a mark or a word in capitals has tokens for them to look at, save
// its last.
func (s *Scorer) matchRules(sc *scratch, sn *sentence, capsText bool) {
	toks := sc.toks
	lo, hi := sn.lo, sn.hi
	capsRule := s.ix.rules[lexicon.RuleCaps]
	if !sn.marks && (sn.caps == 0 || capsText) {
		hi = lo // no token to look at
	}
	kicker := kickerEnd(sc.text, toks, lo, hi)
	for i := lo; i < hi; i++ {
		t := &toks[i]
		switch {
		case t.kind == tokWord:
			if t.caps && capsRule >= 0 && !capsText && i >= kicker && shouts(sc.text, t) && !isLabel(sc.text, toks, lo, hi, i) {
				s.addHit(sc, capsRule, t.start, t.end, -1, -1, t.quote)
			}
		case t.kind == tokPunct && (t.punct == pExclaim || t.punct == pQuestion):
			i = s.matchMarks(sc, lo, hi, i) - 1
		case t.kind == tokPunct && t.punct == pEllipsis:
			if r := s.ix.rules[lexicon.RuleEllipsis]; r >= 0 {
				s.addHit(sc, r, t.start, t.end, -1, -1, t.quote)
			}
		case t.kind == tokEmoji:
			i = s.matchEmoji(sc, hi, i) - 1
		case isStar(sc.text, t):
			if end := maskedEnd(sc.text, toks, lo, hi, i); end > i {
				if r := s.ix.rules[lexicon.RuleMasked]; r >= 0 {
					s.addHit(sc, r, toks[i-1].start, toks[end-1].end, -1, -1, toks[i-1].quote)
				}
				i = end - 1
			}
		}
	}
	// A sentence that breaks off with a dash, before any closing marks.
	last := lastBeforeClosers(toks, sn.lo, sn.hi)
	if r := s.ix.rules[lexicon.RuleDashEnd]; r >= 0 && last >= lo && toks[last].punct == pDash && toks[last].kind == tokPunct {
		s.addHit(sc, r, toks[last].start, toks[last].end, -1, -1, toks[last].quote)
	}
}

// shouts reports whether word t, in capitals, is set so for emphasis
// rather than as an acronym, by its letters alone: not an acronym the
// lexicon names, and with a vowel ("NYC" has none); and either a word the
// lexicon knows ("THE", "OMG"), or a long one with an English word's
// ending ("PERFECTLY", "RUINING", "OBSESSED"). A word in capitals that
// the lexicon does not know is most often an acronym, short ("UBS",
// "RAF") or long ("USAID", "DARPA", "CONCACAF"), or a numeral ("XVI"),
// names that news and reports are full of; an acronym does not inflect.
func shouts(text string, t *token) bool {
	word := text[t.start:t.end]
	return t.letters >= capsMinLetters && t.class&classAcronym == 0 && hasVowel(word) &&
		(t.class&classKnown != 0 || t.letters >= capsKnownLetters && hasWordEnding(word))
}

// wordEndings are endings of English words that acronyms lack: the
// inflections and the commonest derivations, in capitals. Their plurals
// end as plurals do (see hasWordEnding).
var wordEndings = [...]string{"LY", "ING", "ED", "ER", "EST", "TION", "SION", "NESS", "MENT", "ABLE", "IBLE", "FUL", "LESS", "OUS", "IVE"}

// hasWordEnding reports whether word, in capitals, ends as an English
// word does (see wordEndings), or as a plural: in "S", but not in "SS",
// "US" or "IS" ("ACCESS", "NEXUS" and "ANALYSIS" are no plurals).
func hasWordEnding(word string) bool {
	for _, e := range wordEndings {
		if strings.HasSuffix(word, e) {
			return true
		}
	}
	n := len(word)
	return n >= 2 && word[n-1] == 'S' && !strings.ContainsRune("SUI", rune(word[n-2]))
}

// kickerEnd returns the token after the kicker that opens tokens [lo, hi),
// whose capitals are the convention of news, not shouting: up to
// maxKickerWords words in capitals and then a colon, the label put before
// a headline ("UPDATE:", "JUST IN:"), or a dateline (see datelineEnd). It
// returns lo when there is none.
func kickerEnd(text string, toks []token, lo, hi int32) int32 {
	k := lo
	for k < hi && k-lo < maxKickerWords && toks[k].kind == tokWord && toks[k].caps {
		k++
	}
	if k == lo || k == hi {
		return lo
	}
	if t := &toks[k]; t.kind == tokPunct && opensClause(t.punct) {
		return k + 1
	}
	return datelineEnd(text, toks, lo, k, hi)
}

// datelineEnd returns the token after the dateline that opens tokens
// [lo, hi), whose place in capitals ends before token k: then at once a dash
// ("PARIS —", where the place is no word the lexicon knows), or an agency
// in brackets or a date after a comma, and a dash ("LONDON (Reuters) -",
// "WASHINGTON, June 3 (AP) —"). Between the place and the dash may stand
// only numbers, commas, periods, brackets and words that open with a
// capital, set wholly in capitals only inside brackets ("(AP)"), so that a
// headline that shouts on ("WOW, THIS IS IT - ...") has none. It returns lo
// when there is none.
func datelineEnd(text string, toks []token, lo, k, hi int32) int32 {
	switch t := &toks[k]; {
	case t.kind != tokPunct:
		return lo
	case t.punct == pDash:
		// "PARIS — ...", but not "SHOCKING — ...": the word before a dash
		// alone must be no word of the lexicon's.
		if toks[k-1].class&classKnown != 0 {
			return lo
		}
	case t.punct != pComma && !(t.punct == pBracket && t.opening):
		return lo
	}
	inBrackets := false
	for j := k; j < hi && j-k <= maxDatelineTokens; j++ {
		t := &toks[j]
		switch {
		case t.kind == tokPunct && t.punct == pDash:
			return j + 1
		case t.kind == tokPunct && t.punct == pBracket:
			inBrackets = t.opening
		case t.kind == tokPunct && (t.punct == pComma || t.punct == pPeriod), t.kind == tokNumber:
		case t.kind == tokWord && t.upper && (inBrackets || !t.caps):
		default:
			return lo
		}
	}
	return lo
}

// isLabel reports whether word i of tokens [lo, hi) is a label: a
// hashtag ("#BREAKING"), or a word in capitals alone in brackets
// ("(VIDEO)", "[PHOTOS]"), which, like a kicker, is the convention of a
// feed, not shouting.
func isLabel(text string, toks []token, lo, hi, i int32) bool {
	if isHashtag(text, &toks[i]) {
		return true
	}
	if i == lo || i+1 >= hi {
		return false
	}
	open, close := &toks[i-1], &toks[i+1]
	return open.punct == pBracket && close.punct == pBracket && open.kind == tokPunct && close.kind == tokPunct &&
		(text[open.start] == '(' || text[open.start] == '[') && (text[close.start] == ')' || text[close.start] == ']')
}

// matchEmoji handles the run of emoji that starts at token i, and returns
// the index after it: emoji with nothing but the joiners, skin tones and
// variation selectors of emoji sequences between them count once.
func (s *Scorer) matchEmoji(sc *scratch, hi, i int32) int32 {
	toks := sc.toks
	j := i + 1
	for j < hi && toks[j].start == toks[j-1].end && (toks[j].kind == tokEmoji ||
		(toks[j].kind == tokSymbol || toks[j].kind == tokWord) && isEmojiPart(sc.text[toks[j].start:toks[j].end])) {
		j++
	}
	if r := s.ix.rules[lexicon.RuleEmoji]; r >= 0 {
		s.addHit(sc, r, toks[i].start, toks[j-1].end, -1, -1, toks[i].quote)
	}
	return j
}

// maxMaskRun is the longest run of asterisks that masks letters: longer
// runs are rules and ornaments ("*****").
const maxMaskRun = 4

// maskedEnd returns the index after the masked word whose first asterisk
// is toks[i], or 0 if none is: a word joined to the asterisk before it,
// and then runs of one to maxMaskRun asterisks and words, all joined,
// that end on a word ("f*cking", "sh*t", "M*A*S*H") or, after a word of
// one or two letters, on a run of two or more ("f***", "sh**"), four
// bytes at least in all, so that "x*y" is a product, "word*" a
// footnote's mark and "**bold**" and "**in bold**" markup, whose first
// word an asterisk opens or whose last is longer, none.
func maskedEnd(text string, toks []token, lo, hi, i int32) int32 {
	joined := func(j int32) bool { return j < hi && toks[j].start == toks[j-1].end } // toks[j] follows toks[j-1] with no space
	first := i - 1
	if first < lo || toks[first].kind != tokWord || !joined(i) || first > lo && joined(first) && isStar(text, &toks[first-1]) {
		return 0
	}
	end, j := int32(0), i
	for {
		run := int32(0)
		for joined(j) && isStar(text, &toks[j]) {
			run, j = run+1, j+1
		}
		if run == 0 || run > maxMaskRun {
			break
		}
		if joined(j) && toks[j].kind == tokWord {
			j++
			end = j
			continue
		}
		if run >= 2 && j-run == i && toks[first].end-toks[first].start <= 2 {
			end = j // the mask ends the word, whose letters shown are one or two
		}
		break
	}
	if end == 0 || toks[end-1].end-toks[first].start < 4 {
		return 0
	}
	return end
}

// isStar reports whether token t of text is an ASCII asterisk.
func isStar(text string, t *token) bool {
	return t.kind == tokPunct && t.punct == pOther && text[t.start] == '*'
}

// isEmojiPart reports whether a token's text is only the parts that join
// emoji into one: zero-width joiners, variation selectors and skin tones.
func isEmojiPart(text string) bool {
	for _, r := range text {
		if r != 0x200D && r != 0xFE0F && r != 0xFE0E && !isSkinTone(r) {
			return false
		}
	}
	return text != ""
}

// matchMarks handles the run of "!" and "?" that starts at token i and
// returns the index after it. Marks form a run when nothing separates them.
func (s *Scorer) matchMarks(sc *scratch, lo, hi, i int32) int32 {
	toks := sc.toks
	j, excl, ques := i, 0, 0
	for j < hi && toks[j].kind == tokPunct && (toks[j].punct == pExclaim || toks[j].punct == pQuestion) &&
		(j == i || toks[j].start == toks[j-1].end) {
		if toks[j].punct == pExclaim {
			excl++
		} else {
			ques++
		}
		j++
	}
	start, end, quote := toks[i].start, toks[j-1].end, toks[i].quote
	switch {
	case excl > 0 && ques > 0:
		if r := s.ix.rules[lexicon.RuleInterrobang]; r >= 0 {
			s.addHit(sc, r, start, end, -1, -1, quote)
		}
	case excl > 0:
		if r := s.ix.rules[lexicon.RuleExclaim]; r >= 0 {
			modLo, factor := int32(len(sc.modBuf)), 1.0
			if excl > 1 {
				factor = RunFactor(excl)
				sc.addModifier(&s.ix.entries[r], lexicon.Intensifier, ModifierRun, factor, start, end)
			}
			s.addHitWith(sc, r, start, end, -1, -1, quote, modLo, factor)
		}
	}
	if ques == 0 {
		return j
	}
	// The question runs back to the last mark that ends a sentence or
	// clause, or to the opening quotation mark of a quoted question.
	q := i - 1
	for ; q >= lo; q-- {
		t := &toks[q]
		if t.kind == tokPunct && (isTerminal(t.punct) || opensClause(t.punct) || t.punct == pQuote && t.opening && quote > 0) {
			break
		}
	}
	q++
	for q < i && toks[q].kind == tokPunct {
		q++
	}
	qStart := toks[q].start
	if r := s.ix.rules[lexicon.RuleQuestion]; r >= 0 {
		s.addHit(sc, r, qStart, end, -1, -1, quote)
	}
	if r := s.ix.rules[lexicon.RuleFragmentQuestion]; r >= 0 && isFragment(toks, q, i) {
		s.addHit(sc, r, qStart, end, -1, -1, quote)
	}
	return j
}

// lastClauseWords is how many words into the last clause of a question
// a question word may come and still ask it: "..., but who knows?",
// "..., but for how long?".
const lastClauseWords = 3

// isFragment reports whether the question of tokens [q, i) asks without
// a question word: its first word is none, nor, after a conjunction, its
// second ("And what about borrowers?", "But how?"), and none of the first
// lastClauseWords words of its last clause, after a comma or a dash, is
// one either ("Knicks need a guard, but who knows?" asks in its last
// clause). A question of no words is none.
func isFragment(toks []token, q, i int32) bool {
	first, last := int32(-1), q // the word that may ask, and where the last clause starts
	for k := q; k < i; k++ {
		switch t := &toks[k]; {
		case t.kind == tokWord || t.kind == tokNumber:
			if first < 0 || k == first+1 && toks[first].class&classConjunction != 0 {
				first = k // the first word, or the word right after a conjunction that was
			}
		case t.kind == tokPunct && (t.punct == pComma || t.punct == pDash):
			last = k + 1
		}
	}
	if first < 0 || toks[first].class&classInterrogative != 0 {
		return false
	}
	if last == q { // one clause, which its first word opened
		return true
	}
	for k, words := last, 0; k < i && words < lastClauseWords; k++ {
		if t := &toks[k]; t.kind == tokWord {
			if t.class&classInterrogative != 0 {
				return false
			}
			words++
		}
	}
	return true
}
