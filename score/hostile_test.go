package score

import (
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hostileInputs are texts a service may be sent. Each must score without
// panic, in bounds, with scores that recompute from their hits.
func hostileInputs(short bool) map[string]string {
	in := map[string]string{
		"empty":              "",
		"whitespace":         " \t\n\r\v\f\u00a0\u3000 ",
		"invalid UTF-8":      "caf\xc3 \xff\xfe news \xed\xa0\x80 SHOCKING\x80!",
		"NUL bytes":          "You\x00 won't\x00 believe\x00\x00 this!",
		"million bangs":      strings.Repeat("!", 1_000_000),
		"million questions":  strings.Repeat("?", 1_000_000),
		"spaced bangs":       strings.Repeat("! ", 200_000),
		"spaced questions":   strings.Repeat("Why? ", 200_000),
		"question lines":     strings.Repeat("Why?\nBecause.\n", 100_000),
		"long word":          strings.Repeat("a", 100_000),
		"long capital word":  "THE " + strings.Repeat("SHOUT", 20_000) + " EVER",
		"long number":        "$" + strings.Repeat("9", 100_000) + " trillion",
		"dots":               strings.Repeat(".", 100_000),
		"dashes":             strings.Repeat("\u2014", 50_000),
		"quotes":             strings.Repeat("\"", 100_000) + " you " + strings.Repeat("\u201c", 1000),
		"apostrophes":        strings.Repeat("'", 100_000) + "here's",
		"mixed scripts":      "Шокирующая новость: 震惊！ This is why ΑΠΙΣΤΕΥΤΟ you won't believe",
		"right to left":      "\u05d4\u05d0\u05dd \u05d6\u05d4 \u05d4\u05e1\u05d5\u05e3? \u0647\u0644 \u0647\u0630\u0647 \u0627\u0644\u0646\u0647\u0627\u064a\u0629\u061f \u202eYou won't believe\u202c",
		"combining marks":    "Cafe\u0301 owner\u0308 \u0301\u0301\u0301 SHO\u0301CKING re\u0301sume\u0301!!",
		"emoji sequences":    "\U0001F468\u200d\U0001F469\u200d\U0001F467 \U0001F44D\U0001F3FD \U0001F1EC\U0001F1E7 \u2764\ufe0f This is why \U0001F631\U0001F631",
		"full width":         "\uff39\uff4f\uff55 \uff57\uff4f\uff4e\u2019\uff54 \uff42\uff45\uff4c\uff49\uff45\uff56\uff45\uff01\uff1f",
		"control characters": "\x01\x02\x03 shocking \x1b[31m red \x7f",
		"gap bait":           strings.Repeat("what the the the the ", 20_000) + "found",
		"number words":       strings.Repeat("one two three four five ", 20_000) + "things",
		"emoji flood":        strings.Repeat("\U0001F631", 100_000) + " wow",
		"no spaces":          strings.Repeat("\u9707\u60ca\uff01", 100_000),
		"bangs then words":   strings.Repeat("!", 200_000) + "You won't believe this",
		"dotted run":         strings.Repeat("a.", 200_000) + "com/x",
		"dotted labels":      strings.Repeat("ab", 200_000) + strings.Repeat(".ab", 100_000) + "/x",
		"address run":        strings.Repeat("http://x.com/you-wont-believe", 20_000),
		"schemes":            strings.Repeat("a:", 100_000) + strings.Repeat("ab://", 100_000),
		"at signs":           strings.Repeat("a@", 200_000) + strings.Repeat("@b.c", 100_000),
		"handles":            strings.Repeat("@you ", 100_000),
		"addresses of marks": strings.Repeat("www.. (www.,) a.b/. ", 50_000),
		"title blocks":       strings.Repeat("Why the wall failed\nThe wall fell after years of neglect and rust\n\n", 10_000),
		"title over a line":  "Why the wall failed\n" + strings.Repeat("The wall fell ", 100_000),
	}
	if !short {
		in["10 MB sentence"] = strings.Repeat("You won't believe what happened next! ", 10<<20/38)
		in["10 MB no punctuation"] = strings.Repeat("you shocking this ", 10<<20/18)
	}
	return in
}

func TestHostileInputs(t *testing.T) {
	s := New(nil)
	for name, text := range hostileInputs(testing.Short() || raceEnabled) {
		t.Run(name, func(t *testing.T) {
			h := s.Headline(text)
			checkInvariants(t, text, &h, false)
			p := s.Passage(text)
			checkInvariants(t, text, &p, true)
		})
	}
}

// TestShortTexts scores, as a headline and as a passage, every text of up
// to four pieces from an alphabet of the bytes and words that steer the
// tokenizer, the sentence splitter and the rules: addresses, marks,
// quotes, numbers, capitals, line breaks. Each must score, and keep the
// invariants; a text that does not return in a minute fails the run with
// its name, as "www.." once hung it.
func TestShortTexts(t *testing.T) {
	pieces := []string{"w", "www", ".", ":", "/", "@", "a", "A", " ", "(", ")", "!", "?", "\"", "'",
		"#", "$", "1", "-", "\n", "\u2026", "\U0001F631", ",", "%"}
	depth := 4
	if testing.Short() || raceEnabled {
		depth = 3
	}
	s := New(nil)
	var current atomic.Pointer[string]
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		var last *string
		for {
			select {
			case <-stop:
				return
			case <-time.After(time.Minute):
			}
			if p := current.Load(); p == last {
				panic(fmt.Sprintf("scoring %q has not returned in a minute", *p))
			} else {
				last = p
			}
		}
	}()
	var walk func(text string, depth int)
	walk = func(text string, depth int) {
		current.Store(&text)
		h := s.Headline(text)
		checkInvariants(t, text, &h, false)
		p := s.Passage(text)
		checkInvariants(t, text, &p, true)
		if depth == 0 || t.Failed() {
			return
		}
		for _, piece := range pieces {
			walk(text+piece, depth-1)
		}
	}
	walk("", depth)
}

// TestHugePassage scores a 50 MB passage: it must complete, stay in
// bounds, and score like the sentence it repeats.
func TestHugePassage(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("50 MB passage: skipped in -short mode and under the race detector")
	}
	sentence := "The council met on Tuesday. What happened next will shock you! "
	text := strings.Repeat(sentence, 50<<20/len(sentence))
	s := New(nil)
	r := s.Passage(text)
	require.Len(t, r.Sentences, 2*(50<<20/len(sentence)))
	one := s.Passage(sentence)
	assert.InDelta(t, one.Score, r.Score, 1e-9, "repetition does not change the score")
	last := r.Sentences[len(r.Sentences)-1]
	assert.Equal(t, len(text)-1, last.End, "the last sentence ends at the last non-space byte")
	checkSpan(t, text, last.Span, last.Text)
}

// TestWindowBoundaries checks that a passage longer than one window scores
// its sentences the same as they score alone.
func TestWindowBoundaries(t *testing.T) {
	s := New(nil)
	sentences := []string{
		"The council met on Tuesday.",
		"Here's why the mayor quietly cancelled the parade!",
		"Is this the end of cheap flights?",
		"Officials said the storm was the worst in decades.",
		"\u201cIs it safe?\u201d asked the inspector.",
	}
	var b strings.Builder
	for i := 0; b.Len() < 3*Window; i++ {
		b.WriteString(sentences[i%len(sentences)])
		b.WriteString(" ")
		if i%7 == 6 {
			b.WriteString("\n\n")
		}
	}
	text := b.String()
	r := s.Passage(text)
	checkInvariants(t, text, &r, true)
	for _, st := range r.Sentences {
		alone := s.Passage(st.Text)
		require.Len(t, alone.Sentences, 1, st.Text)
		assert.InDelta(t, alone.Sentences[0].Score, st.Score, 1e-12, "%q at byte %d", st.Text, st.Start)
	}
	h := s.Headline(text)
	checkInvariants(t, text, &h, false)
}

// TestClip checks where a text longer than the scored limit is cut: back
// to a space or line break within a window of the limit, else to a rune
// boundary. MaxInput itself is too large to test with, so the limit is
// given.
func TestClip(t *testing.T) {
	unspaced := strings.Repeat("a", Window+100) + " tail"
	spaced := "ab " + strings.Repeat("c", Window) // a space at byte 2
	tests := []struct {
		name, text string
		limit      int
		want       string
	}{
		{"within the limit", "short text", 10, "short text"},
		{"back to a space", "hello world", 8, "hello"},
		{"back to a line break", "hello\nworld", 8, "hello"},
		{"at a space", "hello world", 5, "hello"},
		{"back to a rune boundary", "h\u00e9llo", 2, "h"},
		{"no space to cut at", "abcdefgh", 4, "abcd"},
		{"no space within a window", unspaced, Window + 50, unspaced[:Window+50]},
		{"a space just within a window", spaced, Window + 1, "ab"},
		{"a space just beyond a window", spaced, Window + 2, spaced[:Window+2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := clipTo(tt.text, tt.limit)
			assert.True(t, got == tt.want, "clipped to %d bytes, want %d", len(got), len(tt.want)) // not Equal: the texts run to a window
			assert.LessOrEqual(t, len(got), tt.limit)
		})
	}
	assert.Equal(t, "any text", clip("any text"), "a text within MaxInput is scored whole")
}

// TestLongHeadlineInCapitals checks the caps-text rule on a headline longer
// than one window, whose capitals are counted window by window before any
// sentence is matched.
func TestLongHeadlineInCapitals(t *testing.T) {
	s := New(nil)
	shout := strings.Repeat("THE COUNCIL MET ON TUESDAY AGAIN. ", 3*Window/34)
	require.Greater(t, len(shout), 2*Window)
	hasCapsText := func(r Result) bool {
		for _, h := range r.Hits {
			if h.ID == "rule.caps-text" {
				assert.Equal(t, Span{0, len(strings.TrimSpace(shout))}, h.Span, "the whole headline")
				return true
			}
		}
		return false
	}
	assert.True(t, hasCapsText(s.Headline(shout)))
	assert.False(t, hasCapsText(s.Headline(strings.ToLower(shout))))
	assert.False(t, hasCapsText(s.Headline(strings.ToLower(shout)+shout[:Window/2])), "a quarter in capitals is not enough")
}
