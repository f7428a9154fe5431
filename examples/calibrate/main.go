package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("calibrate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg := config{}
	fs.StringVar(&cfg.data, "data", "../shared/data/stop-clickbait-train.tsv", "labelled headlines, label<TAB>headline")
	fs.StringVar(&cfg.lexicon, "lexicon", "lexicon/english.lex", "lexicon file to fit")
	fs.BoolVar(&cfg.write, "write", false, "write the fitted weights into the lexicon file")
	fs.IntVar(&cfg.folds, "folds", 5, "number of folds the data is split into")
	fs.IntVar(&cfg.holdout, "holdout", 0, "the fold kept out of fitting, for measuring")
	fs.IntVar(&cfg.minSupport, "min-support", 8, "fewest training headlines an entry must match to be fitted")
	fs.Float64Var(&cfg.l2, "l2", 1e-4, "L2 penalty on the scaled weights' distance from the prior")
	fs.IntVar(&cfg.iters, "iters", 4000, "optimizer steps")
	fs.Float64Var(&cfg.prior, "prior", 0.35, "the weight the L2 penalty draws fitted entries to: the typical weight of an entry written by hand")
	fs.Float64Var(&cfg.floor, "floor", 0.1, "the least weight a fitted entry keeps: data from one genre cannot switch a pattern of the language off")
	fs.IntVar(&cfg.top, "top", 25, "how many of the heaviest entries to list")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if cfg.folds < 2 || cfg.holdout < 0 || cfg.holdout >= cfg.folds {
		fmt.Fprintln(stderr, "calibrate: want -folds of 2 or more and -holdout from 0 to folds-1")
		return 2
	}
	if err := calibrate(cfg, stdout); err != nil {
		fmt.Fprintln(stderr, "calibrate:", err)
		return 1
	}
	return 0
}
