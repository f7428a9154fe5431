// Package eval measures a scorer against labelled text: it reads labelled
// examples, splits them into folds, and computes ROC-AUC, precision,
// recall, F1 and accuracy. The calibration command and the quality tests
// use it; benchmark suites can too.
//
// Every function is safe for concurrent use.
package eval
