package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func runCmd(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

type jsonHit struct {
	Category     string  `json:"category"`
	ID           string  `json:"id"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	Text         string  `json:"text"`
	Contribution float64 `json:"contribution"`
}

type jsonResult struct {
	Text      string             `json:"text"`
	Score     float64            `json:"score"`
	Level     string             `json:"level"`
	Subscores map[string]float64 `json:"subscores"`
	Hits      []jsonHit          `json:"hits"`
	Sentences []struct {
		Start int     `json:"start"`
		End   int     `json:"end"`
		Score float64 `json:"score"`
	} `json:"sentences"`
}

func TestHeadlinesJSON(t *testing.T) {
	in := "You won't believe this!\n\n  \r\nCouncil approves budget\r\nlast line without newline?"
	code, out, errs := runCmd(t, in, "-json")
	require.Equal(t, 0, code, errs)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3, "one object per non-empty line")
	texts := []string{"You won't believe this!", "Council approves budget", "last line without newline?"}
	for i, line := range lines {
		var r jsonResult
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		assert.Equal(t, texts[i], r.Text)
		assert.Contains(t, r.Subscores, "suspense")
		assert.Contains(t, r.Subscores, "question")
		assert.Contains(t, r.Subscores, "emphasis")
		assert.NotEmpty(t, r.Level)
		for _, h := range r.Hits {
			assert.Equal(t, r.Text[h.Start:h.End], h.Text, "offsets are bytes into the line")
		}
	}
}

func TestPassageJSON(t *testing.T) {
	in := "The council met. What happened next will shock you!\nIs this the end?"
	code, out, errs := runCmd(t, in, "-passage", "-json")
	require.Equal(t, 0, code, errs)
	var r jsonResult
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Equal(t, in, r.Text)
	require.Len(t, r.Sentences, 3)
	for _, h := range r.Hits {
		assert.Equal(t, in[h.Start:h.End], h.Text, "offsets are bytes into the whole input")
	}
}

func TestFilesAndHumanOutput(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(a, []byte("The SHOCKING truth about bread\n"), 0o644))
	code, out, errs := runCmd(t, "", a)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "Score ")
	assert.Contains(t, out, `"SHOCKING"`)

	code, out, _ = runCmd(t, "", "-passage", a, a)
	require.Equal(t, 0, code)
	assert.Equal(t, 2, strings.Count(out, "Passage score"), "one passage per file")
}

func TestErrors(t *testing.T) {
	code, out, errs := runCmd(t, "", "/no/such/file")
	assert.Equal(t, 2, code)
	assert.Empty(t, out)
	assert.Contains(t, errs, "no such file")

	dir0 := t.TempDir()
	for _, args := range [][]string{{dir0}, {"-passage", dir0}} {
		code, out, errs = runCmd(t, "", args...)
		assert.Equal(t, 2, code, "a directory is not readable text: %v", args)
		assert.Empty(t, out)
		assert.Contains(t, errs, "is a directory")
	}

	code, _, errs = runCmd(t, "", "-bogus")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "usage")

	code, out, errs = runCmd(t, "short\n"+strings.Repeat("x", 100)+"\nmore\n", "-json", "-max-line", "50")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "standard input:2: line longer than -max-line=50 bytes")
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		assert.True(t, json.Valid(sc.Bytes()), "only whole JSON objects: %q", sc.Text())
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.lex")
	require.NoError(t, os.WriteFile(bad, []byte("x | nope | 1 | w | n\n"), 0o644))
	code, _, errs = runCmd(t, "hi\n", "-lexicon", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, bad+":1: unknown category")
}

func TestUserLexicon(t *testing.T) {
	dir := t.TempDir()
	user := filepath.Join(dir, "user.lex")
	require.NoError(t, os.WriteFile(user, []byte("emphasis.flabbergasted | emphasis | 2 | flabbergasted | astonished, and saying so\n"), 0o644))
	code, out, errs := runCmd(t, "Fans flabbergasted\n", "-json", "-lexicon", user)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, `"id":"emphasis.flabbergasted"`)
}

func TestLongLine(t *testing.T) {
	long := strings.Repeat("word ", 400000) + "!"
	code, out, errs := runCmd(t, long+"\n", "-json")
	require.Equal(t, 0, code, errs)
	assert.True(t, json.Valid(bytes.TrimSpace([]byte(out))))
}

// TestReadmeExamples runs the README's two examples of this command and
// checks that what the README shows is what the command prints. The README
// shortens: a line or value it ends with "..." need only begin the same.
func TestReadmeExamples(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	readme := string(raw)

	// The quick start: echo "…" | go run ./examples/lurid, then its output.
	in, shown := readmeExample(t, readme, "| go run ./examples/lurid\n```")
	code, out, errs := runCmd(t, in+"\n")
	require.Equal(t, 0, code, errs)
	got := strings.Split(strings.TrimRight(out, "\n"), "\n")
	want := strings.Split(shown, "\n")
	require.Len(t, got, len(want), "the quick start's output has %d lines:\n%s", len(got), out)
	for i := range want {
		assertShortened(t, want[i], got[i])
	}

	// The JSON example: each part between the README's "..." is printed.
	in, shown = readmeExample(t, readme, "| go run ./examples/lurid -json\n")
	code, out, errs = runCmd(t, in+"\n", "-json")
	require.Equal(t, 0, code, errs)
	lines := strings.Split(shown, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i]) // the README wraps the object between its parts
	}
	flat := strings.ReplaceAll(strings.Join(lines, ""), `"..."`, "...")
	for _, part := range strings.Split(flat, "...") {
		if part = strings.Trim(part, ", "); part != "" {
			assert.Contains(t, out, part, "README's JSON example")
		}
	}
}

// readmeExample finds the README's line `echo "text" ` followed by marker
// and returns the text echoed and the output shown up to the closing
// fence: in the next block when marker closes the command's block, or
// else right after it.
func readmeExample(t *testing.T, readme, marker string) (in, shown string) {
	t.Helper()
	i := strings.Index(readme, marker)
	require.GreaterOrEqual(t, i, 0, "README has no example ending %q", marker)
	line := readme[strings.LastIndex(readme[:i], "\n")+1 : i]
	in = strings.TrimSpace(line)
	in = strings.TrimSuffix(strings.TrimPrefix(in, `echo "`), `"`)
	rest := readme[i+len(marker):]
	if strings.HasSuffix(marker, "```") { // the output has a block of its own
		open := strings.Index(rest, "```\n")
		require.GreaterOrEqual(t, open, 0, "no output block after %q", marker)
		rest = rest[open+len("```\n"):]
	}
	end := strings.Index(rest, "\n```")
	require.GreaterOrEqual(t, end, 0, "the example after %q has no closing fence", marker)
	return in, rest[:end]
}

// assertShortened checks that got is want, or begins with want's text
// before a closing "..." when the README shortened the line.
func assertShortened(t *testing.T, want, got string) {
	t.Helper()
	if prefix, ok := strings.CutSuffix(want, "..."); ok {
		assert.True(t, strings.HasPrefix(got, prefix), "README shows %q, the command prints %q", want, got)
		return
	}
	assert.Equal(t, want, got)
}
