module github.com/luridlab/lurid/examples/bench

go 1.26.0

require (
	github.com/jonreiter/govader v0.0.0-20250429093935-f6505c8d03cc
	github.com/luridlab/lurid v0.0.0
)

require (
	github.com/kljensen/snowball v0.10.0 // indirect
	golang.org/x/text v0.41.0 // indirect
	gonum.org/v1/gonum v0.8.2 // indirect
)

replace github.com/luridlab/lurid => ../..
