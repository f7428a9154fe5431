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
