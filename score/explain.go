package score

import (
	"cmp"
	"fmt"
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
	if r.Sentences == nil {
		fmt.Fprintf(&b, "Score %.2f (%s). %s\n", r.Score, r.Level, describeSubscores(r.Subscores))
		writeHits(&b, r.Hits, "  ")
		return b.String()
	}
	fmt.Fprintf(&b, "Passage score %.2f (%s) over %d sentences. %s\n",
		r.Score, r.Level, len(r.Sentences), describeSubscores(r.Subscores))
	order := make([]int, 0, len(r.Sentences))
	for i := range r.Sentences {
		if len(r.Sentences[i].Hits) > 0 {
			order = append(order, i)
		}
	}
	if len(order) == 0 {
		b.WriteString("No sentence carries evidence.\n")
		return b.String()
	}
	slices.SortStableFunc(order, func(x, y int) int {
		return cmp.Compare(r.Sentences[y].Score, r.Sentences[x].Score)
	})
	for _, i := range order {
		s := &r.Sentences[i]
		fmt.Fprintf(&b, "Sentence %d, bytes %d-%d, score %.2f (%s), led by %s: %q\n",
			i+1, s.Start, s.End, s.Score, s.Level, s.Subscores.Lead(), s.Text)
		writeHits(&b, s.Hits, "  ")
	}
	return b.String()
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

func writeHits(b *strings.Builder, hits []Hit, indent string) {
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
				default:
					fmt.Fprintf(b, " ×%.2f %s %q", m.Factor, m.Category, m.Text)
				}
			}
		}
		b.WriteString(")")
		if h.Note != "" {
			b.WriteString(": " + h.Note)
		}
		b.WriteByte('\n')
	}
}
