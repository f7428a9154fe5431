package score

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/luridlab/lurid/lexicon"
)

// Explain returns a plain-English account of the result for an editor:
// the score and its level, the subscores, and each piece of evidence with
// its place in the text, what it added and why. For a passage it lists the
// sentences that carry evidence, the most lurid first.
func (r *Result) Explain() string {
	var b strings.Builder
	r.WriteExplanation(&b)
	return b.String()
}

// WriteExplanation writes what Explain returns to w, a piece at a time, so
// that the account of a long passage need not be held in memory. It
// returns the first error from w.
func (r *Result) WriteExplanation(w io.Writer) error {
	ew := &errWriter{w: w}
	r.writeExplanation(ew)
	return ew.err
}

// errWriter remembers the first error of the writes it passes on and
// drops every write after it.
type errWriter struct {
	w   io.Writer
	err error
}

// Write passes p on unless an earlier write failed; it never fails itself,
// so that fmt.Fprintf carries on and the first error is kept.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, nil
}

func (r *Result) writeExplanation(b io.Writer) {
	if !r.isPassage {
		fmt.Fprintf(b, "Score %.2f (%s). %s\n", r.Score, r.Level, describeSubscores(r.Subscores))
		writeHits(b, r.Hits, "  ")
		return
	}
	sentences := "sentences"
	if len(r.Sentences) == 1 {
		sentences = "sentence"
	}
	fmt.Fprintf(b, "Passage score %.2f (%s) over %d %s. %s\n",
		r.Score, r.Level, len(r.Sentences), sentences, describeSubscores(r.Subscores))
	// Only sentences that score are listed: a hit of weight 0, which
	// marks a context ("most of"), is no evidence.
	order := make([]int, 0, len(r.Sentences))
	for i := range r.Sentences {
		if r.Sentences[i].Score > 0 {
			order = append(order, i)
		}
	}
	if len(order) == 0 {
		io.WriteString(b, "No sentence carries evidence.\n")
		return
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return cmp.Compare(r.Sentences[y].Score, r.Sentences[x].Score)
	})
	for _, i := range order {
		s := &r.Sentences[i]
		fmt.Fprintf(b, "Sentence %d, bytes %d-%d, score %.2f (%s), led by %s: %q\n",
			i+1, s.Start, s.End, s.Score, s.Level, s.Subscores.Lead(), s.Text)
		writeHits(b, s.Hits, "  ")
	}
}

// describeSubscores writes "Suspense 0.71, question 0.00, ...".
func describeSubscores(sub Subscores) string {
	parts := make([]string, len(sub))
	for c, v := range sub {
		parts[c] = fmt.Sprintf("%s %.2f", lexicon.Category(c), v)
	}
	s := strings.Join(parts, ", ") + "."
	return strings.ToUpper(s[:1]) + s[1:]
}

func writeHits(b io.Writer, hits []Hit, indent string) {
	if len(hits) == 0 {
		fmt.Fprintf(b, "%sNo evidence.\n", indent)
		return
	}
	for _, h := range hits {
		fmt.Fprintf(b, "%s+%.2f %s %q at bytes %d-%d (%s", indent, h.Contribution, h.Category, h.Text, h.Start, h.End, h.ID)
		if len(h.Modifiers) > 0 {
			fmt.Fprintf(b, ", weight %.2f", h.Weight)
			for _, m := range h.Modifiers {
				switch m.Rule {
				case ModifierRun:
					fmt.Fprintf(b, " ×%.2f for a run of %d marks", m.Factor, utf8.RuneCountInString(m.Text))
				case ModifierQuoted:
					fmt.Fprintf(b, " ×%.2f inside quotation marks", m.Factor)
				case ModifierStatement:
					fmt.Fprintf(b, " ×%.2f in a sentence that ends as a statement", m.Factor)
				case ModifierSubhead:
					fmt.Fprintf(b, " ×%.2f in a heading inside the passage", m.Factor)
				case ModifierBody:
					fmt.Fprintf(b, " ×%.2f in a statement of body text", m.Factor)
				case ModifierAttributed:
					fmt.Fprintf(b, " ×%.2f attributed by %q", m.Factor, m.Text)
				case ModifierSpeaker:
					fmt.Fprintf(b, " ×%.2f spoken by %q", m.Factor, m.Text)
				case ModifierLetter:
					fmt.Fprintf(b, " ×%.2f asked of the addressee of %q", m.Factor, m.Text)
				default:
					fmt.Fprintf(b, " ×%.2f %s %q", m.Factor, m.Category, m.Text)
				}
			}
		}
		io.WriteString(b, ")")
		if h.Note != "" {
			io.WriteString(b, ": "+h.Note)
		}
		io.WriteString(b, "\n")
	}
}
