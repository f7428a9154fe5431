package score

import (
	"strings"
	"testing"

	"github.com/luridlab/lurid/lexicon"
	"github.com/stretchr/testify/assert"
)

// TestSalutation checks which opening lines salutationOf reads as a
// salutation to a named person, and the half-open byte span it gives.
func TestSalutation(t *testing.T) {
	for text, want := range map[string]string{
		"Hi Sam,\n\nDo you have the figures?":            "Hi Sam,",
		"  Dear Ms Patel,\r\nThank you for your letter.": "Dear Ms Patel,",
		"\nHello Dr. Okafor:\nThe results are attached.": "Hello Dr. Okafor:",
		"Good morning Zoë,\nCan we meet at ten?":         "Good morning Zoë,",
		"hey Mary-Jane O'Neill!\nAre you coming?":        "hey Mary-Jane O'Neill!",
		"Hi Sam\nAre you in today?":                      "Hi Sam",
		"Hi Sam, do you have the figures?\nThanks":       "", // the salutation has no line of its own
		"Hi Sam,":                                            "", // nor text after it
		"Hey guys,\n\nCan you believe this?":                 "",
		"Hi all,\nAny news on the figures?":                  "",
		"Dear Sir,\nWhy does the council waste our money?":   "",
		"Dear Editor,\nIs anyone listening?":                 "",
		"Dear readers,\nWhat would you do?":                  "",
		"Hello there!\nWhat a day.":                          "",
		"Hi sam,\nAre you in?":                               "", // a name has a capital
		"Good Sam,\nAre you in?":                             "",
		"Hello World\nprintln":                               "",
		"Hi A B C D E,\nAre you in?":                         "", // five words is no name
		"Hi Sam2,\nAre you in?":                              "",
		"Sam,\nAre you in?":                                  "",
		"Hi " + strings.Repeat("Sam", 40) + ",\nAre you in?": "", // a line too long to read
		"":           "",
		"\xff\xfe\n": "",
	} {
		start, end := salutationOf(text)
		if want == "" {
			assert.Equal(t, [2]int32{0, 0}, [2]int32{start, end}, "%q", text)
			continue
		}
		if assert.True(t, 0 <= start && start < end && int(end) <= len(text), "%q: span [%d, %d)", text, start, end) {
			assert.Equal(t, want, text[start:end], "%q", text)
		}
	}
}

// TestLetterQuestions checks the <letter> rule end to end: in a passage
// that opens with a salutation to a named person, each question hit after
// it is lowered by the rule's factor, with the salutation's bytes for its
// span; other hits, a passage to an audience and a headline are not.
func TestLetterQuestions(t *testing.T) {
	s := New(nil)
	e, ok := s.ix.rule(lexicon.RuleLetter)
	if !assert.True(t, ok, "the default lexicon has a <letter> entry") {
		return
	}
	email := "Hi Sam,\n\nDo you have the figures for the third quarter yet? The board meets on Thursday. It was the best meeting ever!"
	r := s.Passage(email)
	checkInvariants(t, email, &r, true)
	var questions int
	for _, h := range r.Hits {
		m, lowered := ruleModifier(h, ModifierLetter)
		if h.Category != lexicon.Question {
			assert.False(t, lowered, "%s: only questions are put to the addressee", h.ID)
			continue
		}
		questions++
		if assert.True(t, lowered, "%s: %v", h.ID, h.Modifiers) {
			assert.Equal(t, Span{0, len("Hi Sam,")}, m.Span)
			assert.Equal(t, "Hi Sam,", m.Text)
			assert.Equal(t, e.Weight, m.Factor)
		}
	}
	assert.Positive(t, questions, "%v", r.Hits)
	assert.Less(t, r.Subscores.Get(lexicon.Question), s.Passage(strings.TrimPrefix(email, "Hi Sam,\n\n")).Subscores.Get(lexicon.Question))

	for _, text := range []string{
		"Hey guys,\n\nDo you have the figures for the third quarter yet?",
		"Do you have the figures for the third quarter yet?\nThanks, Sam",
	} {
		r := s.Passage(text)
		checkInvariants(t, text, &r, true)
		for _, h := range r.Hits {
			_, lowered := ruleModifier(h, ModifierLetter)
			assert.False(t, lowered, "%q: %s", text, h.ID)
		}
	}
	h := s.Headline("Hi Sam,\nDo you have the figures yet?")
	for _, hit := range h.Hits {
		_, lowered := ruleModifier(hit, ModifierLetter)
		assert.False(t, lowered, "a headline has no letter's salutation: %s", hit.ID)
	}
}
