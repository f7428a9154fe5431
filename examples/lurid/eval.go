package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"

	"github.com/luridlab/lurid/score"
	"github.com/luridlab/lurid/score/eval"
)

// evalCut is the score from which a text counts as lurid: the start of
// level High, where the weights are fitted for clickbait to become more
// likely than not.
const evalCut = 0.5

// report is what -eval says of one input of labelled texts.
type report struct {
	Name   string   `json:"name"`
	Texts  int      `json:"texts"`
	Lurid  int      `json:"lurid"`   // texts labelled 1
	ROCAUC *float64 `json:"roc_auc"` // null when either label is missing
	Cut    float64  `json:"cut"`
	// The outcomes of calling a text lurid from Cut up.
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	TN        int     `json:"tn"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	Accuracy  float64 `json:"accuracy"`
}

// evaluateInput reads labelled texts from r, scores them and writes the
// report.
func evaluateInput(s *score.Scorer, o options, name string, r io.Reader, out *bufio.Writer) error {
	examples, err := eval.ReadTSV(name, r)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	rep := measure(name, examples, scoreAll(s, examples, o.passage))
	if o.json {
		b, err := json.Marshal(rep)
		if err != nil {
			return err
		}
		_, err = out.Write(append(b, '\n'))
		return err
	}
	_, err = fmt.Fprintln(out, rep)
	return err
}

// scoreAll scores every example, as a headline or as a passage, on every
// processor (see Scorer.HeadlineScores).
func scoreAll(s *score.Scorer, examples []eval.Example, passage bool) []float64 {
	texts := make([]string, len(examples))
	for i, ex := range examples {
		texts[i] = ex.Text
	}
	if passage {
		return s.PassageScores(texts)
	}
	return s.HeadlineScores(texts)
}

// measure compares scores with the examples' labels.
func measure(name string, examples []eval.Example, scores []float64) report {
	labels := make([]bool, len(examples))
	rep := report{Name: name, Texts: len(examples), Cut: evalCut}
	for i, ex := range examples {
		labels[i] = ex.Label
		if ex.Label {
			rep.Lurid++
		}
	}
	if auc := eval.ROCAUC(scores, labels); !math.IsNaN(auc) {
		rep.ROCAUC = &auc
	}
	c := eval.Threshold(scores, labels, evalCut)
	rep.TP, rep.FP, rep.TN, rep.FN = c.TP, c.FP, c.TN, c.FN
	rep.Precision, rep.Recall, rep.F1, rep.Accuracy = c.Precision(), c.Recall(), c.F1(), c.Accuracy()
	return rep
}

// String formats the report as one line for people.
func (r report) String() string {
	auc := "n/a (one label only)"
	if r.ROCAUC != nil {
		auc = fmt.Sprintf("%.4f", *r.ROCAUC)
	}
	return fmt.Sprintf("%s: %d texts, %d labelled lurid; ROC-AUC %s; at score %.2f (level high): precision %.4f, recall %.4f, F1 %.4f, accuracy %.4f (TP %d, FP %d, TN %d, FN %d)",
		r.Name, r.Texts, r.Lurid, auc, r.Cut, r.Precision, r.Recall, r.F1, r.Accuracy, r.TP, r.FP, r.TN, r.FN)
}
