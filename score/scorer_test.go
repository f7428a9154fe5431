package score

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/luridlab/lurid/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var mixedTexts = []string{
	"You Won't Believe What Happened Next!!!",
	"Is this the end of cheap flights?",
	"The central bank held rates at 4.5 percent on Tuesday.",
	"17 things only night-shift nurses will understand",
	"SHOCKING: the BIGGEST scandal EVER",
	"\u201cIs the bridge safe?\u201d asked the inspector.",
	"Here\u2019s why the mayor quietly cancelled the parade \u2014",
	"",
	"a\xffb\x00c ??? !!!",
}

func TestPassageRepeatedDoesNotRise(t *testing.T) {
	s := New(nil)
	text := "The council met on Tuesday. What happened next will shock you! Is this the end of the town?"
	once := s.Passage(text)
	twice := s.Passage(text + " " + text)
	thrice := s.Passage(strings.Repeat(text+"\n\n", 3))
	assert.InDelta(t, once.Score, twice.Score, 1e-12)
	assert.InDelta(t, once.Score, thrice.Score, 1e-12)
	assert.Equal(t, once.Subscores, twice.Subscores)
}

func TestLongSoberPassageStaysSober(t *testing.T) {
	s := New(nil)
	sentences := []string{
		"The committee met on Monday to review the annual budget.",
		"Members discussed the cost of road maintenance and school repairs.",
		"The finance officer presented figures for the last three quarters.",
		"Revenue from parking fees rose by 2 percent over the period.",
		"A vote on the proposal is scheduled for next month.",
		"The meeting closed shortly after six in the evening.",
	}
	var b strings.Builder
	for i := 0; i < 200; i++ {
		b.WriteString(sentences[i%len(sentences)])
		b.WriteByte(' ')
	}
	r := s.Passage(b.String())
	checkInvariants(t, b.String(), &r, true)
	assert.Less(t, r.Score, 0.25, "a long sober passage stays low")
	assert.Len(t, r.Sentences, 200)
}

// TestPassageBodyIgnoresHeadlineForm checks that a passage's sentences,
// which are body text, are not scored for the cues of a headline's form:
// the structural categories, and openings and the titles of filmed
// attempts, reactions and scenes in a sentence that ends as a statement. The same
// sentences as headlines are; an opening or a title still counts in a
// passage's question, and a context, anchored or not, in any sentence.
func TestPassageBodyIgnoresHeadlineForm(t *testing.T) {
	s := New(nil)
	for _, text := range []string{
		"This winter the road was closed by snow.",
		"Two sites showed no change.",
		"If you are unsure, ask at the desk.",
		"Your kit includes four screws.",
		"Someone left the gate open overnight.",
		"The board will try to sell the depot.",
		"The mayor reacts to the report on Monday.",
		"The lifeboat crew launched in darkness for the first time.",
		"Footage shows the van leaving the depot at noon.",
	} {
		assert.NotEmpty(t, s.Headline(text).Hits, "as a headline, %q has cues of its form", text)
		r := s.Passage(text)
		checkInvariants(t, text, &r, true)
		assert.Empty(t, evidence(r.Hits), "in a passage, %q is body text", text)
	}
	// A context is no cue of form: it holds in body text as in a headline.
	text := "For the first time, the survey asked about remote work."
	assert.Equal(t, []string{"suspense.start-for-the-first-time"}, ids(s.Passage(text).Hits))
	assert.Equal(t, []string{"suspense.start-for-the-first-time"}, ids(s.Headline(text).Hits))
	text = "The doors stayed shut. Why did nobody open them?"
	r := s.Passage(text)
	checkInvariants(t, text, &r, true)
	assert.Contains(t, ids(r.Hits), "question.start-why", "an opening counts in a question")
	text = "Did someone leave the gate open?"
	r = s.Passage(text)
	checkInvariants(t, text, &r, true)
	assert.Contains(t, ids(r.Hits), "suspense.someone", "a title of a filmed reaction counts in a question")
	assert.Contains(t, ids(s.Headline("Why you should never do this").Hits), "address.you")
}

func TestConcurrentUseMatchesSequential(t *testing.T) {
	s := New(nil)
	want := make([]Result, len(mixedTexts))
	for i, text := range mixedTexts {
		want[i] = s.Passage(text)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 16)
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var r Result
			for k := 0; k < 50; k++ {
				i := (g + k) % len(mixedTexts)
				s.PassageInto(&r, mixedTexts[i])
				if r.Score != want[i].Score || len(r.Hits) != len(want[i].Hits) {
					errs <- mixedTexts[i]
					return
				}
				h := s.Headline(mixedTexts[i])
				if len(h.Hits) == 0 && len(want[i].Hits) != 0 && mixedTexts[i] != "" {
					errs <- "headline " + mixedTexts[i]
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("concurrent result differs for %q", e)
	}
}

// TestTinyCacheUnderContention scores texts of many distinct words from
// several goroutines through a Scorer whose stem cache holds a few words,
// so that its slots are written over and over while others read them: every
// result is that of a Scorer without a cache.
func TestTinyCacheUnderContention(t *testing.T) {
	uncached, tiny := New(nil, WithCacheSlots(0)), New(nil, WithCacheSlots(8))
	want := make([]Result, len(mixedTexts))
	for i, text := range mixedTexts {
		want[i] = uncached.Headline(text)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var r Result
			for k := range 20 * len(mixedTexts) {
				i := (g*7 + k) % len(mixedTexts)
				tiny.HeadlineInto(&r, mixedTexts[i])
				if r.Score != want[i].Score || !slices.Equal(ids(r.Hits), ids(want[i].Hits)) {
					errs <- mixedTexts[i]
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Errorf("a tiny cache under contention scores %q otherwise", e)
	}
}

func TestHeadlineAllocations(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items, so allocations are not counted")
	}
	s := New(nil)
	for _, text := range []string{
		"You Won't Believe What This Dog Did Next",
		"Experts say this may be the most shocking diet ever, according to a study",                // hits and modifiers
		"SHOCKING!!! You Won't Believe These 10 INSANE Facts That Will Blow Your Mind... Really?!", // more of them
		"City council approves budget for road repairs",                                            // none
		"Here’s why you’ll never guess what the café’s owner did",                                  // typographic apostrophes, an accent
		"Wait 'Til You See What The '90s Were Like",                                                // letters left out, in capitals
	} {
		r := s.Headline(text) // warm the cache and the pool
		mods := 0
		for _, h := range r.Hits {
			mods += len(h.Modifiers)
		}
		allocs := testing.AllocsPerRun(200, func() { s.Headline(text) })
		assert.LessOrEqual(t, allocs, 1.0, "Headline allocates its hits and their modifiers at once: %d hits, %d modifiers in %q", len(r.Hits), mods, text)

		allocs = testing.AllocsPerRun(200, func() { s.HeadlineInto(&r, text) })
		assert.Zero(t, allocs, "HeadlineInto reuses the result: %q", text)

		allocs = testing.AllocsPerRun(200, func() { s.HeadlineScore(text) })
		assert.Zero(t, allocs, "HeadlineScore builds no result: %q", text)
	}
}

// TestHeadlineScore holds HeadlineScore to the score and subscores of
// Headline, to the last bit, for the headlines of testdata, the texts of
// the cases, and texts that take the rarer paths: empty, set in capitals,
// longer than a window, and in capitals longer than a window.
func TestHeadlineScore(t *testing.T) {
	s := New(nil)
	raw, err := os.ReadFile("../testdata/headlines.txt")
	require.NoError(t, err)
	texts := strings.Split(strings.TrimSpace(string(raw)), "\n")
	for _, c := range readCases(t) {
		texts = append(texts, c.Text)
	}
	long := strings.Repeat("The council met. You won't believe what happened next! ", 2*Window/56)
	texts = append(texts, "", "   ", "SHOCKING NEWS: THE WORST STORM EVER!!!", long, strings.ToUpper(long))
	for _, text := range texts {
		r := s.Headline(text)
		checkHeadlineScore(t, s, text, &r)
	}
}

// TestHeadlineScoreOnLabelled is TestHeadlineScore for the labelled
// headlines, when they are beside the checkout.
func TestHeadlineScoreOnLabelled(t *testing.T) {
	examples := loadShared(t)
	s := New(nil)
	var r Result
	for _, ex := range examples {
		s.HeadlineInto(&r, ex.Text)
		checkHeadlineScore(t, s, ex.Text, &r)
	}
}

// TestGrowSizesToNeed checks that a new result's arrays have the lengths
// asked for, that the hits never share memory with the modifiers, and
// that up to 32 of each take one allocation at most.
func TestGrowSizesToNeed(t *testing.T) {
	for nh := 0; nh <= 34; nh++ {
		for nm := 0; nm <= 34; nm++ {
			hits, mods := grow(nil, nil, nh, nm)
			require.Len(t, hits, nh)
			require.Len(t, mods, nm)
			require.NotNil(t, hits, "a result's Hits is never nil")
			if nh > 0 && nm > 0 {
				// Filling every hit to its capacity leaves the modifiers be.
				mods[0].ID = "kept"
				for i := range hits[:cap(hits)] {
					hits[:cap(hits)][i].ID = "hit"
				}
				require.Equal(t, "kept", mods[0].ID, "%d hits, %d modifiers", nh, nm)
			}
			if nh <= 32 && nm <= 32 && !raceEnabled {
				allocs := testing.AllocsPerRun(10, func() { grow(nil, nil, nh, nm) })
				assert.LessOrEqual(t, allocs, 1.0, "%d hits, %d modifiers", nh, nm)
			}
		}
	}
	// Arrays with room are reused.
	hits, mods := grow(nil, nil, 4, 2)
	again, againMods := grow(hits, mods, 3, 1)
	assert.Same(t, &hits[0], &again[0])
	assert.Same(t, &mods[0], &againMods[0])
}

func TestLongPassageReusesScratch(t *testing.T) {
	if raceEnabled || testing.Short() {
		t.Skip("the race detector makes sync.Pool drop items; a megabyte passage is skipped in -short mode")
	}
	raw, err := os.ReadFile("../testdata/passage.txt")
	require.NoError(t, err)
	text := strings.Repeat(string(raw), 1<<20/len(raw)) // a megabyte: some 20,000 hits and 15,000 sentences
	s := New(nil)
	var r Result
	s.PassageInto(&r, text)
	allocs := testing.AllocsPerRun(4, func() { s.PassageInto(&r, text) })
	assert.Zero(t, allocs, "a megabyte passage into a reused Result: its hits move to the Result window by window, and the scratch goes back to the pool")
}

// TestPassageWindowByWindow checks that a passage of several windows, whose
// hits are written to the Result window by window, scores the same into a
// new Result, into one that must grow, into one with room for its first
// windows only and into one with room to spare,
// and that its sentences and modifiers share the Result's arrays.
func TestPassageWindowByWindow(t *testing.T) {
	raw, err := os.ReadFile("../testdata/passage.txt")
	require.NoError(t, err)
	unit := string(raw)
	// A sentence longer than a window, scored in pieces, among sentences
	// whose hits are sorted after their modifiers were found.
	long := strings.Repeat("the SHOCKING truth, ", 2*Window/20) + "is this the end?! "
	mixed := strings.Repeat(`They called it "the worst deal ever?!" and left. `+unit, Window/len(unit)) + long + unit
	for name, text := range map[string]string{"repeated": strings.Repeat(unit, 5*Window/len(unit)), "mixed": mixed} {
		t.Run(name, func(t *testing.T) {
			require.Greater(t, len(text), 3*Window)
			s := New(nil)
			want := s.Passage(text)
			checkInvariants(t, text, &want, true)
			checkModifiersShare(t, &want)

			var small Result
			s.PassageInto(&small, unit) // one window: arrays sized to it
			s.PassageInto(&small, text)
			assert.Equal(t, want, small, "into a Result that must grow")
			checkModifiersShare(t, &small)

			var part Result
			s.PassageInto(&part, text[:2*Window]) // room for the first windows only
			s.PassageInto(&part, text)
			assert.Equal(t, want, part, "into a Result with room for part of it")
			checkModifiersShare(t, &part)

			var big Result
			s.PassageInto(&big, text+" "+text)
			s.PassageInto(&big, text)
			assert.Equal(t, want.Hits, big.Hits, "into a Result with room to spare")
			assert.Equal(t, want.Sentences, big.Sentences)
			checkInvariants(t, text, &big, true)
			checkModifiersShare(t, &big)
		})
	}
}

// TestModifiersFollowSortedHits scores passages in which a sentence's
// hits are sorted into text order after their modifiers were found, in
// another order: a quoted question that ends with "?!" has its question
// rules' hits, each with the quotation and the statement as modifiers,
// come after hits that start later. Each hit must keep its own modifiers
// in a new Result and in a reused one (TestPassageWindowByWindow has
// Results whose arrays grow under earlier windows' hits and are relinked).
func TestModifiersFollowSortedHits(t *testing.T) {
	s := New(nil)
	var reused Result
	s.PassageInto(&reused, strings.Repeat("Is this the end? ", 50))
	for _, text := range []string{
		`"ANOTHER RECORD?!"`,
		`They called it "the worst deal ever?!" and left.`,
	} {
		r := s.Passage(text)
		checkInvariants(t, text, &r, true)
		checkModifiersShare(t, &r)
		s.PassageInto(&reused, text)
		assert.Equal(t, r, reused, text)
		checkModifiersShare(t, &reused)
	}
}

// TestClone clones results into copies that later scoring into the
// original leaves alone, and that share none of its arrays.
func TestClone(t *testing.T) {
	s := New(nil)
	raw, err := os.ReadFile("../testdata/passage.txt")
	require.NoError(t, err)
	passage := string(raw)
	var r Result
	s.PassageInto(&r, passage)
	c := r.Clone()
	checkInvariants(t, passage, &c, true)
	checkModifiersShare(t, &c)
	require.NotEmpty(t, c.Hits)
	assert.NotSame(t, &r.Hits[0], &c.Hits[0])
	assert.NotSame(t, &r.mods[0], &c.mods[0])
	assert.NotSame(t, &r.Sentences[0], &c.Sentences[0])
	assert.Equal(t, exported(r), exported(c))
	allocs := testing.AllocsPerRun(20, func() { r.Clone() })
	assert.LessOrEqual(t, allocs, 3.0, "hits, modifiers and sentences")

	s.PassageInto(&r, "WHAT?! You won't believe this. "+passage[len(passage)/2:]) // writes over r's arrays
	assert.Equal(t, exported(s.Passage(passage)), exported(c), "the clone is as it was")

	s.HeadlineInto(&r, "You Won't Believe What This Dog Did Next!")
	h := r.Clone()
	checkInvariants(t, r.Text, &h, false)
	assert.Equal(t, exported(r), exported(h))
	assert.Empty(t, h.Sentences, "a headline's clone has no sentences")

	var zero Result
	assert.Equal(t, zero, zero.Clone())
}

// TestCloneAssembled clones a result put together by hand, whose
// sentences' hits are arrays of their own rather than parts of its Hits,
// and here differ from them.
func TestCloneAssembled(t *testing.T) {
	text := "Is this the end? Officials said \"no way!\" on Tuesday."
	r := New(nil).Passage(text)
	for i := range r.Sentences {
		r.Sentences[i].Hits = slices.Clone(r.Sentences[i].Hits)
		for j := range r.Sentences[i].Hits {
			r.Sentences[i].Hits[j].Note = "edited by hand"
		}
	}
	c := r.Clone()
	assert.Equal(t, exported(r), exported(c))
	n := 0
	for i := range r.Sentences {
		if len(r.Sentences[i].Hits) > 0 {
			assert.NotSame(t, &r.Sentences[i].Hits[0], &c.Sentences[i].Hits[0], "sentence %d", i)
			n++
		}
	}
	require.Positive(t, n, "the passage has sentences with hits")
}

// exported returns r without the array its hits' modifiers share, which
// one result may have nil and an equal one empty.
func exported(r Result) Result {
	r.mods = nil
	return r
}

// checkModifiersShare checks that the hits' modifiers lie in order in the
// Result's array of them, which PassageInto reuses.
func checkModifiersShare(t *testing.T, r *Result) {
	t.Helper()
	m := 0
	for i, h := range r.Hits {
		if len(h.Modifiers) == 0 {
			continue
		}
		require.LessOrEqual(t, m+len(h.Modifiers), len(r.mods), "hit %d", i)
		require.Same(t, &r.mods[m], &h.Modifiers[0], "hit %d's modifiers", i)
		m += len(h.Modifiers)
	}
	require.Positive(t, m, "the passage has modifiers")
}

func TestCacheOffGivesSameResults(t *testing.T) {
	cached, uncached := New(nil), New(nil, WithCacheSlots(0))
	for _, text := range mixedTexts {
		assert.Equal(t, cached.Passage(text), uncached.Passage(text))
	}
	assert.Equal(t, 0, CacheBytes(0))
	assert.Equal(t, 8*bucketSlots+2*slotBytes, CacheBytes(1), "a bucket of letter slots and a pair of other slots at least")
	tiny := New(nil, WithCacheSlots(1))
	for _, text := range mixedTexts {
		assert.Equal(t, cached.Passage(text), tiny.Passage(text), "a one-slot cache still works")
	}
	assert.Equal(t, 512<<10, CacheBytes(DefaultCacheSlots))
}

func TestCustomLexicon(t *testing.T) {
	src := "@language english\n" +
		"emphasis.whopper | emphasis | 1 | whopper | a big claim\n" +
		"negation.not | negation | 0.5 | not | denied\n"
	lex := parseLexicon(t, "mini.lex", src)
	s := New(lex)
	r := s.Headline("Not a whopper, whoppers everywhere!")
	require.Len(t, r.Hits, 2, "no rule entries, so no rule hits")
	assert.Equal(t, "whopper", r.Hits[0].Text)
	assert.Equal(t, 0.5, r.Hits[0].Factor)
	assert.Equal(t, "whoppers", r.Hits[1].Text)
	assert.Equal(t, 1.0, r.Hits[1].Factor, "the negation is more than three words away")
	assert.Same(t, lex, s.Lexicon())
}

// TestQuotedWords checks that a word in quotes meets only its own form,
// wherever the pattern has it: filed alone, filed with the word after it,
// and after a gap.
func TestQuotedWords(t *testing.T) {
	src := "@language english\n" +
		"emphasis.totally | emphasis | 1 | \"totally\" | an absolute, not a sum\n" +
		"emphasis.breaking-news | emphasis | 1 | \"breaking\" news | a booster, not a break\n" +
		"emphasis.news-completely | emphasis | 1 | news {gap:2} \"completely\" | an absolute after a gap\n" +
		"suspense.wont | suspense | 1 | \"won't\" {gap:1} believe | a quoted word with an apostrophe\n"
	checkHitTexts(t, "quoted.lex", src, []hitTextCase{
		{"That was totally wild", []string{"totally"}},
		{"TOTALLY WILD, Totally", []string{"TOTALLY", "Totally"}},
		{"\uff54\uff4f\uff54\uff41\uff4c\uff4c\uff59 wild", []string{"\uff54\uff4f\uff54\uff41\uff4c\uff4c\uff59"}},
		{"The total cost rose, in total", nil},
		{"Breaking news from the port", []string{"Breaking news"}},
		{"Breaks news of the port", nil},
		{"The news was completely wrong", []string{"news was completely"}},
		{"The news was complete", nil},
		{"You won\u2019t believe it", []string{"won\u2019t believe"}},
	})
}

// hitTextCase is a text to score as a headline and the texts of the hits
// it must have, in order.
type hitTextCase struct {
	text string
	want []string
}

// parseLexicon parses src, a test's lexicon named name, and fails the
// test if it does not parse.
func parseLexicon(t *testing.T, name, src string) *lexicon.Lexicon {
	t.Helper()
	lex, err := lexicon.Parse(name, strings.NewReader(src))
	require.NoError(t, err)
	return lex
}

// checkHitTexts scores each case's text with a Scorer on the lexicon src,
// named name, and checks its hits' texts.
func checkHitTexts(t *testing.T, name, src string, cases []hitTextCase) {
	t.Helper()
	s := New(parseLexicon(t, name, src))
	for _, c := range cases {
		var got []string
		for _, h := range s.Headline(c.text).Hits {
			got = append(got, h.Text)
		}
		assert.Equal(t, c.want, got, c.text)
	}
}

func TestModifiers(t *testing.T) {
	s := New(nil)
	find := func(r Result, id string) Hit {
		for _, h := range r.Hits {
			if h.ID == id {
				return h
			}
		}
		t.Fatalf("no hit %s in %v", id, ids(r.Hits))
		return Hit{}
	}
	plain := find(s.Headline("A shocking result"), "emphasis.shocking")
	intensified := find(s.Headline("A very shocking result"), "emphasis.shocking")
	negated := find(s.Headline("The result was not shocking"), "emphasis.shocking")
	hedged := find(s.Headline("The result was reportedly shocking"), "emphasis.shocking")
	quoted := find(s.Headline(`The result was "shocking"`), "emphasis.shocking")
	assert.Greater(t, intensified.Contribution, plain.Contribution)
	assert.Less(t, negated.Contribution, plain.Contribution)
	assert.Less(t, hedged.Contribution, plain.Contribution)
	assert.Less(t, quoted.Contribution, plain.Contribution)
	assert.Equal(t, "very", intensified.Modifiers[0].Text)
	assert.Equal(t, "not", negated.Modifiers[0].Text)

	// Modifiers written in quotes meet their own form, not every word of
	// their stem: "like" is no hedge ("likely"), "important" no report
	// ("imports"), "ask" no attribution ("asked").
	for _, text := range []string{"We like the shocking result", "An important and shocking result", "Ask about the shocking result"} {
		h := find(s.Headline(text), "emphasis.shocking")
		assert.Empty(t, h.Modifiers, text)
		assert.Equal(t, plain.Contribution, h.Contribution, text)
	}
	// An intensifier inside a context raises nothing: the "most" of "most
	// voters" is a quantifier, while that of "most shocking" raises.
	raised := find(s.Headline("Voters found the most shocking results dull"), "emphasis.shocking")
	counted := find(s.Headline("Most voters shocked by the result"), "emphasis.shocking")
	require.NotEmpty(t, raised.Modifiers)
	assert.Equal(t, "most", raised.Modifiers[0].Text)
	assert.Empty(t, counted.Modifiers, "the quantifier raises nothing")
	assert.Equal(t, plain.Contribution, counted.Contribution)

	likely := find(s.Headline("A likely shocking result"), "emphasis.shocking")
	assert.Less(t, likely.Contribution, plain.Contribution, "'likely' still hedges")

	// "May" after a word that opens a date names the month and hedges
	// nothing; the modal still hedges.
	modal := find(s.Headline("The result may be shocking"), "emphasis.shocking")
	assert.Less(t, modal.Contribution, plain.Contribution, "the modal hedges")
	for _, date := range []string{"in", "on", "by", "since", "until", "from", "before", "after", "during", "early", "last"} {
		text := "A shocking result " + date + " May"
		h := find(s.Headline(text), "emphasis.shocking")
		assert.Empty(t, h.Modifiers, text)
	}

	asked := find(s.Headline("What came next for the village?"), "question.start-what")
	stated := find(s.Headline("What came next stunned the village."), "question.start-what")
	assert.Less(t, stated.Contribution, asked.Contribution, "a statement asks nothing")
	assert.Equal(t, ModifierStatement, stated.Modifiers[len(stated.Modifiers)-1].Rule)

	one := find(s.Headline("We won!"), "rule.exclaim")
	three := find(s.Headline("We won!!!"), "rule.exclaim")
	many := find(s.Headline("We won"+strings.Repeat("!", 1000)), "rule.exclaim")
	assert.InDelta(t, 2*one.Contribution, three.Contribution, 1e-12)
	assert.InDelta(t, three.Contribution, many.Contribution, 1e-12, "runs are bounded")
}

func TestLevels(t *testing.T) {
	assert.Equal(t, Low, LevelOf(0))
	assert.Equal(t, Elevated, LevelOf(0.25))
	assert.Equal(t, High, LevelOf(0.5))
	assert.Equal(t, Extreme, LevelOf(0.75))
	assert.Equal(t, "extreme", Extreme.String())
	var l Level
	require.NoError(t, l.UnmarshalText([]byte("high")))
	assert.Equal(t, High, l)
	assert.Error(t, l.UnmarshalText([]byte("lurid")))
}

// TestSubheads checks the <subhead> rule: a heading inside a passage, on
// a line of its own between paragraphs, is a sentence of its own whose
// question and suspense hits are lowered, and whose question openers are
// not tried, since the text below it answers it; the passage's first
// line, its title, keeps its cues; and the passage scores alike with its
// paragraphs parted by one line break or by a blank line.
func TestSubheads(t *testing.T) {
	s := Default()
	const (
		title   = "Why ferry fares are rising"
		heading = "What happens next for islanders"
	)
	lines := []string{title,
		"The ferry company will raise its fares by five percent in April, citing the price of fuel.",
		heading,
		"Islanders can apply to the council for a discount card from March."}
	text := strings.Join(lines, "\n")
	r := s.Passage(text)
	checkInvariants(t, text, &r, true)
	require.Len(t, r.Sentences, 4)
	first, sub := r.Sentences[0], r.Sentences[2]
	assert.Equal(t, title, first.Text)
	assert.Equal(t, heading, sub.Text)
	assert.NotEmpty(t, first.Hits, "the title keeps its question opener")
	for _, h := range first.Hits {
		assert.Empty(t, h.Modifiers, "the title is no subhead")
	}
	require.NotEmpty(t, sub.Hits)
	for _, h := range sub.Hits {
		assert.NotEqual(t, "question.start-what", h.ID, "a subhead's opener is no question")
		require.NotEmpty(t, h.Modifiers, h.ID)
		m := h.Modifiers[len(h.Modifiers)-1]
		assert.Equal(t, ModifierSubhead, m.Rule, h.ID)
		assert.Equal(t, sub.Span, m.Span, "the modifier spans the heading")
	}
	alone := s.Headline(heading)
	assert.Less(t, sub.Score, alone.Score/2, "a subhead weighs less than the same words as a headline")

	// Headings one after another, as in a list of headlines, announce
	// no text: each keeps its cues.
	list := s.Passage(heading + "\n\n" + heading + "\n\n" + heading)
	require.Len(t, list.Sentences, 3)
	for _, st := range list.Sentences {
		assert.InDelta(t, alone.Score, st.Score, 1e-12, "a heading with no text below it is no subhead")
	}

	// A line that ends on a mark is no heading, though a blank line and
	// lower-case text follow it.
	asked := s.Passage("The tide came in at noon.\n\nWhy did the wall fail?\n\nbecause its ties had rusted through.")
	for _, h := range asked.Hits {
		for _, m := range h.Modifiers {
			assert.NotEqual(t, ModifierSubhead, m.Rule, "%s: a question is no heading", h.ID)
		}
	}

	blank := s.Passage(strings.Join(lines, "\n\n"))
	require.Len(t, blank.Sentences, 4)
	assert.InDelta(t, r.Score, blank.Score, 1e-12, "paragraphs parted by a blank line score alike")
	for i := range blank.Sentences {
		assert.Equal(t, r.Sentences[i].Text, blank.Sentences[i].Text)
	}
}

// subheadHits returns, for each sentence of r, whether every hit of it
// ends with the <subhead> rule's modifier, and false for one with no hits.
func subheadHits(r *Result) []bool {
	out := make([]bool, len(r.Sentences))
	for i, st := range r.Sentences {
		out[i] = len(st.Hits) > 0
		for _, h := range st.Hits {
			if n := len(h.Modifiers); n == 0 || h.Modifiers[n-1].Rule != ModifierSubhead {
				out[i] = false
			}
		}
	}
	return out
}

// TestAnsweredQuestions checks that questions on lines of their own, each
// with text after it, as a page of questions and answers sets them, are
// headings that the text below answers (<subhead>), two of them or more;
// that the passage's first line keeps its cues as a title does; and that
// one such question alone, a question sharing its line with text, and a
// question followed by another are put to the reader as before.
func TestAnsweredQuestions(t *testing.T) {
	s := Default()
	faq := "Who can join the rowing club?\n\n" +
		"Anyone over twelve who can swim fifty metres.\n\n" +
		"What should I bring to my first session?\n\n" +
		"Bring a water bottle and clothes you can move in.\n" +
		"Where do we meet?\n" +
		"At the boathouse by the lower bridge."
	r := s.Passage(faq)
	checkInvariants(t, faq, &r, true)
	require.Len(t, r.Sentences, 6)
	assert.Equal(t, []bool{false, false, true, false, true, false}, subheadHits(&r), "the questions after the title head their answers")
	for _, i := range []int{2, 4} {
		alone := s.Headline(r.Sentences[i].Text)
		assert.Less(t, r.Sentences[i].Score, alone.Score/2, "%q weighs less than as a headline", r.Sentences[i].Text)
	}

	for name, text := range map[string]string{
		"one question":      "Warm-up notes\n\nWhy do we stretch before a race?\n\nMost of us were told to, and few of us asked why.",
		"sharing its line":  "The tide came in at noon. Why did the wall fail?\n\nIts ties had rusted.\n\nThe harbour reopened. Who pays for it?\n\nThe council, in the end.",
		"one after another": "Warm-up notes\n\nWhy do we stretch?\n\nWhy do we rest?\n\nWhy do we eat pasta?\n\nNobody on the team could say.",
	} {
		r := s.Passage(text)
		checkInvariants(t, text, &r, true)
		for i, sub := range subheadHits(&r) {
			assert.False(t, sub, "%s: %q is no heading", name, r.Sentences[i].Text)
		}
	}
}

// ruleModifier returns the modifier of h that the named rule applied
// (Modifier.Rule), if it has one.
func ruleModifier(h Hit, rule string) (Modifier, bool) {
	for _, m := range h.Modifiers {
		if m.Rule == rule {
			return m, true
		}
	}
	return Modifier{}, false
}

// TestModifierRuleNames checks that the Modifier constants of the rules
// that act as modifiers spell the names the scorer records: each rule's
// own, as the lexicon writes it between angle brackets.
func TestModifierRuleNames(t *testing.T) {
	for name, r := range map[string]lexicon.Rule{
		ModifierQuoted:     lexicon.RuleQuoted,
		ModifierStatement:  lexicon.RuleStatement,
		ModifierSubhead:    lexicon.RuleSubhead,
		ModifierBody:       lexicon.RuleBody,
		ModifierAttributed: lexicon.RuleAttributed,
		ModifierSpeaker:    lexicon.RuleSpeaker,
		ModifierLetter:     lexicon.RuleLetter,
	} {
		assert.Equal(t, name, r.String())
	}
}

func TestBodyStatements(t *testing.T) {
	s := Default()
	// In a passage's statement, a superlative, an absolute or a booster
	// takes the <body> factor, spanning the final period.
	const sober = "The county opened its longest footbridge in March. It took every crew two years to build, and the council says it was the best use of the grant."
	r := s.Passage(sober)
	checkInvariants(t, sober, &r, true)
	lowered := 0
	for _, h := range r.Hits {
		m, ok := ruleModifier(h, ModifierBody)
		if !ok {
			continue
		}
		lowered++
		assert.Equal(t, lexicon.Report, m.Category, h.ID)
		assert.Equal(t, ".", m.Text, h.ID)
		assert.Equal(t, byte('.'), sober[m.Start], h.ID)
		assert.Less(t, h.Start, m.Start, "%s: the period that ends the hit's sentence", h.ID)
		assert.InDelta(t, 0.5, m.Factor, 1e-12, h.ID)
	}
	assert.GreaterOrEqual(t, lowered, 2, "every and the best are lowered: %v", r.Hits)
	assert.Less(t, r.Score, 0.25, "a sober passage with a superlative stays low")

	// The same words as a headline, or in a sentence that exclaims or
	// asks, keep their weight; so do hyperbole, a degree an intensifier
	// raises and one shouted in capitals.
	for _, c := range []struct{ name, text string }{
		{"headline", "It was the best use of the grant"},
		{"exclamation", "The council says it was the best use of the grant!"},
		{"question", "Was it the best use of the grant?"},
		{"hyperbole", "Residents called the footbridge a breathtaking sight."},
		{"intensified", "The new footbridge is so huge."},
		{"shouted", "The council says it was THE BEST use of the grant."},
	} {
		var r Result
		if c.name == "headline" {
			r = s.Headline(c.text)
		} else {
			r = s.Passage(c.text)
		}
		require.NotEmpty(t, r.Hits, c.name)
		emphasis := 0
		for _, h := range r.Hits {
			if h.Category == lexicon.Emphasis && !strings.HasPrefix(h.ID, "rule.") {
				emphasis++
				_, ok := ruleModifier(h, ModifierBody)
				assert.False(t, ok, "%s: %s takes no <body> factor", c.name, h.ID)
			}
		}
		assert.NotZero(t, emphasis, "%s: %v", c.name, r.Hits)
	}

	// A degree that "more" or "most" makes a comparative or a superlative
	// is raised and still described: it takes both factors.
	for _, text := range []string{
		"Water has become a more important concern for the growers.",
		"It is among the most essential services the county runs.",
	} {
		r := s.Passage(text)
		checkInvariants(t, text, &r, true)
		degrees := 0
		for _, h := range r.Hits {
			if h.Category != lexicon.Emphasis || !slices.ContainsFunc(h.Modifiers, func(m Modifier) bool { return m.Category == lexicon.Intensifier }) {
				continue
			}
			degrees++
			m, ok := ruleModifier(h, ModifierBody)
			if assert.True(t, ok, "%q: %s: %v", text, h.ID, h.Modifiers) {
				assert.InDelta(t, 0.5, m.Factor, 1e-12)
			}
		}
		assert.Equal(t, 1, degrees, "%q: %v", text, r.Hits)
	}

	// A report's words already lower emphasis: the rule is of their kind
	// and does not apply twice.
	reported := s.Passage("Every passenger on the ferry was killed.")
	require.True(t, slices.ContainsFunc(reported.Hits, func(h Hit) bool { return h.ID == "emphasis.every" }), "%v", reported.Hits)
	for _, h := range reported.Hits {
		if h.ID == "emphasis.every" {
			_, ok := ruleModifier(h, ModifierBody)
			assert.False(t, ok, "the report modifier stands for the rule: %v", h.Modifiers)
			assert.Less(t, h.Factor, 1.0)
		}
	}

	// A suspense cue of the kinds that hold something back (a reveal, a
	// mystery word, a teaser, an open ending, a withheld answer) says it
	// plainly in a statement, and takes the rule's factor too; in a
	// headline it holds it back, and keeps its weight.
	for _, c := range []struct{ id, body, head string }{
		{"suspense.revealed", "The losses were revealed in March.", "The losses revealed"},
		{"suspense.exposed", "The audit exposed the losses in March.", "The losses exposed"},
		{"suspense.hidden", "The house has a hidden courtyard behind the hall.", "The hidden courtyard behind the hall"},
		{"suspense.the-answer", "The answer came in a letter a week later.", "The answer came in a letter"},
		{"suspense.is-here", "Spring is here, and the parks are full.", "Spring is here"},
		{"suspense.remains-to-be-seen", "Whether the plan works remains to be seen.", "Whether the plan works remains to be seen"},
		{"suspense.need-to-know", "Residents need to know that the bin day changes.", "Residents need to know"},
	} {
		id := c.id
		body := s.Passage(c.body)
		head := s.Headline(c.head)
		for _, c := range []struct {
			r       Result
			lowered bool
		}{{body, true}, {head, false}} {
			i := slices.IndexFunc(c.r.Hits, func(h Hit) bool { return h.ID == id })
			require.GreaterOrEqual(t, i, 0, "%q: %v", c.r.Text, c.r.Hits)
			_, ok := ruleModifier(c.r.Hits[i], ModifierBody)
			assert.Equal(t, c.lowered, ok, "%q: %v", c.r.Text, c.r.Hits[i].Modifiers)
		}
	}
}

// unattributed checks that headline text has hits and that none of them
// takes the factor of an attribution, closing (<attributed>) or a
// speaker's label (<speaker>), and returns its result.
func unattributed(t *testing.T, name, text string) Result {
	t.Helper()
	r := Default().Headline(text)
	require.NotEmpty(t, r.Hits, name)
	for _, h := range r.Hits {
		for _, rule := range []string{ModifierAttributed, ModifierSpeaker} {
			_, ok := ruleModifier(h, rule)
			assert.False(t, ok, "%s: %s: %v", name, h.ID, h.Modifiers)
		}
	}
	return r
}

// attributedTo checks that every hit of headline text takes the factor of
// modifier rule r, spanning text[start:end], the attribution, and lies
// outside that span; it returns the result.
func attributedTo(t *testing.T, text string, r lexicon.Rule, start, end int) Result {
	t.Helper()
	s := Default()
	rule, ok := s.ix.rule(r)
	require.True(t, ok, r)
	res := s.Headline(text)
	checkInvariants(t, text, &res, false)
	require.GreaterOrEqual(t, len(res.Hits), 2, "%v", res.Hits)
	for _, h := range res.Hits {
		m, ok := ruleModifier(h, r.String())
		require.True(t, ok, "%s is lowered: %v", h.ID, h.Modifiers)
		assert.Equal(t, lexicon.Attribution, m.Category, h.ID)
		assert.Equal(t, Span{start, end}, m.Span, h.ID)
		assert.Equal(t, text[start:end], m.Text, h.ID)
		assert.InDelta(t, rule.Weight, m.Factor, 1e-12, h.ID)
		assert.True(t, h.End <= start || h.Start >= end, "%s lies outside the attribution", h.ID)
	}
	return res
}

func TestClosingAttribution(t *testing.T) {
	s := Default()
	// The clause before a closing attribution is the source's: its hits
	// take the <attributed> factor, spanning the attribution.
	const said = "This is the worst flood in living memory, the harbour master says"
	r := attributedTo(t, said, lexicon.RuleAttributed, strings.Index(said, "the harbour master says"), len(said))

	// It counts as quotation marks would: the quoted form scores the
	// same, and a hit inside quotation marks is not lowered twice.
	quoted := s.Headline(`"This is the worst flood in living memory," the harbour master says`)
	assert.InDelta(t, r.Score, quoted.Score, 1e-12)
	both := unattributed(t, "lowered by its quotation marks alone", `"This is the worst flood in living memory", says the harbour master`)
	assert.InDelta(t, r.Score, both.Score, 1e-12)

	// A hit in the attribution itself is the writer's.
	unattributed(t, "in the attribution", "The river burst its banks overnight, shocked residents say")

	// No closing attribution: no comma before it, a last clause too long
	// to be one or without an attribution, a citation, which frames a
	// list or a tip, and an attribution that oversells.
	for _, c := range []struct{ name, text string }{
		{"no comma", "This is the worst flood in living memory says the harbour master"},
		{"too long", "This is the worst flood in living memory, the harbour master who has worked the river for forty years says"},
		{"no attribution", "This is the worst flood in living memory, and the river is still rising"},
		{"citation", "This is the best way to fall asleep fast, according to science"},
		{"list citation", "The worst things about winter, as told by cats"},
		{"oversold", "Chocolate could cure insomnia, shock study finds"},
	} {
		unattributed(t, c.name, c.text)
	}
}

func TestSpeakerLabel(t *testing.T) {
	// The words after a speaker's label are the speaker's: their hits take
	// the <speaker> factor, spanning the label. It stands for an
	// attribution and its "says" together, so that what those lower, the
	// claim and the address, scores as before a closing attribution, and
	// the words' suspense, the speaker's and not the writer's, no higher.
	const label = "Fire chief: this is the worst blaze we have ever seen"
	r := attributedTo(t, label, lexicon.RuleSpeaker, 0, strings.Index(label, ":"))
	closing := Default().Headline("This is the worst blaze we have ever seen, the fire chief says")
	for _, c := range []lexicon.Category{lexicon.Emphasis, lexicon.Address} {
		assert.Greater(t, r.Subscores[c], 0.0, c)
		assert.InDelta(t, closing.Subscores[c], r.Subscores[c], 1e-12, c)
	}
	assert.LessOrEqual(t, r.Subscores[lexicon.Suspense], closing.Subscores[lexicon.Suspense])
	plain := Default().Headline(label[strings.Index(label, "this"):])
	assert.Less(t, r.Score, plain.Score-0.3)
	attributedTo(t, "Police: you will not believe what happened next", lexicon.RuleSpeaker, 0, len("Police"))

	// No speaker's label: a topic or a label without a speaker, one that
	// oversells, one too long to be a label, a semicolon, a single word
	// after the colon, and a colon inside a title in quotation marks.
	for _, c := range []struct{ name, text string }{
		{"topic", "Wildfire: this is the worst blaze we have ever seen"},
		{"oversold", "Shocked fire chief: this is the worst blaze we have ever seen"},
		{"too long", "The county's deputy fire chief: this is the worst blaze we have ever seen"},
		{"semicolon", "Fire chief; this is the worst blaze we have ever seen"},
		{"one word after", "Fire chief: unbelievable"},
		{"title", `"Fire Chief: The Musical" is the best show of the year`},
		{"the writer's kicker", "Official: this is the worst blaze we have ever seen"},
		{"a word of a speaker's stem", "Coronation: this is the worst crowd we have ever seen"},
	} {
		unattributed(t, c.name, c.text)
	}
}

// TestMediumLabel checks that a label naming the item's medium, one word
// of the medium class before a colon that opens the sentence, is not
// matched: the headline scores as the words after it do, hit for hit.
// The same word as an imperative, or not alone before the colon, or not
// opening the sentence, is read as before.
func TestMediumLabel(t *testing.T) {
	s := Default()
	for _, text := range []string{
		"Watch: Firefighters free a swan from the ice on the canal",
		"WATCH: This swan's reaction to being freed will melt your heart",
		"Photos: Crowds line the streets for the carnival parade",
		"Listen: Why the bus timetable keeps changing",
	} {
		rest := text[strings.Index(text, ": ")+2:]
		r, want := s.Headline(text), s.Headline(rest)
		checkInvariants(t, text, &r, false)
		require.Len(t, r.Hits, len(want.Hits), text)
		offset := len(text) - len(rest)
		for i, h := range r.Hits {
			assert.Equal(t, want.Hits[i].ID, h.ID, text)
			assert.Equal(t, want.Hits[i].Start+offset, h.Start, text)
			assert.InDelta(t, want.Hits[i].Contribution, h.Contribution, 1e-12, text)
		}
		assert.InDelta(t, want.Score, r.Score, 1e-12, text)
	}
	// No label: an imperative, a semicolon, a two-word clause whose first
	// word is no medium, a label inside quotation marks.
	for text, id := range map[string]string{
		"Watch this swan get freed from the ice":                   "address.start-watch",
		"Watch; firefighters free a swan from the ice":             "address.start-watch",
		`"Watch: The Movie" is the best film of the year`:          "emphasis.the-best",
		"Photos of the swans that will melt your heart":            "listicle.photos-of",
		"Listen to the most beautiful birdsong you will ever hear": "address.start-listen",
	} {
		r := s.Headline(text)
		assert.Contains(t, ids(r.Hits), id, "%q has %s", text, id)
	}
}

// TestFragmentQuestion checks which questions are fragments, asked with
// no question word: not one that opens with a question word, or with a
// conjunction and then one, nor one that asks in the first words of its
// last clause, after a comma or a dash; but one whose question word comes
// later, or whose clauses hold none.
func TestFragmentQuestion(t *testing.T) {
	s := New(nil)
	for text, fragment := range map[string]bool{
		"A $10 billion gamble?":                            true,
		"Paper or plastic?":                                true,
		"A new stadium, or a costly gamble?":               true,
		"The fund is a refuge, right?":                     true,
		"The council says it will act, and then who pays?": false,
		"A bold plan, but one that works how?":             true,
		"Why did the bridge fail?":                         false,
		"Is it safe?":                                      false,
		"The firm promises a timetable, but for how long?": false,
		"Prices will fall — or will they?":                 false,
		"The club needs a keeper, but who knows?":          false,
		"Rents are rising. A new normal?":                  true,
		"Rents are rising. Who can afford them?":           false,
		"Rents are rising. And who can afford them?":       false,
		"The tunnel is finished. But how?":                 false,
		"So where is the captain now?":                     false,
		"And a new normal?":                                true,
		"But the bill?":                                    true,
	} {
		r := s.Headline(text)
		checkInvariants(t, text, &r, false)
		require.Contains(t, ids(r.Hits), "rule.question", text)
		assert.Equal(t, fragment, slices.Contains(ids(r.Hits), "rule.fragment-question"), text)
	}
}

// TestMaskedWord checks which words masked with asterisks the <masked>
// rule reads, and their spans: letters masked inside a word or at its end
// are, and a product, a footnote's mark, markup and a rule of stars are
// not.
func TestMaskedWord(t *testing.T) {
	s := New(nil)
	for text, want := range map[string]string{
		"That was f*cking brilliant": "f*cking",
		"What the f*** happened":     "f***",
		"Well, sh*t.":                "sh*t",
		"The a**hole next door":      "a**hole",
		"F*CK this weather":          "F*CK",
		"Solve for x*y first":        "",
		"Terms apply* to offers":     "",
		"The **best** deal in town":  "",
		"Rated ***** by guests":      "",
		"A b****** of stars":         "",
		"**Read this first**":        "",
		"Oh sh**, not again":         "sh**",
	} {
		r := s.Headline(text)
		checkInvariants(t, text, &r, false)
		var got []string
		for _, h := range r.Hits {
			if h.ID == "rule.masked" {
				got = append(got, h.Text)
			}
		}
		if want == "" {
			assert.Empty(t, got, text)
		} else {
			assert.Equal(t, []string{want}, got, text)
		}
	}
}
