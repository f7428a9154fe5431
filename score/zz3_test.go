package score

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/luridlab/lurid/score/eval"
)

func TestZZErrors(t *testing.T) {
	f, _ := os.Open(sharedData)
	ex, _ := eval.ReadTSV(sharedData, f)
	s := New(nil)
	fpIDs := map[string]int{}
	fnN := 0
	var fps []string
	for _, e := range ex {
		r := s.Headline(e.Text)
		if !e.Label && r.Score >= 0.5 {
			best := ""
			bc := 0.0
			for _, h := range r.Hits {
				if h.Contribution > bc {
					bc, best = h.Contribution, h.ID
				}
			}
			fpIDs[best]++
			fps = append(fps, fmt.Sprintf("%.2f %s | %s", r.Score, best, e.Text))
		}
		if e.Label && r.Score < 0.5 {
			fnN++
		}
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range fpIDs {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	fmt.Println("FP", len(fps), "FN", fnN)
	for _, x := range kvs[:min(25, len(kvs))] {
		fmt.Println(x.v, x.k)
	}
	sort.Strings(fps)
	if os.Getenv("ZZFP") != "" {
		for _, x := range fps {
			fmt.Println(x)
		}
	}
}
