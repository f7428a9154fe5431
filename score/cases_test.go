package score

import (
	"bytes"
	"encoding/json"
	"flag"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/luridlab/lurid/lexicon"
	"github.com/luridlab/lurid/score/eval"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// testCase is a hand-written case from testdata/cases.json.
type testCase struct {
	Name      string   `json:"name"`
	Mode      string   `json:"mode"` // "headline" (the default) or "passage"
	Text      string   `json:"text"`
	Lead      string   `json:"lead"`      // the framing that must lead, if any
	Min       *float64 `json:"min"`       // the least overall score
	Max       *float64 `json:"max"`       // the most overall score
	Hits      []string `json:"hits"`      // entry ids that must be among the hits
	Absent    []string `json:"absent"`    // entry ids that must not be
	Sentences *int     `json:"sentences"` // a passage's sentence count
}

func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", name))
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, v), name)
}

// readCases reads testdata/cases.json. Names must be unique: each names a
// golden file.
func readCases(t *testing.T) []testCase {
	var cases []testCase
	readJSON(t, "cases.json", &cases)
	seen := make(map[string]bool, len(cases))
	for _, c := range cases {
		if seen[c.Name] {
			t.Fatalf("cases.json: case %q is named twice", c.Name)
		}
		seen[c.Name] = true
	}
	return cases
}

func scoreCase(s *Scorer, c testCase) Result {
	if c.Mode == "passage" {
		return s.Passage(c.Text)
	}
	return s.Headline(c.Text)
}

func TestCases(t *testing.T) {
	s := New(nil)
	lex := lexicon.Default()
	for _, c := range readCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			for _, id := range append(slices.Clip(c.Hits), c.Absent...) { // an id the lexicon lacks is absent from every result
				_, ok := lex.Entry(id)
				assert.True(t, ok, "%s names no entry of the lexicon", id)
			}
			r := scoreCase(s, c)
			checkInvariants(t, c.Text, &r, c.Mode == "passage")
			if c.Lead != "" {
				want, ok := lexicon.ParseCategory(c.Lead)
				require.True(t, ok, c.Lead)
				assert.Equal(t, want, r.Subscores.Lead(), "leading framing; subscores %v", r.Subscores)
			}
			if c.Min != nil {
				assert.GreaterOrEqual(t, r.Score, *c.Min, "score; hits %v", ids(r.Hits))
			}
			if c.Max != nil {
				assert.LessOrEqual(t, r.Score, *c.Max, "score; hits %v", ids(r.Hits))
			}
			for _, id := range c.Hits {
				assert.Contains(t, ids(r.Hits), id)
			}
			for _, id := range c.Absent {
				assert.NotContains(t, ids(r.Hits), id)
			}
			if c.Sentences != nil {
				assert.Len(t, r.Sentences, *c.Sentences)
			}
		})
	}
}

func ids(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

// evidence returns the ids of the hits that add evidence, leaving out the
// contexts, which show where a cue is no evidence.
func evidence(hits []Hit) []string {
	var out []string
	for _, h := range hits {
		if h.Contribution != 0 {
			out = append(out, h.ID)
		}
	}
	return out
}

// TestGolden compares each case's whole JSON result with the file under
// testdata/golden; go test -run TestGolden -update rewrites them.
func TestGolden(t *testing.T) {
	s := New(nil)
	for _, c := range readCases(t) {
		t.Run(c.Name, func(t *testing.T) {
			r := scoreCase(s, c)
			got, err := json.MarshalIndent(r, "", "  ")
			require.NoError(t, err)
			got = append(got, '\n')
			path := filepath.Join("..", "testdata", "golden", c.Name+".json")
			if *update {
				require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
				require.NoError(t, os.WriteFile(path, got, 0o644))
				return
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err, "run go test ./score -run TestGolden -update")
			assert.JSONEq(t, string(want), string(got))
		})
	}
}

// scoredPairs reads hand-written sober and sensational pairs from a file
// under testdata, scores both members of each, and checks that the
// sensational one outscores the sober one. It returns the sober scores.
func scoredPairs(t *testing.T, name string, score func(string) Result) map[string]float64 {
	var pairs []struct{ Sober, Lurid string }
	readJSON(t, name, &pairs)
	sober := make(map[string]float64, len(pairs))
	for _, p := range pairs {
		s, l := score(p.Sober), score(p.Lurid)
		assert.Greater(t, l.Score, s.Score, "%q (%.3f) should outscore %q (%.3f)", p.Lurid, l.Score, p.Sober, s.Score)
		sober[p.Sober] = s.Score
	}
	return sober
}

// TestPairs checks the headline pairs.
func TestPairs(t *testing.T) {
	scoredPairs(t, "pairs.json", New(nil).Headline)
}

// TestPassagePairs checks the passage pairs, and that each sober passage
// stays low.
func TestPassagePairs(t *testing.T) {
	for text, score := range scoredPairs(t, "passage_pairs.json", New(nil).Passage) {
		assert.Less(t, score, 0.3, "a sober passage stays low: %q", text)
	}
}

// TestFramings checks that in each hand-written sentence the framing it
// was written for leads.
func TestFramings(t *testing.T) {
	var cases []struct{ Framing, Text string }
	readJSON(t, "framings.json", &cases)
	s := New(nil)
	for _, c := range cases {
		want, ok := lexicon.ParseCategory(c.Framing)
		require.True(t, ok)
		r := s.Headline(c.Text)
		assert.Equal(t, want, r.Subscores.Lead(), "%q: subscores %v, hits %v", c.Text, r.Subscores, ids(r.Hits))
	}
}

// TestWriteJSON checks that the streaming encoder writes valid, compact
// JSON that json.Marshal (which validates and compacts MarshalJSON's output)
// passes through unchanged, for every case and a passage of many sentences.
func TestWriteJSON(t *testing.T) {
	s := New(nil)
	var results []Result
	for _, c := range readCases(t) {
		results = append(results, scoreCase(s, c))
	}
	raw, err := os.ReadFile("../testdata/feature.txt")
	require.NoError(t, err)
	results = append(results, s.Passage(string(raw)), Result{})
	for _, r := range results {
		want, err := json.Marshal(r)
		require.NoError(t, err)
		var got bytes.Buffer
		require.NoError(t, r.WriteJSON(&got))
		assert.Equal(t, string(want), got.String())
	}
}

// TestJSONRoundTrip decodes what MarshalJSON encodes, for every case as a
// headline and as a passage and for a passage of many sentences, and
// requires the result that was encoded: the same scores, hits and
// sentences, whose hits are parts of the result's again.
func TestJSONRoundTrip(t *testing.T) {
	s := New(nil)
	raw, err := os.ReadFile("../testdata/feature.txt")
	require.NoError(t, err)
	results := []Result{s.Passage(string(raw)), s.Passage(""), s.Headline(""), {}}
	for _, c := range readCases(t) {
		results = append(results, s.Headline(c.Text), s.Passage(c.Text))
	}
	for _, r := range results {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var got Result
		require.NoError(t, json.Unmarshal(b, &got))
		require.Equal(t, exported(r), exported(got), "%s", b)
		if r.isPassage {
			checkInvariants(t, r.Text, &got, true)
		}
		again, err := json.Marshal(got)
		require.NoError(t, err)
		require.Equal(t, string(b), string(again))
	}
}

// TestUnmarshalJSON decodes results written otherwise than by a Scorer:
// subscores all in one object, a category this version does not know,
// and sentences whose hits are not the result's.
func TestUnmarshalJSON(t *testing.T) {
	var r Result
	require.NoError(t, json.Unmarshal([]byte(`{"text":"x","score":0.5,"level":"high",
		"subscores":{"question":0.25,"listicle":0.5,"sparkle":1},
		"hits":[{"category":"question","id":"q","start":0,"end":1,"text":"x"}],
		"sentences":[{"start":0,"end":1,"text":"x","hits":[]}]}`), &r))
	assert.Equal(t, High, r.Level)
	assert.Equal(t, 0.25, r.Subscores.Get(lexicon.Question))
	assert.Equal(t, 0.5, r.Subscores.Get(lexicon.Listicle), "a structural cue among the framings")
	assert.True(t, r.isPassage)
	assert.Len(t, r.Hits, 1)
	assert.Empty(t, r.Sentences[0].Hits, "the sentence keeps its own hits, which are not the result's")

	for _, bad := range []string{`{"level":"lurid"}`, `{"subscores":[1]}`, `{"hits":[{"category":"sparkle"}]}`, `{"sentences":[{"subscores":1}]}`, `{"sentences":{}}`} {
		assert.Error(t, json.Unmarshal([]byte(bad), new(Result)), bad)
	}
}

// TestGenres checks that headlines and passages written in the manner of
// several genres (viral sites, the tabloid press, advertising; sober news,
// service journalism, reviews, recipes) are ranked apart: the lurid
// headlines of each genre above the sober headlines, lurid passages above
// sober passages, and no sober text at High. A text with a max, a sober
// text of a trade whose words share stems with hype (a recipe's "melt the
// butter", a leaflet's "viral infection"), must score no higher.
func TestGenres(t *testing.T) {
	var cases []struct {
		Genre   string
		Lurid   bool
		Passage bool
		Max     *float64
		Text    string
	}
	readJSON(t, "genres.json", &cases)
	s := New(nil)
	var soberHeadlines, soberPassages, luridPassages []float64
	luridHeadlines := map[string][]float64{}
	for _, c := range cases {
		var r Result
		if c.Passage {
			r = s.Passage(c.Text)
		} else {
			r = s.Headline(c.Text)
		}
		if c.Max != nil {
			assert.LessOrEqual(t, r.Score, *c.Max, "a %s text: %q, hits %v", c.Genre, c.Text, ids(r.Hits))
		}
		switch {
		case c.Lurid && c.Passage:
			luridPassages = append(luridPassages, r.Score)
		case c.Lurid:
			luridHeadlines[c.Genre] = append(luridHeadlines[c.Genre], r.Score)
		default:
			assert.Less(t, r.Score, 0.5, "a sober %s text stays below High: %q, hits %v", c.Genre, c.Text, ids(r.Hits))
			if c.Passage {
				soberPassages = append(soberPassages, r.Score)
			} else {
				soberHeadlines = append(soberHeadlines, r.Score)
			}
		}
	}
	require.NotEmpty(t, soberHeadlines)
	for _, genre := range slices.Sorted(maps.Keys(luridHeadlines)) {
		auc := rankedApart(luridHeadlines[genre], soberHeadlines)
		t.Logf("%s headlines against sober ones: ROC-AUC %.2f", genre, auc)
		assert.GreaterOrEqual(t, auc, 0.95, "%s headlines against sober ones: ROC-AUC", genre)
	}
	require.NotEmpty(t, soberPassages)
	auc := rankedApart(luridPassages, soberPassages)
	t.Logf("lurid passages against sober ones: ROC-AUC %.2f", auc)
	t.Logf("sober headlines score %.2f to %.2f, sober passages %.2f to %.2f",
		slices.Min(soberHeadlines), slices.Max(soberHeadlines), slices.Min(soberPassages), slices.Max(soberPassages))
	assert.GreaterOrEqual(t, auc, 0.95, "lurid passages against sober ones: ROC-AUC")
}

// rankedApart returns the ROC-AUC of lurid scores against sober ones.
func rankedApart(lurid, sober []float64) float64 {
	labels := make([]bool, 0, len(lurid)+len(sober))
	for range lurid {
		labels = append(labels, true)
	}
	for range sober {
		labels = append(labels, false)
	}
	return eval.ROCAUC(append(append([]float64(nil), lurid...), sober...), labels)
}
