package lexicon

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCategoryText(t *testing.T) {
	framings, scored, modifiers, classes := 0, 0, 0, 0
	for _, c := range Categories() {
		b, err := c.MarshalText()
		require.NoError(t, err, c)
		assert.Equal(t, c.String(), string(b))
		var back Category
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
		// Every category is of exactly one kind: scored, a modifier or a
		// word class; the framings are scored.
		kinds := 0
		for _, is := range []bool{c.Scored(), c.Modifier(), c.WordClass()} {
			if is {
				kinds++
			}
		}
		assert.Equal(t, 1, kinds, c)
		if c.Framing() {
			framings++
			assert.True(t, c.Scored(), c)
		}
		switch {
		case c.Scored():
			scored++
		case c.Modifier():
			modifiers++
		default:
			classes++
		}
	}
	assert.Equal(t, []int{3, NumScored, 6, 7}, []int{framings, scored, modifiers, classes})

	bad := Category(len(Categories()))
	_, err := bad.MarshalText()
	assert.Error(t, err)
	assert.Equal(t, fmt.Sprintf("Category(%d)", len(Categories())), bad.String())
	var c Category
	assert.True(t, errors.Is(c.UnmarshalText([]byte("sparkle")), ErrCategory))
}
