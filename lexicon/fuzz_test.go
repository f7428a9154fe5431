package lexicon

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseLexicon(f *testing.F) {
	f.Add(good)
	f.Add("a.b | emphasis | 1 | wow | n\nbad\n@disable x\n@weight y 2\n")
	f.Add("\uFEFF@language english\nx | number | 1 | three | n\n")
	f.Add("a | suspense | =0.5 | ^ {num} {gap:2} that $ | n\nb | attribution | 0.5 | <quoted> | q\n")
	f.Add("a | emphasis | 1 | mind-blowing here’s ＷＯＷ | n\r\n")
	f.Add("a | emphasis | 1 | \"Totally\" \"mind-blowing\" ^\"x\" | n\nb | emphasis | 1 | total | n\n")
	f.Add("a | emphasis+listicle | =0 | of the \"year\" | n\nemphasis.a | emphasis | 1 | x | n\nb | hedge+inquiry | =0 | in may | n\n")
	f.Add("a | emphasis | 1 | could/may/\"might\" be the best/worst | n\nb | emphasis | =0 | may/might be the best {gap:2} ever | n\n")
	f.Fuzz(func(t *testing.T, src string) {
		lex, err := Parse("fuzz.lex", strings.NewReader(src))
		if err != nil {
			lines := strings.Count(src, "\n") + 1
			var list ErrorList
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("error is not a non-empty ErrorList: %v", err)
			}
			for _, e := range list {
				if e.Line < 1 || e.Line > lines {
					t.Fatalf("error names line %d of %d: %v", e.Line, lines, e)
				}
			}
			return
		}
		var buf bytes.Buffer
		if _, err := lex.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		again, err := Parse("again.lex", bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("written lexicon does not parse: %v\n%s", err, buf.String())
		}
		if !reflect.DeepEqual(withoutLines(lex.Entries()), withoutLines(again.Entries())) {
			t.Fatalf("round trip changed the entries:\n%s", buf.String())
		}
		if !reflect.DeepEqual(lex.Overrides(), again.Overrides()) && len(lex.Overrides()) > 0 {
			for i, o := range lex.Overrides() {
				a := again.Overrides()[i]
				if o.ID != a.ID || o.Disable != a.Disable || o.Weight != a.Weight {
					t.Fatalf("round trip changed override %d", i)
				}
			}
		}
	})
}

// FuzzFold holds Fold to what it promises: a stable form, valid UTF-8 for
// valid input, appended by AppendFold after whatever dst holds, and the
// same by the short path for ASCII words with typographic apostrophes as
// by normalization.
func FuzzFold(f *testing.F) {
	for _, w := range []string{"Here’s", "WON’T", "CAFE\u0301", "T\u0308\u0301", "\u0308a", "ｓｈｏｃｋ", "ﬁne", "İstanbul", "ΣΑΣ", "ʼtis", "a\u2019\u0301", "CAFÉ", "Zürich", "SÃO", "straße", "×÷", "e\u0301\u00e9"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		once := Fold(w)
		if utf8.ValidString(w) && !utf8.ValidString(once) {
			t.Fatalf("%+q folds to invalid UTF-8 %+q", w, once)
		}
		if again := Fold(once); again != once {
			t.Fatalf("%+q folds to %+q, which folds to %+q", w, once, again)
		}
		for _, prefix := range []string{"", "y", "kept:"} {
			if got := string(AppendFold([]byte(prefix), w)); got != prefix+once {
				t.Fatalf("AppendFold(%q, %+q) = %+q, want %+q", prefix, w, got, prefix+once)
			}
		}
		if foldsUnnormalized(w) {
			if simple, full := appendLowered(nil, w), appendFoldNFKC(nil, w); string(simple) != string(full) {
				t.Fatalf("%+q folds to %+q by the short path, %+q by normalization", w, simple, full)
			}
		}
	})
}
