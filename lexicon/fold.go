package lexicon

import (
	"sync"
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
	if r < tabledRunes {
		return wordRunes()[r>>6]&(1<<(r&63)) != 0
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// tabledRunes bounds the runes of wordRunes: those of the Basic
// Multilingual Plane and the next, which holds the emoji.
const tabledRunes = 0x20000

// wordRunes holds a bit for each rune below tabledRunes that IsWordRune
// reports true for: a table lookup (16 KB) where the unicode package
// searches three tables of ranges, which for the typographic quotes,
// dashes and ellipses of English text, or an emoji, takes longer than
// reading a word. It is built from the unicode package's own tables, on
// first use (some 0.1 ms), not when a program that imports the package
// starts.
var wordRunes = sync.OnceValue(func() *[tabledRunes / 64]uint64 {
	var set [tabledRunes / 64]uint64
	add := func(lo, hi, stride uint32) {
		for r := lo; r <= hi && r < tabledRunes; r += stride {
			set[r>>6] |= 1 << (r & 63)
		}
	}
	for _, table := range []*unicode.RangeTable{unicode.Letter, unicode.Digit, unicode.Mark} {
		for _, rg := range table.R16 {
			add(uint32(rg.Lo), uint32(rg.Hi), uint32(rg.Stride))
		}
		for _, rg := range table.R32 {
			add(rg.Lo, rg.Hi, rg.Stride)
		}
	}
	return &set
})

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
// the extended buffer. It allocates only when dst lacks room, or to
// normalize a word that NFKC changes (a ligature, a full-width letter).
func AppendFold(dst []byte, word string) []byte {
	if foldsUnnormalized(word) {
		return appendLowered(dst, word)
	}
	return appendFoldNFKC(dst, word)
}

// appendFoldNFKC is AppendFold for any word: normalized, then lowered.
func appendFoldNFKC(dst []byte, word string) []byte {
	// Normalized on its own, into the space after what dst holds: norm's
	// Append normalizes what it appends to together with what it appends,
	// and would join a combining mark that opens word to the letter dst
	// ends in. Then lowered, in place.
	start := len(dst)
	dst = append(dst, norm.NFKC.AppendString(dst[start:start], word)...)
	dst = lowerFrom(dst, start)
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
		dst = lowerFrom(normalizeFrom(dst, start), start)
	}
	return dst
}

// lowerFrom lowers dst[start:], UTF-8 text, with typographic apostrophes
// made straight (see appendLowered), in place of what it was.
func lowerFrom(dst []byte, start int) []byte {
	return replaceFrom(dst, start, appendLowered[[]byte])
}

// normalizeFrom normalizes dst[start:] by NFKC, in place of what it was.
func normalizeFrom(dst []byte, start int) []byte {
	return replaceFrom(dst, start, func(dst, src []byte) []byte { return norm.NFKC.Append(dst, src...) })
}

// replaceFrom replaces dst[start:] with what appendTo appends for it, and
// returns the buffer: written into the space after it, on its own (see
// appendFoldNFKC), and moved down.
func replaceFrom(dst []byte, start int, appendTo func(dst, src []byte) []byte) []byte {
	end := len(dst)
	dst = append(dst, appendTo(dst[end:end], dst[start:end])...)
	return append(dst[:start], dst[end:]...)
}

// foldsUnnormalized reports whether word folds to its lowered form alone
// (see appendLowered), as all but a few words of English text do: a word
// of ASCII, apostrophes and the letters of Latin-1 (À to ÿ, as in "café",
// "Zürich", "São"), which normalization leaves as they are, save the
// full-width apostrophe, which it makes the straight one, as lowering does.
func foldsUnnormalized(word string) bool {
	for i := 0; i < len(word); {
		if word[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(word[i:])
		if !IsApostrophe(r) && !isLatin1Letter(r) {
			return false
		}
		i += size
	}
	return true
}

// isLatin1Letter reports whether r is a letter of the Latin-1 Supplement:
// À to ÿ, but for the signs × and ÷.
func isLatin1Letter(r rune) bool { return 'À' <= r && r <= 'ÿ' && r != '×' && r != '÷' }

// maxRefolds bounds how many times AppendFold folds a word again.
const maxRefolds = 4

// appendLowered appends src, UTF-8 text, to dst lowered, with
// typographic apostrophes made straight, and returns the extended buffer.
func appendLowered[S ~string | ~[]byte](dst []byte, src S) []byte {
	for _, r := range string(src) {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			dst = append(dst, byte(r))
		case IsApostrophe(r):
			dst = append(dst, '\'')
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}
