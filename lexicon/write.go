package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteTo writes the lexicon in its text format: headers, entries in order,
// then overrides. Parsing the output yields the same entries. Comments are
// not kept.
func (l *Lexicon) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: bufio.NewWriter(w)}
	if l.name != "" {
		fmt.Fprintf(cw, "@name %s\n", oneLine(l.name))
	}
	fmt.Fprintf(cw, "@language %s\n", l.language)
	if l.source != "" {
		fmt.Fprintf(cw, "@source %s\n", oneLine(l.source))
	}
	var line []byte
	for i := range l.entries {
		line = append(appendEntry(line[:0], &l.entries[i]), '\n')
		cw.Write(line)
	}
	for _, o := range l.overrides {
		if o.Disable {
			fmt.Fprintf(cw, "@disable %s\n", o.ID)
		} else {
			fmt.Fprintf(cw, "@weight %s %s\n", o.ID, FormatWeight(o.Weight))
		}
	}
	if cw.err == nil {
		cw.err = cw.w.(*bufio.Writer).Flush()
	}
	return cw.n, cw.err
}

// appendEntry appends entry e to dst as WriteTo writes it, without the
// line break.
func appendEntry(dst []byte, e *Entry) []byte {
	dst = append(append(append(dst, e.ID...), " | "...), e.Category.String()...)
	dst = append(dst, " | "...)
	if e.Pinned {
		dst = append(dst, '=')
	}
	dst = e.Pattern.appendTo(append(appendWeight(dst, e.Weight), " | "...), false)
	return append(append(dst, " | "...), oneLine(e.Note)...)
}

// maxWeightBytes is the longest weight FormatWeight writes: a float64 in
// its shortest round-trip form, "-2.2250738585072014e-308".
const maxWeightBytes = 24

// FormatWeight writes a weight the way the lexicon format reads it back
// exactly: the shortest decimal that round-trips.
func FormatWeight(w float64) string {
	var b [maxWeightBytes]byte
	return string(appendWeight(b[:0], w))
}

// appendWeight appends weight w to dst as FormatWeight writes it.
func appendWeight(dst []byte, w float64) []byte { return strconv.AppendFloat(dst, w, 'g', -1, 64) }

// oneLine makes a header value or note safe to write on one line: line
// breaks become spaces and "|" (the field separator) becomes "/". A name
// given to Parse may hold any of them.
func oneLine(s string) string { return oneLiner.Replace(s) }

var oneLiner = strings.NewReplacer("\r", " ", "\n", " ", "|", "/")

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

// Write passes p on and counts it, until the first error.
func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
