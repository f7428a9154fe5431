package score

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSalutationLine is the longest line, in bytes, read as a salutation:
// a greeting and a name fill far less, and a longer first line is not
// read at all, so that a passage of any length costs no more.
const maxSalutationLine = 80

// salutationOf returns the byte span of the salutation that opens text,
// a letter's or an e-mail's to a named person, on a line of its own:
// a greeting ("Hi", "Hello", "Hey", "Dear", "Good morning") and one to
// four words of a name or a title, each with a capital ("Sam", "Ms
// Patel", "Dr. Okafor"), then a comma, a colon, a "!" or nothing, and a
// line break. The questions of such a text are put to that person (see
// lexicon.RuleLetter). A greeting to an audience ("Hi all", "Hey guys",
// "Dear readers") names no one, nor does one to an office ("Dear Sir",
// "Dear Editor"), as a letter to a newspaper opens: its questions are
// put to the readers. It returns 0, 0 if text opens with no salutation.
func salutationOf(text string) (start, end int32) {
	i := 0
	for i < len(text) && text[i] < utf8.RuneSelf && asciiClass[text[i]] == cSpace {
		i++
	}
	nl := strings.IndexByte(text[i:min(len(text), i+maxSalutationLine+1)], '\n')
	if nl < 0 {
		return 0, 0 // a salutation has a line of its own, and text after it
	}
	line := strings.TrimRight(text[i:i+nl], " \t\r")
	const (
		greeting = iota // the first word is next
		dayPart         // "Good": "morning", "afternoon" or "evening" is next
		name            // the words of the name are next
	)
	state, names := greeting, 0
	for w := range strings.FieldsSeq(strings.TrimRight(line, ",:!")) {
		switch {
		case state == greeting && strings.EqualFold(w, "good"):
			state = dayPart
		case state == greeting && isGreeting(w):
			state = name
		case state == dayPart && isDayPart(w):
			state = name
		case state == name && names < 4 && isNameWord(w):
			names++
		default:
			return 0, 0
		}
	}
	if names == 0 {
		return 0, 0
	}
	return int32(i), int32(i + len(line))
}

// isGreeting reports whether w, in any case, is a word that opens a
// salutation.
func isGreeting(w string) bool {
	for _, g := range [...]string{"hi", "hello", "hey", "dear", "hiya"} {
		if strings.EqualFold(w, g) {
			return true
		}
	}
	return false
}

// isDayPart reports whether w, in any case and with a comma or not, names
// the part of the day of a "Good morning" greeting.
func isDayPart(w string) bool {
	w = strings.TrimSuffix(w, ",")
	return strings.EqualFold(w, "morning") || strings.EqualFold(w, "afternoon") || strings.EqualFold(w, "evening")
}

// isNameWord reports whether w may be a word of a person's name or title
// in a salutation: it opens with a capital, holds only letters, and
// apostrophes, hyphens or a closing period ("O'Neill", "Smith-Jones",
// "Dr."), and names no audience or office (see audiences).
func isNameWord(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[size:] {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' && r != '.' {
			return false
		}
	}
	w = strings.TrimSuffix(w, ".")
	for _, a := range audiences {
		if strings.EqualFold(w, a) {
			return false
		}
	}
	return true
}

// audiences are the words of a salutation that name a group or an office
// rather than a person: a text so addressed puts its questions to its
// readers, as a post, a newsletter or a letter to a newspaper does.
var audiences = [...]string{
	"all", "everyone", "everybody", "guys", "folks", "friends", "friend", "readers", "reader",
	"there", "world", "team", "people", "fam", "sir", "sirs", "madam", "editor", "editors",
	"colleagues", "members", "customer", "customers",
}
