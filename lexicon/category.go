package lexicon

import "fmt"

// Category says what an entry is evidence of, or how it modifies evidence.
//
// The first NumScored categories are scored: each has a subscore in a
// Result. The rest are modifiers, whose weight is a factor applied to nearby
// scored hits, and word classes, which the scorer consults for structure
// (numbers, question words, acronyms, demonstratives, conjunctions,
// speakers, media) and which carry no weight of their own.
type Category uint8

// The categories, in a fixed order. Scored categories come first.
const (
	Suspense Category = iota // cliffhangers, curiosity gaps, forward reference
	Question                 // rhetorical questions
	Emphasis                 // hyperbole, superlatives, boosters, capitals, "!"
	Listicle                 // the formats of viral content: lists ("17 things", "reasons why"), feature frames, the storytelling tense
	Address                  // direct address of the reader: "you", "your"

	Intensifier   // raises the hit that follows it ("very", "so")
	Negation      // lowers the hit that follows it ("not", "hardly")
	Hedge         // lowers claims in its sentence ("may", "reportedly")
	Attribution   // lowers the writer's own claim ("said", "according to", quotation)
	Report        // marks the register of a news report ("killed", "court"), which tempers hype and counts
	Inquiry       // marks a question as information seeking ("how to", "FAQ")
	Interrogative // word class: question words and auxiliaries that open a question
	Number        // word class: number words ("three", "dozen", "million")
	Acronym       // word class: words set in capitals that are names, not shouting
	Demonstrative // word class: words that point ("this", "these"): forward in a headline, back in body text
	Conjunction   // word class: words that join clauses ("and", "but"): on to a reaction in a headline, on to the next clause in body text, on to the question word of a question ("And what about ...?")
	Speaker       // word class: words that name one who speaks for an office or a body ("mayor", "police"): a label of one ("Mayor: ...") reports the words after it
	Medium        // word class: words that name a medium ("watch", "video", "photos"): one alone before a colon that opens a sentence ("Watch: ...") labels the item and asks nothing of the reader

	numCategories
)

// NumScored is the number of scored categories; they are the categories
// c with c < NumScored.
const NumScored = int(Address) + 1

var categoryNames = [numCategories]string{
	Suspense:      "suspense",
	Question:      "question",
	Emphasis:      "emphasis",
	Listicle:      "listicle",
	Address:       "address",
	Intensifier:   "intensifier",
	Negation:      "negation",
	Hedge:         "hedge",
	Attribution:   "attribution",
	Report:        "report",
	Inquiry:       "inquiry",
	Interrogative: "interrogative",
	Number:        "number",
	Acronym:       "acronym",
	Demonstrative: "demonstrative",
	Conjunction:   "conjunction",
	Speaker:       "speaker",
	Medium:        "medium",
}

// Categories returns every category in order.
func Categories() []Category {
	cs := make([]Category, numCategories)
	for i := range cs {
		cs[i] = Category(i)
	}
	return cs
}

// String returns the category's name as written in a lexicon file.
func (c Category) String() string {
	if c < numCategories {
		return categoryNames[c]
	}
	return fmt.Sprintf("Category(%d)", uint8(c))
}

// Scored reports whether hits of c count towards a subscore.
func (c Category) Scored() bool { return int(c) < NumScored }

// Framing reports whether c is one of the three framings, suspense,
// question and emphasis, as opposed to a structural cue (listicle,
// address) or a category that is not scored.
func (c Category) Framing() bool { return c <= Emphasis }

// Modifier reports whether c is a modifier: its weight is a factor applied to
// nearby scored hits rather than evidence of its own.
func (c Category) Modifier() bool { return c >= Intensifier && c <= Inquiry }

// WordClass reports whether c names a class of single words (numbers,
// question words, acronyms) whose weight is unused.
func (c Category) WordClass() bool { return c >= Interrogative && c < numCategories }

// MarshalText encodes the category as its name.
func (c Category) MarshalText() ([]byte, error) {
	if c >= numCategories {
		return nil, fmt.Errorf("lexicon: invalid category %d", uint8(c))
	}
	return []byte(categoryNames[c]), nil
}

// UnmarshalText decodes a category name.
func (c *Category) UnmarshalText(b []byte) error {
	v, ok := ParseCategory(string(b))
	if !ok {
		return fmt.Errorf("%w %q", ErrCategory, b)
	}
	*c = v
	return nil
}

// ParseCategory returns the category with the given name.
func ParseCategory(name string) (Category, bool) {
	for i, n := range categoryNames {
		if n == name {
			return Category(i), true
		}
	}
	return 0, false
}
