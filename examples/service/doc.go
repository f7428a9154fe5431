// Command service serves lurid over HTTP, for editorial tools that want the
// sentence that oversells and why.
//
//	go run ./examples/service -addr 127.0.0.1:8080
//	curl -s localhost:8080/score -d '{"text": "You won'"'"'t believe this!"}'
//	curl -s localhost:8080/score -d '{"text": "...", "passage": true}'
//
// POST /score takes {"text": string, "passage": bool} and answers with the
// Result as JSON, the same shape as `lurid -json`. A passage's answer also
// carries "worst": the index of its most lurid sentence, or -1. A body of
// more than 8 MiB is refused with 413, one that is not such JSON with 400. GET
// /healthz answers ok. One Scorer serves every request. On SIGINT or
// SIGTERM the service stops taking requests and gives those under way ten
// seconds to finish.
package main
