// Package lexicon holds the stemmed lexicon that lurid scores text
// against: its text format, its parser and writer, merging, and the
// embedded English default.
//
// # Format
//
// A lexicon is UTF-8 text, one entry a line:
//
//	id | category | weight | pattern | note
//
//	suspense.what-happened-next | suspense | 0.6 | what happened next | forward reference: withholds the outcome
//	emphasis.shocking           | emphasis | 0.45 | shocking         | hyperbole
//	rule.exclaim                | emphasis | =0.4 | <exclaim>        | an exclamation mark
//	negation.not                | negation | 0.2  | not              | the claim is denied, not made
//
// Blank lines and lines that open with "#" are comments. Headers, before
// the first entry: "@name text", "@language english", "@source text".
// Directives for a lexicon merged over another: "@weight id value"
// re-weights a base entry and "@disable id" removes one.
//
// An id is lower-case letters, digits, ".", "-" and "_", unique in its
// file. The categories are listed under Category: suspense, question,
// emphasis, listicle and address are scored; intensifier, negation, hedge,
// attribution, report and inquiry are modifiers; interrogative, number,
// acronym, demonstrative, conjunction, speaker and medium are word classes.
// A weight is a finite number from 0 to MaxWeight: evidence for a scored category, a factor (above 0,
// save a context: see below) for a modifier, unused (write 1) for a word
// class. A weight written "=0.4" is pinned: calibration leaves it alone.
// Since the scorer drops a match that lies inside a longer one of its
// category, an entry pinned at "=0" marks a context in which a shorter
// entry is no evidence: "most of | =0" keeps "most" from counting as a
// superlative, and an intensifier inside a context raises nothing ("most
// adults need" is no "most needed"). A context also holds an entry of
// its category that starts before it and ends inside it, whose last word
// it reads as part of a term: "best selling | =0" holds the "the best" of
// "the best-selling author"; and one not anchored holds an entry of its
// category that starts at its first word, whose gap takes the context's
// other words for any words: "this year | =0" holds the "this {gap:2}
// will" of "This year's fair will open". A modifier pinned at "=0", the one
// factor a modifier may not otherwise have, is a context of its kind: it
// applies nothing, and holds the modifiers of its kind inside it ("in may",
// a hedge at "=0", keeps the month from hedging). A context that holds in
// several categories is written once: its category field joins them with
// "+", and the line makes one entry for each, in the order written, whose
// id is the category's name, a dot and the id written, so that
//
//	pub-quiz | question+listicle | =0 | pub quiz | an event, not a quiz
//
// makes "question.pub-quiz" and "listicle.pub-quiz". Only a context may
// name several categories, and no word class; WriteTo writes each of its
// entries on a line of its own.
//
// A pattern is one to MaxPatternTokens tokens separated by spaces:
//
//   - a word, matched on its Snowball stem, so "shocking" also meets
//     "shocked" and "shocks". Words are folded first (NFKC, lower case,
//     curly apostrophes made straight), so "Here’s" meets "here's". A
//     hyphen splits words: "mind-blowing" is "mind blowing". A word may
//     not open with a digit: text reads "100" or "2nd" as a number. The
//     scorer also meets a contraction of a pronoun or an auxiliary
//     ("won't", "it's", "you'd") in its full form ("will not", "it is",
//     "you would"), in the scored categories but direct address;
//   - a word in double quotes, matched in that form only, folded, for
//     where a stem joins words of different sense: totally in quotes meets
//     "totally" and "TOTALLY" but not "total", and remarkable in quotes
//     does not meet "remarks". In a word-class entry it puts that form
//     alone in the class: police in quotes is a speaker, "policing" none
//     (a demonstrative or a conjunction, which marks the patterns that
//     open with it, takes its stem all the same). A word that a pattern
//     other than a context takes outside quotes is one the lexicon knows,
//     and a short one set in capitals shouts ("THE", "OMG"), where an
//     unknown one is read as an acronym ("UBS"); the words of a context
//     are not known for being in it ("rest of the year" leaves "REST
//     API" unshouted);
//   - words joined by "/", alternatives, of which a text word meets any:
//     "could/may/might be the best/worst" is one entry, with one id and
//     weight, that stands for the six patterns of its choices (see
//     Pattern.Expand). Each alternative is one word, in quotes or not, of
//     a stem of its own; a token has at most MaxAlternatives, and a
//     pattern stands for at most MaxExpansions patterns, each of which
//     must be new to the file as a pattern written out would be. A
//     word-class entry has none;
//   - {num}, a number: digits with an optional currency sign, separators,
//     "%" or suffix ("$4", "3.5%", "10k"), or number words ("three",
//     "two million"): a count, so not a year or a rank ("2nd"), the plural
//     of a magnitude ("thousands", "tens") or a number joined by a hyphen
//     to a word, as in an adjective ("ten-year", "3-day"; "twenty-five"
//     is a count), nor either side of a slash ("9/11", "24/7"). The slot
//     takes the number words after its number, so a pattern may not put
//     a number word after it ("{num} million" is an error). The scorer
//     tries no structural entry, a list count among them, at a sum of
//     money or a measure (a decimal, a percentage, "39K");
//   - {gap:n}, from zero to n (at most MaxGap) words of any kind, never
//     first or last;
//   - "^" before the first token anchors the pattern to the start of a
//     sentence (or of what follows a colon), "$" after the last to its end
//     (before any hashtags and handles that close a post).
//
// A pattern may instead be a rule in angle brackets, such as <exclaim>,
// which the scorer computes from the shape of the text (see Rule). Seven
// rules are modifiers: <quoted>, <attributed> and <speaker> (category
// attribution), <statement>, <subhead> and <letter> (category inquiry),
// and <body> (category report). Word class entries are one word. A pattern never
// crosses punctuation other than apostrophes, hyphens and quotation marks.
//
// A note may open with the entry's kind, lowercase words and a colon:
// "superlative: ranks a thing as the most of its kind" (see Entry.Kind).
// The scorer's <body> rule acts on the emphasis entries of kinds
// superlative, absolute and booster and the suspense entries of kinds
// reveal, mystery, teaser, open ending and withheld answer, also when an
// intensifier of kind degree ("more", "most") raises them, and its
// <attributed> rule leaves alone a clause that an attribution entry of
// kind citation closes. Its
// <speaker> rule acts after a label that holds a word of the speaker
// class ("Mayor: ..."), and a word of the medium class alone before a colon
// that opens a sentence ("Watch: ...") is a label the scorer does not
// match. The suspense entries of kinds try-it genre,
// reaction-video genre and video caption, the titles of filmed attempts,
// reactions and scenes, are not tried in a statement of a passage, whose
// prose narrates with their words.
//
// # Errors
//
// Parse reads a whole file and reports every faulty line as a *ParseError,
// "name:line: message", gathered in an ErrorList; it returns a lexicon only
// if there is none, so nothing is ever loaded half-way. Lines are at most
// MaxLineBytes long, and so is an entry as Lexicon.WriteTo writes it, with
// any weight: whatever Parse returns, WriteTo writes a file Parse reads
// back to the same entries. A byte-order mark, invalid UTF-8 or a control
// character other than a tab (a stray carriage return, a NUL) is an error.
//
// # Concurrency
//
// A *Lexicon is immutable and safe for concurrent use. Merge and
// WithWeights return new lexicons; Default is parsed once and shared.
package lexicon
