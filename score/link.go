package score

import (
	"strings"
	"unicode/utf8"
)

// A web address, an email address or a social-media handle is read as
// space: its letters are no words of the text. A headline posted with a
// link ("... pic.twitter.com/AbC", "... https://example.com/you-wont-believe")
// would otherwise be scored for the words of its address, and a handle
// ("@breakingnews") for its name. The tokenizer finds one at the
// punctuation inside it, the "://" after a scheme, the "." after "www" or
// inside a domain with a path, or an "@", and calls linkAt there.

// readLink reads the address, if any, that the punctuation at text[i]
// belongs to (see linkAt) and returns where it ends, or 0. The tokens it
// read before that punctuation are taken back (see dropLink), and a handle
// is appended to toks as a word with no vocabulary id, in the given clause
// and quotation. s and sc are nil when tokenize runs without a Scorer.
func readLink(toks *[]token, text string, i int, s *Scorer, sc *scratch, clause, quote int32) int {
	lo, hi := linkAt(text, i)
	if hi == 0 {
		return 0
	}
	*toks = dropLink(*toks, lo, sc)
	if text[lo] == '@' {
		n := int32(hi - lo - 1) // the name's bytes, letters or digits
		t := token{start: int32(lo), end: int32(hi), kind: tokWord, upper: true, letters: n, quote: quote}
		if s != nil {
			t.class = s.ix.stems[0].class
			sc.allWords = append(sc.allWords, word{tok: int32(len(*toks)), id: -1, clause: clause, long: uint8(min(n>>1, 1))})
		}
		*toks = append(*toks, t)
	}
	return hi
}

// dropLink takes back the tokens of an address (see linkAt) that opens at
// byte lo, read before its punctuation showed what it was, with their word
// records and the breaks at their marks; sc is nil when tokenize runs
// without a Scorer.
func dropLink(toks []token, lo int, sc *scratch) []token {
	n := len(toks)
	for n > 0 && toks[n-1].start >= int32(lo) {
		n--
	}
	if sc != nil {
		w := len(sc.allWords)
		for w > 0 && sc.allWords[w-1].tok >= int32(n) {
			w--
		}
		b := len(sc.breaks)
		for b > 0 && sc.breaks[b-1].tok >= int32(n) && sc.breaks[b-1].kind == bpMark {
			b--
		}
		sc.allWords, sc.breaks = sc.allWords[:w], sc.breaks[:b]
	}
	return toks[:n]
}

// linkAt reports whether the punctuation at text[i] (":", "." or "@") is
// part of a web address, an email address or a handle, and if so returns
// its bytes, text[start:end]; end is 0 when it is not, and else lies past
// i, so that a caller that reads on from end moves on. Marks that close a
// sentence or a clause after it (".", ",", ")", a quotation mark) are left
// out, as a reader leaves them out.
//
// Over a whole text it runs in linear time, however the text is made: a
// run without space is read forward once, from its first "." (an address
// is decided there, so a later "." of the run is passed over after a look
// back to the one before it), from "://" (which is taken as an address to
// the run's end) or from an "@" (up to the next).
func linkAt(text string, i int) (start, end int) {
	switch text[i] {
	case ':':
		if !strings.HasPrefix(text[i:], "://") {
			return 0, 0
		}
		start = i
		for start > 0 && i-start < maxScheme && isSchemeByte(text[start-1]) {
			start--
		}
		if start == i || !isLetter(text[start]) || start > 0 && isHostByte(text[start-1]) {
			return 0, 0
		}
		return start, trimLinkEnd(text, i+3, linkRunEnd(text, i+3))
	case '.':
		start = i
		for start > 0 && isHostByte(text[start-1]) && text[start-1] != '.' {
			start--
		}
		if start == i || start > 0 && text[start-1] == '.' || i+1 == len(text) || !isHostByte(text[i+1]) {
			return 0, 0 // no label before the period, or not the run's first period
		}
		hi := linkRunEnd(text, i)
		if !strings.EqualFold(text[start:i], "www") && !hasPath(text[start:hi]) {
			return 0, 0
		}
		if end = trimLinkEnd(text, i, hi); end == i {
			return 0, 0 // only marks after the period ("www.."): no address, and the period is not in one
		}
		return start, end
	default: // '@'
		start = i
		for start > 0 && isHostByte(text[start-1]) {
			start--
		}
		for start < i && (text[start] == '.' || text[start] == '-') {
			start++ // no address opens with these: ".@name" is a handle
		}
		hi := i + 1
		if start < i { // an email address: a domain with a dot must follow
			for hi < len(text) && isHostByte(text[hi]) {
				hi++
			}
			hi = trimLinkEnd(text, i+1, hi)
			if !strings.Contains(text[i+1:hi], ".") {
				return 0, 0
			}
			return start, hi
		}
		for hi < len(text) && isHandleByte(text[hi]) {
			hi++
		}
		if hi == i+1 {
			return 0, 0
		}
		return i, hi
	}
}

// maxScheme bounds the scheme before "://" ("https", "ftp").
const maxScheme = 16

// isHostByte reports whether b can be part of a host name, a scheme or
// the part of an email address before the "@".
func isHostByte(b byte) bool {
	return isAlnum(b) || b == '-' || b == '.' || b == '_' || b == '+' || b == '%'
}

// isHandleByte reports whether b can be part of a handle's name.
func isHandleByte(b byte) bool { return isAlnum(b) || b == '_' }

// isSchemeByte reports whether b can be part of a scheme: a letter, a
// digit, "+", "-" or ".".
func isSchemeByte(b byte) bool { return isAlnum(b) || b == '+' || b == '-' || b == '.' }

// isLetter and isAlnum read the tokenizer's table of ASCII byte classes.
func isLetter(b byte) bool { return b < utf8.RuneSelf && asciiClass[b] == cLetter }

func isAlnum(b byte) bool {
	return b < utf8.RuneSelf && (asciiClass[b] == cLetter || asciiClass[b] == cDigit)
}

// hasPath reports whether run, a run of bytes without space, is a domain
// with a path: letters after the last "." before the first "/", and
// something after that "/" ("bit.ly/x", "pic.twitter.com/AbC"), not an
// abbreviation before a slash ("U.S./Mexico").
func hasPath(run string) bool {
	slash := strings.IndexByte(run, '/')
	if slash < 0 || slash+1 == len(run) {
		return false
	}
	host := run[:slash]
	dot := strings.LastIndexByte(host, '.')
	if dot < 0 || dot+1 == len(host) {
		return false
	}
	for _, c := range []byte(host[dot+1:]) {
		if !isLetter(c) {
			return false
		}
	}
	return true
}

// linkRunEnd returns the end of the run of bytes from i that an address
// can hold: printable ASCII, up to a space, a byte from outside ASCII, or a
// mark that cannot be in one (quotation marks, angle brackets).
func linkRunEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c <= ' ' || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '`' {
			break
		}
		i++
	}
	return i
}

// trimLinkEnd moves hi, the end of an address that goes on at least to
// min, back over the marks that a sentence or a clause puts after it.
func trimLinkEnd(text string, min, hi int) int {
	for hi > min {
		switch text[hi-1] {
		case '.', ',', ';', ':', '!', '?', ')', ']', '}', '\'':
			hi--
			continue
		}
		break
	}
	return hi
}
