package score

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/luridlab/lurid/lexicon"
)

// MarshalJSON encodes the framings' subscores as {"suspense": 0.4,
// "question": 0, "emphasis": 0.2}. The structural categories are encoded
// apart, under "structure", by Result and Sentence.
func (s Subscores) MarshalJSON() ([]byte, error) {
	return s.appendJSON(true)
}

// appendJSON encodes the subscores of the framings, or of the other
// scored categories, as a JSON object keyed by category name.
func (s Subscores) appendJSON(framings bool) ([]byte, error) {
	b := []byte{'{'}
	for c, v := range s {
		if lexicon.Category(c).Framing() != framings {
			continue
		}
		if len(b) > 1 {
			b = append(b, ',')
		}
		b = fmt.Appendf(b, "%q:", lexicon.Category(c).String())
		var err error
		if b, err = appendFloat(b, v); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// structureJSON encodes the structural categories' subscores.
type structureJSON Subscores

// MarshalJSON encodes {"listicle": 0.6, "address": 0.3}.
func (s structureJSON) MarshalJSON() ([]byte, error) { return Subscores(s).appendJSON(false) }

func appendFloat(b []byte, v float64) ([]byte, error) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return b, fmt.Errorf("score: non-finite value %v", v)
	}
	return strconv.AppendFloat(b, v, 'g', -1, 64), nil
}

// MarshalJSON encodes the result with its framings under "subscores" and
// its structural cues under "structure". A passage always carries
// "sentences", even when it has none; a headline never does. It is
// WriteJSON into a buffer, so the two never differ.
func (r Result) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// MarshalJSON encodes the sentence like Result.MarshalJSON.
func (s Sentence) MarshalJSON() ([]byte, error) {
	type plain Sentence
	return json.Marshal(struct {
		plain
		Structure structureJSON `json:"structure"`
	}{plain(s), structureJSON(s.Subscores)})
}

// WriteJSON writes to w the JSON encoding of the result, a hit and a
// sentence at a time, so that encoding a long passage needs memory for one
// sentence rather than for the whole text of the encoding. It returns the
// first error from w.
func (r *Result) WriteJSON(w io.Writer) error {
	ew := &errWriter{w: w}
	put := func(prefix string, v any) {
		if ew.err != nil {
			return
		}
		b, err := json.Marshal(v)
		if err != nil {
			ew.err = err
			return
		}
		io.WriteString(ew, prefix)
		ew.Write(b)
	}
	sep := func(i int) string {
		if i == 0 {
			return ""
		}
		return ","
	}
	put(`{"text":`, r.Text)
	put(`,"score":`, r.Score)
	put(`,"level":`, r.Level)
	put(`,"subscores":`, r.Subscores)
	if r.Hits == nil {
		io.WriteString(ew, `,"hits":null`)
	} else {
		io.WriteString(ew, `,"hits":[`)
		for i := range r.Hits {
			put(sep(i), &r.Hits[i])
		}
		io.WriteString(ew, "]")
	}
	if r.isPassage {
		io.WriteString(ew, `,"sentences":[`)
		for i := range r.Sentences {
			put(sep(i), r.Sentences[i])
		}
		io.WriteString(ew, "]")
	}
	put(`,"structure":`, structureJSON(r.Subscores))
	io.WriteString(ew, "}")
	return ew.err
}

// UnmarshalJSON decodes subscores keyed by category name, as MarshalJSON
// and a result's "structure" encode them. It sets the categories named
// and leaves the others as they are, so that the framings and the
// structural cues decode into one Subscores; a name that is no scored
// category, as from a newer lexicon, is skipped.
func (s *Subscores) UnmarshalJSON(b []byte) error {
	var named map[string]float64
	if err := json.Unmarshal(b, &named); err != nil {
		return err
	}
	for name, v := range named {
		var c lexicon.Category
		if c.UnmarshalText([]byte(name)) == nil && c.Scored() {
			s[c] = v
		}
	}
	return nil
}

// UnmarshalJSON decodes a sentence as MarshalJSON encodes it.
func (s *Sentence) UnmarshalJSON(b []byte) error {
	type plain Sentence
	var v struct {
		plain
		Structure json.RawMessage `json:"structure"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*s = Sentence(v.plain)
	return s.Subscores.mergeJSON(v.Structure)
}

// UnmarshalJSON decodes a result as MarshalJSON encodes it, so that a
// result read back equals the one written: a text with "sentences" is a
// passage, and its sentences' hits become parts of its Hits again, as a
// Scorer writes them, when they are the same hits. JSON carries text as
// UTF-8, so a text that is not valid UTF-8 comes back with U+FFFD in
// place of its invalid bytes, and its spans no longer index it.
func (r *Result) UnmarshalJSON(b []byte) error {
	type plain Result
	var v struct {
		plain
		Sentences json.RawMessage `json:"sentences"` // present, even empty, for a passage
		Structure json.RawMessage `json:"structure"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*r = Result(v.plain)
	if err := r.Subscores.mergeJSON(v.Structure); err != nil {
		return err
	}
	if r.isPassage = len(v.Sentences) > 0 && string(v.Sentences) != "null"; r.isPassage {
		if err := json.Unmarshal(v.Sentences, &r.Sentences); err != nil {
			return err
		}
		if r.Sentences == nil {
			r.Sentences = []Sentence{}
		}
		shareSentenceHits(r)
	}
	return nil
}

// mergeJSON decodes encoded subscores, if any, over s.
func (s *Subscores) mergeJSON(encoded json.RawMessage) error {
	if len(encoded) == 0 {
		return nil
	}
	return s.UnmarshalJSON(encoded)
}

// shareSentenceHits points each sentence's hits at the part of r.Hits
// that holds the same hits, in order, if r.Hits is the sentences' hits
// one after another; otherwise it leaves them as they are.
func shareSentenceHits(r *Result) {
	h := 0
	for _, st := range r.Sentences {
		for _, sh := range st.Hits {
			if h >= len(r.Hits) || r.Hits[h].Span != sh.Span || r.Hits[h].ID != sh.ID {
				return
			}
			h++
		}
	}
	if h == len(r.Hits) {
		linkSentenceHits(r)
	}
}
