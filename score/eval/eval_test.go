package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestROCAUC(t *testing.T) {
	assert.Equal(t, 1.0, ROCAUC([]float64{0.1, 0.2, 0.8, 0.9}, []bool{false, false, true, true}))
	assert.Equal(t, 0.0, ROCAUC([]float64{0.9, 0.8, 0.2, 0.1}, []bool{false, false, true, true}))
	assert.Equal(t, 0.5, ROCAUC([]float64{0.5, 0.5, 0.5, 0.5}, []bool{false, true, false, true}), "ties count half")
	assert.InDelta(t, 0.75, ROCAUC([]float64{0.1, 0.4, 0.35, 0.8}, []bool{false, false, true, true}), 1e-12)
	assert.True(t, math.IsNaN(ROCAUC([]float64{0.1}, []bool{true})))
}

func TestThreshold(t *testing.T) {
	c := Threshold([]float64{0.9, 0.6, 0.4, 0.1, 0.5}, []bool{true, false, true, false, true}, 0.5)
	assert.Equal(t, Confusion{TP: 2, FP: 1, TN: 1, FN: 1}, c)
	assert.InDelta(t, 2.0/3, c.Precision(), 1e-12)
	assert.InDelta(t, 2.0/3, c.Recall(), 1e-12)
	assert.InDelta(t, 2.0/3, c.F1(), 1e-12)
	assert.InDelta(t, 0.6, c.Accuracy(), 1e-12)
	assert.Zero(t, Confusion{}.F1())
}

func TestReadTSV(t *testing.T) {
	ex, err := ReadTSV("d.tsv", strings.NewReader("label\theadline\n1\tA thing\r\n\n0\tAnother\n"))
	require.NoError(t, err)
	assert.Equal(t, []Example{{"A thing", true, 2}, {"Another", false, 4}}, ex)
	_, err = ReadTSV("d.tsv", strings.NewReader("label\theadline\n2\tbad\n"))
	assert.EqualError(t, err, "d.tsv:2: want label<TAB>text with label 0 or 1")

	// Any first line with a tab whose first field is no label is a header.
	ex, err = ReadTSV("w.tsv", strings.NewReader("truthClass\tpostText\n0\tA post\n"))
	require.NoError(t, err)
	assert.Equal(t, []Example{{"A post", false, 2}}, ex)
	ex, err = ReadTSV("n.tsv", strings.NewReader("1\tNo header\n0\tAt all\n"))
	require.NoError(t, err)
	assert.Equal(t, []Example{{"No header", true, 1}, {"At all", false, 2}}, ex)
	// A first line without a tab is no header but a bad line.
	_, err = ReadTSV("x.tsv", strings.NewReader("just words\n1\tA thing\n"))
	assert.EqualError(t, err, "x.tsv:1: want label<TAB>text with label 0 or 1")
}

func TestFold(t *testing.T) {
	assert.Equal(t, Fold("same text", 5), Fold("same text", 5))
	seen := map[int]bool{}
	for _, s := range []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"} {
		f := Fold(s, 5)
		assert.True(t, f >= 0 && f < 5)
		seen[f] = true
	}
	assert.Greater(t, len(seen), 2, "texts spread over the folds")
}
