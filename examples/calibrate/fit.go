package main

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"strings"

	"github.com/luridlab/lurid/lexicon"
	"github.com/luridlab/lurid/score"
	"github.com/luridlab/lurid/score/eval"
)

type config struct {
	data, lexicon string
	write         bool
	folds         int
	holdout       int
	minSupport    int
	l2            float64
	floor         float64
	prior         float64
	iters         int
	top           int
}

// feature is one entry's share of a headline's evidence before weighting:
// the sum of its hits' modifier factors.
type feature struct {
	entry int
	x     float64
}

type row struct {
	feats []feature
	label bool
	train bool
}

func calibrate(cfg config, out io.Writer) error {
	src, err := os.ReadFile(cfg.lexicon)
	if err != nil {
		return err
	}
	lex, err := lexicon.Parse(cfg.lexicon, bytes.NewReader(src))
	if err != nil {
		return err
	}
	f, err := os.Open(cfg.data)
	if err != nil {
		return err
	}
	examples, err := eval.ReadTSV(cfg.data, f)
	f.Close()
	if err != nil {
		return err
	}

	entries := lex.Entries()
	byID := make(map[string]int, len(entries))
	for i, e := range entries {
		byID[e.ID] = i
	}
	s := score.New(lex)
	rows := make([]row, len(examples))
	support := make([]int, len(entries))
	var r score.Result
	for i, ex := range examples {
		s.HeadlineInto(&r, ex.Text)
		var feats []feature
		for _, h := range r.Hits {
			j := byID[h.ID]
			if k := slices.IndexFunc(feats, func(f feature) bool { return f.entry == j }); k >= 0 {
				feats[k].x += h.Factor
			} else {
				feats = append(feats, feature{j, h.Factor})
			}
		}
		train := eval.Fold(ex.Text, cfg.folds) != cfg.holdout
		rows[i] = row{feats: feats, label: ex.Label, train: train}
		if train {
			for _, f := range feats {
				support[f.entry]++
			}
		}
	}
	fitted := make([]bool, len(entries))
	nFitted := 0
	for j, e := range entries {
		if e.Category.Scored() && !e.Pinned && support[j] >= cfg.minSupport {
			fitted[j] = true
			nFitted++
		}
	}
	weights := fit(cfg, entries, rows, fitted)

	// Measure on the held-out fold, and on the training folds for comparison.
	report := func(name string, keep func(row) bool) (auc float64, c eval.Confusion) {
		var scores []float64
		var labels []bool
		for _, rw := range rows {
			if !keep(rw) {
				continue
			}
			e := 0.0
			for _, f := range rw.feats {
				e += weights[f.entry] * f.x
			}
			scores = append(scores, score.FromEvidence(e))
			labels = append(labels, rw.label)
		}
		auc = eval.ROCAUC(scores, labels)
		c = eval.Threshold(scores, labels, 0.5)
		fmt.Fprintf(out, "%-8s n=%-6d ROC-AUC %.4f  F1@0.5 %.4f  precision %.4f  recall %.4f  accuracy %.4f\n",
			name, len(scores), auc, c.F1(), c.Precision(), c.Recall(), c.Accuracy())
		return auc, c
	}
	fmt.Fprintf(out, "%d headlines, %d entries, %d fitted (support >= %d), fold %d of %d held out\n",
		len(rows), len(entries), nFitted, cfg.minSupport, cfg.holdout, cfg.folds)
	report("train", func(r row) bool { return r.train })
	report("held-out", func(r row) bool { return !r.train })

	order := make([]int, 0, nFitted)
	for j := range entries {
		if fitted[j] {
			order = append(order, j)
		}
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(weights[b], weights[a]) })
	fmt.Fprintf(out, "heaviest fitted entries:\n")
	for _, j := range order[:min(cfg.top, len(order))] {
		fmt.Fprintf(out, "  %-40s %6.3f  (support %d)\n", entries[j].ID, weights[j], support[j])
	}
	if !cfg.write {
		return nil
	}
	updated, err := rewriteWeights(src, entries, weights, fitted)
	if err != nil {
		return err
	}
	if _, err := lexicon.Parse(cfg.lexicon, bytes.NewReader(updated)); err != nil {
		return fmt.Errorf("rewritten lexicon does not parse: %w", err)
	}
	if err := os.WriteFile(cfg.lexicon, updated, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(out, "wrote %d weights into %s\n", nFitted, cfg.lexicon)
	return nil
}

// fit returns a weight for every entry: fitted entries get the weights of
// the convex logistic fit, others keep their own. The model's logit is
// Σ_fitted u_j·x_j + β·(F − ln 2), where F is the evidence of unfitted
// entries; the weights are u_j / β. Adam, full batch, projected onto
// u ≥ floor·β and β ≥ 0.01. The L2 penalty draws each weight to the
// prior, not to 0, so that an entry the data says little about, such as
// one whose headlines are clickbait by other cues already ("you won't
// believe" beside "you"), keeps a typical weight rather than the least.
func fit(cfg config, entries []lexicon.Entry, rows []row, fitted []bool) []float64 {
	n := len(entries)
	u := make([]float64, n)
	beta := 1.0
	// Per-row evidence of the entries that are not fitted.
	fixed := make([]float64, len(rows))
	for i, rw := range rows {
		for _, f := range rw.feats {
			if !fitted[f.entry] {
				fixed[i] += entries[f.entry].Weight * f.x
			}
		}
	}
	// Start from the prior, not the file's weights, so that the result
	// depends only on the data and the weights that are not fitted.
	for j := range u {
		if fitted[j] {
			u[j] = cfg.prior * beta
		}
	}
	const (
		lr    = 0.05
		beta1 = 0.9
		beta2 = 0.999
		eps   = 1e-8
	)
	m, v := make([]float64, n+1), make([]float64, n+1)
	grad := make([]float64, n+1)
	nTrain := 0
	for _, rw := range rows {
		if rw.train {
			nTrain++
		}
	}
	for it := 1; it <= cfg.iters; it++ {
		clear(grad)
		for i, rw := range rows {
			if !rw.train {
				continue
			}
			z := beta * (fixed[i] - math.Ln2)
			for _, f := range rw.feats {
				if fitted[f.entry] {
					z += u[f.entry] * f.x
				}
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if rw.label {
				y = 1
			}
			d := (p - y) / float64(nTrain)
			for _, f := range rw.feats {
				if fitted[f.entry] {
					grad[f.entry] += d * f.x
				}
			}
			grad[n] += d * (fixed[i] - math.Ln2)
		}
		for j := 0; j < n; j++ {
			if fitted[j] {
				grad[j] += 2 * cfg.l2 * (u[j] - cfg.prior*beta)
			}
		}
		c1 := 1 - math.Pow(beta1, float64(it))
		c2 := 1 - math.Pow(beta2, float64(it))
		step := func(k int, x float64) float64 {
			m[k] = beta1*m[k] + (1-beta1)*grad[k]
			v[k] = beta2*v[k] + (1-beta2)*grad[k]*grad[k]
			return x - lr*(m[k]/c1)/(math.Sqrt(v[k]/c2)+eps)
		}
		for j := 0; j < n; j++ {
			if fitted[j] {
				u[j] = step(j, u[j])
			}
		}
		beta = max(0.01, step(n, beta))
		for j := 0; j < n; j++ {
			if fitted[j] {
				u[j] = max(cfg.floor*beta, u[j])
			}
		}
	}
	w := make([]float64, n)
	for j, e := range entries {
		if fitted[j] {
			w[j] = min(lexicon.MaxWeight, u[j]/beta)
		} else {
			w[j] = e.Weight
		}
	}
	return w
}

// rewriteWeights replaces the weight field of each fitted entry's line in
// the lexicon source, leaving every other byte as it was.
func rewriteWeights(src []byte, entries []lexicon.Entry, weights []float64, fitted []bool) ([]byte, error) {
	lines := strings.SplitAfter(string(src), "\n")
	for j, e := range entries {
		if !fitted[j] {
			continue
		}
		i := e.Line - 1
		if i < 0 || i >= len(lines) {
			return nil, fmt.Errorf("entry %s: line %d out of range", e.ID, e.Line)
		}
		fields := strings.SplitN(lines[i], "|", 4)
		if len(fields) != 4 {
			return nil, fmt.Errorf("entry %s: line %d is not an entry", e.ID, e.Line)
		}
		fields[2] = " " + formatWeight(weights[j]) + " "
		lines[i] = strings.Join(fields, "|")
	}
	return []byte(strings.Join(lines, "")), nil
}

// formatWeight rounds a weight to three decimals for the file.
func formatWeight(w float64) string {
	return lexicon.FormatWeight(math.Round(w*1000) / 1000)
}
