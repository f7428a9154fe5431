package score

import "github.com/luridlab/lurid/lexicon"

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
	written := make(map[string]bool, len(entries))
	for i := range entries {
		written[patternKey(&entries[i])] = true
	}
	var full []lexicon.Entry
	for _, e := range entries {
		if !e.Category.Scored() || e.Category == lexicon.Address {
			continue
		}
		p, ok := fullForm(lex, e.Pattern)
		if !ok || len(p.Tokens) > lexicon.MaxPatternTokens {
			continue
		}
		e.Pattern = p
		if k := patternKey(&e); !written[k] {
			written[k] = true
			full = append(full, e)
		}
	}
	return full
}

// fullForm returns p with each contraction written out in full, and
// whether it had one. A word in quotes, which wants its form, gives its
// full form's words in quotes too.
func fullForm(lex *lexicon.Lexicon, p lexicon.Pattern) (lexicon.Pattern, bool) {
	found := false
	for _, t := range p.Tokens {
		if _, ok := contractions[t.Word]; ok && t.Kind == lexicon.WordToken {
			found = true
			break
		}
	}
	if !found {
		return p, false
	}
	toks := make([]lexicon.Token, 0, len(p.Tokens)+2)
	for _, t := range p.Tokens {
		words, ok := contractions[t.Word]
		if !ok || t.Kind != lexicon.WordToken {
			toks = append(toks, t)
			continue
		}
		for _, w := range words {
			toks = append(toks, lexicon.Token{Kind: lexicon.WordToken, Word: w, Stem: lex.Stem(w), Exact: t.Exact})
		}
	}
	p.Tokens = toks
	return p, true
}

// patternKey identifies an entry's category and pattern as the scorer
// matches them, as the parser does to find duplicates.
func patternKey(e *lexicon.Entry) string { return e.Category.String() + " " + e.Pattern.Key() }
