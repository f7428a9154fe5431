package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/luridlab/lurid/lexicon"
	"github.com/luridlab/lurid/score"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the command-line flags.
type options struct {
	passage bool
	json    bool
	eval    bool
	lexicon string
	maxLine int
}

// errUsage marks errors that exit with status 2.
var errUsage = errors.New("usage")

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("lurid", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: lurid [-passage] [-json] [-eval] [-lexicon file] [file ...]")
		fmt.Fprintln(stderr, "Scores each line of the input as a headline, or with -passage each input as a passage.")
		fmt.Fprintln(stderr, "With -eval, each input holds labelled texts, label<TAB>text, and is measured against its labels.")
		fs.PrintDefaults()
	}
	var o options
	fs.BoolVar(&o.passage, "passage", false, "score each input whole as a passage, sentence by sentence")
	fs.BoolVar(&o.json, "json", false, "write one JSON object per headline or passage")
	fs.BoolVar(&o.eval, "eval", false, "read lines of label<TAB>text (label 0 or 1) and report ROC-AUC, precision, recall and F1 of each input")
	fs.StringVar(&o.lexicon, "lexicon", "", "a lexicon `file` to merge over the embedded English lexicon")
	fs.IntVar(&o.maxLine, "max-line", 64<<20, "the longest headline line, in `bytes`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if o.maxLine <= 0 {
		fmt.Fprintln(stderr, "lurid: -max-line must be positive")
		return 2
	}
	scorer, err := newScorer(o.lexicon)
	if err != nil {
		fmt.Fprintln(stderr, "lurid:", err)
		return 2
	}
	out := bufio.NewWriter(stdout)
	err = scoreInputs(scorer, o, fs.Args(), stdin, out)
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = ferr
	}
	if err != nil {
		fmt.Fprintln(stderr, "lurid:", err)
		if errors.Is(err, errUsage) {
			return 2
		}
		return 1
	}
	return 0
}

func newScorer(path string) (*score.Scorer, error) {
	lex := lexicon.Default()
	if err := lexicon.DefaultErr(); err != nil {
		return nil, err
	}
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		user, err := lexicon.Parse(path, f)
		if err != nil {
			return nil, err
		}
		if lex, err = lex.Merge(user); err != nil {
			return nil, err
		}
	}
	return score.New(lex), nil
}

// scoreInputs scores standard input, or each named file in turn.
func scoreInputs(s *score.Scorer, o options, files []string, stdin io.Reader, out *bufio.Writer) error {
	if len(files) == 0 {
		return scoreInput(s, o, "standard input", stdin, out)
	}
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		err = scoreInput(s, o, name, f, out)
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func scoreInput(s *score.Scorer, o options, name string, r io.Reader, out *bufio.Writer) error {
	if o.eval {
		return evaluateInput(s, o, name, r, out)
	}
	if o.passage {
		text, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("%w: %s: %v", errUsage, name, err)
		}
		res := s.Passage(string(text))
		return write(out, o, &res)
	}
	br := bufio.NewReader(r)
	var res score.Result
	for n := 1; ; n++ {
		line, err := readLine(br, o.maxLine)
		if errors.Is(err, errLongLine) {
			return fmt.Errorf("%w: %s:%d: line longer than -max-line=%d bytes", errUsage, name, n, o.maxLine)
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("%w: %s:%d: %v", errUsage, name, n, err)
		}
		if strings.TrimSpace(line) != "" {
			s.HeadlineInto(&res, line)
			if werr := write(out, o, &res); werr != nil {
				return werr
			}
		}
		if err != nil {
			return nil
		}
	}
}

var errLongLine = errors.New("line too long")

// readLine returns the next line without its line ending. At the end of
// input it returns the last line, if any, with io.EOF.
func readLine(br *bufio.Reader, limit int) (string, error) {
	var b strings.Builder
	for {
		chunk, err := br.ReadSlice('\n')
		if b.Len()+len(chunk) > limit+2 {
			// Consume the rest of the line so the error names it whole.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = br.ReadSlice('\n')
			}
			return "", errLongLine
		}
		b.Write(chunk)
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		line := strings.TrimSuffix(strings.TrimSuffix(b.String(), "\n"), "\r")
		if len(line) > limit {
			return "", errLongLine
		}
		return line, err
	}
}

// write writes one result, as an account or as one line of JSON.
func write(out *bufio.Writer, o options, r *score.Result) error {
	if !o.json {
		if err := r.WriteExplanation(out); err != nil {
			return err
		}
		return out.WriteByte('\n')
	}
	if o.passage {
		// A passage may be megabytes of hits: stream it. Every value in it
		// is finite, so only a failing writer can cut it short.
		if err := r.WriteJSON(out); err != nil {
			return err
		}
		return out.WriteByte('\n')
	}
	// Encode a headline whole before writing it.
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	b = append(b, '\n')
	_, err = out.Write(b)
	return err
}
