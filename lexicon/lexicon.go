package lexicon

import "slices"

// Entry is one line of a lexicon: a pattern of the language, what it is
// evidence of, and how much.
type Entry struct {
	ID       string   // unique within a lexicon, e.g. "suspense.what-happened-next"
	Category Category // what the entry is evidence of, or how it modifies
	// Weight is, for a scored category, the evidence one match adds before
	// modifiers (see package score for the formula); for a modifier, the
	// factor it applies; for a word class, unused. Finite, in [0, MaxWeight].
	Weight float64
	// Pinned weights, written "=0.45", are set by hand on purpose:
	// calibration leaves them as they are.
	Pinned  bool
	Pattern Pattern // what the entry matches
	Note    string  // why the entry is there, for people; it may open with the entry's kind (see Kind)
	Line    int     // the line it was read from, starting at 1; 0 if built in code
}

// Kind returns the kind of entry its note names, "superlative" for a note
// that reads "superlative: ranks a thing as the most of its kind": the
// note's opening up to a colon and a space, if that opening is lowercase
// words (letters, spaces and hyphens); otherwise "". Kinds are for people
// and for the scorer's rules, some of which act on entries of given kinds.
func (e *Entry) Kind() string {
	for i := 0; i < len(e.Note); i++ {
		switch c := e.Note[i]; {
		case c == ':':
			if i > 0 && i+1 < len(e.Note) && e.Note[i+1] == ' ' && e.Note[0] != ' ' && e.Note[i-1] != ' ' {
				return e.Note[:i]
			}
			return ""
		case c != ' ' && c != '-' && (c < 'a' || c > 'z'):
			return ""
		}
	}
	return ""
}

// Key returns the entry's category and pattern as the scorer matches
// them, each word as its stem save a word in quotes: entries of one key
// ("shocked" and "shocking", in one category) match the same words, and
// a lexicon holds at most one of them. A pattern with alternatives is
// keyed as written; Parse also keys each pattern it stands for (see
// Pattern.Expand), so that no two entries meet the same words.
func (e *Entry) Key() string {
	return string(e.Pattern.appendTo(append([]byte(e.Category.String()), ' '), true))
}

// MaxWeight bounds every weight and factor in a lexicon.
const MaxWeight = 10

// Override is a directive in a lexicon meant to be merged over a base: it
// re-weights or disables a base entry by id.
type Override struct {
	ID      string  // the base entry's id
	Disable bool    // remove the entry
	Weight  float64 // the new weight, when Disable is false
	Line    int     // the directive's line, starting at 1
}

// Lexicon is a parsed, validated set of entries with the language and
// stemmer they are written for. A Lexicon is immutable and safe for
// concurrent use; Merge returns a new one.
type Lexicon struct {
	file      string // the name given to Parse, used in errors
	name      string
	language  string
	source    string
	stem      func(string) string
	entries   []Entry
	byID      map[string]int
	overrides []Override
}

// Name returns the lexicon's @name header, or else the name it was parsed under.
func (l *Lexicon) Name() string { return l.name }

// Language returns the language the lexicon is written in, e.g. "english".
func (l *Lexicon) Language() string { return l.language }

// Source returns the provenance given in the lexicon's @source header.
func (l *Lexicon) Source() string { return l.source }

// Len returns the number of entries.
func (l *Lexicon) Len() int { return len(l.entries) }

// Entries returns a copy of the entries in file order. The patterns'
// token slices are shared and must not be modified.
func (l *Lexicon) Entries() []Entry { return slices.Clone(l.entries) }

// Entry returns the entry with the given id.
func (l *Lexicon) Entry(id string) (Entry, bool) {
	i, ok := l.byID[id]
	if !ok {
		return Entry{}, false
	}
	return l.entries[i], true
}

// Overrides returns the @weight and @disable directives the lexicon holds
// for merging over a base, in file order.
func (l *Lexicon) Overrides() []Override { return slices.Clone(l.overrides) }

// Stem returns the stem that text words are matched on: word folded (see
// Fold) and stemmed with the lexicon's Snowball stemmer.
func (l *Lexicon) Stem(word string) string { return l.stem(Fold(word)) }

// WithWeights returns a copy of the lexicon in which each entry whose id is
// a key of weights has that weight. It fails, changing nothing, on an id the
// lexicon lacks or a weight out of range.
func (l *Lexicon) WithWeights(weights map[string]float64) (*Lexicon, error) {
	out := l.clone()
	for id, w := range weights {
		i, ok := out.byID[id]
		if !ok {
			return nil, &ParseError{Name: l.file, Line: 0, Err: wrapf(ErrUnknownID, "%q", id)}
		}
		if err := checkWeight(out.entries[i].Category, w, false); err != nil {
			return nil, &ParseError{Name: l.file, Line: out.entries[i].Line, Err: err}
		}
		out.entries[i].Weight = w
	}
	return out, nil
}

func (l *Lexicon) clone() *Lexicon {
	out := *l
	out.entries = slices.Clone(l.entries)
	out.byID = make(map[string]int, len(l.entries))
	for i, e := range out.entries {
		out.byID[e.ID] = i
	}
	out.overrides = slices.Clone(l.overrides)
	return &out
}
