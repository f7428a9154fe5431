package lexicon

import "testing"

func TestEntryKind(t *testing.T) {
	for _, c := range []struct{ note, kind string }{
		{"superlative: ranks a thing as the most of its kind", "superlative"},
		{"hype verb with a figure: a verb that dramatises a number", "hype verb with a figure"},
		{"tabloid-register: a word of the tabloids", "tabloid-register"},
		{"superlative:ranks", ""},                          // no space after the colon
		{"superlative :ranks", ""},                         // a space before it
		{" superlative: ranks", ""},                        // a space before the kind
		{"a question, made to insinuate: 'A gamble?'", ""}, // not lowercase words
		{"Superlative: ranks", ""},
		{"an explainer's label: the newsroom's 'we'", ""},
		{"acronym written in capitals", ""},
		{"superlative:", ""},
		{": ranks", ""},
		{"", ""},
	} {
		e := Entry{Note: c.note}
		if got := e.Kind(); got != c.kind {
			t.Errorf("Kind of note %q = %q, want %q", c.note, got, c.kind)
		}
	}
	// The default lexicon names the kinds that package score's rules read.
	kinds := make(map[string]int)
	for _, e := range Default().Entries() {
		kinds[e.Kind()]++
	}
	for _, k := range []string{"superlative", "absolute", "booster", "hyperbole"} {
		if kinds[k] == 0 {
			t.Errorf("no entry of kind %q in the default lexicon", k)
		}
	}
}
