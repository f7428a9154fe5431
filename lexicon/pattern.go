package lexicon

import (
	"fmt"
	"iter"
	"strconv"
	"strings"
)

// Limits on patterns. They bound the matcher's work per token.
const (
	MaxPatternTokens = 8   // words and slots in one pattern
	MaxGap           = 4   // the largest n in {gap:n}
	MaxWordBytes     = 32  // the longest pattern word, in bytes
	MaxAlternatives  = 32  // the words of one token written as alternatives ("may/might/could")
	MaxExpansions    = 128 // the patterns without alternatives that one pattern stands for (see Pattern.Expand)
)

// Rule names a structural test that the scorer carries out in code, such as
// a run of "!" or a word set in capitals. A rule entry's pattern is the
// rule's name in angle brackets, "<exclaim>"; its category and weight are
// data like any other entry's.
type Rule uint8

// The rules. RuleNone marks a pattern of words.
const (
	RuleNone             Rule = iota
	RuleCaps                  // <caps>: a word set in capitals that is not an acronym, nor a short word the lexicon does not know ("UBS"), nor in a kicker ("UPDATE:") or a label ("(VIDEO)", "#BREAKING")
	RuleCapsText              // <caps-text>: a headline or sentence set wholly in capitals
	RuleExclaim               // <exclaim>: a run of "!", weighed by its length up to a bound
	RuleInterrobang           // <interrobang>: "?!" or "!?"
	RuleQuestion              // <question>: a question that ends in "?"
	RuleFragmentQuestion      // <fragment-question>: a question that opens without a question word, save after a conjunction, and does not ask in its last clause
	RuleEllipsis              // <ellipsis>: "..." or "…" left hanging
	RuleDashEnd               // <dash-end>: text that breaks off with a dash
	RuleQuoted                // <quoted>: a hit inside quotation marks (a modifier)
	RuleStatement             // <statement>: a sentence that ends with "." or "!" asks no question (a modifier)
	RuleEmoji                 // <emoji>: a run of emoji ("😱", "🔥🔥"), which stands in for an exclamation
	RuleSubhead               // <subhead>: a heading inside a passage, which the text below it answers (a modifier)
	RuleBody                  // <body>: a statement of a passage, in which a degree or an extent describes, and a reveal, a mystery word, a teaser, an open ending or a withheld answer is said plainly (a modifier)
	RuleAttributed            // <attributed>: a hit in a clause that a closing attribution (", the mayor says") gives to a source (a modifier)
	RuleSpeaker               // <speaker>: a hit in the words after a speaker's label ("Mayor: ..."), which are the speaker's (a modifier)
	RuleMasked                // <masked>: a word whose letters asterisks mask ("f*cking", "sh*t", "f***"), swearing all the same
	RuleLetter                // <letter>: a passage that opens with a salutation to a named person ("Hi Sam,", "Dear Ms Patel,"), whose questions are put to that person (a modifier)
	numRules
)

var ruleNames = [numRules]string{
	RuleCaps:             "caps",
	RuleCapsText:         "caps-text",
	RuleExclaim:          "exclaim",
	RuleInterrobang:      "interrobang",
	RuleQuestion:         "question",
	RuleFragmentQuestion: "fragment-question",
	RuleEllipsis:         "ellipsis",
	RuleDashEnd:          "dash-end",
	RuleQuoted:           "quoted",
	RuleStatement:        "statement",
	RuleEmoji:            "emoji",
	RuleSubhead:          "subhead",
	RuleBody:             "body",
	RuleAttributed:       "attributed",
	RuleSpeaker:          "speaker",
	RuleMasked:           "masked",
	RuleLetter:           "letter",
}

// modifierRules are the rules that act as modifiers, with the category
// each belongs to; every other rule needs a scored category.
var modifierRules = map[Rule]Category{RuleQuoted: Attribution, RuleStatement: Inquiry, RuleSubhead: Inquiry, RuleBody: Report, RuleAttributed: Attribution, RuleSpeaker: Attribution, RuleLetter: Inquiry}

// NumRules is one more than the largest Rule, for tables indexed by rule.
const NumRules = int(numRules)

// String returns the rule's name, as written between angle brackets.
func (r Rule) String() string {
	if r < numRules {
		return ruleNames[r]
	}
	return fmt.Sprintf("Rule(%d)", uint8(r))
}

// TokenKind says what a pattern token matches.
type TokenKind uint8

// The kinds of pattern token.
const (
	WordToken   TokenKind = iota // a word, matched on its stem
	NumberToken                  // {num}: a number in digits or number words, with "$", "%" and scale words
	GapToken                     // {gap:n}: zero to n words of any kind
)

// Token is one element of a pattern.
type Token struct {
	Kind TokenKind
	Word string // WordToken: the word as written, folded to lower case
	Stem string // WordToken: the word's stem, which text words are matched on
	// Exact is set for a WordToken written in double quotes ("totally"):
	// a text word meets it only in that form, folded, not in every form of
	// its stem ("total").
	Exact bool
	Max   int // GapToken: the most words the gap spans
	// Or holds, for a WordToken written as alternatives ("may/might/could"),
	// the words after the first, each a WordToken of its own; Word, Stem
	// and Exact describe the first. A text word meets the token if it meets
	// any of them.
	Or []Token
}

// Pattern is what an entry matches: a rule, or a sequence of tokens,
// optionally anchored to the start ("^") or end ("$") of a sentence.
type Pattern struct {
	Rule   Rule    // non-zero for a rule entry, which has no tokens
	Start  bool    // the first token must be the sentence's first word
	End    bool    // the last token must be the sentence's last word
	Tokens []Token // the words and slots in order
}

// String writes the pattern back in the lexicon's syntax.
func (p Pattern) String() string { return string(p.appendTo(nil, false)) }

// appendTo appends the pattern in the lexicon's syntax to dst, with each
// word as written, or as its stem: two patterns with the same stems
// ("shocked", "shocking") match the same words. A word in quotes is
// written as it is, in its quotes, either way.
func (p Pattern) appendTo(dst []byte, stems bool) []byte {
	if p.Rule != RuleNone {
		return append(append(append(dst, '<'), p.Rule.String()...), '>')
	}
	start := len(dst)
	if p.Start {
		dst = append(dst, '^')
	}
	for _, t := range p.Tokens {
		if len(dst) > start {
			dst = append(dst, ' ')
		}
		switch {
		case t.Kind == WordToken:
			dst = t.appendWord(dst, stems)
			for _, alt := range t.Or {
				dst = alt.appendWord(append(dst, '/'), stems)
			}
		case t.Kind == NumberToken:
			dst = append(dst, "{num}"...)
		case t.Kind == GapToken:
			dst = append(strconv.AppendInt(append(dst, "{gap:"...), int64(t.Max), 10), '}')
		}
	}
	if p.End {
		dst = append(dst, " $"...)
	}
	return dst
}

// appendWord appends word token t, without its alternatives, as appendTo
// writes it.
func (t Token) appendWord(dst []byte, stem bool) []byte {
	switch {
	case t.Exact:
		return append(append(append(dst, '"'), t.Word...), '"')
	case stem:
		return append(dst, t.Stem...)
	}
	return append(dst, t.Word...)
}

// Expand yields the patterns without alternatives that p stands for, one
// for each choice of an alternative at each token, in the order written:
// "may/might be the best/most" stands for "may be the best", "may be the
// most", "might be the best" and "might be the most", each with tokens of
// its own. A pattern without alternatives stands for itself alone. There
// are at most MaxExpansions.
func (p Pattern) Expand() iter.Seq[Pattern] {
	return func(yield func(Pattern) bool) {
		if p.expansions() == 1 {
			yield(p)
			return
		}
		choice := make([]int, len(p.Tokens)) // the alternative taken at each token, the last token's turning fastest
		for {
			q := p
			q.Tokens = make([]Token, len(p.Tokens))
			for i, t := range p.Tokens {
				q.Tokens[i] = t.alternative(choice[i])
			}
			if !yield(q) {
				return
			}
			i := len(choice) - 1
			for ; i >= 0 && choice[i] == len(p.Tokens[i].Or); i-- {
				choice[i] = 0
			}
			if i < 0 {
				return
			}
			choice[i]++
		}
	}
}

// alternative returns the k-th word of token t, without alternatives:
// t's first word for k = 0, else t.Or[k-1].
func (t Token) alternative(k int) Token {
	if k > 0 {
		return t.Or[k-1]
	}
	t.Or = nil
	return t
}

// expansions returns how many patterns p stands for (see Expand).
func (p Pattern) expansions() int {
	n := 1
	for _, t := range p.Tokens {
		n *= 1 + len(t.Or)
	}
	return n
}

// parsePattern reads a pattern, stemming its words with stem.
func parsePattern(src string, stem func(string) string) (Pattern, error) {
	var p Pattern
	src = strings.TrimSpace(src)
	if src == "" {
		return p, fmt.Errorf("%w: empty pattern", ErrPattern)
	}
	if strings.HasPrefix(src, "<") {
		if !strings.HasSuffix(src, ">") {
			return p, fmt.Errorf("%w: rule %q lacks its closing '>'", ErrPattern, src)
		}
		name := src[1 : len(src)-1]
		for r := RuleNone + 1; r < numRules; r++ {
			if ruleNames[r] == name {
				p.Rule = r
				return p, nil
			}
		}
		return p, fmt.Errorf("%w: unknown rule <%s>", ErrPattern, name)
	}
	fields := strings.Fields(src)
	if fields[0] == "^" {
		p.Start = true
		fields = fields[1:]
	} else if rest, ok := strings.CutPrefix(fields[0], "^"); ok {
		p.Start = true
		fields[0] = rest
	}
	if n := len(fields); n > 0 && fields[n-1] == "$" {
		p.End = true
		fields = fields[:n-1]
	}
	for _, f := range fields {
		switch {
		case f == "{num}":
			p.Tokens = append(p.Tokens, Token{Kind: NumberToken})
		case strings.HasPrefix(f, "{gap:") && strings.HasSuffix(f, "}"):
			n, err := strconv.Atoi(f[len("{gap:") : len(f)-1])
			if err != nil || n < 1 || n > MaxGap {
				return p, fmt.Errorf("%w: bad slot %q: want {gap:n} with n from 1 to %d", ErrPattern, f, MaxGap)
			}
			p.Tokens = append(p.Tokens, Token{Kind: GapToken, Max: n})
		case strings.ContainsAny(f, "{}<>^$"):
			return p, fmt.Errorf("%w: bad slot or anchor %q", ErrPattern, f)
		case strings.Contains(f, "/"):
			t, err := parseAlternatives(f, stem)
			if err != nil {
				return p, err
			}
			p.Tokens = append(p.Tokens, t)
		default:
			exact, word := unquote(f)
			if word == "" || strings.Contains(word, `"`) {
				return p, fmt.Errorf("%w: bad quotes in %q: write a word in quotes, \"word\", to match that form only", ErrPattern, word)
			}
			// A hyphen joins words in print ("mind-blowing") but the
			// tokenizer reads them as separate words, so the pattern does too.
			for w := range strings.SplitSeq(word, "-") {
				if w == "" {
					continue
				}
				t, err := parseWord(w, exact, stem)
				if err != nil {
					return p, err
				}
				p.Tokens = append(p.Tokens, t)
			}
		}
	}
	switch {
	case len(p.Tokens) == 0:
		return p, fmt.Errorf("%w: empty pattern", ErrPattern)
	case len(p.Tokens) > MaxPatternTokens:
		return p, fmt.Errorf("%w: %d tokens, more than %d", ErrPattern, len(p.Tokens), MaxPatternTokens)
	case p.Tokens[0].Kind == GapToken || p.Tokens[len(p.Tokens)-1].Kind == GapToken:
		return p, fmt.Errorf("%w: a pattern cannot begin or end with a gap", ErrPattern)
	case p.expansions() > MaxExpansions:
		return p, fmt.Errorf("%w: its alternatives make %d patterns, more than %d", ErrPattern, p.expansions(), MaxExpansions)
	}
	return p, nil
}

// unquote returns field f without the double quotes around it, if it has
// them, and whether it had.
func unquote(f string) (exact bool, word string) {
	if len(f) >= 2 && f[0] == '"' && f[len(f)-1] == '"' {
		return true, f[1 : len(f)-1]
	}
	return false, f
}

// parseWord reads one pattern word, w, written in quotes if exact.
func parseWord(w string, exact bool, stem func(string) string) (Token, error) {
	folded := Fold(w)
	switch {
	case !isPatternWord(folded):
		return Token{}, fmt.Errorf("%w: %q is not a word: use letters, digits and apostrophes", ErrPattern, w)
	case folded[0] >= '0' && folded[0] <= '9':
		return Token{}, fmt.Errorf("%w: %q opens with a digit, so text reads it as a number, which only {num} matches", ErrPattern, w)
	case len(folded) > MaxWordBytes:
		return Token{}, fmt.Errorf("%w: word %q is longer than %d bytes", ErrPattern, w, MaxWordBytes)
	}
	return Token{Kind: WordToken, Word: folded, Stem: stem(folded), Exact: exact}, nil
}

// parseAlternatives reads a token written as alternatives, f: two to
// MaxAlternatives words joined by "/", each in quotes or not, of
// different stems (or forms, in quotes).
func parseAlternatives(f string, stem func(string) string) (Token, error) {
	var t Token
	words := strings.Split(f, "/")
	if len(words) > MaxAlternatives {
		return t, fmt.Errorf("%w: %q has %d alternatives, more than %d", ErrPattern, f, len(words), MaxAlternatives)
	}
	seen := make(map[string]bool, len(words))
	for i, w := range words {
		exact, w := unquote(w)
		if w == "" || strings.ContainsAny(w, `"-`) {
			return t, fmt.Errorf("%w: bad alternative in %q: write words joined by '/', each one word, in quotes or not", ErrPattern, f)
		}
		alt, err := parseWord(w, exact, stem)
		if err != nil {
			return t, err
		}
		key := string(alt.appendWord(nil, true))
		if seen[key] {
			return t, fmt.Errorf("%w: alternatives in %q match the same words twice (%s)", ErrPattern, f, key)
		}
		seen[key] = true
		if i == 0 {
			t = alt
		} else {
			t.Or = append(t.Or, alt)
		}
	}
	return t, nil
}

// isPatternWord reports whether w, already folded, is a word the tokenizer
// would read as one token: letters and digits, with apostrophes inside.
func isPatternWord(w string) bool {
	if w == "" || w[0] == '\'' || w[len(w)-1] == '\'' {
		return false
	}
	for _, r := range w {
		if r != '\'' && !IsWordRune(r) {
			return false
		}
	}
	return true
}
