// Package score rates English headlines and passages for sensationalism
// and clickbait, and says exactly why.
//
// It scores three framings, each a subscore in [0, 1]:
//
//   - suspense: cliffhangers, curiosity gaps and forward reference
//     ("here's what happened next", "the reason will surprise you", "...");
//   - question: rhetorical questions ("Is this the end of the euro?",
//     "Can you guess", "A $10 billion gamble?");
//   - emphasis: hyperbole, superlatives, boosters, words in capitals, runs
//     of "!" and emoji, and swearing masked with asterisks ("f*cking").
//
// and two structural cues, listicle numbers ("17 things") and direct
// address ("you"), which count towards the overall score and have
// subscores of their own.
//
// # Evidence and scores
//
// Every point of a score is traced to a Hit: a lexicon entry or rule that
// matched a span of the text. A hit contributes its entry's weight times
// the factors of the modifiers that apply to it (see below). For a headline,
// or for one sentence of a passage,
//
//	subscore(c) = 1 − exp(−Σ contributions of hits of category c)
//	score       = 1 − exp(−Σ all contributions) = 1 − Π (1 − subscore(c))
//
// (see FromEvidence and Unit). For a passage, each sentence is scored so,
// and the passage's score and subscores are ½·(max + mean) over its
// sentences (see PassageOf): one overselling sentence shows, a long sober
// passage stays sober, and repeating a passage changes nothing. Both are
// monotone in every contribution, and anyone can recompute them from the
// hits. Level bands the score: Low below 0.25, Elevated, High from 0.5,
// Extreme from 0.75; the weights are fitted so that High is where
// clickbait becomes more likely than not.
//
// A sentence ends after ".", "!", "?" or an ellipsis, with any closing
// quotation marks and brackets, when the next word opens with a capital, a
// digit or a quotation mark, at a blank line, before a line that opens a
// list item with a bullet or a number ("- ", "• ", "2. ", "2) "), and after
// a title on a line of its own: one set in title case ("Why The Harbour
// Wall Failed") anywhere, and one in sentence case ("Why the harbour wall
// failed") if it ends on a word that is not a small one and is shorter
// than four fifths of the line after it and of the line above it, if any
// in its block, as no line of wrapped prose is but a paragraph's last,
// which ends on a mark. In a passage, each line of a list of lines ends a
// sentence: a block of three or more lines of three to twenty words that
// each open with a capital, a digit, a quotation mark or a bullet and end
// on no comma, colon, dash or small word, as headlines one to a line do.
// A period ends
// none after an abbreviation ("Dr.", "etc."), an initial ("J. Smith",
// "U.S.") or a list item's number ("3. This dog ..."), which opens the
// item's sentence: "^" patterns match after it as after a colon.
//
// A passage's sentences are body text, not headlines, so the cues of a
// headline's form do not count in them: the structural categories (body
// text counts things and speaks to its reader as a matter of course), and
// the patterns anchored at a sentence's start ("^ this", "^ {num}", "^
// when") or end ("now $", "again $"), suspense that opens with a
// demonstrative ("this is the") or a conjunction (the reaction codas, "and
// it is", "and the internet"), and the suspense entries of kinds try-it
// genre, reaction-video genre and video caption, the titles of filmed
// attempts, reactions and scenes ("for the first time", "try to",
// "someone", "footage shows"), whose words prose uses to narrate, in a
// sentence that ends as a statement, with "." or "!". An opening or ending still counts in a sentence that
// asks ("Why did nobody ...?"), and in one that ends without a mark, as a
// title or a list item on a line of its own does, or that breaks off
// ("..."), save in a heading inside the passage: a title after its first
// sentence, or a line of at most a dozen words above a blank line, with a
// sentence of text, not another heading, after it, or, in text laid out
// as questions and answers, each of two or more questions on a line of
// its own with text after it, which announces that
// text and is answered there, so that its
// openings are not tried and its question and suspense hits are lowered
// by the <subhead> rule's factor ("What happens next" between paragraphs
// is a signpost, not a cliffhanger). A context (weight 0) is no cue of form and holds in body text
// as in a headline, anchored or not: "^ for the first time" keeps a
// sentence that opens "For the first time, the survey asked ..." from
// counting as a try-it film. In a sentence of a passage that ends with
// ".", a superlative, an absolute or a booster (the emphasis entries of
// those kinds, see lexicon.Entry.Kind) most often describes a degree or
// an extent ("the largest in the region", "in every region", "just
// eighteen months"), and the suspense entries of five kinds say in plain
// prose what a headline holds back: a reveal reports what was made
// known ("the losses were revealed in March"), a mystery word names a thing as it
// is ("a hidden courtyard"), a teaser tells what comes ("spring is
// here"), an open ending reports what is not yet known ("remains to be
// seen") and a withheld answer states a need or an effect that the
// sentence itself gives ("residents need to know that ..."): the <body>
// rule's factor lowers each as a report's words would; hyperbole
// keeps its force, as does a degree raised by an intensifier or shouted
// in capitals, or in a sentence that exclaims or asks; one that an
// intensifier of kind degree ("more", "most") makes a comparative or a
// superlative ("a more important concern") still describes. Score a
// passage's title with Headline.
//
// Within a category, a match that lies inside a longer one is dropped
// ("worst" inside "the worst"), unless it is anchored. A sum of money, a
// measure, a number of 200 or more in digits and a number with a scale
// word ("six thousand") are no count of list items: no structural pattern
// is tried at them ("$20 million prize offered", "6.4 magnitude quake",
// "450 sheep stray" and "one million gather" are no lists).
//
// A pattern with a contraction of a pronoun or an auxiliary also matches
// its full form, as formal prose and body text write it: the entry of
// "you won't believe" meets "you will not believe", and its hit has the
// entry's id, weight and note. Direct address is the exception, since
// there the contraction itself is the cue of a conversational register;
// and a full form that another entry of the category writes is left to it.
//
// Web addresses ("https://...", "www...", "bit.ly/x") and email addresses
// are read as space, so that a linked headline is not scored for the words
// of its address, and a handle ("@citynews") is read as a name, a word that
// matches no entry.
//
// # Modifiers
//
// Modifiers are lexicon entries too, and their weights are factors:
// an intensifier right before an emphasis or suspense hit raises it ("so
// shocking"); a negation up to three words before an emphasis hit lowers it
// ("not shocking"); a hedge ("reportedly") lowers emphasis and suspense in
// its sentence; attribution ("said", "according to") lowers emphasis,
// questions and address in its sentence; the vocabulary of a news report ("killed",
// "court") lowers emphasis and list framing in its sentence, save hype
// shouted in capitals ("Senator DESTROYS rival"); an inquiry cue
// ("how to", "FAQ", a genre label such as "Explainer" or "Q&A:") marks
// its sentence as information seeking and lowers its question and
// suspense hits; a sentence that ends with "." or "!" is
// a statement, so its question hits are lowered (<statement>); a heading
// inside a passage announces the text below it, so its question and
// suspense hits are lowered (<subhead>); a passage that opens with a
// salutation to a named person on a line of its own ("Hi Sam,", "Dear
// Ms Patel,"), a letter or an e-mail, puts its questions to that person,
// so they are lowered (<letter>; not one to an audience or an office,
// "Hey guys," or "Dear Editor,", whose questions are put to the
// readers); a superlative, absolute or
// booster in a statement of a passage describes, and a reveal, a mystery
// word, a teaser, an open ending or a withheld answer there says plainly
// what a headline holds back, so it is lowered
// (<body>, of the report modifiers' kind, so that a report's word and the
// rule do not both apply); quotation marks
// lower every framing of what they enclose (a quotation left open ends
// with its paragraph; a single mark that leaves letters out, as in "the
// '90s" or "'til", opens none), and so does a closing
// attribution of what comes before it ("This is the worst flood in
// memory, the mayor says": <attributed>), save a citation that frames a
// list or a tip (", according to science"), and a speaker's label of what
// comes after it ("Mayor: this is the worst flood in memory": <speaker>,
// which weighs as the attribution and its "says" together). Each kind
// applies at most once to a hit. A modifier of weight 0 is a context of its kind, and holds the
// modifiers of its kind inside it: "in May" names the month, so its "may"
// hedges nothing. A run of "!" weighs up to twice a single one (RunFactor). A
// headline or sentence set wholly in capitals counts once, as <caps-text>,
// not once per word, and a kicker, a label in capitals before a colon that
// opens a headline or sentence ("UPDATE:", "JUST IN:"), a wire story's
// dateline ("LONDON (Reuters) -", "WASHINGTON, June 3 (AP) —"), a word in
// capitals alone in brackets ("(VIDEO)") and a hashtag ("#BREAKING") are
// the conventions of news and feeds, not shouting; nor is a word of three
// or four letters in capitals that the lexicon does not know ("UBS",
// "XVI"), most often an acronym. A question word the lexicon also lists as an
// acronym, set in capitals in a text that is not, names an organisation
// ("WHO warns ...") and matches no pattern, and so does a label that names
// the item's medium, a word of the medium class alone before a colon that
// opens the sentence ("Watch: ...", "PHOTOS: ..."): it asks nothing of the
// reader, as the imperative "Watch this ..." does.
//
// # Spans
//
// Every span is a half-open range of byte offsets into the string the
// caller passed: text[hit.Start:hit.End] == hit.Text, always. Offsets are
// never rune counts and never index a normalised copy; for valid UTF-8
// they fall on rune boundaries.
//
// # Use
//
// Build a Scorer once with New and share it: it is immutable and safe for
// concurrent use, and holds no global state. Headline and Passage return a
// fresh Result (a headline's costs one allocation, its hits and their
// modifiers together, sized to them, for up to 32 of each; more, as in a
// long text dense with evidence, take two); HeadlineInto and PassageInto
// reuse a caller's Result and, once it has grown to fit, allocate nothing,
// save to stem a word the cache has not seen, or to fold a word that
// Unicode normalization changes (a full-width letter, a ligature), which
// is folded anew each time it is seen. They write over the hits,
// modifiers and sentences the Result held: a caller that keeps a result
// past the next call keeps its Clone (copying Hits alone is not enough,
// since the hits' modifiers share an array too). HeadlineScore gives a
// headline's score and subscores alone, as Headline computes them, and
// allocates nothing; HeadlineScores and PassageScores score a batch on
// every processor and return the scores alone, as an evaluation wants
// them. The package-level Headline and Passage use a Scorer on the
// embedded English lexicon.
//
// Stemming is the costly step; each Scorer keeps a lock-free stem cache in
// a fixed CacheBytes(DefaultCacheSlots) = 512 KiB (see WithCacheSlots): words
// of four to ten ASCII letters, most of any text, packed with their stems'
// ids into 8 bytes, eight to a cache line, and other words of up to 24
// bytes in slots of 32 bytes, two to a line. Words of one to three
// letters are looked up in a table built with the Scorer, and words whose
// three-letter opening no lexicon stem has are never stemmed at all. A
// Result is a plain value: read it from many goroutines, but write it
// (HeadlineInto, PassageInto) from one at a time.
//
// # Limits
//
// Any string is valid input: empty, invalid UTF-8, NUL bytes, one huge
// word or a run of a million "!". Time and memory are linear in the input.
//
//   - Text is read in windows of Window (64 KiB) bytes of whole sentences,
//     so working memory is bounded; a sentence longer than a window is
//     scored in window-sized pieces. A Result itself holds every hit and
//     sentence: a 50 MB passage dense with evidence needs about 1.4 GB,
//     and Result.WriteJSON encodes it without a second copy.
//   - Offsets are kept as 32-bit integers internally, so at most MaxInput
//     bytes (2 GiB - 1) are scored; of a longer text, only its first
//     MaxInput bytes, cut at a space, are read. Spans still index the
//     caller's string.
//   - A pattern has at most lexicon.MaxPatternTokens tokens and gaps of at
//     most lexicon.MaxGap words; a {num} slot takes at most four number
//     words.
//   - Folded words longer than 64 bytes are not stemmed (no pattern word
//     is longer than 32), and the stem cache holds words of up to 24 bytes
//     (longer ones are stemmed each time they are seen) in
//     CacheBytes(DefaultCacheSlots) = 512 KiB: 32,768 words of four to
//     ten letters, 8 bytes each, and 8,192 others, 32 bytes each.
package score
