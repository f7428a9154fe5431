package score

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/luridlab/lurid/lexicon"
	"golang.org/x/text/width"
)

// tokenKind says what a token is.
type tokenKind uint8

const (
	tokWord   tokenKind = iota // letters, digits and marks, with apostrophes inside
	tokNumber                  // digits with separators, an optional currency sign, "%" or suffix
	tokPunct                   // punctuation, see punctKind
	tokSymbol                  // anything else: symbols, invalid bytes
	tokEmoji                   // an emoji (see isEmoji)
)

// punctKind names a punctuation token after folding: full-width and
// typographic forms map to the same kind as their ASCII cousins.
type punctKind uint8

const (
	pNone      punctKind = iota
	pExclaim             // !
	pQuestion            // ?
	pPeriod              // .
	pEllipsis            // ... or …
	pDash                // — – ― -- or a hyphen standing alone
	pComma               // ,
	pColon               // :
	pSemicolon           // ;
	pQuote               // a double quotation mark, or a single one used as such
	pBracket             // ( ) [ ] { }
	pOther               // any other punctuation
)

// token is one unit of text. start and end are half-open byte offsets into
// the scored string; everything else describes the bytes between them.
// The one-byte fields go together, so that a token is 24 bytes. A word's
// vocabulary id and clause are kept in its word record (see word).
type token struct {
	start, end int32
	kind       tokenKind
	punct      punctKind
	caps       bool  // a word of two or more letters, all of them capitals
	upper      bool  // a word or number whose first letter is a capital, or a number
	opening    bool  // pQuote, pBracket: an opening mark
	rank       bool  // a number that names a year, a decade or a rank ("2015", "1990s", "2nd"), not a count
	ascii      bool  // a word of ASCII letters and digits only, which folding only lowers
	class      uint8 // words: word classes of the stem (classNumber, ...)
	quote      int32 // 1 + index of the opening quotation mark the token is inside; 0 outside quotes
	letters    int32 // words: the number of letters
}

// byte classes for the ASCII fast path.
const (
	cOther uint8 = iota
	cSpace
	cLetter
	cDigit
	cPunct
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = cSpace
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = cLetter
		case '0' <= c && c <= '9':
			t[c] = cDigit
		case c > ' ' && c < 0x7f:
			t[c] = cPunct
		}
	}
	return t
}()

// latestPartners returns the stemInfo.partners of the latest word in
// allWords if it is in the given clause, or else 0: what tokenize needs
// to go on with after reading a link, which may have taken words back.
func (sc *scratch) latestPartners(s *Scorer, clause int32) uint32 {
	if n := len(sc.allWords); n > 0 && sc.allWords[n-1].clause == clause {
		return s.ix.stems[1+sc.allWords[n-1].id].partners
	}
	return 0
}

// tokenize appends the tokens of text[from:] to toks and returns it; their
// offsets index text. It runs in time linear in len(text) - from and never
// fails: bytes that are not valid UTF-8 become one-byte symbol tokens.
// Given a Scorer, it looks each word up as it reads it (see wordID),
// while the word's bytes are at hand, and notes in sc the words and
// numbers (scratch.allWords) and the places where a sentence may end
// (scratch.breaks) for splitSentences; without one (s and sc nil), it
// only splits the text into tokens, and words have no word classes.
func tokenize(toks []token, text string, from int, s *Scorer, sc *scratch) []token {
	var clause int32
	inQuote, inSingle := false, false
	var partners uint32 // stemInfo.partners of the latest word of the clause, if it is the latest in scratch.allWords
	var openAt int32    // 1 + index of the latest opening quotation mark
	var inside int32    // openAt while a quotation is open, else 0: the quote of a new token
	lineAt := int32(-1) // the number of tokens at the latest line break: a second break with none since is a blank line
	i := from
	for i < len(text) {
		c := text[i]
		r, size, class := rune(c), 1, cOther
		if c < utf8.RuneSelf {
			class = asciiClass[c]
			if class == cSpace { // the ASCII spaces that make up much of text
				if c == '\n' {
					blank := lineAt == int32(len(toks))
					lineAt = int32(len(toks))
					if s != nil {
						sc.lineBreak(lineAt, blank)
					}
					if blank && inside != 0 {
						// A quotation that runs on into a new paragraph
						// opens again there with a mark of its own; one
						// left open is a stray mark, which quotes no more.
						inQuote, inSingle, inside = false, false, 0
					}
				}
				i++
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			if r != utf8.RuneError && lexicon.IsWordRune(r) {
				class = cLetter
			}
		}
		if c == '.' && opensDecimal(text, i, toks) {
			class = cDigit // ".500", read as the number it is
		}
		switch {
		case class == cLetter:
			// A run of words, each token and record filled in place (see
			// extend), in a loop of its own that keeps only what a word needs.
			for {
				t := extend(&toks)
				*t = token{quote: inside}
				key := scanWord(t, text, i)
				if s != nil {
					id := s.wordID(sc, text, t, key)
					st := &s.ix.stems[1+id]
					t.class = st.class
					starts := st.starts
					if st.formClass != 0 { // a class that only a form of the stem is in
						t.class, starts = s.formClasses(sc, text, t, id, st)
					}
					w := extend(&sc.allWords)
					w.tok, w.id, w.clause = int32(len(toks)-1), id, clause
					w.long, w.caps = uint8(min(t.letters>>1, 1)), t.caps
					pairPrev := partners >> (uint32(id) % 32) & 1 &^ uint32(id>>31) // none for a word outside the vocabulary
					w.starts = starts | uint8(pairPrev)*startPairPrev
					partners = st.partners
				}
				i = int(t.end)
				if i < len(text) && text[i] == ' ' {
					i++ // the space that most often follows, skipped here
				}
				if i >= len(text) || asciiClass[text[i]&0x7f] != cLetter || text[i] >= utf8.RuneSelf {
					break // the next token is no word of ASCII letters: the main loop reads it
				}
			}
			continue
		case c >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
			continue
		case isCurrency(r):
			if j := i + size; j < len(text) && (asciiClass[text[j]&0x7f] == cDigit && text[j] < utf8.RuneSelf || text[j] == '.' && isDigitAt(text, j+1)) {
				end := scanNumber(text, j)
				toks = append(toks, token{start: int32(i), end: int32(end), kind: tokNumber, upper: true, quote: inside})
				if s != nil {
					sc.allWords = append(sc.allWords, word{tok: int32(len(toks) - 1), id: -1, clause: clause, starts: startNumber})
					partners = 0
				}
				i = end
				continue
			}
			toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tokSymbol})
			i += size
			continue
		case class == cDigit:
			end := scanNumber(text, i)
			rank := isYear(text[i:end]) || isOrdinal(text[i:end])
			toks = append(toks, token{start: int32(i), end: int32(end), kind: tokNumber, upper: true, rank: rank, quote: inside})
			if s != nil {
				w := word{tok: int32(len(toks) - 1), id: -1, clause: clause}
				if !rank {
					w.starts = startNumber
				}
				sc.allWords = append(sc.allWords, w)
				partners = 0
			}
			i = end
			continue
		}
		if c == ':' || c == '@' || c == '.' && i+1 < len(text) && isHostByte(text[i+1]) { // not a period before a space, most often
			if end := readLink(&toks, text, i, s, sc, clause, inside); end > 0 {
				i = end
				if s != nil {
					partners = sc.latestPartners(s, clause)
				}
				continue
			}
			if c == '.' && s != nil && len(toks) > 0 && isDottedInitial(text, &toks[len(toks)-1]) {
				maskWord(sc.allWords, len(sc.allWords)-1) // the "I" of "I.R.S." is no first person
			}
		}
		// Punctuation and symbols. Full-width forms fold to ASCII first;
		// the marks of English text and the emoji have no other width, and
		// are not looked up.
		folded := r
		if c >= utf8.RuneSelf && hasNarrowForm(r) {
			if n := width.LookupRune(r).Narrow(); n != 0 {
				folded = n
			}
		}
		t := token{start: int32(i), end: int32(i + size), kind: tokPunct}
		switch folded {
		case '!':
			// Inside a name ("E!News", "Go!Team") it exclaims nothing.
			t.punct = pExclaim
			if n := len(toks); n > 0 && toks[n-1].end == int32(i) && toks[n-1].kind == tokWord && i+1 < len(text) && isAlnum(text[i+1]) {
				t.punct = pOther
			}
		case '?':
			t.punct = pQuestion
		case '.':
			// Runs of ASCII periods are read together; a full-width one
			// is one period of its own size.
			t.punct = pPeriod
			if n := dotRun(text, i); n >= 3 {
				t.punct, t.end = pEllipsis, int32(i+n)
			} else if n > 0 {
				t.end = int32(i + n)
				if n == 1 && len(toks) > 0 && isNumberSign(text, &toks[len(toks)-1], i) {
					t.punct = pOther // "No. 8": the sign of a number, which neither ends the clause nor the sentence
				}
			}
		case '…':
			t.punct = pEllipsis
		case '—', '–', '―', '‒':
			t.punct = pDash
		case '-':
			// A hyphen inside a compound ("mind-blowing") only joins words.
			if len(toks) > 0 && toks[len(toks)-1].end == int32(i) && toks[len(toks)-1].kind != tokPunct && isWordStart(text[i+size:]) {
				i += size
				continue
			}
			t.punct = pDash
			if j := i + 1; c == '-' && j < len(text) && text[j] == '-' {
				t.end = int32(j + 1)
			}
		case ',', '、':
			t.punct = pComma
		case ':':
			t.punct = pColon
		case ';':
			t.punct = pSemicolon
		case '(', ')', '[', ']', '{', '}':
			t.punct, t.opening = pBracket, folded == '(' || folded == '[' || folded == '{'
		case '*':
			// After a word an ASCII one may mask letters ("f*cking",
			// "f***"): a sign for matchRules, which reads the word (see
			// maskedEnd).
			t.punct = pOther
			if n := len(toks); s != nil && c == '*' && n > 0 && toks[n-1].end == int32(i) && toks[n-1].kind == tokWord {
				sc.breaks = append(sc.breaks, breakPoint{tok: int32(len(toks)), word: int32(len(sc.allWords)), kind: bpSign})
			}
		case '#':
			t.punct = pOther
			if s != nil {
				sc.hashtags = true
			}
		case '"', '“', '”', '„', '«', '»', '″':
			t.punct = pQuote
			switch folded {
			case '“', '„', '«':
				t.opening = true
			case '”', '»':
				t.opening = false
			default:
				t.opening = !inQuote
			}
			inQuote = t.opening
			if t.opening {
				openAt = int32(len(toks)) + 1
			}
		case '\'', '‘', '’', '‚', '‹', '›':
			// A single mark outside a word: an opening quote before a
			// word, a closing one after a word or a mark while one is
			// open ("'Why now?' he asks"), and otherwise an apostrophe of
			// possession ("students'") or of letters left out: a
			// century before a number ("the '90s"), or the opening of a
			// word of speech ("'til", "'em", "rock 'n' roll").
			joined := len(toks) > 0 && toks[len(toks)-1].end == int32(i)
			prevWord := joined && toks[len(toks)-1].kind == tokWord
			switch {
			case !joined && (isDigitAt(text, i+size) || isElided(text[i+size:])):
				t.punct = pOther
			case inSingle && (folded == '’' || joined && (prevWord || !isWordStart(text[i+size:]))):
				t.punct, t.opening, inSingle = pQuote, false, false
			case !prevWord && folded != '’':
				t.punct, t.opening, inSingle = pQuote, true, true
				openAt = int32(len(toks)) + 1
			default:
				t.punct = pOther
			}
		default:
			switch {
			case isEmoji(r): // before punctuation, of which "‼" and "⁉" are too
				t.kind = tokEmoji
				if s != nil {
					sc.breaks = append(sc.breaks, breakPoint{tok: int32(len(toks)), word: int32(len(sc.allWords)), kind: bpSign})
				}
			case unicode.IsPunct(folded):
				t.punct = pOther
			default:
				t.kind = tokSymbol
			}
		}
		if inQuote || inSingle {
			inside = openAt
		} else {
			inside = 0
		}
		t.quote = inside
		if t.kind == tokPunct && t.punct != pQuote && t.punct != pOther {
			clause++
			partners = 0
			if s != nil && isTerminal(t.punct) {
				sc.breaks = append(sc.breaks, breakPoint{tok: int32(len(toks)), word: int32(len(sc.allWords)), kind: bpMark})
			}
		}
		toks = append(toks, t)
		i = int(t.end)
		if i < len(text) && text[i] == ' ' {
			i++ // as after a word
		}
	}
	return toks
}

// extend lengthens *s by one element, growing its array if it is full,
// and returns a pointer to that element, whose old contents the caller
// overwrites. A record filled in place through the pointer is cheaper
// than one built whole and appended: the copy reads it back, 16 bytes at
// once, from the narrower stores that built it, which stalls the core
// until they are written. And *s is resliced in place, which stores its
// length alone: assigning a slice that a function returns stores its
// array's pointer too, and while the collector marks, every pointer stored
// in the heap (as in a scratch) goes through the write barrier.
func extend[T any](s *[]T) *T {
	if len(*s) == cap(*s) {
		*s = slices.Grow(*s, 1)
	}
	*s = (*s)[:len(*s)+1]
	return &(*s)[len(*s)-1]
}

// isEmoji reports whether r is an emoji of the kind a headline or post
// uses for emphasis: the pictographs and emoticons ("😱", "🔥", "👀"), and
// the older symbols and dingbats that render as emoji ("❗", "‼", "✅").
// Skin tones, joiners and variation selectors are not: they only change
// the emoji before them; nor are the ornamental brackets among the
// dingbats ("❨", "❴").
func isEmoji(r rune) bool {
	switch {
	case 0x1F300 <= r && r <= 0x1FAFF:
		return !isSkinTone(r)
	case 0x2600 <= r && r <= 0x27BF:
		return !isOrnamentalBracket(r)
	}
	return r == 0x203C || r == 0x2049 // ‼ ⁉
}

// isOrnamentalBracket reports whether r is one of the ornamental
// brackets among the dingbats, "❨" to "❵": the only punctuation of the
// blocks of symbols and dingbats that isEmoji reads (see TestIsEmoji).
func isOrnamentalBracket(r rune) bool { return 0x2768 <= r && r <= 0x2775 }

// hasNarrowForm reports whether r lies where the runes with a narrow
// form (width.Properties.Narrow) do: a few arrows and shapes, U+2190 to
// U+25CB, and the scripts and forms of East Asia, U+3000 to U+FFEF, the
// full-width ASCII among them. No rune outside has one (see
// TestHasNarrowForm), so that the typographic quotes, dashes and
// ellipses of English text, Latin-1's signs and the emoji are not looked
// up.
func hasNarrowForm(r rune) bool { return 0x2190 <= r && r <= 0x25cb || 0x3000 <= r && r <= 0xffef }

// isSkinTone reports whether r is one of the modifiers that give an emoji
// before it a skin tone.
func isSkinTone(r rune) bool { return 0x1F3FB <= r && r <= 0x1F3FF }

// isCurrency reports whether r is a currency sign that a number may open
// with ("$4", "£5").
func isCurrency(r rune) bool { return r == '$' || r == '£' || r == '€' || r == '¥' }

// opensDecimal reports whether the period at text[i] opens a number, as in
// "batting .500" or "a $.05 rise": a digit follows it, and it is not
// joined to the token before it ("No.5", "v.2" are read as they are).
func opensDecimal(text string, i int, toks []token) bool {
	return isDigitAt(text, i+1) && (len(toks) == 0 || toks[len(toks)-1].end < int32(i))
}

// isElided reports whether s opens with a word of speech whose first
// letters are left out, and that an apostrophe opens: "til", "em",
// "cause", "cos", "bout", "tis", "twas" or "n", in either case, not
// followed by another letter.
func isElided(s string) bool {
	n := 0
	for n < len(s) && n < 6 && isLetter(s[n]) { // bounded, so that a run of marks before a long word costs no more than the word
		n++
	}
	if n < len(s) && (s[n] >= utf8.RuneSelf || isLetter(s[n])) {
		return false // the word goes on
	}
	for _, w := range elidedWords {
		if strings.EqualFold(s[:n], w) { // folding ASCII in place, with no copy
			return true
		}
	}
	return false
}

// elidedWords are the words of speech that isElided knows.
var elidedWords = [...]string{"til", "em", "cause", "cos", "bout", "tis", "twas", "n"}

// isDigitAt reports whether text[i] is an ASCII digit.
func isDigitAt(text string, i int) bool { return i < len(text) && '0' <= text[i] && text[i] <= '9' }

// dotRun returns how many periods start at text[i], stopping at three.
func dotRun(text string, i int) int {
	n := 0
	for i+n < len(text) && text[i+n] == '.' && n < 3 {
		n++
	}
	return n
}

// isOrdinal reports whether a number token is an ordinal: "1st", "22nd",
// "3rd", "65th".
func isOrdinal(num string) bool {
	if len(num) < 3 {
		return false
	}
	switch strings.ToLower(num[len(num)-2:]) {
	case "st", "nd", "rd", "th":
		c := num[len(num)-3]
		return '0' <= c && c <= '9'
	}
	return false
}

// isYear reports whether a number token is a year from 1800 to 2099, or
// such a decade ("1990s").
func isYear(num string) bool {
	num = strings.TrimSuffix(num, "s")
	if len(num) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if num[i] < '0' || num[i] > '9' {
			return false
		}
	}
	return num[:2] == "18" || num[:2] == "19" || num[:2] == "20"
}

// scanNumber returns the end of the number that starts with a digit at
// text[i]: digits with "," or "." between them, then an optional "%" or a
// short letter suffix ("5k", "1990s", "3rd").
func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		c := text[j]
		if '0' <= c && c <= '9' {
			j++
			continue
		}
		if (c == ',' || c == '.') && isDigitAt(text, j+1) {
			j++
			continue
		}
		break
	}
	if j < len(text) && text[j] == '%' {
		return j + 1
	}
	k := j
	for k < len(text) && k-j < 3 && asciiClass[text[k]&0x7f] == cLetter && text[k] < utf8.RuneSelf {
		k++
	}
	if k-j > 0 && k-j < 3 && (k == len(text) || text[k] >= utf8.RuneSelf || asciiClass[text[k]] != cLetter) {
		return k
	}
	return j
}

// scanWord reads the word that starts at text[i] into t. Apostrophes
// between word runes belong to the word ("here's", "won’t"); a hyphen does
// not, so "mind-blowing" is two words. A word of up to fifteen ASCII
// letters is read eight bytes at a time; for one of one to eight, it
// returns the word folded as a key chunk (see asciiChunk), for wordID; for
// any other, 0. The end of the text ends a word as a space does.
func scanWord(t *token, text string, i int) uint64 {
	t.start, t.kind = int32(i), tokWord
	if len(text) >= 8 {
		j := min(i, len(text)-8) // chunkAt(text, i), written out to save a call
		c := le64(text[j:]) >> (8 * (i - j) & 63)
		n := letterRun(c)
		if n > 0 && (n < 8 || i+8 == len(text) || endsWord(text[i+8])) {
			keep := uint64(1)<<(8*n) - 1 // all ones for n = 8
			t.end, t.ascii, t.letters = int32(i+n), true, int32(n)
			t.upper = c&0x20 == 0
			t.caps = n >= 2 && c&0x2020202020202020&keep == 0
			return (c | 0x2020202020202020) & keep
		}
		if n == 8 && i+8 < len(text) { // eight letters that go on: the next eight bytes may end the word
			c2 := chunkAt(text, i+8)
			if m := letterRun(c2); m > 0 && m < 8 {
				t.end, t.ascii, t.letters = int32(i+8+m), true, int32(8+m)
				t.upper = c&0x20 == 0
				t.caps = (c|c2&(uint64(1)<<(8*m)-1))&0x2020202020202020 == 0
				return 0
			}
		}
	}
	// The ASCII fast path: one table lookup a byte, gathering flags; the
	// counts that need more are taken below only where a flag calls for them.
	var flags uint8
	j := i
	for j < len(text) {
		f := asciiWord[text[j]]
		if f == 0 {
			break
		}
		flags |= f
		j++
	}
	if j == i || j < len(text) && !endsWord(text[j]) { // an apostrophe or a rune from outside ASCII may carry it on
		scanWordOn(t, text, i, j, flags)
		return 0
	}
	// The common case: a word of ASCII letters and digits only.
	t.end, t.ascii = int32(j), true
	t.letters = int32(j - i)
	if flags&wDigit != 0 {
		t.letters -= countFlag(text[i:j], wDigit)
	}
	t.upper = asciiWord[text[i]]&wUpper != 0
	t.caps = flags&(wUpper|wLower) == wUpper && countFlag(text[i:j], wUpper) >= 2
	return 0
}

// letterRun returns the number of ASCII letters that open c, eight bytes
// of text read as a little-endian integer, if they end a word within c:
// fewer than eight, followed by a byte that cannot carry a word on (not a
// digit, an apostrophe or a byte from outside ASCII). Otherwise it returns
// 0, or 8 for eight letters, which the byte after them must end.
func letterRun(c uint64) int {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	x := (c | 0x20*ones) &^ high // folded, and kept below 0x80 so that no byte carries into the next
	letters := (x + (0x80-'a')*ones) &^ (x + (0x80-'z'-1)*ones) &^ c & high
	n := bits.TrailingZeros64(^letters&high) >> 3
	if n == 8 {
		return 8
	}
	if !endsWord(byte(c >> (8 * n))) {
		return 0
	}
	return n
}

// endsWord reports whether byte b, after ASCII letters, ends their word:
// it is no letter, digit or apostrophe, and not the start of a rune from
// outside ASCII.
func endsWord(b byte) bool {
	return b < utf8.RuneSelf && b != '\'' && asciiWord[b] == 0
}

// scanWordOn reads on from text[j] the word that starts at text[i], whose
// bytes up to j are ASCII letters and digits with the given flags, where
// an apostrophe or a rune from outside ASCII may carry it on.
func scanWordOn(t *token, text string, i, j int, flags uint8) {
	fast := j
	letters := int32(j - i)
	if flags&wDigit != 0 {
		letters -= countFlag(text[i:j], wDigit)
	}
	t.upper = j > i && asciiWord[text[i]]&wUpper != 0
	lowerSeen := flags&wLower != 0
	var upperAfter int32 // capitals after the ASCII run
	first := j == i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if f := asciiWord[c]; f != 0 {
				upperAfter += int32(f & wUpper)
				lowerSeen = lowerSeen || f&wLower != 0
				letters += int32(f&(wUpper|wLower)+1) >> 1
				first = false
				j++
				continue
			}
			if c == '\'' && j+1 < len(text) && j > i && isWordStart(text[j+1:]) {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		if lexicon.IsApostrophe(r) && j > i && isWordStart(text[j+size:]) {
			j += size
			continue
		}
		if r == utf8.RuneError || !lexicon.IsWordRune(r) {
			break
		}
		if unicode.IsLetter(r) {
			if unicode.IsUpper(r) {
				upperAfter++
				if first {
					t.upper = true
				}
			} else if unicode.IsLower(r) {
				lowerSeen = true
			}
			letters++
			first = false
		}
		j += size
	}
	t.end = int32(j)
	t.letters = letters
	if !lowerSeen {
		upper := upperAfter
		if flags&wUpper != 0 {
			upper += countFlag(text[i:fast], wUpper)
		}
		t.caps = upper >= 2
	}
	t.ascii = fast == j
}

// countFlag counts the bytes of s that have flag in asciiWord.
func countFlag(s string, flag uint8) int32 {
	n := int32(0)
	for k := 0; k < len(s); k++ {
		if asciiWord[s[k]]&flag != 0 {
			n++
		}
	}
	return n
}

// Flags of asciiWord. wUpper and wLower are 1 and 2 so that they can be
// summed into counts without a branch.
const (
	wUpper uint8 = 1 << iota // a capital letter
	wLower                   // a small letter
	wVowel                   // a, e, i, o, u or y, in either case
	wDigit                   // a digit
)

// asciiWord gives the flags of each ASCII byte that is part of a word; 0
// for the rest (and for every byte from 0x80 on, which needs decoding).
var asciiWord = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = wLower
		t[c-'a'+'A'] = wUpper
	}
	for _, v := range "aeiouy" {
		t[v] |= wVowel
		t[v-'a'+'A'] |= wVowel
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = wDigit
	}
	return t
}()

// isDottedInitial reports whether token t of text is a one-letter word
// whose period runs on into a letter: an initial of a dotted abbreviation
// or name.
func isDottedInitial(text string, t *token) bool {
	end := int(t.end)
	return t.kind == tokWord && end-int(t.start) == 1 && end+1 < len(text) && text[end] == '.' && isLetter(text[end+1])
}

// isNumberSign reports whether the period at text[i] closes "No", the
// sign of a number ("No. 8 seed", "the No. 1 hit"): word token t, a
// capital N and a small o, ends at i, and a space and a digit follow.
func isNumberSign(text string, t *token, i int) bool {
	return t.kind == tokWord && t.end == int32(i) && text[t.start:t.end] == "No" && beforeNumber(text, i)
}

// beforeNumber reports whether the period at text[i] comes before a
// number: a space and then a digit follow it.
func beforeNumber(text string, i int) bool {
	return i+1 < len(text) && text[i+1] == ' ' && isDigitAt(text, i+2)
}

// isWordStart reports whether s begins with a word rune.
func isWordStart(s string) bool {
	if s == "" {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return asciiClass[s[0]] == cLetter || asciiClass[s[0]] == cDigit
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && lexicon.IsWordRune(r)
}

// hasVowel reports whether word has a vowel: a, e, i, o, u or y in any
// case, accented or full-width, or a letter of a script other than Latin,
// where the question does not arise.
func hasVowel(word string) bool {
	for _, r := range word {
		if r < utf8.RuneSelf {
			if asciiWord[r]&wVowel != 0 {
				return true
			}
			continue
		}
		if unicode.IsLetter(r) && (!unicode.Is(unicode.Latin, r) || isLatinVowel(r)) {
			return true
		}
	}
	return false
}

// isLatinVowel reports whether a non-ASCII Latin letter is a vowel, such as
// a full-width or accented one.
func isLatinVowel(r rune) bool {
	if n := width.LookupRune(r).Narrow(); n != 0 {
		r = n
	}
	switch unicode.ToLower(r) {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'à', 'á', 'â', 'ä', 'é', 'è', 'ê', 'ë', 'í', 'ì', 'î', 'ï', 'ó', 'ò', 'ô', 'ö', 'ú', 'ù', 'û', 'ü':
		return true
	}
	return false
}
