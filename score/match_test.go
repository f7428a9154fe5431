package score

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestStartsOf checks the word positions startsOf finds, from the flags
// tokenize sets, against their definition read off the index: the words
// with patterns of their own, those that open a pair the index files
// patterns under, and the counts; after names in capitals and labels are taken out,
// across links that take words back, and in every sentence of the
// generated headlines.
func TestStartsOf(t *testing.T) {
	raw, err := os.ReadFile("../testdata/headlines.txt")
	require.NoError(t, err)
	texts := append([]string{
		"WHO says what you should eat, and why it will shock you",
		"You won't believe what WHAT did next",
		"See what happens next at www.example.com/you-wont-believe what happens",
		"Honestly you www.example.com won't believe it",
		"@you won't believe this thread by @citynews of 10 things",
		"Three reasons why, in 2015, 7 things went viral",
		"#YouWontBelieve you won't #believe what #happened next",
		"#you won't believe it",
		"(VIDEO) you won't believe it (PHOTOS) really",
		"The truth about \"you\" will leave you speechless",
	}, strings.Split(strings.TrimSpace(string(raw)), "\n")...)
	s := Default()
	for _, text := range texts {
		sc := new(scratch)
		sc.text = text
		s.readWindow(sc, clip(text), 0)
		caps := isCaps(countCaps(sc.sents))
		for i := range sc.sents {
			sn := &sc.sents[i]
			sc.words = sc.allWords[sn.wlo:sn.whi:sn.whi]
			if sn.caps > 0 && !caps {
				s.maskNames(sc)
			}
			if sc.hashtags || sn.caps > 0 {
				maskLabels(sc, sn)
			}
			var want []int32
			for p, w := range sc.words {
				o := &s.ix.stems[1+w.id]
				var f int32
				if o.hi > o.lo {
					f |= startSingles
				}
				if p+1 < len(sc.words) {
					if next := sc.words[p+1]; next.id >= 0 && next.clause == w.clause && o.partners>>(uint32(next.id)%32)&1 != 0 {
						f |= startPair
					}
				}
				if w.isNumber() {
					f |= startNumber
				}
				if f != 0 {
					want = append(want, int32(p)<<startShift|f)
				}
			}
			assert.Equal(t, want, append([]int32(nil), s.startsOf(sc)...), "%q, sentence %d", text, i)
		}
	}
}

// TestIsCrowd checks which number tokens count a crowd or a total rather
// than the items of a list.
func TestIsCrowd(t *testing.T) {
	for number, want := range map[string]bool{
		"7": false, "101": false, "199": false, "200": true, "999": true, "1000": true, "1,000": true,
		"2,000,000": true, "15000": true, "1,5": false, "12.5": false, "3rd": false, "5000k": true, "0200": true,
		"99999999999999999999": true,
	} {
		assert.Equal(t, want, isCrowd(number), number)
	}
}
