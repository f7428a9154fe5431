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
// With -eval, each input holds labelled texts, one "label<TAB>text" line
// each (label 1 for lurid, 0 for sober; a first line whose first field is
// neither is a header), as the Stop Clickbait data does. The texts are
// scored, as headlines or with -passage as passages, on as many goroutines
// as there are processors, and each input gets one line: its ROC-AUC, and
// the precision, recall, F1 and accuracy of calling a text lurid from score
// 0.5, level High. With -json the line is a JSON object.
//
//	go run ./examples/lurid -eval labelled.tsv
//
// A headline's JSON object is encoded whole before it is written; a
// passage's is streamed, hit by hit, so that a long passage needs no copy of
// its encoding in memory.
//
// Exit status: 0 on success, 1 if writing the output fails, 2 on bad usage
// or unreadable input, with the reason on standard error.
package main
