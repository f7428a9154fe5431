package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/luridlab/lurid/score"
)

// maxBody bounds a request, in bytes.
const maxBody = 8 << 20

// shutdownGrace is how long the requests under way when the service is
// asked to stop have to finish.
const shutdownGrace = 10 * time.Second

func main() {
	addr := flag.String("addr", "127.0.0.1:8080", "address to listen on")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(1)
	}
	log.Printf("lurid service listening on %s", ln.Addr())
	if err := serve(ctx, ln, score.New(nil)); err != nil {
		fmt.Fprintln(os.Stderr, "service:", err)
		os.Exit(1)
	}
}

// serve answers requests on ln with s until ctx is done, then stops
// taking new ones and waits up to shutdownGrace for those under way.
func serve(ctx context.Context, ln net.Listener, s *score.Scorer) error {
	srv := &http.Server{
		Handler:           newHandler(s),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	grace, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(grace); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
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
			var tooLarge *http.MaxBytesError
			if errors.As(err, &tooLarge) {
				http.Error(w, fmt.Sprintf("request body larger than %d bytes", tooLarge.Limit), http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "bad request: "+err.Error(), http.StatusBadRequest)
			return
		}
		if dec.More() {
			http.Error(w, "bad request: more than one JSON value", http.StatusBadRequest)
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
