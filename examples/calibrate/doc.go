// Command calibrate fits the weights of a lexicon's scored entries on
// labelled headlines and writes them into the lexicon file.
//
//	go run ./examples/calibrate                 # fit, report, change nothing
//	go run ./examples/calibrate -write          # fit and rewrite lexicon/english.lex
//
// It scores every labelled headline once to learn which entries match and
// with what modifier factors (matching never depends on weights), keeps
// one fold of the data out, and fits on the rest a logistic model whose
// decision boundary is the score 0.5: P(clickbait) = σ(β·(E − ln 2)), where
// E is the headline's evidence, the sum of weight × factor over its hits.
// The model is linear in β and β·weight, so the fit is convex; it starts
// from fixed values, so its result depends only on the data and on the
// weights it does not fit. Its L2 penalty (-l2) draws each fitted weight
// to -prior, the weight an entry is written with, so that an entry whose
// headlines the other cues already explain keeps that weight rather than
// falling to the floor (-floor), the least a fitted weight may have. Pinned entries
// (weight written "=w") and entries that match fewer than -min-support
// training headlines keep their written weights.
// It then reports ROC-AUC and F1 at the score 0.5 on the held-out fold.
package main
