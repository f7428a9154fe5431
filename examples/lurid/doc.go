// Command lurid scores headlines or passages for sensationalism and says why.
//
//	echo "You Won't Believe What Happened Next" | go run ./examples/lurid
//	go run ./examples/lurid -passage -json article.txt
//
// By default each non-empty line of the input is one headline. With
// -passage, each input (the whole of standard input, or each named file) is
// one passage, split into sentences. With -json it writes one JSON object
// per headline or passage, one a line; offsets are bytes into that line's
// text, or for a passage into the whole input. With -lexicon it merges a
// lexicon file over the embedded English one.
//
// A headline's JSON object is encoded whole before it is written; a
// passage's is streamed, hit by hit, so that a long passage needs no copy of
// its encoding in memory.
//
// Exit status: 0 on success, 1 if writing the output fails, 2 on bad usage
// or unreadable input, with the reason on standard error.
package main
