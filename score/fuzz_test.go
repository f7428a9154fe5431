package score

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/luridlab/lurid/lexicon"
	"github.com/stretchr/testify/require"
)

var fuzzSeeds = []string{
	"",
	"You Won't Believe What Happened Next!!!",
	"Is this the end of cheap flights?",
	"A $10 billion gamble?",
	"\u201cIs it safe?\u201d asked the inspector. Nobody knew\u2026",
	"SHOCKING: THE BIGGEST SCANDAL EVER ?!",
	"Dr. Lee of the U.S. office said 3.5% of 10k.\n\nNew paragraph \u2014",
	"\uff33\uff28\uff2f\uff23\uff2b \U0001F631\U0001F3FD\u200d\u2640\ufe0f \u05e9\u05dc\u05d5\u05dd cafe\u0301",
	"a\xffb\x00c\xc3",
	strings.Repeat("!", 300) + strings.Repeat("?", 300),
	"17 things {num} {gap:3} ^ $ <caps> | # @disable",
	"RT .@city_news: 3-day strike? https://x.example/a-b.c (www.y.example/z) tips@y.example pic.twitter.com/Q1 WHO...",
	"Good morning Dr. O\u2019Neill,\r\n\r\nCan you send the figures? Are we still on for Friday?!",
}

func FuzzHeadline(f *testing.F) { fuzzScoring(f, false) }

func FuzzPassage(f *testing.F) { fuzzScoring(f, true) }

// fuzzScoring scores fuzzed text as a headline or a passage and checks the
// invariants of the result; then it scores the text again into a Result
// that has held another, busier one, and requires the same result: reuse
// leaves nothing behind and moves nothing out of place.
func fuzzScoring(f *testing.F, passage bool) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	sc := New(nil)
	score, into := sc.Headline, sc.HeadlineInto
	if passage {
		score, into = sc.Passage, sc.PassageInto
	}
	busy := strings.Join(fuzzSeeds, "\n\n")
	f.Fuzz(func(t *testing.T, text string) {
		r := score(text)
		checkInvariants(t, text, &r, passage)
		if !passage {
			checkHeadlineScore(t, sc, text, &r)
		}
		var reused Result
		into(&reused, busy)
		into(&reused, text)
		checkInvariants(t, text, &reused, passage)
		require.Equal(t, exported(r), exported(reused), "scoring %q into a reused Result", text)
	})
}

// FuzzJSONRoundTrip scores fuzzed text as a headline and as a passage,
// encodes each result and decodes it, and requires the result that was
// encoded. JSON carries valid UTF-8 only, so other text is skipped.
func FuzzJSONRoundTrip(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	sc := New(nil)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			t.Skip("not valid UTF-8, which JSON cannot carry")
		}
		for _, r := range []Result{sc.Headline(text), sc.Passage(text)} {
			b, err := json.Marshal(r)
			require.NoError(t, err)
			var got Result
			require.NoError(t, json.Unmarshal(b, &got))
			require.Equal(t, exported(r), exported(got), "%s", b)
		}
	})
}

// FuzzLexiconScorer builds a Scorer from a fuzzed lexicon and scores
// fuzzed text with it, as a headline and as a passage, so that every
// lexicon the parser accepts is compiled and matched end to end. Besides
// the invariants every result keeps, each hit must name an entry of the
// lexicon, with the entry's category and weight, and a Scorer whose stem
// cache is too small to keep much must agree with one that has none.
func FuzzLexiconScorer(f *testing.F) {
	text := "Why 7 cats ALWAYS win? Officials say it is possibly the best \"one\" ever. You won't believe what happened next!!!"
	for _, src := range []string{
		"a | suspense | 0.6 | what happened next | n\nb | emphasis | 0.4 | believ | n\n",
		"a | question | 0.5 | ^ why {num} | n\nb | hedge | 0.5 | \"possibly\" | n\nc | attribution | 0.5 | \"officials\" say | n\n",
		"a | emphasis | =0 | ever | n\nb | emphasis | 1 | the best {gap:2} ever | n\nc | intensifier | 1.5 | \"always\" | n\n",
		"a | listicle | 0.6 | {num} cats | n\nb | number | 1 | seven | n\nc | acronym | 1 | cat | n\nd | address | 0.4 | you | n\n",
		"a | suspense | 0.6 | this $ | n\nb | negation | 0.5 | \"not\" | n\nc | emphasis | 0.5 | win | n\n@disable a\n",
		"x | emphasis | 1 | mind-blowing here\u2019s \uff37\uff2f\uff37 | n\r\n",
		"a | hedge | =0 | \"officials\" say | n\nb | hedge | 0.5 | say | n\nc | attribution | 0.5 | officials | n\nd | emphasis | 1 | best | n\n",
		"a | emphasis | 0.5 | could/may/\"might\" be the best/worst | n\nb | emphasis | =0 | may/might be the best of | n\nc | suspense | 0.6 | won't/can't believe | n\n",
	} {
		f.Add(src, text)
	}
	// A sample of the embedded lexicon, every twelfth line as it writes
	// itself out, so that mutations start from patterns of every kind.
	var full strings.Builder
	if _, err := lexicon.Default().WriteTo(&full); err != nil {
		f.Fatal(err)
	}
	var sample strings.Builder
	for i, line := range strings.Split(full.String(), "\n") {
		if i%12 == 0 {
			sample.WriteString(line + "\n")
		}
	}
	f.Add(sample.String(), text)
	f.Fuzz(func(t *testing.T, src, text string) {
		lex, err := lexicon.Parse("fuzz.lex", strings.NewReader(src))
		if err != nil {
			return // the parser's own fuzz target checks its errors
		}
		cached, uncached := New(lex, WithCacheSlots(4)), New(lex, WithCacheSlots(0))
		for _, passage := range []bool{false, true} {
			score, plain := cached.Headline, uncached.Headline
			if passage {
				score, plain = cached.Passage, uncached.Passage
			}
			r := score(text)
			checkInvariants(t, text, &r, passage)
			if !passage {
				checkHeadlineScore(t, cached, text, &r)
			}
			for _, h := range r.Hits {
				e, ok := lex.Entry(h.ID)
				if !ok || e.Category != h.Category || e.Weight != h.Weight {
					t.Fatalf("hit %s (%v, weight %v) is not an entry of the lexicon: %+v", h.ID, h.Category, h.Weight, e)
				}
			}
			want := exported(plain(text))
			require.Equal(t, want, exported(r), "scoring %q once with a stem cache, and with none", text)
			require.Equal(t, want, exported(score(text)), "scoring %q again with a stem cache, which now holds its words, and with none", text)
		}
	})
}
