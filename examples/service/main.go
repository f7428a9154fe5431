package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/luridlab/lurid/score"
)

// maxBody bounds a request, in bytes.
const maxBody = 8 << 20

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	srv := &http.Server{
		Addr:              *addr,
		Handler:           newHandler(score.New(nil)),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
	}
	log.Printf("lurid service listening on %s", *addr)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(1)
	}
}

// request is the body of POST /score.
type request struct {
	Text    string `json:"text"`
	Passage bool   `json:"passage"`
}

// response is a Result with the index of a passage's worst sentence.
type response struct {
	score.Result
	Worst int `json:"worst"`
}

// MarshalJSON adds "worst" to the Result's own encoding.
func (r response) MarshalJSON() ([]byte, error) {
	b, err := json.Marshal(r.Result)
	if err != nil {
		return nil, err
	}
	return append(b[:len(b)-1], fmt.Sprintf(`,"worst":%d}`, r.Worst)...), nil
}

func newHandler(s *score.Scorer) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		io.WriteString(w, "ok\n")
	})
	mux.HandleFunc("POST /score", func(w http.ResponseWriter, r *http.Request) {
		var req request
		dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody))
		if err := dec.Decode(&req); err != nil {
			http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
			return
		}
		resp := response{Worst: -1}
		if req.Passage {
			resp.Result = s.Passage(req.Text)
			for i, st := range resp.Sentences {
				if resp.Worst < 0 || st.Score > resp.Sentences[resp.Worst].Score {
					resp.Worst = i
				}
			}
		} else {
			resp.Result = s.Headline(req.Text)
		}
		body, err := json.Marshal(resp)
		if err != nil {
			http.Error(w, "internal error: "+err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(append(body, '\n'))
	})
	return mux
}
