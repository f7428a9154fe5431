package score

import (
	"unicode/utf8"

	"github.com/luridlab/lurid/lexicon"
)

// MaxInput is the most of a text, in bytes, that is scored: offsets are
// kept as 32-bit integers. Of a longer text only a prefix is read.
const MaxInput = 1<<31 - 1

// clip returns the part of text that is scored: all of it, or its first
// MaxInput bytes cut back to a space (or a rune boundary, lacking one).
func clip(text string) string { return clipTo(text, MaxInput) }

// clipTo returns text, or, if it is longer than limit bytes, its first
// limit bytes cut back to the last space or line break within a window
// before the cut, or else to a rune boundary.
func clipTo(text string, limit int) string {
	if len(text) <= limit {
		return text
	}
	cut := limit
	for k := cut; k > cut-Window && k > 0; k-- {
		if text[k] == ' ' || text[k] == '\n' {
			return text[:k]
		}
	}
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return text[:cut]
}

// Window is the most text, in bytes, that is tokenized at once. A longer
// text is read window by window, each ending at a space and holding whole
// sentences, so that working memory stays bounded whatever the input; a
// sentence longer than a window is scored in window-sized pieces.
const Window = 64 << 10

// windowEnd returns where the window that starts at lo ends: Window bytes
// on, moved back to a space so that no token is cut; lacking a space, to a
// point between two characters that cannot belong to one token (a run of
// "!" or of emoji); lacking that too, on to the next space, since one word
// fills the window and a word is one token.
func windowEnd(text string, lo int) int {
	hi := lo + Window
	if hi >= len(text) {
		return len(text)
	}
	for k := hi; k > lo; k-- {
		if text[k] < utf8.RuneSelf && asciiClass[text[k]] == cSpace {
			return k
		}
	}
	for k := hi; k > lo; k-- {
		if splitsTokens(text, k) {
			return k
		}
	}
	for k := hi; k < len(text); k++ {
		if text[k] < utf8.RuneSelf && asciiClass[text[k]] == cSpace {
			return k
		}
	}
	return len(text)
}

// splitsTokens reports whether text can be cut at k without cutting a
// token: k starts a rune, and neither it nor the rune before it can be part
// of a word, a number or a run of periods or hyphens.
func splitsTokens(text string, k int) bool {
	if !utf8.RuneStart(text[k]) {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[k:])
	prev, _ := utf8.DecodeLastRuneInString(text[:k])
	return !joins(next) && !joins(prev)
}

// joins reports whether r can be part of a multi-rune token.
func joins(r rune) bool {
	switch r {
	case '.', '-', '%', ',':
		return true
	}
	return isCurrency(r) || lexicon.IsWordRune(r) || lexicon.IsApostrophe(r)
}

// scoreWindow tokenizes the window of text that starts at lo, hands each
// of its whole sentences to unit, and returns where the next window starts:
// at the last sentence, which may go on past the window, unless it is the
// only one.
func (s *Scorer) scoreWindow(sc *scratch, text string, lo int, unit func(*sentence)) int {
	hi := s.readWindow(sc, text, lo)
	keep := len(sc.sents)
	if hi < len(text) && keep > 1 {
		keep--
	}
	for i := range sc.sents[:keep] {
		unit(&sc.sents[i])
	}
	if keep < len(sc.sents) {
		return int(sc.toks[sc.sents[keep].lo].start)
	}
	return hi
}

// readWindow tokenizes the window of text that starts at lo, looking up
// its words, splits its sentences, and returns where the window ends.
func (s *Scorer) readWindow(sc *scratch, text string, lo int) int {
	hi := windowEnd(text, lo)
	sc.allWords, sc.breaks = sc.allWords[:0], sc.breaks[:0]
	sc.toks = tokenize(sc.toks[:0], text[:hi], lo, s, sc)
	if sc.body {
		markLineLists(sc.breaks, sc.toks, text, int32(len(sc.allWords)))
	}
	sc.sents = splitSentences(sc.sents[:0], sc.allWords, sc.breaks, text, sc.toks)
	if sc.body {
		markAnnouncers(sc.sents, sc.toks) // only a passage has subheads
	}
	return hi
}

// trimSpace returns the span of text without ASCII space at either end.
func trimSpace(text string) (start, end int) {
	end = len(text)
	for start < end && text[start] < utf8.RuneSelf && asciiClass[text[start]] == cSpace {
		start++
	}
	for end > start && text[end-1] < utf8.RuneSelf && asciiClass[text[end-1]] == cSpace {
		end--
	}
	return start, end
}
