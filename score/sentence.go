package score

import "strings"

// span is a half-open range of token indices.
type span struct{ lo, hi int32 }

// splitSentences appends to dst the token ranges of the sentences of text.
// A sentence ends after ".", "!", "?" or an ellipsis (with any closing
// quotes and brackets) when the next word opens with a capital, a digit or
// a quotation mark, and at a blank line. A period after an abbreviation
// ("Dr.", "U.S.", "e.g.") or an initial does not end one; decimals never
// reach here, since "3.5" is one number token.
func splitSentences(dst []span, text string, toks []token) []span {
	lo := int32(0)
	n := int32(len(toks))
	for i := int32(0); i < n; i++ {
		if i+1 < n && toks[i+1].start-toks[i].end >= 2 && blankLineBetween(text, toks[i].end, toks[i+1].start) {
			dst = append(dst, span{lo, i + 1})
			lo = i + 1
			continue
		}
		t := &toks[i]
		if t.kind != tokPunct || !(t.punct == pPeriod || t.punct == pExclaim || t.punct == pQuestion || t.punct == pEllipsis) {
			continue
		}
		// Take the whole run of terminal marks and closers.
		j := i + 1
		for j < n && toks[j].kind == tokPunct && (isTerminal(toks[j].punct) || closes(toks[j])) {
			j++
		}
		if j == n {
			break // the marks end the text, and so the last sentence
		}
		next := &toks[j]
		if !(next.upper || next.kind == tokPunct && next.punct == pQuote && next.opening) {
			i = j - 1
			continue
		}
		if t.punct == pPeriod && j == i+1 && i > lo && isAbbreviation(text, &toks[i-1], t) {
			continue
		}
		dst = append(dst, span{lo, j})
		lo = j
		i = j - 1
	}
	if lo < n {
		dst = append(dst, span{lo, n})
	}
	return dst
}

func isTerminal(p punctKind) bool {
	return p == pPeriod || p == pExclaim || p == pQuestion || p == pEllipsis
}

// closes reports whether t is a closing quotation mark or bracket.
func closes(t token) bool {
	return t.punct == pQuote && !t.opening || t.punct == pBracket
}

// blankLineBetween reports whether the gap text[a:b] holds two line breaks.
func blankLineBetween(text string, a, b int32) bool {
	if b-a < 2 {
		return false
	}
	gap := text[a:b]
	first := strings.IndexByte(gap, '\n')
	return first >= 0 && strings.IndexByte(gap[first+1:], '\n') >= 0
}

// abbreviations end in a period without ending a sentence. Keys are lower case.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "mt": true, "ft": true, "gen": true, "gov": true, "sen": true, "rep": true,
	"rev": true, "capt": true, "col": true, "lt": true, "sgt": true, "pres": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "bros": true, "vs": true, "etc": true,
	"no": true, "vol": true, "fig": true, "approx": true, "est": true, "dept": true, "univ": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// isAbbreviation reports whether the period p after word w is part of an
// abbreviation or an initial ("J.", the "S" of "U.S.").
func isAbbreviation(text string, w, p *token) bool {
	if w.kind != tokWord || w.end != p.start {
		return false
	}
	if w.letters == 1 {
		return true
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
	return abbreviations[string(b)]
}
