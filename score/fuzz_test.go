package score

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

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
