package lexicon

import (
	"errors"
	"fmt"
	"strings"
)

// Sentinel errors. A *ParseError wraps one of them, so errors.Is tells
// what kind of fault a line has.
var (
	ErrSyntax    = errors.New("lexicon: syntax error")
	ErrCategory  = errors.New("lexicon: unknown category")
	ErrWeight    = errors.New("lexicon: bad weight")
	ErrPattern   = errors.New("lexicon: bad pattern")
	ErrDuplicate = errors.New("lexicon: duplicate entry")
	ErrUnknownID = errors.New("lexicon: unknown id")
	ErrEncoding  = errors.New("lexicon: bad encoding")
	ErrLanguage  = errors.New("lexicon: unsupported language")
)

// ParseError is a fault on one line of a lexicon file.
type ParseError struct {
	Name string // the name given to Parse, usually a file name
	Line int    // line number, starting at 1
	Err  error  // what is wrong; wraps one of the sentinel errors
}

// Error returns "name:line: message".
func (e *ParseError) Error() string {
	msg := e.Err.Error()
	msg = strings.TrimPrefix(msg, "lexicon: ")
	return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, msg)
}

// Unwrap returns the underlying error.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrorList is every fault found in one file, in line order.
type ErrorList []*ParseError

// Error returns the faults one a line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the faults, so errors.Is and errors.As see each of them.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
