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

// HeadlineScores scores each of texts as a headline, as HeadlineScore
// does, and returns their overall scores in the order of texts. It scores
// on as many goroutines as GOMAXPROCS allows, for a batch large enough to
// share: they share s and take the texts a chunk at a time, so that the
// call allocates little beside the scores. For the hits of each text,
// call HeadlineInto.
func (s *Scorer) HeadlineScores(texts []string) []float64 {
	return batch(texts, func() func(string) float64 {
		return func(text string) float64 {
			score, _ := s.HeadlineScore(text)
			return score
		}
	})
}

// PassageScores is HeadlineScores for texts scored as passages, as Passage
// scores them: each goroutine scores into a Result of its own, reused.
func (s *Scorer) PassageScores(texts []string) []float64 {
	return batch(texts, func() func(string) float64 {
		var r Result
		return func(text string) float64 {
			s.PassageInto(&r, text)
			return r.Score
		}
	})
}

// batch scores texts on up to GOMAXPROCS goroutines, one for each chunk of
// texts at most, each with a scoring function of its own from newScore.
func batch(texts []string, newScore func() func(string) float64) []float64 {
	scores := make([]float64, len(texts))
	var next atomic.Int64 // the first text no goroutine has taken
	work := func() {
		score := newScore()
		for {
			lo := int(next.Add(batchChunk)) - batchChunk
			if lo >= len(texts) {
				return
			}
			for i := lo; i < min(lo+batchChunk, len(texts)); i++ {
				scores[i] = score(texts[i])
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
