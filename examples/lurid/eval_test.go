package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/luridlab/lurid/score"
	"github.com/luridlab/lurid/score/eval"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// labelled are texts with labels, in the format -eval reads.
var labelled = []struct {
	lurid bool
	text  string
}{
	{true, "You Won't Believe What This Grandmother Found In Her Attic"},
	{true, "17 Photos That Will Make You Miss The Nineties"},
	{true, "Is This The End Of The Weekend As We Know It?"},
	{true, "The Shocking Truth About Your Morning Coffee"},
	{false, "Council approves budget for road repairs"},
	{false, "Rail strike called off after pay deal"},
	{false, "Regional museum reopens after roof repairs"},
	{false, "Harbour dredging to start in the spring"},
}

func labelledTSV(header bool) string {
	var b strings.Builder
	if header {
		b.WriteString("label\theadline\n")
	}
	for _, l := range labelled {
		label := 0
		if l.lurid {
			label = 1
		}
		fmt.Fprintf(&b, "%d\t%s\n", label, l.text)
	}
	return b.String()
}

// TestEvalReport checks -eval's figures against the scores of a Scorer
// and the measures of package eval, computed here.
func TestEvalReport(t *testing.T) {
	s := score.New(nil)
	var scores []float64
	var labels []bool
	for _, l := range labelled {
		scores = append(scores, s.Headline(l.text).Score)
		labels = append(labels, l.lurid)
	}
	c := eval.Threshold(scores, labels, 0.5)

	for _, header := range []bool{true, false} {
		code, out, errs := runCmd(t, labelledTSV(header), "-eval", "-json")
		require.Equal(t, 0, code, errs)
		var rep report
		require.NoError(t, json.Unmarshal([]byte(out), &rep), out)
		assert.Equal(t, "standard input", rep.Name)
		assert.Equal(t, len(labelled), rep.Texts)
		assert.Equal(t, 4, rep.Lurid)
		require.NotNil(t, rep.ROCAUC)
		assert.InDelta(t, eval.ROCAUC(scores, labels), *rep.ROCAUC, 1e-12)
		assert.Equal(t, [4]int{c.TP, c.FP, c.TN, c.FN}, [4]int{rep.TP, rep.FP, rep.TN, rep.FN})
		assert.InDelta(t, c.F1(), rep.F1, 1e-12)
		assert.InDelta(t, c.Precision(), rep.Precision, 1e-12)
		assert.InDelta(t, c.Recall(), rep.Recall, 1e-12)
		assert.InDelta(t, c.Accuracy(), rep.Accuracy, 1e-12)
	}
	// The labels are easy ones: each lurid text outscores each sober one.
	assert.Equal(t, 1.0, eval.ROCAUC(scores, labels), "scores %v", scores)

	code, out, errs := runCmd(t, labelledTSV(true), "-eval")
	require.Equal(t, 0, code, errs)
	assert.Equal(t, "standard input: 8 texts, 4 labelled lurid; ROC-AUC 1.0000; at score 0.50 (level high): "+
		fmt.Sprintf("precision %.4f, recall %.4f, F1 %.4f, accuracy %.4f (TP %d, FP %d, TN %d, FN %d)\n",
			c.Precision(), c.Recall(), c.F1(), c.Accuracy(), c.TP, c.FP, c.TN, c.FN), out)
}

// TestEvalPassagesAndFiles checks that -passage scores each labelled text
// as a passage and that each named file has a report of its own.
func TestEvalPassagesAndFiles(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.tsv"), filepath.Join(dir, "b.tsv")
	require.NoError(t, os.WriteFile(a, []byte(labelledTSV(true)), 0o600))
	passages := "1\tYou won't believe what happened next. It is the most shocking story of the year!\n" +
		"0\tThe committee met on Monday. It approved the plan by six votes to two.\n"
	require.NoError(t, os.WriteFile(b, []byte(passages), 0o600))
	code, out, errs := runCmd(t, "", "-eval", "-json", "-passage", a, b)
	require.Equal(t, 0, code, errs)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 2, "one report per input")
	var ra, rb report
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &ra))
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &rb))
	assert.Equal(t, a, ra.Name)
	assert.Equal(t, b, rb.Name)
	assert.Equal(t, 2, rb.Texts)
	s := score.New(nil)
	lurid := s.Passage("You won't believe what happened next. It is the most shocking story of the year!").Score
	sober := s.Passage("The committee met on Monday. It approved the plan by six votes to two.").Score
	require.Greater(t, lurid, 0.5)
	require.Less(t, sober, 0.5)
	assert.Equal(t, [4]int{1, 0, 1, 0}, [4]int{rb.TP, rb.FP, rb.TN, rb.FN})
}

// TestEvalManyTexts checks that scoring on several goroutines gives each
// text its own score, in order: the figures equal those of one Scorer
// scoring the texts one by one.
func TestEvalManyTexts(t *testing.T) {
	var b strings.Builder
	s := score.New(nil)
	var scores []float64
	var labels []bool
	for i := range 3000 {
		l := labelled[i%len(labelled)]
		text := fmt.Sprintf("%s, part %d", l.text, i)
		if i%3 == 0 {
			text = strings.ToUpper(text)
		}
		label := 0
		if l.lurid {
			label = 1
		}
		fmt.Fprintf(&b, "%d\t%s\n", label, text)
		scores = append(scores, s.Headline(text).Score)
		labels = append(labels, l.lurid)
	}
	code, out, errs := runCmd(t, b.String(), "-eval", "-json")
	require.Equal(t, 0, code, errs)
	var rep report
	require.NoError(t, json.Unmarshal([]byte(out), &rep), out)
	require.NotNil(t, rep.ROCAUC)
	assert.Equal(t, eval.ROCAUC(scores, labels), *rep.ROCAUC)
	c := eval.Threshold(scores, labels, 0.5)
	assert.Equal(t, [4]int{c.TP, c.FP, c.TN, c.FN}, [4]int{rep.TP, rep.FP, rep.TN, rep.FN})
}

func TestEvalErrors(t *testing.T) {
	code, _, errs := runCmd(t, "label\theadline\n1\tFine line\nmaybe\tNot a label\n", "-eval")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "standard input:3: want label<TAB>text")

	code, _, errs = runCmd(t, "", "-eval", filepath.Join(t.TempDir(), "missing.tsv"))
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "missing.tsv")

	// One label only: no ROC-AUC, which JSON writes as null.
	code, out, errs := runCmd(t, "0\tCouncil approves budget\n", "-eval", "-json")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `"roc_auc":null`)
	code, out, errs = runCmd(t, "0\tCouncil approves budget\n", "-eval")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "ROC-AUC n/a (one label only)")

	// No texts at all: a report of nothing, not a failure.
	code, out, errs = runCmd(t, "label\theadline\n", "-eval")
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "standard input: 0 texts")
}

// TestEvalReadme checks the README's -eval example against the labelled
// data, when it is beside the checkout.
func TestEvalReadme(t *testing.T) {
	const name = "../shared/data/stop-clickbait-train.tsv" // as the README names it, from the module's root
	path := filepath.Join("..", "..", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("skipping: labelled data not found at %s (it lives outside the module)", path)
	}
	raw, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	readme := string(raw)
	cmd := "go run ./examples/lurid -eval " + name + "\n"
	i := strings.Index(readme, cmd)
	require.GreaterOrEqual(t, i, 0, "README has no example %q", cmd)
	shown, _, _ := strings.Cut(readme[i+len(cmd):], "\n")

	code, out, errs := runCmd(t, "", "-eval", path)
	require.Equal(t, 0, code, errs)
	assert.Equal(t, shown, name+strings.TrimSuffix(strings.TrimPrefix(out, path), "\n"), "the README's -eval example")
}
