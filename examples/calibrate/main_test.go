package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/luridlab/lurid/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const tinyLexicon = `# comment kept
@language english
emphasis.amazing | emphasis | 0.3 | amazing | hyperbole
address.you | address | 0.3 | you | direct address
emphasis.rare | emphasis | 0.7 | zanzibar | too rare to fit
rule.exclaim | emphasis | =0.4 | <exclaim> | pinned
`

func TestCalibrateWritesWeights(t *testing.T) {
	dir := t.TempDir()
	lexPath := filepath.Join(dir, "tiny.lex")
	require.NoError(t, os.WriteFile(lexPath, []byte(tinyLexicon), 0o644))
	var data strings.Builder
	data.WriteString("label\theadline\n")
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&data, "1\tyou will love this amazing thing number %d!\n", i)
		fmt.Fprintf(&data, "0\tcouncil approves budget item %d\n", i)
		if i%4 == 0 {
			fmt.Fprintf(&data, "0\tan amazing council vote on item %d\n", i)
		}
	}
	dataPath := filepath.Join(dir, "data.tsv")
	require.NoError(t, os.WriteFile(dataPath, []byte(data.String()), 0o644))

	var out, errb bytes.Buffer
	code := run([]string{"-data", dataPath, "-lexicon", lexPath, "-write", "-iters", "500"}, &out, &errb)
	require.Equal(t, 0, code, errb.String())
	assert.Contains(t, out.String(), "held-out")

	src, err := os.ReadFile(lexPath)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(src), "# comment kept\n"), "comments survive")
	lex, err := lexicon.Parse(lexPath, bytes.NewReader(src))
	require.NoError(t, err)
	you, _ := lex.Entry("address.you")
	amazing, _ := lex.Entry("emphasis.amazing")
	rare, _ := lex.Entry("emphasis.rare")
	exclaim, _ := lex.Entry("rule.exclaim")
	assert.Greater(t, you.Weight, amazing.Weight, "the cue seen only in positives weighs more")
	assert.GreaterOrEqual(t, amazing.Weight, 0.1, "the floor")
	assert.Equal(t, 0.7, rare.Weight, "unseen entries keep their weight")
	assert.Equal(t, 0.4, exclaim.Weight, "pinned entries keep their weight")
	assert.True(t, exclaim.Pinned)

	// A second run from the written file writes the same weights.
	before := string(src)
	code = run([]string{"-data", dataPath, "-lexicon", lexPath, "-write", "-iters", "500"}, &out, &errb)
	require.Equal(t, 0, code)
	after, _ := os.ReadFile(lexPath)
	assert.Equal(t, before, string(after), "the fit does not depend on the weights it starts from")
}

func TestCalibrateUsage(t *testing.T) {
	var out, errb bytes.Buffer
	assert.Equal(t, 2, run([]string{"-folds", "1"}, &out, &errb))
	assert.Equal(t, 1, run([]string{"-data", "/no/such/file", "-lexicon", "/no/such/lexicon"}, &out, &errb))
}
