package main

import (
	"context"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/luridlab/lurid/score"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestService(t *testing.T) {
	srv := httptest.NewServer(newHandler(score.New(nil)))
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/healthz")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	text := "The council met on Tuesday. Is this the end of the town as we know it?"
	resp, err = http.Post(srv.URL+"/score", "application/json", strings.NewReader(`{"text":`+mustJSON(t, text)+`,"passage":true}`))
	require.NoError(t, err)
	defer resp.Body.Close()
	require.Equal(t, http.StatusOK, resp.StatusCode)
	var got struct {
		Score     float64 `json:"score"`
		Worst     int     `json:"worst"`
		Sentences []struct {
			Start, End int
			Text       string
		} `json:"sentences"`
	}
	require.NoError(t, json.NewDecoder(resp.Body).Decode(&got))
	require.Len(t, got.Sentences, 2)
	assert.Equal(t, 1, got.Worst)
	worst := got.Sentences[got.Worst]
	assert.Equal(t, text[worst.Start:worst.End], worst.Text)

	resp2, err := http.Post(srv.URL+"/score", "application/json", strings.NewReader(`{"text": 3}`))
	require.NoError(t, err)
	resp2.Body.Close()
	assert.Equal(t, http.StatusBadRequest, resp2.StatusCode)

	resp3, err := http.Post(srv.URL+"/score", "application/json", strings.NewReader(`{"text":"a"} {"text":"b"}`))
	require.NoError(t, err)
	resp3.Body.Close()
	assert.Equal(t, http.StatusBadRequest, resp3.StatusCode, "two values in one body")

	huge := `{"text":"` + strings.Repeat("a", maxBody) + `"}`
	resp4, err := http.Post(srv.URL+"/score", "application/json", strings.NewReader(huge))
	require.NoError(t, err)
	resp4.Body.Close()
	assert.Equal(t, http.StatusRequestEntityTooLarge, resp4.StatusCode, "a body over the limit")
}

// TestServeStops checks that serve answers until its context is done,
// then returns without error once the server has shut down.
func TestServeStops(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, ln, score.New(nil)) }()

	resp, err := http.Post("http://"+ln.Addr().String()+"/score", "application/json", strings.NewReader(`{"text":"Wait until you see this"}`))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)

	cancel()
	select {
	case err := <-done:
		assert.NoError(t, err)
	case <-time.After(shutdownGrace + 5*time.Second):
		t.Fatal("serve did not return after its context was cancelled")
	}
	_, err = http.Get("http://" + ln.Addr().String() + "/healthz")
	assert.Error(t, err, "the listener is closed")
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return string(b)
}
