package lexicon

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const good = `# a small lexicon
@name small
@language english
@source written for the tests
emphasis.shocking | emphasis | 0.5 | shocking | hyperbole
suspense.what-next | suspense | =0.7 | what happened next $ | withholds the outcome
listicle.count | listicle | 0.6 | ^ {num} {gap:3} that | a numbered list
rule.exclaim | emphasis | 0.4 | <exclaim> | an exclamation mark
negation.not | negation | 0.2 | not | denial
number.three | number | 1 | three | a number word
`

func TestParse(t *testing.T) {
	lex, err := Parse("small.lex", strings.NewReader(good))
	require.NoError(t, err)
	assert.Equal(t, "small", lex.Name())
	assert.Equal(t, "english", lex.Language())
	assert.Equal(t, "written for the tests", lex.Source())
	require.Equal(t, 6, lex.Len())

	e, ok := lex.Entry("suspense.what-next")
	require.True(t, ok)
	assert.Equal(t, Suspense, e.Category)
	assert.Equal(t, 0.7, e.Weight)
	assert.True(t, e.Pinned)
	assert.True(t, e.Pattern.End)
	assert.Equal(t, 6, e.Line)
	assert.Equal(t, []string{"what", "happen", "next"}, stems(e.Pattern))

	e, _ = lex.Entry("listicle.count")
	assert.True(t, e.Pattern.Start)
	assert.Equal(t, []TokenKind{NumberToken, GapToken, WordToken}, kinds(e.Pattern))
	assert.Equal(t, 3, e.Pattern.Tokens[1].Max)

	e, _ = lex.Entry("rule.exclaim")
	assert.Equal(t, RuleExclaim, e.Pattern.Rule)
}

func TestParseExactWord(t *testing.T) {
	src := "emphasis.totally | emphasis | 0.5 | \"Totally\" | an absolute\n" +
		"emphasis.total | emphasis | 0.5 | total | not the same entry: one is in quotes\n" +
		"suspense.mind | suspense | 0.5 | ^ \"mind-blowing\" news $ | every word of a quoted compound\n"
	lex, err := Parse("exact.lex", strings.NewReader(src))
	require.NoError(t, err)
	e, _ := lex.Entry("emphasis.totally")
	require.Len(t, e.Pattern.Tokens, 1)
	assert.Equal(t, Token{Kind: WordToken, Word: "totally", Stem: "total", Exact: true}, e.Pattern.Tokens[0])
	assert.Equal(t, `"totally"`, e.Pattern.String())
	e, _ = lex.Entry("suspense.mind")
	assert.Equal(t, []bool{true, true, false}, []bool{e.Pattern.Tokens[0].Exact, e.Pattern.Tokens[1].Exact, e.Pattern.Tokens[2].Exact})
	assert.Equal(t, `^ "mind" "blowing" news $`, e.Pattern.String())

	var buf bytes.Buffer
	_, err = lex.WriteTo(&buf)
	require.NoError(t, err)
	again, err := Parse("again.lex", &buf)
	require.NoError(t, err)
	for _, e := range lex.Entries() {
		a, _ := again.Entry(e.ID)
		assert.Equal(t, e.Pattern, a.Pattern, "a quoted word survives a round trip")
	}
}

func stems(p Pattern) []string {
	var out []string
	for _, t := range p.Tokens {
		out = append(out, t.Stem)
	}
	return out
}

func kinds(p Pattern) []TokenKind {
	var out []TokenKind
	for _, t := range p.Tokens {
		out = append(out, t.Kind)
	}
	return out
}

func TestStemAndFold(t *testing.T) {
	lex := Default()
	for _, w := range []string{"shocking", "Shocked", "SHOCKS", "ｓｈｏｃｋｉｎｇ"} {
		assert.Equal(t, "shock", lex.Stem(w), w)
	}
	assert.Equal(t, lex.Stem("here's"), lex.Stem("Here’s"), "curly apostrophes fold to straight ones")
	assert.Equal(t, "won't", Fold("WON’T"))
	assert.Equal(t, "caf\u00e9", Fold("CAFE\u0301"), "NFKC composes a letter and its combining mark")
	assert.Equal(t, "plain", Fold("plain"))

	// Folding is stable: a folded word folds to itself, and AppendFold
	// leaves what dst held before alone. A capital with no composed form
	// of its own lowers to a letter and marks that compose ("T̈" to "ẗ"),
	// and a mathematical capital has no lower case but normalizes to one
	// that has.
	for _, w := range []string{"T\u0308\u0301", "T\u0308", "CAFE\u0301", "\U0001D400BC", "ｓｈｏｃｋｉｎｇ", "İstanbul", "ΣΑΣ", "ǅ", "Ⅻ", "ﬁne"} {
		once := Fold(w)
		assert.Equal(t, once, Fold(once), "%+q folds to %+q", w, once)
		assert.Equal(t, "kept:"+once, string(AppendFold([]byte("kept:"), w)), "%+q", w)
	}
	assert.Equal(t, "\u1e97\u0301", Fold("T\u0308\u0301"))
	// A combining mark that opens a word is not joined to the letter dst
	// ends in: normalizing it together with dst would make "y" and "̈" "ÿ".
	assert.Equal(t, "y"+Fold("\u0308a"), string(AppendFold([]byte("y"), "\u0308a")))

	// A word of ASCII letters and typographic apostrophes, as most of an
	// English text's are, and a word that normalization leaves as it is,
	// fold into room in dst without allocating.
	dst := make([]byte, 0, 64)
	for _, w := range []string{"Here’s", "ʼTIS", "Café", "naïve"} {
		assert.Zero(t, testing.AllocsPerRun(20, func() { dst = AppendFold(dst[:0], w) }), "%q", w)
	}
}

// TestParseErrors feeds malformed files and checks that each reports the
// right line, with every fault of a file reported together.
func TestParseErrors(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		lines []int
		is    error
	}{
		{"too few fields", "a.b | emphasis | 1 | wow\n", []int{1}, ErrSyntax},
		{"bad weight", "a.b | emphasis | heavy | wow | n\n", []int{1}, ErrWeight},
		{"NaN weight", "a.b | emphasis | NaN | wow | n\n", []int{1}, ErrWeight},
		{"infinite weight", "a.b | emphasis | +Inf | wow | n\n", []int{1}, ErrWeight},
		{"negative weight", "a.b | emphasis | -1 | wow | n\n", []int{1}, ErrWeight},
		{"weight too big", "a.b | emphasis | 11 | wow | n\n", []int{1}, ErrWeight},
		{"zero factor", "a.b | negation | 0 | not | n\n", []int{1}, ErrWeight},
		{"unknown category", "a.b | hype | 1 | wow | n\n", []int{1}, ErrCategory},
		{"line too long once written out", "a|emphasis|1|wow|" + strings.Repeat("n", MaxLineBytes-20) + "\n", []int{1}, ErrSyntax},
		{"empty pattern", "a.b | emphasis | 1 |  | n\n", []int{1}, ErrPattern},
		{"bad slot", "a.b | emphasis | 1 | {gap:9} wow | n\n", []int{1}, ErrPattern},
		{"gap at end", "a.b | emphasis | 1 | wow {gap:2} | n\n", []int{1}, ErrPattern},
		{"unknown slot", "a.b | emphasis | 1 | {word} wow | n\n", []int{1}, ErrPattern},
		{"unknown rule", "a.b | emphasis | 1 | <shout> | n\n", []int{1}, ErrPattern},
		{"rule in modifier", "a.b | hedge | 1 | <exclaim> | n\n", []int{1}, ErrPattern},
		{"modifier rule in a scored category", "a.b | suspense | 1 | <statement> | n\nc.d | question | 1 | <subhead> | n\ne.f | emphasis | 1 | <body> | n\ng.h | suspense | 1 | <attributed> | n\n", []int{1, 2, 3, 4}, ErrPattern},
		{"modifier rule in another modifier", "a.b | hedge | 1 | <subhead> | n\nc.d | inquiry | 1 | <body> | n\ne.f | report | 1 | <attributed> | n\n", []int{1, 2, 3}, ErrPattern},
		{"number word after a slot", "n.m | number | 1 | million | n\na.b | emphasis | 1 | over {num} million | n\n", []int{2}, ErrPattern},
		{"digits as a word", "a.b | emphasis | 1 | 100 percent | n\n", []int{1}, ErrPattern},
		{"word class of two words", "a.b | number | 1 | two three | n\n", []int{1}, ErrPattern},
		{"too many tokens", "a.b | emphasis | 1 | a b c d e f g h i | n\n", []int{1}, ErrPattern},
		{"not a word", "a.b | emphasis | 1 | wow! | n\n", []int{1}, ErrPattern},
		{"empty quotes", "a.b | emphasis | 1 | \"\" | n\n", []int{1}, ErrPattern},
		{"quote inside a word", "a.b | emphasis | 1 | \"wow\"s\" | n\n", []int{1}, ErrPattern},
		{"open quote", "a.b | emphasis | 1 | \"wow | n\n", []int{1}, ErrPattern},
		{"bad id", "A B | emphasis | 1 | wow | n\n", []int{1}, ErrSyntax},
		{"no note", "a.b | emphasis | 1 | wow | \n", []int{1}, ErrSyntax},
		{"duplicate id", "a.b | emphasis | 1 | wow | n\n\na.b | emphasis | 1 | whoa | n\n", []int{3}, ErrDuplicate},
		{"duplicate pattern", "a.b | emphasis | 1 | shocking | n\na.c | emphasis | 1 | shocked | n\n", []int{2}, ErrDuplicate},
		{"invalid UTF-8", "a.b | emphasis | 1 | w\xffw | n\n", []int{1}, ErrEncoding},
		{"carriage return inside a line", "a.b | emphasis | 1 | wow | n\rx\n", []int{1}, ErrEncoding},
		{"NUL byte", "a.b | emphasis | 1 | wow | n\n@name x\x00y\n", []int{2}, ErrEncoding},
		{"byte-order mark", "\uFEFFa.b | emphasis | 1 | wow | n\n", []int{1}, ErrEncoding},
		{"overlong line", "a.b | emphasis | 1 | wow | " + strings.Repeat("n", MaxLineBytes) + "\nc.d | emphasis | 1 | whoa | n\n", []int{1}, ErrSyntax},
		{"unknown language", "@language klingon\n", []int{1}, ErrLanguage},
		{"header after entries", "a.b | emphasis | 1 | wow | n\n@name late\n", []int{2}, ErrSyntax},
		{"unknown directive", "@colour red\n", []int{1}, ErrSyntax},
		{"bad weight directive", "@weight a.b lots\n", []int{1}, ErrWeight},
		{"several categories, not a context", "a-b | emphasis+listicle | 0.5 | wow | n\n", []int{1}, ErrWeight},
		{"several categories, zero unpinned", "a-b | emphasis+listicle | 0 | wow | n\n", []int{1}, ErrWeight},
		{"several categories, one unknown", "a-b | emphasis+hype | =0 | wow | n\n", []int{1}, ErrCategory},
		{"several categories, one twice", "a-b | emphasis+listicle+emphasis | =0 | wow | n\n", []int{1}, ErrCategory},
		{"several categories, one left empty", "a-b | emphasis+ | =0 | wow | n\n", []int{1}, ErrCategory},
		{"several categories, an id taken", "emphasis.a-b | emphasis | 1 | wow | n\na-b | emphasis+listicle | =0 | wow now | n\n", []int{2}, ErrDuplicate},
		{"several categories, a word class", "a-b | emphasis+number | =0 | three | n\n", []int{1}, ErrCategory},
		{"an empty alternative", "a.b | emphasis | 1 | may//might be | n\n", []int{1}, ErrPattern},
		{"a hyphen in an alternative", "a.b | report | 0.5 | mother-in-law/father | n\n", []int{1}, ErrPattern},
		{"a slot as an alternative", "a.b | emphasis | 1 | {num}/many times | n\n", []int{1}, ErrPattern},
		{"a quote around alternatives", "a.b | emphasis | 1 | \"may/might\" be | n\n", []int{1}, ErrPattern},
		{"alternatives of one stem", "a.b | emphasis | 1 | shocked/shocking news | n\n", []int{1}, ErrPattern},
		{"too many alternatives", "a.b | emphasis | 1 | waa/wab/wac/wad/wae/waf/wag/wah/wai/waj/wak/wal/wam/wan/wao/wap/waq/war/was/wat/wau/wav/waw/wax/way/waz/wba/wbb/wbc/wbd/wbe/wbf/wbg word | n\n", []int{1}, ErrPattern},
		{"too many patterns", "a.b | emphasis | 1 | a/b/c/d e/f/g/h i/j/k/l x/y/z/w | n\n", []int{1}, ErrPattern},
		{"alternatives in a word class", "a.b | speaker | 1 | mayor/governor | n\n", []int{1}, ErrPattern},
		{"an alternative that another entry matches", "a.b | emphasis | 1 | may be the best | n\nc.d | emphasis | 1 | might/may be the best | n\n", []int{2}, ErrDuplicate},
		{"a number word after a slot, as an alternative", "n.m | number | 1 | million | n\na.b | emphasis | 1 | over {num} people/million | n\n", []int{2}, ErrPattern},
		{"every fault at once", "a.b | emphasis | 1 | wow | n\nbad line\nc.d | nope | 1 | x | n\ne.f | emphasis | 1 | yes | n\n", []int{2, 3}, ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lex, err := Parse("bad.lex", strings.NewReader(tt.src))
			require.Error(t, err)
			assert.Nil(t, lex, "no half-loaded lexicon")
			var list ErrorList
			require.True(t, errors.As(err, &list))
			var lines []int
			for _, e := range list {
				lines = append(lines, e.Line)
				assert.True(t, strings.HasPrefix(e.Error(), "bad.lex:"), e.Error())
			}
			assert.Equal(t, tt.lines, lines, err.Error())
			assert.ErrorIs(t, err, tt.is)
		})
	}
}

func TestMerge(t *testing.T) {
	base, err := Parse("base.lex", strings.NewReader(good))
	require.NoError(t, err)
	over, err := Parse("over.lex", strings.NewReader(`@weight emphasis.shocking 0.9
@disable negation.not
emphasis.whopper | emphasis | 1 | whopper | a big one
suspense.what-next | suspense | 0.3 | what happened next | replaced
`))
	require.NoError(t, err)
	merged, err := base.Merge(over)
	require.NoError(t, err)
	e, _ := merged.Entry("emphasis.shocking")
	assert.Equal(t, 0.9, e.Weight)
	_, ok := merged.Entry("negation.not")
	assert.False(t, ok)
	e, _ = merged.Entry("suspense.what-next")
	assert.Equal(t, "replaced", e.Note)
	_, ok = merged.Entry("emphasis.whopper")
	assert.True(t, ok)
	assert.Equal(t, 6, merged.Len())

	// The base is untouched.
	e, _ = base.Entry("emphasis.shocking")
	assert.Equal(t, 0.5, e.Weight)
	_, ok = base.Entry("negation.not")
	assert.True(t, ok)
}

func TestMergeErrors(t *testing.T) {
	base, err := Parse("base.lex", strings.NewReader(good))
	require.NoError(t, err)
	over, err := Parse("over.lex", strings.NewReader("@disable no.such.id\n\n@weight negation.not 0\n@disable negation.not\n@disable negation.not\n"))
	require.NoError(t, err)
	merged, err := base.Merge(over)
	require.Error(t, err)
	assert.Nil(t, merged)
	assert.ErrorIs(t, err, ErrUnknownID)
	assert.ErrorIs(t, err, ErrWeight)
	assert.Equal(t, "over.lex:1: unknown id: \"no.such.id\": the base lexicon has no such entry\n"+
		"over.lex:3: bad weight: a negation factor must be above 0\n"+
		"over.lex:5: unknown id: \"negation.not\": the base lexicon has no such entry", err.Error())
	_, ok := base.Entry("negation.not")
	assert.True(t, ok, "a failed merge changes nothing")
}

// TestParseSeveralCategories checks that a context written once for
// several categories makes one entry for each, in the order written,
// with the category's name before its id, and that they read back from
// what WriteTo writes, one line each.
func TestParseSeveralCategories(t *testing.T) {
	const src = "@language english\n" +
		"emphasis.of-the-year | emphasis | 0.3 | of the year | ranks a thing\n" +
		"album-of-the-year | emphasis + listicle | =0 | \"album\" of the year | an award\n"
	lex := mustParse(t, src)
	require.Equal(t, 3, lex.Len())
	var ids []string
	for _, e := range lex.Entries()[1:] {
		ids = append(ids, e.ID)
		assert.Equal(t, 0.0, e.Weight)
		assert.True(t, e.Pinned)
		assert.Equal(t, 3, e.Line, "both are read from one line")
		assert.Equal(t, "an award", e.Note)
		assert.Equal(t, []string{"album", "of", "the", "year"}, stems(e.Pattern))
	}
	assert.Equal(t, []string{"emphasis.album-of-the-year", "listicle.album-of-the-year"}, ids)
	es := lex.Entries()
	assert.Equal(t, []Category{Emphasis, Emphasis, Listicle}, []Category{es[0].Category, es[1].Category, es[2].Category})

	var buf bytes.Buffer
	_, err := lex.WriteTo(&buf)
	require.NoError(t, err)
	assert.Contains(t, buf.String(), "listicle.album-of-the-year | listicle | =0 |")
	again, err := Parse("again.lex", &buf)
	require.NoError(t, err)
	assert.Equal(t, withoutLines(mustParse(t, src).Entries()), withoutLines(again.Entries()))
}

func TestParseAlternatives(t *testing.T) {
	const src = "@language english\n" +
		"emphasis.hedged-best | emphasis | 0.5 | could/may/\"might\" be the best/worst | a hedged superlative\n"
	lex := mustParse(t, src)
	require.Equal(t, 1, lex.Len(), "one entry, whatever its alternatives")
	e := lex.Entries()[0]
	require.Len(t, e.Pattern.Tokens, 4)
	first := e.Pattern.Tokens[0]
	assert.Equal(t, "could", first.Word)
	require.Len(t, first.Or, 2)
	assert.Equal(t, "may", first.Or[0].Word)
	assert.Equal(t, "might", first.Or[1].Word)
	assert.True(t, first.Or[1].Exact)
	assert.False(t, first.Exact)
	assert.Equal(t, `could/may/"might" be the best/worst`, e.Pattern.String())

	var expanded []string
	for p := range e.Pattern.Expand() {
		for _, tok := range p.Tokens {
			assert.Empty(t, tok.Or, "an expansion has no alternatives")
		}
		expanded = append(expanded, p.String())
	}
	assert.Equal(t, []string{
		"could be the best", "could be the worst", "may be the best", "may be the worst",
		`"might" be the best`, `"might" be the worst`,
	}, expanded)
	var stop []string
	for p := range e.Pattern.Expand() {
		stop = append(stop, p.String())
		break
	}
	assert.Equal(t, []string{"could be the best"}, stop, "Expand stops when asked")

	plain := mustParse(t, "a.b | emphasis | 1 | best ever | n\n").Entries()[0].Pattern
	var once []Pattern
	for p := range plain.Expand() {
		once = append(once, p)
	}
	assert.Equal(t, []Pattern{plain}, once, "a pattern without alternatives stands for itself")

	var buf bytes.Buffer
	_, err := lex.WriteTo(&buf)
	require.NoError(t, err)
	assert.Contains(t, buf.String(), `| could/may/"might" be the best/worst |`)
	again, err := Parse("again.lex", &buf)
	require.NoError(t, err)
	assert.Equal(t, withoutLines(lex.Entries()), withoutLines(again.Entries()))
}

func TestWriteRoundTrip(t *testing.T) {
	for _, lex := range []*Lexicon{Default(), mustParse(t, good)} {
		var buf bytes.Buffer
		_, err := lex.WriteTo(&buf)
		require.NoError(t, err)
		again, err := Parse("again.lex", &buf)
		require.NoError(t, err)
		assert.Equal(t, lex.Name(), again.Name())
		assert.Equal(t, withoutLines(lex.Entries()), withoutLines(again.Entries()))
	}
}

func mustParse(t *testing.T, src string) *Lexicon {
	lex, err := Parse("t.lex", strings.NewReader(src))
	require.NoError(t, err)
	return lex
}

func withoutLines(es []Entry) []Entry {
	for i := range es {
		es[i].Line = 0
	}
	return es
}

func TestDefault(t *testing.T) {
	require.NoError(t, DefaultErr())
	lex := Default()
	assert.Same(t, lex, Default(), "parsed once")
	assert.Greater(t, lex.Len(), 500)
	perCategory := map[Category]int{}
	for _, e := range lex.Entries() {
		perCategory[e.Category]++
		assert.NotEmpty(t, e.Note, e.ID)
	}
	for _, c := range Categories() {
		assert.Positive(t, perCategory[c], "category %s has entries", c)
	}
}

func TestWithWeights(t *testing.T) {
	lex := mustParse(t, good)
	w, err := lex.WithWeights(map[string]float64{"emphasis.shocking": 2})
	require.NoError(t, err)
	e, _ := w.Entry("emphasis.shocking")
	assert.Equal(t, 2.0, e.Weight)
	e, _ = lex.Entry("emphasis.shocking")
	assert.Equal(t, 0.5, e.Weight)
	_, err = lex.WithWeights(map[string]float64{"nope": 1})
	assert.ErrorIs(t, err, ErrUnknownID)
}

// TestModifierContext checks that a modifier may be pinned at =0, as a
// context of its kind, while an unpinned 0 stays an error (see
// TestParseErrors); TestWriteRoundTrip writes the default lexicon's back.
func TestModifierContext(t *testing.T) {
	lex := mustParse(t, "@language english\nhedge.in-may | hedge | =0 | in may | the month\n")
	e, ok := lex.Entry("hedge.in-may")
	require.True(t, ok)
	assert.Equal(t, 0.0, e.Weight)
	assert.True(t, e.Pinned)
}

// BenchmarkParse parses the embedded English lexicon, the work Default
// does once in a process.
func BenchmarkParse(b *testing.B) {
	b.SetBytes(int64(len(englishSource)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(DefaultName, strings.NewReader(englishSource)); err != nil {
			b.Fatal(err)
		}
	}
}
