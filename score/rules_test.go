package score

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHasWordEnding(t *testing.T) {
	for word, want := range map[string]bool{
		// English words, inflected or derived.
		"PERFECTLY": true, "RUINING": true, "OBSESSED": true, "ATTENTION": true,
		"CRAZIEST": true, "SPEECHLESS": true, "IDIOTS": true, "STORIES": true,
		"FEELINGS": true, "MOMENTS": true,
		// Acronyms and names, which do not inflect.
		"USAID": false, "CONCACAF": false, "UNESCO": false, "DARPA": false,
		"NEXUS": false, "ACCESS": false, "ANALYSIS": false, "VORTEX2": false,
	} {
		assert.Equal(t, want, hasWordEnding(word), word)
	}
}
