package score

import "testing"

// TestLinkAtMovesOn checks linkAt's contract on every text of up to six
// bytes from the bytes that make up addresses and the marks that end
// them: at each ":", "." or "@", an address it reports holds that byte,
// and so ends past it, or the tokenizer, which reads on from the end,
// would stand still ("www.." once did).
func TestLinkAtMovesOn(t *testing.T) {
	const alphabet = "w.:/@a)"
	var buf [6]byte
	var walk func(n int)
	walk = func(n int) {
		text := string(buf[:n])
		for i := 0; i < n; i++ {
			if c := text[i]; c != ':' && c != '.' && c != '@' {
				continue
			}
			if start, end := linkAt(text, i); end != 0 && (start > i || end <= i || end > n) {
				t.Fatalf("linkAt(%q, %d) = %d, %d: the address must hold byte %d", text, i, start, end, i)
			}
		}
		if n == len(buf) {
			return
		}
		for k := range len(alphabet) {
			buf[n] = alphabet[k]
			walk(n + 1)
		}
	}
	walk(0)
}
