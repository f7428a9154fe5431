package score_test

import (
	"go/doc"
	"go/parser"
	"go/token"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestExamplesHaveOutput checks that every Example function of the module's
// packages ends in an output comment, so that go test runs it and holds
// the output it shows to the code: an example whose last comment does
// not open with "Output:" is compiled and never run.
func TestExamplesHaveOutput(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../*/*_test.go", "../*/*/*_test.go"} {
		matches, err := filepath.Glob(filepath.FromSlash(pattern))
		require.NoError(t, err)
		files = append(files, matches...)
	}
	fset := token.NewFileSet()
	seen := 0
	for _, name := range files {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		require.NoError(t, err, name)
		for _, ex := range doc.Examples(f) {
			seen++
			assert.True(t, ex.Output != "" || ex.EmptyOutput, "%s: Example%s has no output comment, so it never runs",
				name, ex.Name)
		}
	}
	assert.Positive(t, seen, "no examples found")
}
