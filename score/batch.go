package score

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// batchChunk is how many texts a goroutine of a batch takes at a time: few
// enough that goroutines finish together when the texts differ in length,
// many enough that taking them costs nothing beside scoring them.
const batchChunk = 64

// HeadlineScores scores each of texts as a headline, as Headline does, and
// returns their overall scores in the order of texts. It scores on as many
// goroutines as GOMAXPROCS allows, for a batch large enough to share: they
// share s, take the texts a chunk at a time and each score into a Result
// of their own, reused, so that the call allocates little beside the
// scores. For the hits of each text, call HeadlineInto.
func (s *Scorer) HeadlineScores(texts []string) []float64 {
	return s.scores(texts, (*Scorer).HeadlineInto)
}

// PassageScores is HeadlineScores for texts scored as passages, as Passage
// scores them.
func (s *Scorer) PassageScores(texts []string) []float64 {
	return s.scores(texts, (*Scorer).PassageInto)
}

// scores scores texts with into on up to GOMAXPROCS goroutines, one for
// each chunk of texts at most.
func (s *Scorer) scores(texts []string, into func(*Scorer, *Result, string)) []float64 {
	scores := make([]float64, len(texts))
	var next atomic.Int64 // the first text no goroutine has taken
	work := func() {
		var r Result
		for {
			lo := int(next.Add(batchChunk)) - batchChunk
			if lo >= len(texts) {
				return
			}
			for i := lo; i < min(lo+batchChunk, len(texts)); i++ {
				into(s, &r, texts[i])
				scores[i] = r.Score
			}
		}
	}
	workers := min(runtime.GOMAXPROCS(0), (len(texts)+batchChunk-1)/batchChunk)
	var wg sync.WaitGroup
	for range workers - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	return scores
}
