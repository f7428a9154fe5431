package lexicon_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/luridlab/lurid/lexicon"
)

// A lexicon file: entries of id, category, weight, pattern and note. Words
// are matched on their stems, save a word in double quotes, which is
// matched in that form only.
func ExampleParse() {
	src := `@name newsroom
@language english
emphasis.jaw-dropping | emphasis | 0.5 | jaw-dropping | hyperbole
emphasis.totally | emphasis | 0.4 | "totally" | an absolute, not a sum
suspense.what-x-found | suspense | =0.6 | what {gap:3} found | withholds the find
`
	lex, err := lexicon.Parse("newsroom.lex", strings.NewReader(src))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range lex.Entries() {
		var stems []string
		for _, t := range e.Pattern.Tokens {
			if t.Kind == lexicon.WordToken {
				stems = append(stems, t.Stem)
			}
		}
		fmt.Printf("%s %s %v pinned=%v\n", e.ID, e.Pattern, stems, e.Pinned)
	}
	// Output:
	// emphasis.jaw-dropping jaw dropping [jaw drop] pinned=false
	// emphasis.totally "totally" [total] pinned=false
	// suspense.what-x-found what {gap:3} found [what found] pinned=true
}

// Parse reports every faulty line at once, each as name:line: message.
func ExampleParse_errors() {
	src := "emphasis.wow | emphasis | heavy | wow | n\n" +
		"emphasis.ok | emphasis | 0.5 | ok | n\n" +
		"emphasis.gap | emphasis | 0.5 | wow {gap:2} | n\n"
	_, err := lexicon.Parse("bad.lex", strings.NewReader(src))
	var list lexicon.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Println(e.Line, errors.Is(e, lexicon.ErrWeight), errors.Is(e, lexicon.ErrPattern))
		}
	}
	// Output:
	// 1 true false
	// 3 false true
}

// The embedded English lexicon, and the stemming and folding it matches
// words with.
func ExampleDefault() {
	lex := lexicon.Default()
	e, _ := lex.Entry("suspense.what-happened-next")
	fmt.Println(e.Category, e.Pattern)
	fmt.Println(lex.Stem("SHOCKING"), lex.Stem("shocked"), lexicon.Fold("Here’s"))
	// Output:
	// suspense what happened next
	// shock shock here's
}

// Merge lays a newsroom's own entries over the default lexicon: a new id is
// added, and a directive turns an entry off.
func ExampleLexicon_Merge() {
	over, err := lexicon.Parse("house.lex", strings.NewReader(
		"@disable emphasis.epic\n"+
			"emphasis.bonkers | emphasis | 0.5 | bonkers | house style: slang\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	merged, err := lexicon.Default().Merge(over)
	if err != nil {
		fmt.Println(err)
		return
	}
	_, epic := merged.Entry("emphasis.epic")
	_, bonkers := merged.Entry("emphasis.bonkers")
	fmt.Println(epic, bonkers, merged.Len() == lexicon.Default().Len())
	// Output:
	// false true true
}

// An entry's note may open with its kind, which package score's rules
// read: the <body> rule lowers superlatives, absolutes and boosters in the
// statements of a passage.
func ExampleEntry_Kind() {
	lex := lexicon.Default()
	for _, id := range []string{"emphasis.the-best", "emphasis.funniest", "emphasis.shocking"} {
		e, _ := lex.Entry(id)
		fmt.Printf("%s: %s\n", id, e.Kind())
	}
	// Output:
	// emphasis.the-best: superlative
	// emphasis.funniest: evaluative superlative
	// emphasis.shocking: hyperbole
}
