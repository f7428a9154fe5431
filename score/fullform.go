package score

import (
	"strings"

	"github.com/luridlab/lurid/lexicon"
)

// contractions are the contractions of a pronoun or an auxiliary with
// "not", "is", "will" and the like, and their full forms. A headline
// writes "you won't believe", body text and formal prose "you will not
// believe": a pattern written with one of these also matches its full
// form (see fullForms). Contractions whose full form is ambiguous ("he'd"
// is "he had" or "he would", "it's" may be "it has") take the reading the
// patterns mean.
var contractions = map[string][]string{
	"aren't": {"are", "not"}, "can't": {"cannot"}, "couldn't": {"could", "not"},
	"didn't": {"did", "not"}, "doesn't": {"does", "not"}, "don't": {"do", "not"},
	"hasn't": {"has", "not"}, "haven't": {"have", "not"}, "isn't": {"is", "not"},
	"shouldn't": {"should", "not"}, "wasn't": {"was", "not"}, "weren't": {"were", "not"},
	"won't": {"will", "not"}, "wouldn't": {"would", "not"},
	"here's": {"here", "is"}, "it's": {"it", "is"}, "that's": {"that", "is"},
	"there's": {"there", "is"}, "what's": {"what", "is"}, "who's": {"who", "is"},
	"why's": {"why", "is"}, "let's": {"let", "us"},
	"i'm": {"i", "am"}, "you're": {"you", "are"}, "we're": {"we", "are"}, "they're": {"they", "are"},
	"i've": {"i", "have"}, "you've": {"you", "have"}, "we've": {"we", "have"}, "they've": {"they", "have"},
	"i'll": {"i", "will"}, "you'll": {"you", "will"}, "we'll": {"we", "will"}, "they'll": {"they", "will"},
	"it'll": {"it", "will"}, "i'd": {"i", "would"}, "you'd": {"you", "would"},
}

// fullForms returns, for entries, the entries whose patterns have a
// contraction (see contractions) written out in full, each with the
// entry's id, weight and note, so that "you will not believe" meets the
// entry of "you won't believe". It leaves out the full form of an entry
// when another entry of its category already has that pattern, or when
// it would pass lexicon.MaxPatternTokens, and writes none for the
// categories in which the contraction itself is the cue: direct address,
// whose contractions mark a conversational register, and the modifiers
// and word classes, whose full forms their own entries name ("not").
func fullForms(lex *lexicon.Lexicon, entries []lexicon.Entry) []lexicon.Entry {
	var full []lexicon.Entry
	for _, e := range entries {
		if !e.Category.Scored() || e.Category == lexicon.Address {
			continue
		}
		if p, ok := fullForm(lex, e.Pattern); ok && len(p.Tokens) <= lexicon.MaxPatternTokens {
			e.Pattern = p
			full = append(full, e)
		}
	}
	if len(full) == 0 {
		return nil
	}
	// Only the entries that open as a full form does, in its category and
	// with as many tokens, can share its key: only they are keyed, which
	// spares a Scorer's start the keys of the whole lexicon.
	type opening struct {
		cat   lexicon.Category
		n     int    // tokens
		first string // the first token's stem, "" for a slot
	}
	openingOf := func(e *lexicon.Entry) opening {
		return opening{e.Category, len(e.Pattern.Tokens), e.Pattern.Tokens[0].Stem}
	}
	openings := make(map[opening]bool, len(full))
	for i := range full {
		openings[openingOf(&full[i])] = true
	}
	written := make(map[string]bool)
	for i := range entries {
		if e := &entries[i]; len(e.Pattern.Tokens) > 0 && openings[openingOf(e)] {
			written[e.Key()] = true
		}
	}
	n := 0
	for _, e := range full {
		if k := e.Key(); !written[k] {
			written[k] = true
			full[n] = e
			n++
		}
	}
	return full[:n]
}

// fullForm returns p with each contraction written out in full, and
// whether it had one. A word in quotes, which wants its form, gives its
// full form's words in quotes too.
func fullForm(lex *lexicon.Lexicon, p lexicon.Pattern) (lexicon.Pattern, bool) {
	var toks []lexicon.Token // nil until the first contraction
	for i, t := range p.Tokens {
		var words []string
		ok := false
		if t.Kind == lexicon.WordToken && strings.IndexByte(t.Word, '\'') >= 0 { // every contraction has one
			words, ok = contractions[t.Word]
		}
		if !ok {
			if toks != nil {
				toks = append(toks, t)
			}
			continue
		}
		if toks == nil {
			toks = append(make([]lexicon.Token, 0, len(p.Tokens)+2), p.Tokens[:i]...)
		}
		for _, w := range words {
			toks = append(toks, lexicon.Token{Kind: lexicon.WordToken, Word: w, Stem: lex.Stem(w), Exact: t.Exact})
		}
	}
	if toks == nil {
		return p, false
	}
	p.Tokens = toks
	return p, true
}
