package eval

import (
	"bufio"
	"cmp"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"slices"
	"strings"
)

// Example is one labelled text.
type Example struct {
	Text  string
	Label bool // true for clickbait or sensational text
	Line  int  // the line it was read from, starting at 1
}

// ReadTSV reads labelled examples in the format of the Stop Clickbait
// data: "label<TAB>text" lines with label 0 or 1, after a header line
// if the first line has one, a first line whose first field is neither 0
// nor 1 ("label<TAB>headline", "truthClass<TAB>postText"). Blank lines
// are skipped and a carriage return before a line's end is dropped. name
// is used in error messages.
func ReadTSV(name string, r io.Reader) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			continue
		}
		label, headline, ok := strings.Cut(text, "\t")
		isLabel := label == "0" || label == "1"
		if ok && !isLabel && line == 1 {
			continue // a header
		}
		if !ok || !isLabel {
			return nil, fmt.Errorf("%s:%d: want label<TAB>text with label 0 or 1", name, line)
		}
		out = append(out, Example{Text: headline, Label: label == "1", Line: line})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return out, nil
}

// Fold assigns a text to one of k folds by a hash of its bytes, so the
// split is the same on every machine and does not depend on file order.
func Fold(text string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(text))
	return int(h.Sum32() % uint32(k))
}

// ROCAUC returns the area under the ROC curve of scores against labels:
// the chance that a random positive outscores a random negative, ties
// counting half. It is NaN when either class is empty.
func ROCAUC(scores []float64, labels []bool) float64 {
	idx := make([]int, len(scores))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(scores[a], scores[b]) })
	var pos, neg, rankSum float64
	for i := 0; i < len(idx); {
		j := i
		for j < len(idx) && scores[idx[j]] == scores[idx[i]] {
			j++
		}
		mid := float64(i+j+1) / 2 // mean 1-based rank of the tied run
		for _, k := range idx[i:j] {
			if labels[k] {
				rankSum += mid
				pos++
			} else {
				neg++
			}
		}
		i = j
	}
	if pos == 0 || neg == 0 {
		return math.NaN()
	}
	return (rankSum - pos*(pos+1)/2) / (pos * neg)
}

// Confusion counts the outcomes of a yes-or-no decision.
type Confusion struct {
	TP, FP, TN, FN int
}

// Threshold decides score ≥ cut as positive and counts the outcomes.
func Threshold(scores []float64, labels []bool, cut float64) Confusion {
	var c Confusion
	for i, s := range scores {
		switch yes := s >= cut; {
		case yes && labels[i]:
			c.TP++
		case yes:
			c.FP++
		case labels[i]:
			c.FN++
		default:
			c.TN++
		}
	}
	return c
}

// Precision returns TP / (TP + FP), or 0 with no positive decisions.
func (c Confusion) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP / (TP + FN), or 0 with no positive examples.
func (c Confusion) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall.
func (c Confusion) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

// Accuracy returns the share of right decisions.
func (c Confusion) Accuracy() float64 { return ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
