package score

import "strings"

// sentence is one sentence of a window, with what matching and the caps
// rules need to know of it, gathered in the pass that finds it.
type sentence struct {
	lo, hi      int32   // its tokens: toks[lo:hi]
	wlo, whi    int32   // its words and numbers: scratch.allWords[wlo:whi]
	words, caps int32   // its words of two or more letters, and those of them set in capitals
	marks       bool    // it has a "!", a "?", an ellipsis (a terminal mark but a period), an emoji or an asterisk after a word: a mark the rules read
	heading     bool    // it is a line of its own with no terminal mark, a title (see isTitleLine) or a short line above a blank one or at the end
	announces   bool    // it is a heading and the sentence after it is none, or a question above its answer: it announces the text below it (set for a passage's sentences only, see markAnnouncers)
	ownLine     bool    // it fills its lines: it opens the first, after a line break or at the window's start, and a line break or the window's end follows it
	present     wordSet // the vocabulary ids of its words
}

// word is a word or number of a sentence, with what matching reads of it
// at hand, so that a pattern word is tried with one load.
type word struct {
	tok    int32 // its token's index
	id     int32 // its vocabulary id, or -1: a number's is -1
	clause int32 // the clause it is in
	long   uint8 // 1 for a word of two or more letters, as the caps rules count words, else 0
	caps   bool  // such a word set in capitals: see token.caps
	// starts says what patterns may start at the word (startSingles,
	// startNumber) and whether the index may file one under the word
	// before it and this one (startPairPrev), as tokenize finds it.
	starts uint8
}

// isNumber reports whether w is a number in digits or words, not a year
// or a rank, which may fill a {num} slot: see scratch.counts.
func (w *word) isNumber() bool { return w.starts&startNumber != 0 }

// breakPoint is a place where a sentence may end, as the tokenizer notes
// it: a terminal mark, or line breaks between two tokens; or an emoji or
// an asterisk after a word, which end nothing but, like a mark, tell
// matchRules the sentence has tokens to read (sentence.marks).
type breakPoint struct {
	tok  int32 // the mark's token, or the token after the line breaks
	word int32 // the number of words and numbers before tok
	kind breakKind
}

type breakKind uint8

const (
	bpMark  breakKind = iota // ".", "!", "?" or an ellipsis
	bpLine                   // one line break
	bpItem                   // one line break between two lines of a list (see markLineLists)
	bpBlank                  // two or more: a blank line
	bpSign                   // an emoji, or an asterisk after a word: no end of a sentence, but a sign the rules read
)

// lineBreak notes a line break before token tok; blank says that the
// latest break noted is one before the same token, which this one makes a
// blank line (tokenize knows it, and the quotation it ends). A mark's
// break is noted at the mark's own token, so no mark shares a token with
// a line break after it.
func (sc *scratch) lineBreak(tok int32, blank bool) {
	if blank {
		sc.breaks[len(sc.breaks)-1].kind = bpBlank
		return
	}
	sc.breaks = append(sc.breaks, breakPoint{tok: tok, word: int32(len(sc.allWords)), kind: bpLine})
}

// splitSentences appends to dst the sentences of text, whose tokens are
// toks, whose words are words and where a sentence may end is at breaks, as
// tokenize notes them, and returns it. A sentence ends after ".", "!", "?"
// or an ellipsis (with any closing quotes and brackets) when the next word
// opens with a capital, a digit, a quotation mark or an opening bracket,
// and at a blank line. A period after an abbreviation ("Dr.", "U.S.",
// "e.g.") or an initial does not end one, nor does the period of a list
// item's number ("1. This dog ..."); decimals never reach here, since "3.5"
// is one number token. A line that opens a list item, with a bullet or a
// number ("- ", "• ", "2. ", "2) "), ends the sentence before it, and so
// does a line break after a title (see isTitleLine) or between two lines
// of a list of lines (bpItem, see markLineLists). Only the breaks are
// visited, not every token.
func splitSentences(dst []sentence, words []word, breaks []breakPoint, text string, toks []token) []sentence {
	n := int32(len(toks))
	var cur sentence
	next := int32(0)       // tokens before next are taken: a run of marks after the last break
	lineStart := int32(0)  // the first token of the current line
	blockStart := int32(0) // the first token after the latest blank line
	aboveStart := int32(0) // the first token of the line above the current one, if it is in the block
	opened := true         // the current sentence opens its line, as the window's first does
	for k, b := range breaks {
		i := b.tok
		if i < next || i >= n {
			continue
		}
		if b.kind == bpBlank {
			if i > cur.lo {
				cur.heading = isShortLine(toks, &cur, lineStart, i, b.word)
				cur.ownLine = opened
				dst = endSentence(dst, &cur, words, i, b.word)
			}
			lineStart, blockStart, aboveStart = i, i, i
			opened = true
			continue
		}
		if b.kind == bpSign {
			cur.marks = true
			continue
		}
		if b.kind == bpLine || b.kind == bpItem {
			// A sentence that fills its line may be a title; a line of a
			// list ends its sentence in any case. One that ends here fills
			// its lines if it opened the first of them.
			cur.ownLine = opened
			switch {
			case i <= cur.lo:
			case opensItem(text, toks, i):
				dst = endSentence(dst, &cur, words, i, b.word)
			case lineStart == cur.lo && isTitleLine(text, toks, cur.lo, i, lineAbove(toks, blockStart, aboveStart, cur.lo)):
				cur.heading = true
				dst = endSentence(dst, &cur, words, i, b.word)
			case b.kind == bpItem:
				dst = endSentence(dst, &cur, words, i, b.word)
			}
			aboveStart, lineStart = lineStart, i
			opened = opened || cur.lo == i // a sentence that ended here, or none yet, leaves the next to open the line
			continue
		}
		t := &toks[i]
		cur.marks = cur.marks || t.punct != pPeriod
		// Take the whole run of terminal marks and closers, up to a blank
		// line, where the next turn ends the sentence.
		j := i + 1
		for j < n && toks[j].kind == tokPunct && (isTerminal(toks[j].punct) || closes(toks[j])) && !blankBetween(text, &toks[j-1], &toks[j]) {
			cur.marks = cur.marks || isTerminal(toks[j].punct) && toks[j].punct != pPeriod
			j++
		}
		if j == n {
			break // the marks end the text, and so the last sentence
		}
		next = j
		if !opensSentence(&toks[j]) {
			continue
		}
		if t.punct == pPeriod && j == i+1 && (i > cur.lo && isAbbreviation(text, toks, i) || i == cur.lo+1 && isListMarker(text, toks, cur.lo)) {
			continue
		}
		cur.ownLine = opened && breaksLine(breaks[k+1:], j)
		dst = endSentence(dst, &cur, words, j, b.word) // only marks and closers since the break: no words
		// The next sentence goes on along the line, unless a break comes
		// before it.
		opened = false
	}
	if cur.lo < n {
		cur.heading = isShortLine(toks, &cur, lineStart, n, int32(len(words)))
		cur.ownLine = opened
		dst = endSentence(dst, &cur, words, n, int32(len(words)))
	}
	return dst
}

// breaksLine reports whether a line break comes before token j, at
// which a sentence's marks end: later holds the breaks after its last
// mark, of which only those of the marks before j are passed over.
func breaksLine(later []breakPoint, j int32) bool {
	for _, b := range later {
		if b.tok >= j {
			return b.tok == j && (b.kind == bpLine || b.kind == bpItem || b.kind == bpBlank)
		}
	}
	return false
}

// Lists of lines: see markLineLists.
const (
	minListLines     = 3  // the fewest lines of a block that make a list
	minListLineWords = 3  // the fewest words of a line of a list: fewer may be a title's end, wrapped
	maxListLineWords = 20 // the most words of a line of a list
)

// markLineLists turns into item breaks (bpItem) the line breaks of each
// block of text, between blank lines, that is a list of lines: three or
// more lines of minListLineWords to maxListLineWords words that each open
// as a sentence or a list item does and end on no comma, colon or dash
// and on no small word ("a", "of", "the"), as a list of headlines written
// one to a line is. Each line of such a block is a sentence of its own. In
// wrapped prose, a line opens with a small letter far more often than
// not, and a block of three lines that all open with a capital and none
// ends on a small word is all but unknown. words is the number of words
// and numbers of the window, whose tokens are toks and breaks its breaks.
func markLineLists(breaks []breakPoint, toks []token, text string, words int32) {
	n := int32(len(toks))
	first := 0 // the first break of the current block
	lineStart, lineWord := int32(0), int32(0)
	lines, list := 0, true
	endLine := func(end, word int32) {
		if end > lineStart {
			list = list && isListLine(text, toks, lineStart, end, word-lineWord)
			lines++
		}
		lineStart, lineWord = end, word
	}
	endBlock := func(last int) {
		if list && lines >= minListLines {
			for k := first; k < last; k++ {
				if breaks[k].kind == bpLine {
					breaks[k].kind = bpItem
				}
			}
		}
		first, lines, list = last+1, 0, true
	}
	for k, b := range breaks {
		if b.kind != bpLine && b.kind != bpBlank || b.tok >= n {
			continue
		}
		endLine(b.tok, b.word)
		if b.kind == bpBlank {
			endBlock(k)
		}
	}
	endLine(n, words)
	endBlock(len(breaks))
}

// isListLine reports whether tokens [lo, hi), a line of the given number
// of words, may be a line of a list (see markLineLists).
func isListLine(text string, toks []token, lo, hi, words int32) bool {
	if words < minListLineWords || words > maxListLineWords || !opensSentence(&toks[lo]) && !opensItem(text, toks, lo) {
		return false
	}
	switch last := &toks[hi-1]; last.kind {
	case tokPunct:
		return !leadsOn(last.punct)
	case tokWord:
		return last.upper || !isSmallLineEnd(text, last) // a capital may be a name's: "the UK"
	}
	return true
}

// leadsOn reports whether a line that ends on a mark of kind p runs on
// into the next: a comma, a colon, a semicolon or a dash.
func leadsOn(p punctKind) bool { return p == pComma || opensClause(p) || p == pDash }

// isSmallLineEnd reports whether word t is too small to end a title or a
// line of a list, as a word of wrapped prose often does: it has fewer than
// three letters, or is a small word of a title ("the", "and").
func isSmallLineEnd(text string, t *token) bool {
	return t.letters < 3 || t.letters == 3 && isSmallTitleWord(text[t.start:t.end])
}

// minAnsweredQuestions is the fewest questions on lines of their own,
// each with text after it, that make a window's text laid out as
// questions and answers: see markAnnouncers.
const minAnsweredQuestions = 2

// maxQuestionLineWords is the most words of a question on a line of its
// own that may head an answer: see isQuestionLine.
const maxQuestionLineWords = 20

// markAnnouncers marks the headings of sents, the sentences of a window
// whose tokens are toks, that announce the text below them: a heading
// followed by a sentence that is none. A heading followed by another, as
// in a list of headlines, or by nothing announces nothing. In text laid
// out as questions and answers, as a page of frequently asked questions
// or a guide with questions for its subheads is, a question on a line of
// its own with text after it announces that text too, which answers it
// (see asksAbove): minAnsweredQuestions or more such questions make the
// layout. One alone, as an opinion piece or a post asks a question and
// goes on to argue, stays a question put to the reader.
func markAnnouncers(sents []sentence, toks []token) {
	answered := 0
	for i := 0; i+1 < len(sents); i++ {
		sents[i].announces = sents[i].heading && !sents[i+1].heading
		if asksAbove(sents, toks, i) {
			answered++
		}
	}
	if answered < minAnsweredQuestions {
		return
	}
	for i := 0; i+1 < len(sents); i++ {
		sents[i].announces = sents[i].announces || asksAbove(sents, toks, i)
	}
}

// asksAbove reports whether sents[i], a sentence of a window whose tokens
// are toks, is a question on a line of its own with text after it, which
// may answer it: the sentence after it is neither a heading nor such a
// question.
func asksAbove(sents []sentence, toks []token, i int) bool {
	return isQuestionLine(toks, &sents[i]) && !sents[i+1].heading && !isQuestionLine(toks, &sents[i+1])
}

// isQuestionLine reports whether sentence sn, whose tokens are in toks,
// is a question set on a line of its own: it fills its line (see
// sentence.ownLine), ends with "?" (and any closing marks) and has at
// most maxQuestionLineWords words.
func isQuestionLine(toks []token, sn *sentence) bool {
	if !sn.ownLine || !sn.marks || sn.whi-sn.wlo > maxQuestionLineWords {
		return false
	}
	last := lastBeforeClosers(toks, sn.lo, sn.hi)
	return last >= sn.lo && toks[last].kind == tokPunct && toks[last].punct == pQuestion
}

// endSentence ends sentence cur before token hi and word whi, counts its
// words, appends it to dst, and makes cur the next.
func endSentence(dst []sentence, cur *sentence, words []word, hi, whi int32) []sentence {
	cur.hi, cur.whi = hi, whi
	for _, w := range words[cur.wlo:whi] {
		cur.present.add(w.id) // -1 only makes the set a little less sure
		cur.words += int32(w.long)
		if w.caps {
			cur.caps++
		}
	}
	dst = append(dst, *cur)
	*cur = sentence{lo: hi, wlo: whi}
	return dst
}

// maxHeadingWords is the most words of a line with no terminal mark above
// a blank line that make it a heading ("What happens next\n\n") rather
// than a paragraph that lacks its final mark.
const maxHeadingWords = 12

// isShortLine reports whether sentence cur, which a blank line or the end
// of the text ends before token end and word whi, is a heading: it fills
// its line (lineStart opens it), has at most maxHeadingWords words, and
// ends on no terminal mark or closer.
func isShortLine(toks []token, cur *sentence, lineStart, end, whi int32) bool {
	last := &toks[end-1]
	return lineStart == cur.lo && whi-cur.wlo <= maxHeadingWords &&
		!(last.kind == tokPunct && (isTerminal(last.punct) || closes(*last)))
}

// opensClause reports whether a mark of kind p, a colon or a semicolon,
// opens a clause that may lead as a sentence does ("Poll: Who ...").
func opensClause(p punctKind) bool { return p == pColon || p == pSemicolon }

func isTerminal(p punctKind) bool {
	return p == pPeriod || p == pExclaim || p == pQuestion || p == pEllipsis
}

// opensSentence reports whether token t may open a sentence after a
// terminal mark or a title: a word that opens with a capital, a number, or
// an opening quotation mark or bracket.
func opensSentence(t *token) bool {
	return t.upper || t.kind == tokPunct && (t.punct == pQuote || t.punct == pBracket) && t.opening
}

// closes reports whether t is a closing quotation mark or bracket.
func closes(t token) bool {
	return (t.punct == pQuote || t.punct == pBracket) && !t.opening
}

// blankBetween reports whether a blank line, two line breaks, parts token
// a from token b, the next: only a gap of two bytes or more is searched.
func blankBetween(text string, a, b *token) bool {
	if b.start-a.end < 2 {
		return false
	}
	gap := text[a.end:b.start]
	first := strings.IndexByte(gap, '\n')
	return first >= 0 && strings.IndexByte(gap[first+1:], '\n') >= 0
}

// isAbbreviationWord reports whether a word in small letters ends in a
// period without ending a sentence: a title, a month, "etc". ("no" does
// only before a number: see isAbbreviation.) A switch,
// which the compiler makes a search by length and bytes, costs less than a
// map's hash.
func isAbbreviationWord(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "dr", "prof", "sr", "jr",
		"st", "mt", "ft", "gen", "gov", "sen", "rep",
		"rev", "capt", "col", "lt", "sgt", "pres",
		"inc", "ltd", "co", "corp", "bros", "vs", "etc",
		"vol", "fig", "approx", "est", "dept", "univ",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug",
		"sep", "sept", "oct", "nov", "dec",
		"calif", "ariz", "colo", "conn", "fla", "okla", "tenn", "minn", "mich", "wis", "nev", "neb":
		return true
	}
	return false
}

// isAbbreviation reports whether the period toks[i], after a word, is
// part of an abbreviation or an initial ("J.", the "S" of "U.S."). A
// letter after a number, with a space after its period, is a unit ("at
// 300 K. The"), not an initial; "5 A.M." stays one.
func isAbbreviation(text string, toks []token, i int32) bool {
	w, p := &toks[i-1], &toks[i]
	if w.kind != tokWord || w.end != p.start {
		return false
	}
	if w.letters == 1 {
		unit := i >= 2 && toks[i-2].kind == tokNumber && (i+1 == int32(len(toks)) || toks[i+1].start > p.end)
		return !unit
	}
	word := text[w.start:w.end]
	if len(word) > 6 {
		return false
	}
	var buf [8]byte
	b := buf[:0]
	for i := 0; i < len(word); i++ {
		c := word[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if string(b) == "no" { // the sign of a number before one ("no. 8", "No.5"), else the word ("she said no.")
		return isDigitAt(text, int(p.end)) || beforeNumber(text, int(p.start))
	}
	return isAbbreviationWord(string(b))
}

// isListMarker reports whether toks[lo] and toks[lo+1] are a list item's
// number and the period or closing bracket right after it, "1." to
// "999.", "1)" to "999)", as a numbered item opens ("3. This dog ..."):
// no sentence of its own, but the start of the item's.
func isListMarker(text string, toks []token, lo int32) bool {
	if int(lo)+1 >= len(toks) {
		return false
	}
	n, p := &toks[lo], &toks[lo+1]
	if n.kind != tokNumber || p.kind != tokPunct || n.end != p.start || n.end-n.start > 3 ||
		p.punct != pPeriod && (p.punct != pBracket || text[p.start] != ')') {
		return false
	}
	for _, c := range []byte(text[n.start:n.end]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// opensItem reports whether toks[i], the first token of a line, opens a
// list item: a bullet with a space after it ("- ", "* ", "• "), or a
// number marked as an item's (see isListMarker).
func opensItem(text string, toks []token, i int32) bool {
	t := &toks[i]
	if t.kind == tokNumber {
		return isListMarker(text, toks, i)
	}
	if int(i)+1 >= len(toks) || toks[i+1].start == t.end {
		return false
	}
	switch text[t.start:t.end] {
	case "-", "–", "—", "*", "•", "·", "‣", "◦", "▪", "+":
		return true
	}
	return false
}

// isTitleLine reports whether tokens [lo, i), a sentence that fills its
// line and that a line break before token i would end, are a title, which
// a line that opens a sentence follows: "This Is Why Nobody Trusts The
// Council\nThe council voted ...". above is the length in bytes of the
// line above in the same block, 0 for the block's first line. The title
// must end on a word, a number or a closing mark but no comma, colon, dash
// or terminal mark, and have two words or more of four letters or more
// ("Road closed"), or be one capitalised word of four letters or more on
// its block's first line ("Update\nThe road ..."): below another line, a
// word alone is as often a title's last word, wrapped, or the start of a
// sentence cut short by its line. Set in title case, every word of three
// letters or more capitalised but the small words of a title ("the",
// "and"), it may stand anywhere. Set in sentence case, it must end on a
// word of three letters or more that is not a small word, and be shorter
// than four fifths of the next line and of the line above, if any: a title
// stands apart from the text around it, as does a heading between
// paragraphs that each fill a line, while the first line of prose that
// wraps before a capital ("The United Nations met on\nTuesday ...") is
// about as long as the line after it, and seldom ends on a noun; and in
// wrapped prose only a paragraph's last line falls short, which ends on a
// mark.
func isTitleLine(text string, toks []token, lo, i int32, above int) bool {
	last := &toks[i-1]
	if !opensSentence(&toks[i]) ||
		last.kind == tokPunct && (isTerminal(last.punct) || leadsOn(last.punct)) {
		return false
	}
	long, small := 0, false // words of four letters or more, and whether one is in sentence case
	for _, t := range toks[lo:i] {
		if t.kind != tokWord {
			continue
		}
		if t.letters >= 4 && !t.upper || t.letters == 3 && !t.upper && !isSmallTitleWord(text[t.start:t.end]) {
			small = true
		}
		if t.letters >= 4 {
			long++
		}
	}
	if long < 2 {
		return long == 1 && i-lo == 1 && last.upper && above == 0
	}
	if !small {
		return true
	}
	n := int(last.end - toks[lo].start)
	return last.kind == tokWord && !isSmallLineEnd(text, last) &&
		(above == 0 || fallsShort(n, above)) && fallsShort(n, nextLineLen(text, toks, i))
}

// fallsShort reports whether a line of n bytes is shorter than four
// fifths of one of other bytes, as a title is beside the prose around it.
func fallsShort(n, other int) bool { return 5*n < 4*other }

// lineAbove returns the length in bytes of the line of tokens [start, lo),
// the line above the one that token lo opens, or 0 if lo opens its block
// (blockStart).
func lineAbove(toks []token, blockStart, start, lo int32) int {
	if lo == blockStart || start >= lo {
		return 0
	}
	return int(toks[lo-1].end - toks[start].start)
}

// nextLineLen returns the length in bytes of the line that token i opens,
// without the space at its end. The line is read no further than the last
// token, the window's end, so that each line is read at most once a
// window, whatever the text.
func nextLineLen(text string, toks []token, i int32) int {
	next := text[toks[i].start:toks[len(toks)-1].end]
	if end := strings.IndexByte(next, '\n'); end >= 0 {
		next = next[:end]
	}
	return len(strings.TrimRight(next, " \t\r"))
}

// isSmallTitleWord reports whether a word of three letters in small
// letters may stand in a title set in title case: an article, a
// conjunction or a preposition ("the", "and", "for").
func isSmallTitleWord(w string) bool {
	switch w {
	case "the", "and", "but", "for", "nor", "yet", "via", "per", "off", "out":
		return true
	}
	return false
}
