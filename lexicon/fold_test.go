package lexicon

import (
	"testing"
	"unicode"
)

// TestIsWordRune holds IsWordRune, which answers the Basic Multilingual
// Plane from a table, to the unicode package's own answer for every rune.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		if r < 0x80 {
			want = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		}
		if IsWordRune(r) != want {
			t.Fatalf("IsWordRune(%U) = %v, want %v", r, !want, want)
		}
	}
	for _, r := range []rune{-1, unicode.MaxRune + 1} {
		if IsWordRune(r) {
			t.Errorf("IsWordRune(%d) = true for no rune", r)
		}
	}
}
