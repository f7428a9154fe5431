package lexicon

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed english.lex
var englishSource string

// DefaultName is the name the embedded English lexicon is parsed under.
const DefaultName = "english.lex"

var defaultLexicon = sync.OnceValues(func() (*Lexicon, error) {
	return Parse(DefaultName, strings.NewReader(englishSource))
})

// Default returns the embedded English lexicon, parsed on first use and
// shared thereafter. It is immutable and safe for concurrent use. The
// package's tests guarantee that the embedded file parses; should it ever
// not, Default returns an empty English lexicon rather than panic, and
// DefaultErr says why.
func Default() *Lexicon {
	lex, err := defaultLexicon()
	if err != nil {
		return &Lexicon{file: DefaultName, name: DefaultName, language: "english", stem: stemEnglish, byID: map[string]int{}}
	}
	return lex
}

// DefaultErr returns the error, if any, from parsing the embedded lexicon.
func DefaultErr() error {
	_, err := defaultLexicon()
	return err
}
