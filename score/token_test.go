package score

import (
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/luridlab/lurid/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/width"
)

func TestTokenize(t *testing.T) {
	type tok struct {
		text  string
		kind  tokenKind
		punct punctKind
	}
	tests := []struct {
		name string
		in   string
		want []tok
	}{
		{"ascii", "Here's why", []tok{{"Here's", tokWord, 0}, {"why", tokWord, 0}}},
		{"curly apostrophe", "won\u2019t stop", []tok{{"won\u2019t", tokWord, 0}, {"stop", tokWord, 0}}},
		{"hyphen splits", "mind-blowing", []tok{{"mind", tokWord, 0}, {"blowing", tokWord, 0}}},
		{"money and scale", "$4 trillion", []tok{{"$4", tokNumber, 0}, {"trillion", tokWord, 0}}},
		{"percent and decimal", "3.5% of 10", []tok{{"3.5%", tokNumber, 0}, {"of", tokWord, 0}, {"10", tokNumber, 0}}},
		{"ellipsis dots", "wait...", []tok{{"wait", tokWord, 0}, {"...", tokPunct, pEllipsis}}},
		{"ellipsis char", "wait\u2026", []tok{{"wait", tokWord, 0}, {"\u2026", tokPunct, pEllipsis}}},
		{"em dash", "no \u2014 yes", []tok{{"no", tokWord, 0}, {"\u2014", tokPunct, pDash}, {"yes", tokWord, 0}}},
		{"double hyphen", "no -- yes", []tok{{"no", tokWord, 0}, {"--", tokPunct, pDash}, {"yes", tokWord, 0}}},
		{"colons and semicolons", "a: b; c\uff1a d\uff1b", []tok{{"a", tokWord, 0}, {":", tokPunct, pColon}, {"b", tokWord, 0}, {";", tokPunct, pSemicolon},
			{"c", tokWord, 0}, {"\uff1a", tokPunct, pColon}, {"d", tokWord, 0}, {"\uff1b", tokPunct, pSemicolon}}},
		{"full width", "\uff37\uff2f\uff37\uff01", []tok{{"\uff37\uff2f\uff37", tokWord, 0}, {"\uff01", tokPunct, pExclaim}}},
		{"emoji", "wow \U0001F631!", []tok{{"wow", tokWord, 0}, {"\U0001F631", tokEmoji, 0}, {"!", tokPunct, pExclaim}}},
		{"emoji and symbols", "\u2757 \u00a9 \U0001F44D\U0001F3FD", []tok{{"\u2757", tokEmoji, 0}, {"\u00a9", tokSymbol, 0}, {"\U0001F44D", tokEmoji, 0}, {"\U0001F3FD", tokSymbol, 0}}},
		{"emoji among punctuation", "wow\u203c why\u2049 \u2768x\u2769", []tok{{"wow", tokWord, 0}, {"\u203c", tokEmoji, 0}, {"why", tokWord, 0}, {"\u2049", tokEmoji, 0}, {"\u2768", tokPunct, pOther}, {"x", tokWord, 0}, {"\u2769", tokPunct, pOther}}},
		{"invalid utf8", "a\xffb", []tok{{"a", tokWord, 0}, {"\xff", tokSymbol, 0}, {"b", tokWord, 0}}},
		{"combining mark", "cafe\u0301", []tok{{"cafe\u0301", tokWord, 0}}},
		{"currency sign alone", "$ and", []tok{{"$", tokSymbol, 0}, {"and", tokWord, 0}}},
		{"the sign of a number", "No. 8", []tok{{"No", tokWord, 0}, {".", tokPunct, pOther}, {"8", tokNumber, 0}}},
		{"a period after no in small letters", "no. 8", []tok{{"no", tokWord, 0}, {".", tokPunct, pPeriod}, {"8", tokNumber, 0}}},
		{"full-width period", "\uff53\uff4f\uff0e\uff47", []tok{{"\uff53\uff4f", tokWord, 0}, {"\uff0e", tokPunct, pPeriod}, {"\uff47", tokWord, 0}}},
		{"web address is space", "Read this: https://example.com/you-wont-believe. Then", []tok{{"Read", tokWord, 0}, {"this", tokWord, 0}, {":", tokPunct, pColon}, {".", tokPunct, pPeriod}, {"Then", tokWord, 0}}},
		{"www address", "see www.example.org/amazing!", []tok{{"see", tokWord, 0}, {"!", tokPunct, pExclaim}}},
		{"domain with a path", "Watch pic.twitter.com/AbC1", []tok{{"Watch", tokWord, 0}}},
		{"www and marks only", "see www.. now", []tok{{"see", tokWord, 0}, {"www", tokWord, 0}, {"..", tokPunct, pPeriod}, {"now", tokWord, 0}}},
		{"address in brackets", "(bit.ly/2xY)", []tok{{"(", tokPunct, pBracket}, {")", tokPunct, pBracket}}},
		{"email address", "write to tips@news.example.", []tok{{"write", tokWord, 0}, {"to", tokWord, 0}, {".", tokPunct, pPeriod}}},
		{"handle is a name", "RT @city_news: Road shut", []tok{{"RT", tokWord, 0}, {"@city_news", tokWord, 0}, {":", tokPunct, pColon}, {"Road", tokWord, 0}, {"shut", tokWord, 0}}},
		{"handle after a period", ".@mayor says", []tok{{".", tokPunct, pPeriod}, {"@mayor", tokWord, 0}, {"says", tokWord, 0}}},
		{"no address", "U.S./Mexico e.g. F@#% end.Next a@b", []tok{
			{"U", tokWord, 0}, {".", tokPunct, pPeriod}, {"S", tokWord, 0}, {".", tokPunct, pPeriod}, {"/", tokPunct, pOther}, {"Mexico", tokWord, 0},
			{"e", tokWord, 0}, {".", tokPunct, pPeriod}, {"g", tokWord, 0}, {".", tokPunct, pPeriod},
			{"F", tokWord, 0}, {"@", tokPunct, pOther}, {"#", tokPunct, pOther}, {"%", tokPunct, pOther},
			{"end", tokWord, 0}, {".", tokPunct, pPeriod}, {"Next", tokWord, 0}, {"a", tokWord, 0}, {"@", tokPunct, pOther}, {"b", tokWord, 0}}},
		{"full-width hyphens", "a\uff0db \uff0d\uff0d", []tok{{"a", tokWord, 0}, {"b", tokWord, 0}, {"\uff0d", tokPunct, pDash}, {"\uff0d", tokPunct, pDash}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(nil, tt.in, 0, nil, nil)
			got := make([]tok, len(toks))
			for i, x := range toks {
				got[i] = tok{tt.in[x.start:x.end], x.kind, x.punct}
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

// TestHasNarrowForm holds the tokenizer's shortcut past width.LookupRune:
// every rune with a narrow form lies where hasNarrowForm says; none of the
// General Punctuation block or beyond the Basic Multilingual Plane does,
// and none of the block is a word rune.
func TestHasNarrowForm(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if n := width.LookupRune(r).Narrow(); n != 0 && !hasNarrowForm(r) {
			t.Fatalf("%U has the narrow form %U", r, n)
		}
	}
	for r := rune(0x2000); r <= unicode.MaxRune; r++ {
		if r == 0x2070 {
			r = 0x10000
		}
		require.False(t, hasNarrowForm(r), "%U", r)
		if r < 0x2070 {
			assert.False(t, lexicon.IsWordRune(r), "%U", r)
		}
	}
	for _, r := range []rune{0x3000, 0xff01, 0xff5e, 0xffe0} { // the ideographic space, full-width "!" and "~", "￠"
		assert.True(t, hasNarrowForm(r), "%U", r)
	}
}

// TestIsEmoji checks that the symbols and dingbats isEmoji names are the
// runes of their blocks that are not punctuation, as the tokenizer reads
// them: the ornamental brackets are the only punctuation there.
func TestIsEmoji(t *testing.T) {
	for r := rune(0x2600); r <= 0x27BF; r++ {
		assert.Equal(t, !unicode.IsPunct(r), isEmoji(r), "%U", r)
	}
	assert.True(t, isEmoji('‼'))
	assert.True(t, isEmoji('⁉'))
	assert.False(t, isEmoji(0x1F3FB), "a skin tone")
}

func TestTokenFlags(t *testing.T) {
	toks := tokenize(nil, `NASA said "SHOCKING" in 2015`, 0, nil, nil)
	assert.True(t, toks[0].caps, "NASA is in capitals")
	assert.False(t, toks[1].caps)
	assert.True(t, toks[3].caps && toks[3].quote == 3, "SHOCKING is quoted capitals")
	assert.True(t, toks[6].rank, "2015 is a year")
	assert.True(t, tokenize(nil, "the 2nd and 65th", 0, nil, nil)[1].rank, "2nd is a rank")
	assert.False(t, tokenize(nil, "17 things", 0, nil, nil)[0].rank, "17 is a count")
}

// TestSingleQuoteClosesAfterMark checks that a single quotation mark
// right after a question mark, an exclamation or a period closes the
// quotation it ends, as one after a word does, so that the words after it
// are no longer quoted; that a mark that opens a word still opens; and
// that one that leaves letters out ("the '90s", "'til") opens nothing.
func TestSingleQuoteClosesAfterMark(t *testing.T) {
	for _, text := range []string{"'Why now?' shocking", "'Why now?': shocking", "'Stop!' shocking", "'It ends.' shocking", "‘Why now?’ shocking", "'Why now' shocking"} {
		toks := tokenize(nil, text, 0, nil, nil)
		last := toks[len(toks)-1]
		assert.Equal(t, "shocking", text[last.start:last.end], text)
		assert.Zero(t, last.quote, "%q: the word after the closing mark is outside the quotation", text)
		assert.NotZero(t, toks[1].quote, "%q: the first word is quoted", text)
	}
	toks := tokenize(nil, "He said: 'Go' and 'Stay'", 0, nil, nil)
	assert.NotZero(t, toks[len(toks)-2].quote, "a mark before a word opens a second quotation")
	for _, text := range []string{"Back in the '90s, shocking", "Love 'em or hate 'em, shocking", "Rock 'n' roll, shocking", "Wait 'til summer, shocking"} {
		toks = tokenize(nil, text, 0, nil, nil)
		assert.Zero(t, toks[len(toks)-1].quote, "%q: a mark that leaves letters out opens no quotation", text)
	}
	assert.False(t, isElided("emu"), "a longer word")
	assert.False(t, isElided("tilé"), "a longer word, not in ASCII")
	assert.True(t, isElided("Til"))
}

// TestStrayQuoteEndsAtParagraph checks that a quotation left open ends
// with its paragraph, at a blank line, and not at a line break alone, and
// that a quotation that runs on opens again with a mark of its own.
func TestStrayQuoteEndsAtParagraph(t *testing.T) {
	for _, c := range []struct {
		text   string
		quoted bool // the last word
	}{
		{"The sign read \"Closed.\n\nShocking", false},
		{"The sign read 'Closed.\r\n \r\nShocking", false},
		{"The sign read \"Closed,\nshocking", true},
		{"\"It was bad.\n\n\"Shocking", true},
	} {
		toks := tokenize(nil, c.text, 0, nil, nil)
		assert.Equal(t, c.quoted, toks[len(toks)-1].quote != 0, "%q", c.text)
	}
}

func TestCountable(t *testing.T) {
	tests := []struct {
		text, num string // num is the token of text tested
		want      bool
	}{
		{"17 things", "17", true},
		{"Ten reasons", "Ten", true},
		{"twenty-five things", "twenty", true},
		{"Ten-year study", "Ten", false},
		{"3-day week", "3", false},
		{"Thousands march", "Thousands", false},
		{"in their 20s", "20s", false},
		{"tens of", "tens", false},
		{"two-thirds", "two", false},
		{"ends with 5-", "5", true},
		{"Million Dollar Homepage", "Million", false},
		{"BN Bank", "BN", false},
		{"a dozen reasons", "dozen", true},
	}
	s := New(nil)
	for _, tt := range tests {
		start := strings.Index(tt.text, tt.num)
		var found bool
		sc := s.begin(tt.text)
		s.readWindow(sc, tt.text, 0) // with word classes, which tell number words
		for i, tok := range sc.toks {
			if int(tok.start) == start {
				found = true
				assert.Equal(t, tt.want, countable(tt.text, sc.toks, int32(i)), tt.text)
			}
		}
		assert.True(t, found, "%q has no token %q", tt.text, tt.num)
		s.end(sc)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two", "It rained. Then it stopped.", []string{"It rained.", "Then it stopped."}},
		{"title", "Dr. Lee spoke. She left.", []string{"Dr. Lee spoke.", "She left."}},
		{"initials", "The U.S. Senate voted. It passed.", []string{"The U.S. Senate voted.", "It passed."}},
		{"decimal", "Rates rose 3.5 percent. Markets fell.", []string{"Rates rose 3.5 percent.", "Markets fell."}},
		{"initial of a name", "J. Smith wrote it. Plan B. Then more.", []string{"J. Smith wrote it.", "Plan B. Then more."}},
		{"unit after a number", "Cooled to 300 K. The film cracked.", []string{"Cooled to 300 K.", "The film cracked."}},
		{"decimal opened by a point", "They play .500 ball. Fares rose to $.99 today.", []string{"They play .500 ball.", "Fares rose to $.99 today."}},
		{"point joined to a word", "See No.5 on the list. It sold out.", []string{"See No.5 on the list.", "It sold out."}},
		{"no as a word", "The board said no. Then it met again. The no. 2 seed won.", []string{"The board said no.", "Then it met again.", "The no. 2 seed won."}},
		{"letters of a time", "It opens at 5 A.M. Then it shuts.", []string{"It opens at 5 A.M. Then it shuts."}},
		{"quote closes", `"Is it safe?" she asked. Nobody knew.`, []string{`"Is it safe?" she asked.`, "Nobody knew."}},
		{"quoted sentence", `He said "Go now." Then he left.`, []string{`He said "Go now."`, "Then he left."}},
		{"lower case goes on", "Wait... for now.", []string{"Wait... for now."}},
		{"blank line", "A heading\n\nBody text here", []string{"A heading", "Body text here"}},
		{"blank line after a mark", "Stop!\n\nthen go", []string{"Stop!", "then go"}},
		{"blank lines in a row", "One\n\nTwo\n \n\nthree", []string{"One", "Two", "three"}},
		{"line breaks in a run of marks", "Wow!\n!\nthen more", []string{"Wow!\n!\nthen more"}},
		{"blank line in a run of marks", "Wow!\n\n!! then more", []string{"Wow!", "!! then more"}},
		{"address before a period", "Read it at example.com/a-b. Then go.", []string{"Read it at example.com/a-b.", "Then go."}},
		{"marks run", "Really?! Yes.", []string{"Really?!", "Yes."}},
		{"list items", "1. This dog sat.\n\n2. That cat ran. 12. Then it slept.", []string{"1. This dog sat.", "2. That cat ran.", "12. Then it slept."}},
		{"a number that ends a sentence", "The score was 2. Then it rained. They won 3.", []string{"The score was 2.", "Then it rained.", "They won 3."}},
		{"brackets after a period", "It ended. (Photos) Then more. (AP) - Talks went on (for hours).", []string{"It ended.", "(Photos) Then more.", "(AP) - Talks went on (for hours)."}},
		{"state after a city", "LOS ANGELES, Calif. (Reuters) - Fires spread. Ore. Then rain.", []string{"LOS ANGELES, Calif. (Reuters) - Fires spread.", "Ore.", "Then rain."}},
		{"a title on its own line", "Why The Harbour Wall Failed\nThe wall fell in March.", []string{"Why The Harbour Wall Failed", "The wall fell in March."}},
		{"a title of small and capital words", "Ten Tips for the Garden in May\n\"Dig early,\" she said.", []string{"Ten Tips for the Garden in May", "\"Dig early,\" she said."}},
		{"prose that wraps before a capital", "The United Nations met on\nTuesday in New York. It was\nJohn Smith who spoke.", []string{"The United Nations met on\nTuesday in New York.", "It was\nJohn Smith who spoke."}},
		{"a line in sentence case above a shorter one runs on", "Ten tips for the garden\nDig early.", []string{"Ten tips for the garden\nDig early."}},
		{"a title in sentence case", "Why the harbour wall failed\nThe wall fell on Tuesday after decades of neglect.", []string{"Why the harbour wall failed", "The wall fell on Tuesday after decades of neglect."}},
		{"a title of two words", "Road closed\nDrivers should follow the signs for the diversion.", []string{"Road closed", "Drivers should follow the signs for the diversion."}},
		{"two short lines alike run on", "Fresh eggs\nWhole milk", []string{"Fresh eggs\nWhole milk"}},
		{"the sign of a number", "No. 8 Duke won. It rained.", []string{"No. 8 Duke won.", "It rained."}},
		{"a word alone on its block's first line is a title", "Update\nThe road has reopened to traffic.", []string{"Update", "The road has reopened to traffic."}},
		{"a word alone below a line of its block runs on", "It rained all night.\nWarning\nThe road is closed.", []string{"It rained all night.", "Warning\nThe road is closed."}},
		{"a word alone in small letters runs on", "update\nThe road has reopened to traffic.", []string{"update\nThe road has reopened to traffic."}},
		{"a title in sentence case after a blank line", "It rained.\n\nWhy the harbour wall failed\nThe wall fell on Tuesday after decades of neglect.", []string{"It rained.", "Why the harbour wall failed", "The wall fell on Tuesday after decades of neglect."}},
		{"a line in sentence case inside a block runs on", "It rained.\nWhy the harbour wall failed\nThe wall fell on Tuesday after decades of neglect.", []string{"It rained.", "Why the harbour wall failed\nThe wall fell on Tuesday after decades of neglect."}},
		{"a title in sentence case between paragraphs", "The council met on Monday to decide the future of the old harbour wall.\nWhy the harbour wall failed\nThe wall fell on Tuesday after decades of neglect and rust.", []string{"The council met on Monday to decide the future of the old harbour wall.", "Why the harbour wall failed", "The wall fell on Tuesday after decades of neglect and rust."}},
		{"a first line that ends on a small word runs on", "Officials met at the port of\nDover on Tuesday to discuss the plans for the bridge.", []string{"Officials met at the port of\nDover on Tuesday to discuss the plans for the bridge."}},
		{"a first line as long as the next runs on", "The United Nations met in the city\nMonday and Tuesday for talks.", []string{"The United Nations met in the city\nMonday and Tuesday for talks."}},
		{"a line that opens inside a sentence", "He read it. Annual Review Of Rail\nSafety came out later.", []string{"He read it.", "Annual Review Of Rail\nSafety came out later."}},
		{"bullets", "Pack these:\n- a torch.\n- two maps\n* water\n• a hat", []string{"Pack these:", "- a torch.", "- two maps", "* water", "• a hat"}},
		{"numbered lines", "Steps\n1) Mix well\n2) Bake. 3) Cool.", []string{"Steps", "1) Mix well", "2) Bake.", "3) Cool."}},
		{"lines of prose", "It was - as she said -\nlate, and the\n-5 frost came.", []string{"It was - as she said -\nlate, and the\n-5 frost came."}},
		{"no list marker", "2016. A year. 1000. Too many. 3A. A unit. $5. A price.", []string{"2016.", "A year.", "1000.", "Too many.", "3A.", "A unit.", "$5.", "A price."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, readSentences(tt.in, false))
		})
	}
}

// readSentences splits text into sentences as a headline, or as a
// passage if body is set, and returns their texts.
func readSentences(text string, body bool) []string {
	sc := &scratch{body: body}
	Default().readWindow(sc, text, 0)
	var got []string
	for _, sp := range sc.sents {
		got = append(got, text[sc.toks[sp.lo].start:sc.toks[sp.hi-1].end])
	}
	return got
}

// TestLineLists checks how a passage splits blocks of lines that end on
// no mark: a list of lines is a sentence a line; anything else runs on,
// as wrapped prose does, save a title.
func TestLineLists(t *testing.T) {
	const (
		a = "Ten ways to save on heating this winter"
		b = "You will not believe how much a thermostat costs"
		c = "This couple built a house from bottles"
	)
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"a list of lines", a + "\n" + b + "\n" + c, []string{a, b, c}},
		{"a list and a paragraph", "It rained.\n\n" + a + "\n" + b + "\n" + c + "\n\nThe end came soon.", []string{"It rained.", a, b, c, "The end came soon."}},
		{"two lines are no list", a + "\n" + b, []string{a + "\n" + b}},
		{"a line that opens in small letters", a + "\nand " + b + "\n" + c, []string{a + "\nand " + b + "\n" + c}},
		{"a line that ends on a small word", a + " and the\n" + b + "\n" + c, []string{a + " and the\n" + b + "\n" + c}},
		{"a line that ends on a comma", a + ",\n" + b + "\n" + c, []string{a + ",\n" + b + "\n" + c}},
		{"a line of two words", a + "\nHeating Bills\n" + c, []string{a + "\nHeating Bills\n" + c}},
		{"a line too long for a list", b + " and a great deal more than anyone had thought it would cost\n" + a + "\n" + c,
			[]string{b + " and a great deal more than anyone had thought it would cost\n" + a + "\n" + c}},
		{"lines that end on marks", "It rained all day.\nThe roads flooded by noon.\nSchools shut early today.", []string{"It rained all day.", "The roads flooded by noon.", "Schools shut early today."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, readSentences(tt.in, true))
		})
	}
	// A headline's lines are not split so: only a passage has lists.
	assert.Len(t, readSentences(a+"\n"+b+"\n"+c, false), 1)
}

func TestHasVowel(t *testing.T) {
	for word, want := range map[string]bool{
		"NBC": false, "CNN": false, "NASA": true, "WHY": true, "OMG": true,
		"ÉTÉ": true, "ＮＢＣ": false, "ＮＡＳＡ": true, "ПРИВЕТ": true, "NBC'S": false, "": false,
	} {
		assert.Equal(t, want, hasVowel(word), word)
	}
}

// TestSentenceSurvey holds what splitSentences gathers about each sentence
// to what its tokens say, on texts whose marks fall where a run of them
// or a blank line could hide one.
func TestSentenceSurvey(t *testing.T) {
	raw, err := os.ReadFile("../testdata/passage.txt")
	require.NoError(t, err)
	texts := []string{
		"It is over.!! Now WHAT", "Stop!\n\nthen go", "Wait... what?", "Really.?\n\nYes…",
		`"Why?" he asked. THE END IS NEAR`, "A.\n\n!!", "no marks here", "?", string(raw),
	}
	s := Default()
	for _, text := range texts {
		sc := new(scratch)
		require.Equal(t, len(text), s.readWindow(sc, text, 0), "one window")
		toks, allWords := sc.toks, sc.allWords
		// Each token's clause: punctuation but quotation marks and other
		// marks starts a new one.
		clauses := make([]int32, len(toks))
		clause := int32(0)
		for i, tk := range toks {
			if tk.kind == tokPunct && tk.punct != pQuote && tk.punct != pOther {
				clause++
			}
			clauses[i] = clause
		}
		var prev *word // the word before, in this sentence or the last
		for _, sn := range sc.sents {
			words := []word{}
			var set wordSet
			marks := false
			for i := sn.lo; i < sn.hi; i++ {
				switch tk := toks[i]; {
				case tk.kind == tokWord || tk.kind == tokNumber:
					// A number is no stem and counts unless it is a year or a rank;
					// a word counts if its stem is a number word.
					w := word{tok: i, id: -1, clause: clauses[i], caps: tk.caps}
					if tk.kind == tokWord {
						w.id = s.wordID(new(scratch), text, &tk, 0)
					}
					if tk.letters >= 2 {
						w.long = 1
					}
					// What may start at the word: its stem's patterns, a count,
					// and a pair with the word before it in its clause.
					if s.ix.stems[1+w.id].hi > s.ix.stems[1+w.id].lo {
						w.starts = startSingles
					}
					if tk.kind == tokNumber && !tk.rank || tk.kind == tokWord && tk.class&classNumber != 0 {
						w.starts |= startNumber
					}
					if prev != nil && prev.clause == w.clause && w.id >= 0 && s.ix.stems[1+prev.id].partners>>(uint32(w.id)%32)&1 != 0 {
						w.starts |= startPairPrev
					}
					words = append(words, w)
					prev = &words[len(words)-1]
					set.add(w.id)
				case tk.kind == tokPunct && (tk.punct == pExclaim || tk.punct == pQuestion || tk.punct == pEllipsis):
					marks = true
				}
			}
			var w, c int // words of two or more letters, and those in capitals
			for _, tk := range toks[sn.lo:sn.hi] {
				if tk.kind == tokWord && tk.letters >= 2 {
					w++
					if tk.caps {
						c++
					}
				}
			}
			in := text[toks[sn.lo].start:toks[sn.hi-1].end]
			assert.Equal(t, words, append([]word{}, allWords[sn.wlo:sn.whi]...), "words of %q", in)
			assert.Equal(t, set, sn.present, "word set of %q", in)
			assert.Equal(t, marks, sn.marks, "marks of %q", in)
			assert.Equal(t, [2]int32{int32(w), int32(c)}, [2]int32{sn.words, sn.caps}, "capitals of %q", in)
		}
	}
}

// TestLetterRun holds letterRun to a byte-by-byte reading of the same
// eight bytes, with every byte value in every place.
func TestLetterRun(t *testing.T) {
	isLetter := func(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }
	want := func(b [8]byte) int {
		n := 0
		for n < 8 && isLetter(b[n]) {
			n++
		}
		if n == 8 {
			return 8
		}
		if b[n] >= 0x80 || b[n] == '\'' || '0' <= b[n] && b[n] <= '9' {
			return 0
		}
		return n
	}
	base := [8]byte{'w', 'o', 'r', 'd', 's', ' ', 'a', 'b'}
	for pos := range 8 {
		for v := range 256 {
			b := base
			b[pos] = byte(v)
			require.Equal(t, want(b), letterRun(le64(string(b[:]))), "%q", b)
		}
	}
}

// TestScanWordMatchesByteByByte checks that scanWord, which reads words
// of up to fifteen letters eight bytes at a time, gives the token a rune
// by rune reading gives, for words of every length to twenty, in every
// case, followed by every kind of byte, inside a text and at its end.
func TestScanWordMatchesByteByByte(t *testing.T) {
	// byRune reads the word at text[i] a rune at a time, as scanWord's
	// doc comment says it reads.
	byRune := func(text string, i int) token {
		want := token{start: int32(i), kind: tokWord, ascii: true}
		var upper, lower int32
		j := i
		for j < len(text) {
			r, size := utf8.DecodeRuneInString(text[j:])
			if r == '\'' && j > i && isWordStart(text[j+size:]) {
				want.ascii = false
				j += size
				continue
			}
			if r == utf8.RuneError || !lexicon.IsWordRune(r) {
				break
			}
			if unicode.IsLetter(r) {
				want.letters++
				if unicode.IsUpper(r) {
					upper++
					want.upper = want.upper || j == i
				} else {
					lower++
				}
			}
			want.ascii = want.ascii && r < utf8.RuneSelf
			j += size
		}
		want.end = int32(j)
		want.caps = lower == 0 && upper >= 2
		return want
	}
	const letters = "abcdefghijklmnopqrst"
	var words []string
	for n := 1; n <= len(letters); n++ {
		w := letters[:n]
		words = append(words, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], w[:n-1]+strings.ToUpper(w[n-1:]))
	}
	for _, word := range words {
		for _, after := range []string{"", " ", "!", "-", ",", "…", "'", "'s", "9", "é", "\x00"} {
			for _, lead := range []string{"", "and then "} {
				for _, tail := range []string{"", " and then more"} {
					text := lead + word + after + tail
					var got token
					scanWord(&got, text, len(lead))
					require.Equal(t, byRune(text, len(lead)), got, "%q in %q", word, text)
				}
			}
		}
	}
}

// TestScanWordAtOnce checks that a word read at once, eight bytes at a
// time, gives the token a byte-by-byte reading gives where the text is
// shorter than eight bytes, both inside a text and at its end, and its
// folded key chunk.
func TestScanWordAtOnce(t *testing.T) {
	for _, word := range []string{"a", "I", "OK", "Why", "NASA", "iPhone", "SHOCKS", "Amazing", "shocking", "HEADLINE", "unbelievable", "x2", "don't", "café"} {
		for _, after := range []string{"", " ", "!", "-", ",", "…", "'"} {
			var short, inside, atEnd token
			scanWord(&short, word+after, 0) // byte by byte, where fewer than eight bytes are read
			insideKey := scanWord(&inside, word+after+" and then more", 0)
			const lead = "and then "
			atEndKey := scanWord(&atEnd, lead+word+after, len(lead))
			atEnd.start, atEnd.end = atEnd.start-int32(len(lead)), atEnd.end-int32(len(lead))
			assert.Equal(t, short, inside, "%q%q inside a text", word, after)
			assert.Equal(t, short, atEnd, "%q%q at the end of a text", word, after)
			atOnce := len(word) <= 8 && strings.Trim(word, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") == "" && after != "'" && after != "…"
			if atOnce {
				assert.Equal(t, asciiChunk(word, 0, len(word)), insideKey, "%q%q", word, after)
				assert.Equal(t, asciiChunk(word, 0, len(word)), atEndKey, "%q%q at the end", word, after)
			} else {
				assert.Zero(t, insideKey, "%q%q", word, after)
			}
		}
	}
}
