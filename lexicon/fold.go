package lexicon

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// IsWordRune reports whether r can be part of a word: a letter, a digit or
// a combining mark. The scorer's tokenizer and the pattern parser share it,
// so that a pattern word is always something the tokenizer reads as a word.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// IsApostrophe reports whether r is an apostrophe: the straight one or a
// typographic one, which Fold turns into the straight one.
func IsApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u2018' || r == '\u02bc' || r == '\uff07'
}

// Fold returns word in the form that is stemmed and matched: Unicode NFKC
// (so full-width letters become ASCII), lower case, and typographic
// apostrophes made straight. ASCII input without capitals is returned as is.
// The form is stable: Fold(Fold(word)) == Fold(word).
func Fold(word string) string {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return string(AppendFold(nil, word))
		}
	}
	return word
}

// AppendFold appends the folded form of word (see Fold) to dst and returns
// the extended buffer. It allocates only when dst lacks room.
func AppendFold(dst []byte, word string) []byte {
	ascii := true
	for i := 0; i < len(word); i++ {
		if word[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(word); i++ {
			c := word[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	var it norm.Iter
	it.InitString(norm.NFKC, word)
	start := len(dst)
	dst = appendLowered(dst, &it)
	// Lowering a letter can leave a sequence that normalization composes:
	// "T̈" has no composed form, but "t" and the diaeresis make "ẗ". The
	// folded form is folded again until it is stable, so that folding a
	// folded word changes nothing: a lexicon written out reads back the
	// same. Words with such sequences are rare, and one more pass settles
	// them; the bound only keeps the loop finite.
	for range maxRefolds {
		if norm.NFKC.IsNormal(dst[start:]) {
			break
		}
		end := len(dst)
		it.Init(norm.NFKC, dst[start:end]) // read from the array as it is: appending past end, or to a new one, leaves it alone
		dst = appendLowered(dst, &it)
		dst = append(dst[:start], dst[end:]...)
	}
	return dst
}

// maxRefolds bounds how many times AppendFold folds a word again.
const maxRefolds = 4

// appendLowered appends the runes that it yields to dst, lowered, with
// typographic apostrophes made straight, and returns the extended buffer.
func appendLowered(dst []byte, it *norm.Iter) []byte {
	for !it.Done() {
		seg := it.Next()
		for i := 0; i < len(seg); {
			r, size := utf8.DecodeRune(seg[i:])
			i += size
			switch {
			case IsApostrophe(r):
				dst = append(dst, '\'')
			case r < utf8.RuneSelf:
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				dst = append(dst, byte(r))
			default:
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		}
	}
	return dst
}
