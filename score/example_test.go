package score_test

import (
	"fmt"
	"strings"

	"github.com/luridlab/lurid/lexicon"
	"github.com/luridlab/lurid/score"
)

func Example() {
	r := score.Headline("You won't believe what happened next!")
	fmt.Printf("%s, led by %s\n", r.Level, r.Subscores.Lead())
	for _, h := range r.Hits {
		fmt.Printf("%-8s %-25q [%d,%d) %s\n", h.Category, h.Text, h.Start, h.End, h.ID)
	}
	// Output:
	// extreme, led by suspense
	// address  "You"                     [0,3) address.you
	// suspense "You won't believe"       [0,17) suspense.you-wont-believe
	// address  "won't"                   [4,9) address.contraction-wont
	// suspense "what happened next"      [18,36) suspense.what-happened-next
	// emphasis "!"                       [36,37) rule.exclaim
}

func ExampleScorer_Passage() {
	s := score.New(lexicon.Default())
	text := "The council met on Tuesday. Members approved the budget. " +
		"Is this the end of the town as we know it?"
	r := s.Passage(text)
	worst := r.Sentences[0]
	for _, st := range r.Sentences {
		if st.Score > worst.Score {
			worst = st
		}
	}
	fmt.Printf("%d sentences; the most lurid, bytes %d-%d: %q\n", len(r.Sentences), worst.Start, worst.End, worst.Text)
	// Output:
	// 3 sentences; the most lurid, bytes 57-99: "Is this the end of the town as we know it?"
}

func ExampleScorer_HeadlineInto() {
	s := score.New(nil)
	var r score.Result // reused: once grown, scoring allocates nothing
	for _, h := range []string{"Council approves school budget", "17 Photos That Will Restore Your Faith In Humanity"} {
		s.HeadlineInto(&r, h)
		fmt.Printf("%-9s %s\n", r.Level, h)
	}
	// Output:
	// low       Council approves school budget
	// extreme   17 Photos That Will Restore Your Faith In Humanity
}

func ExampleScorer_HeadlineScore() {
	s := score.New(nil)
	// Rank by the score alone; ask Headline for the reasons where needed.
	for _, h := range []string{"Is this the END of cheap flights?!", "Council approves school budget"} {
		v, sub := s.HeadlineScore(h)
		if v < 0.5 {
			fmt.Printf("%.2f %s\n", v, h)
			continue
		}
		fmt.Printf("%.2f %s (led by %v): %d hits\n", v, h, sub.Lead(), len(s.Headline(h).Hits))
	}
	// Output:
	// 0.65 Is this the END of cheap flights?! (led by question): 6 hits
	// 0.00 Council approves school budget
}

func ExampleScorer_HeadlineScores() {
	s := score.Default()
	scores := s.HeadlineScores([]string{
		"Council approves school budget",
		"You won't believe what this council just approved",
	})
	for _, v := range scores {
		fmt.Printf("%.2f %v\n", v, score.LevelOf(v))
	}
	// Output:
	// 0.00 low
	// 0.93 extreme
}

func ExampleResult_Clone() {
	s := score.New(nil)
	var r, worst score.Result // r is reused; worst keeps a copy of its own
	for _, h := range []string{
		"Council approves school budget",
		"Is this the END of cheap flights?!",
		"Rain expected on Thursday",
	} {
		s.HeadlineInto(&r, h)
		if r.Score > worst.Score {
			worst = r.Clone()
		}
	}
	fmt.Printf("%s: %q, %d hits\n", worst.Level, worst.Text, len(worst.Hits))
	// Output:
	// high: "Is this the END of cheap flights?!", 6 hits
}

func ExampleUnit() {
	r := score.Headline("The most shocking twist ever")
	overall, sub := score.Unit(r.Hits) // the score, recomputed from the hits
	fmt.Println(overall == r.Score, sub == r.Subscores)
	// Output: true true
}

func ExampleNew_merge() {
	user := "@disable emphasis.shocking\n" +
		"emphasis.flabbergasted | emphasis | 0.9 | flabbergasted | astonished, and saying so\n"
	over, err := lexicon.Parse("newsroom.lex", strings.NewReader(user))
	if err != nil {
		fmt.Println(err)
		return
	}
	lex, err := lexicon.Default().Merge(over)
	if err != nil {
		fmt.Println(err)
		return
	}
	r := score.New(lex).Headline("Fans flabbergasted by shocking result")
	for _, h := range r.Hits {
		fmt.Println(h.ID)
	}
	// Output:
	// emphasis.flabbergasted
}

func ExampleResult_Explain() {
	r := score.Passage("Most of the hall was empty. Then the mayor stood up. " +
		"What she revealed would change the town forever!")
	// The first sentence is not listed: "Most of" marks a share, with
	// weight 0, so that "most" is no superlative there; the second has no
	// hit.
	fmt.Print(r.Explain())
	// Output:
	// Passage score 0.51 (high) over 3 sentences. Suspense 0.30, question 0.00, emphasis 0.38, listicle 0.00, address 0.00.
	// Sentence 3, bytes 53-101, score 0.76 (extreme), led by emphasis: "What she revealed would change the town forever!"
	//   +0.60 suspense "What she revealed" at bytes 53-70 (suspense.what-x-revealed): forward reference: points at something the text withholds
	//   +0.43 emphasis "forever" at bytes 93-100 (emphasis.forever): absolute: admits no exception
	//   +0.40 emphasis "!" at bytes 100-101 (rule.exclaim): an exclamation mark; a run counts more, up to twice
}
