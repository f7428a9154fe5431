package lexicon

import (
	"fmt"

	"github.com/kljensen/snowball/english"
)

// stemmerFor returns the stemming function of a language, or an error for a
// language the lexicon cannot stem.
func stemmerFor(language string) (func(string) string, error) {
	switch language {
	case "english", "en":
		return stemEnglish, nil
	}
	return nil, fmt.Errorf("%w %q: the supported language is english", ErrLanguage, language)
}

// stemEnglish returns the Porter2 (Snowball English) stem of a folded word.
// Stop words are kept whole, so that "this" and "these" stay distinct.
func stemEnglish(folded string) string {
	return english.Stem(folded, false)
}
