package lexicon

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxLineBytes is the longest line a lexicon file may have.
const MaxLineBytes = 4096

// Parse reads a lexicon in the text format described in the package
// documentation. name is used in error messages, usually the file name.
// Parse reports every faulty line, as an ErrorList of *ParseError in line
// order, and returns a lexicon only when there is none.
func Parse(name string, r io.Reader) (*Lexicon, error) {
	p := parser{
		lex:      &Lexicon{file: name, name: name, language: "english", byID: make(map[string]int)},
		patterns: make(map[string]int),
	}
	p.lex.stem = stemEnglish
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		text, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, errLongLine) {
			p.errs = append(p.errs, &ParseError{Name: name, Line: line, Err: wrapf(ErrSyntax, "read: %v", err)})
			break
		}
		if errors.Is(err, errLongLine) {
			p.fail(line, wrapf(ErrSyntax, "line longer than %d bytes", MaxLineBytes))
		} else if text != nil || !errors.Is(err, io.EOF) {
			p.line(line, text)
		}
		if errors.Is(err, io.EOF) {
			break
		}
	}
	p.checkNumberSlots()
	if len(p.errs) > 0 {
		slices.SortStableFunc(p.errs, func(a, b *ParseError) int { return cmp.Compare(a.Line, b.Line) })
		return nil, p.errs
	}
	return p.lex, nil
}

// checkNumberSlots reports the patterns in which a {num} slot is followed
// by one of the file's number words ("over {num} million"): the slot takes
// the number words after its number ("2 million"), so the word is never
// left for the pattern and it can never match.
func (p *parser) checkNumberSlots() {
	numbers := make(map[string]bool)
	for _, e := range p.lex.entries {
		if e.Category == Number {
			numbers[e.Pattern.Tokens[0].Stem] = true
		}
	}
	for _, e := range p.lex.entries {
		toks := e.Pattern.Tokens
		for i := 1; i < len(toks); i++ {
			if toks[i-1].Kind != NumberToken || toks[i].Kind != WordToken {
				continue
			}
			for k := range 1 + len(toks[i].Or) {
				if t := toks[i].alternative(k); numbers[t.Stem] {
					p.fail(e.Line, wrapf(ErrPattern, "%s: {num} takes the number word %q after its number, so the pattern never matches", e.ID, t.Word))
				}
			}
		}
	}
}

var errLongLine = errors.New("line too long")

// readLine returns the next line without its end of line. A line longer
// than MaxLineBytes is consumed whole and reported as errLongLine. At the
// end of input it returns io.EOF, with the last line if it had no newline.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	long := false
	for {
		chunk, err := br.ReadSlice('\n')
		// Keep no more than the longest line and its end of line.
		if !long && len(buf)+len(chunk) > MaxLineBytes+2 {
			long, buf = true, nil
		}
		if !long {
			buf = append(buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if !long {
			buf = bytes.TrimSuffix(buf, []byte("\n"))
			buf = bytes.TrimSuffix(buf, []byte("\r"))
			if len(buf) <= MaxLineBytes {
				if err != nil && len(buf) == 0 {
					return nil, err
				}
				return buf, err
			}
		}
		if err == nil {
			return nil, errLongLine
		}
		return nil, errors.Join(errLongLine, err)
	}
}

type parser struct {
	lex      *Lexicon
	patterns map[string]int // category and the pattern written in stems → entry index
	errs     ErrorList
	entries  bool       // an entry has been read, so headers are closed
	written  []byte     // an entry as WriteTo writes it, reused from entry to entry
	cats     []Category // an entry's categories, reused from entry to entry
	keys     []string   // the keys of an entry's patterns, reused from entry to entry
}

func (p *parser) fail(line int, err error) {
	p.errs = append(p.errs, &ParseError{Name: p.lex.file, Line: line, Err: err})
}

func (p *parser) line(n int, raw []byte) {
	if n == 1 && bytes.HasPrefix(raw, []byte("\uFEFF")) {
		p.fail(n, wrapf(ErrEncoding, "byte-order mark: save the file as UTF-8 without one"))
		return
	}
	if !utf8.Valid(raw) {
		p.fail(n, wrapf(ErrEncoding, "invalid UTF-8"))
		return
	}
	if i := bytes.IndexFunc(raw, isControl); i >= 0 {
		r, _ := utf8.DecodeRune(raw[i:])
		p.fail(n, wrapf(ErrEncoding, "control character %U at byte %d: a line holds printable text and tabs", r, i+1))
		return
	}
	text := strings.TrimSpace(string(raw))
	switch {
	case text == "" || strings.HasPrefix(text, "#"):
		return
	case strings.HasPrefix(text, "@"):
		p.directive(n, text)
	default:
		p.entry(n, text)
	}
}

func (p *parser) directive(n int, text string) {
	key, value, _ := strings.Cut(text, " ")
	value = strings.TrimSpace(value)
	switch key {
	case "@name", "@source":
		if p.entries {
			p.fail(n, wrapf(ErrSyntax, "%s must come before the first entry", key))
			return
		}
		if key == "@name" {
			p.lex.name = value
		} else {
			p.lex.source = value
		}
	case "@language":
		if p.entries {
			p.fail(n, wrapf(ErrSyntax, "@language must come before the first entry"))
			return
		}
		stem, err := stemmerFor(value)
		if err != nil {
			p.fail(n, err)
			return
		}
		p.lex.language, p.lex.stem = "english", stem
	case "@disable":
		if !validID(value) {
			p.fail(n, wrapf(ErrSyntax, "@disable wants one entry id, got %q", value))
			return
		}
		p.lex.overrides = append(p.lex.overrides, Override{ID: value, Disable: true, Line: n})
	case "@weight":
		id, w, ok := strings.Cut(value, " ")
		if !ok || !validID(id) {
			p.fail(n, wrapf(ErrSyntax, "@weight wants an entry id and a weight, got %q", value))
			return
		}
		weight, err := parseWeight(strings.TrimSpace(w))
		if err != nil {
			p.fail(n, err)
			return
		}
		p.lex.overrides = append(p.lex.overrides, Override{ID: id, Weight: weight, Line: n})
	default:
		p.fail(n, wrapf(ErrSyntax, "unknown directive %s: want @name, @language, @source, @weight or @disable", key))
	}
}

func (p *parser) entry(n int, text string) {
	p.entries = true
	fields := strings.Split(text, "|")
	if len(fields) != 5 {
		p.fail(n, wrapf(ErrSyntax, "%d fields: want id | category | weight | pattern | note", len(fields)))
		return
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	id, note := fields[0], fields[4]
	if !validID(id) {
		p.fail(n, wrapf(ErrSyntax, "bad id %q: use lower-case letters, digits, '.', '-' and '_'", id))
		return
	}
	cats, err := parseCategories(p.cats[:0], fields[1])
	p.cats = cats
	if err != nil {
		p.fail(n, err)
		return
	}
	weight, pinned := strings.CutPrefix(fields[2], "=")
	w, err := parseWeight(weight)
	if err == nil && len(cats) > 1 && !(pinned && w == 0) {
		err = wrapf(ErrWeight, "an entry of several categories is a context: write its weight =0")
	}
	if i := slices.IndexFunc(cats, Category.WordClass); err == nil && len(cats) > 1 && i >= 0 {
		err = wrapf(ErrCategory, "an entry of several categories is a context, which word class %s has none of", cats[i])
	}
	if err != nil {
		p.fail(n, err)
		return
	}
	pat, err := parsePattern(fields[3], p.lex.stem)
	if err != nil {
		p.fail(n, err)
		return
	}
	if note == "" {
		p.fail(n, wrapf(ErrSyntax, "entry %q has no note: say why it is there", id))
		return
	}
	for _, cat := range cats {
		e := Entry{ID: id, Category: cat, Weight: w, Pinned: pinned, Pattern: pat, Note: note, Line: n}
		if len(cats) > 1 {
			e.ID = cat.String() + "." + id
		}
		p.add(n, e)
	}
}

// parseCategories appends to cats the categories of an entry's category
// field, one, or, for a context, several joined by "+"
// ("emphasis+listicle"), each named once, and returns it.
func parseCategories(cats []Category, field string) ([]Category, error) {
	for name := range strings.SplitSeq(field, "+") {
		cat, ok := ParseCategory(strings.TrimSpace(name))
		if !ok {
			return cats, wrapf(ErrCategory, "%q", name)
		}
		if slices.Contains(cats, cat) {
			return cats, wrapf(ErrCategory, "%q names %s twice", field, cat)
		}
		cats = append(cats, cat)
	}
	return cats, nil
}

// add checks entry e, read from line n, against its category and the
// entries before it, and adds it to the lexicon.
func (p *parser) add(n int, e Entry) {
	if prev, dup := p.lex.byID[e.ID]; dup {
		p.fail(n, wrapf(ErrDuplicate, "id %q, first on line %d", e.ID, p.lex.entries[prev].Line))
		return
	}
	if err := checkWeight(e.Category, e.Weight, e.Pinned); err != nil {
		p.fail(n, err)
		return
	}
	if err := checkPattern(e.Category, e.Pattern); err != nil {
		p.fail(n, err)
		return
	}
	// Written out, with spaces around its fields and any weight WithWeights
	// may give it, the entry must still fit a line, so that every lexicon
	// Parse returns reads back from what WriteTo writes.
	p.written = appendEntry(p.written[:0], &e)
	var wb [maxWeightBytes]byte
	if size := len(p.written) - len(appendWeight(wb[:0], e.Weight)) + maxWeightBytes; size > MaxLineBytes {
		p.fail(n, wrapf(ErrSyntax, "entry %q takes up to %d bytes written out, more than a line's %d: shorten its note", e.ID, size, MaxLineBytes))
		return
	}
	// Each pattern the entry stands for (see Pattern.Expand) is keyed, so
	// that an entry whose alternatives meet another entry's words is
	// caught as one written out would be.
	keys := p.keys[:0]
	for pat := range e.Pattern.Expand() {
		x := e
		x.Pattern = pat
		key := x.Key()
		if prev, dup := p.patterns[key]; dup {
			p.fail(n, wrapf(ErrDuplicate, "%q matches what %q on line %d matches", e.ID, p.lex.entries[prev].ID, p.lex.entries[prev].Line))
			return
		}
		keys = append(keys, key)
	}
	p.keys = keys
	for _, key := range keys {
		p.patterns[key] = len(p.lex.entries)
	}
	p.lex.byID[e.ID] = len(p.lex.entries)
	p.lex.entries = append(p.lex.entries, e)
}

// checkPattern applies the rules that tie a pattern to its category.
func checkPattern(cat Category, p Pattern) error {
	switch {
	case cat.WordClass() && (p.Rule != RuleNone || len(p.Tokens) != 1 || p.Tokens[0].Kind != WordToken || len(p.Tokens[0].Or) > 0 || p.Start || p.End):
		return wrapf(ErrPattern, "a %s entry is one word", cat)
	}
	if want, ok := modifierRules[p.Rule]; ok {
		if cat != want {
			return wrapf(ErrPattern, "<%s> belongs to category %s", p.Rule, want)
		}
	} else if p.Rule != RuleNone && !cat.Scored() {
		return wrapf(ErrPattern, "rule <%s> needs a scored category, not %s", p.Rule, cat)
	}
	return nil
}

func parseWeight(s string) (float64, error) {
	w, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, wrapf(ErrWeight, "%q is not a number", s)
	}
	if math.IsNaN(w) || math.IsInf(w, 0) {
		return 0, wrapf(ErrWeight, "%q is not finite", s)
	}
	return w, nil
}

// checkWeight checks a weight's range for its category: evidence from 0 to
// MaxWeight; a modifier's factor above 0 and at most MaxWeight, save 0
// pinned ("=0"), which makes the entry a context of its kind.
func checkWeight(cat Category, w float64, pinned bool) error {
	switch {
	case math.IsNaN(w) || math.IsInf(w, 0):
		return wrapf(ErrWeight, "%v is not finite", w)
	case w < 0 || w > MaxWeight:
		return wrapf(ErrWeight, "%v is outside [0, %d]", w, MaxWeight)
	case cat.Modifier() && w == 0 && !pinned:
		return wrapf(ErrWeight, "a %s factor must be above 0", cat)
	}
	return nil
}

func validID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '.' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// wrapf returns an error that wraps sentinel with a formatted detail.
func wrapf(sentinel error, format string, args ...any) error {
	return fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))
}

// isControl reports whether r is a control character other than a tab. A
// stray carriage return or NUL inside a line would not survive being
// written back out, so the parser refuses it.
func isControl(r rune) bool { return r != '\t' && unicode.IsControl(r) }
