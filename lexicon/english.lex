# lurid: the default English lexicon.
#
# Format: one entry a line,
#
#     id | category | weight | pattern | note
#
# Patterns are words matched on their Snowball (Porter2) stems, so
# "shocking", "shocked" and "shocks" meet one entry. Slots: {num} is a count
# in digits or words ("17", "$4 trillion", "three"; not "thousands" or the
# "ten" of "ten-year"); {gap:n} is up to n words
# of any kind. "^" anchors a pattern to the start of a sentence, "$" to its
# end. A word in double quotes matches that form only, where its stem would
# join words of different sense: "totally" in quotes leaves "total" alone.
# Words joined by "/" are alternatives: "could/may/might be the best" is
# one entry that meets "might be the best".
# <name> is a rule the scorer computes from the text's shape. See the
# package documentation of lexicon for the whole format.
#
# Weights of scored categories are evidence: the sum over a headline's hits
# goes through 1 - exp(-sum), so 0.69 alone makes a score of 0.5. They are
# fitted on labelled headlines by `go run ./examples/calibrate`; entries too
# rare in that data keep the weight written here by hand. A match inside a
# longer one of its category gives way to it ("best" inside "best ever"),
# so a weight written by hand is at least that of any shorter entry the
# pattern holds: the longer phrase says as much or more, save where its
# note calls it the more measured one ('all-time high'). Modifier weights
# are factors, set by hand. Word-class weights are unused and written as 1.
#
# The scorer tries a pattern wherever its first word appears, or its first
# two when both are words (a word and then {num}, at the number), so a
# pattern that opens with a common word and then a gap ("the {gap:2}
# truth") is tried at every "the": open with the rarer word instead
# ("truth about"). An entry of weight =0 marks a context
# in which the shorter entries of its category inside it are no evidence,
# and so is one that ends inside it ('the best' in 'the best selling'),
# and, for a context not anchored, one that starts at its first word
# ('this {gap:2} will' at 'this year'). A context that holds in several
# categories names them all, joined by "+" ('emphasis+listicle'), and makes
# an entry for each, whose id is its category's name, a dot and the id
# written.
#
# Every entry is a pattern of the language, written for lurid.

@name english
@language english
@source lurid default English lexicon, written by hand for lurid; weights fitted with examples/calibrate

# Rules: structure the scorer reads from the text's shape.
rule.caps | emphasis | =0.35 | <caps> | a word set in capitals, not an acronym, shouts
rule.exclaim | emphasis | =0.4 | <exclaim> | an exclamation mark; a run counts more, up to twice
rule.emoji | emphasis | =0.25 | <emoji> | an emoji stands in for an exclamation: feeling shown rather than said
rule.masked | emphasis | =0.4 | <masked> | a word whose letters asterisks mask ('f*cking', 'sh*t') is swearing all the same: the informal register of social media, not of reporting

# 
rule.question | question | =0.3 | <question> | a question put to the reader rather than answered
rule.fragment-question | question | =0.35 | <fragment-question> | a question with no question word, a statement made to insinuate: 'A $10 billion gamble?'; one that asks after a conjunction ('And what about ...?') or in its last clause ('..., but who knows?') is none
rule.interrobang | question | =0.5 | <interrobang> | '?!' or '!?': a question shouted

# 
rule.ellipsis | suspense | =0.45 | <ellipsis> | an ellipsis leaves the thought hanging
rule.dash-end | suspense | =0.5 | <dash-end> | text that breaks off with a dash is a cliffhanger

# 
rule.caps-text | emphasis | =0.3 | <caps-text> | a whole headline or sentence in capitals: one shout, not one per word

# 
rule.quoted | attribution | 0.5 | <quoted> | words inside quotation marks are the source's, not the writer's own claim
rule.attributed | attribution | 0.5 | <attributed> | reported speech: the clause before a closing attribution (', the mayor says') is the source's claim, as if in quotation marks
rule.speaker | attribution | 0.25 | <speaker> | reported speech: the words after a speaker's label ('Mayor: ...') are the speaker's, given as ', the mayor says' closing them would give them

# 
rule.statement | inquiry | 0.3 | <statement> | a sentence that ends with a full stop or '!' asks nothing: its question openers are not questions
rule.subhead | inquiry | 0.3 | <subhead> | a heading inside a passage announces the text below it, which answers it: its questions and forward references are signposts
rule.letter | inquiry | 0.3 | <letter> | a letter or an e-mail that opens with a salutation to a named person ('Hi Sam,', 'Dear Ms Patel,') puts its questions to that person, who will answer them: they want an answer, not the reader's wonder
rule.body | report | 0.5 | <body> | in a statement of body text, a superlative, an absolute or a booster most often describes a degree or an extent, and a reveal, a mystery word ('hidden'), a teaser ('is here'), an open ending ('remains to be seen') or a withheld answer ('need to know that') says plainly what a headline holds back: it counts as it does beside a report's words

# Suspense: forward reference. The headline points at what it does not say.
suspense.this-is-why | suspense | 0.6 | this is why | forward reference: points at something the text withholds
suspense.this-is-what | suspense | 0.463 | this is what | forward reference: points at something the text withholds
suspense.this-is-how | suspense | 0.403 | this is how | forward reference: points at something the text withholds
suspense.this-is-when | suspense | 0.6 | this is when | forward reference: points at something the text withholds
suspense.this-is-who | suspense | 0.6 | this is who | forward reference: points at something the text withholds
suspense.this-is-where | suspense | 0.6 | this is where | forward reference: points at something the text withholds
suspense.these-are-the | suspense | 0.401 | these are the | forward reference: points at something the text withholds
suspense.this-is-the | suspense | 0.371 | this is the | forward reference: points at something the text withholds
suspense.thats-why | suspense | 0.6 | that's why | forward reference: points at something the text withholds
suspense.that-is-why | suspense | 0.6 | that is why | forward reference: points at something the text withholds
suspense.heres-why | suspense | 0.448 | here's why | forward reference: points at something the text withholds
suspense.heres-what | suspense | 0.449 | here's what | forward reference: points at something the text withholds
suspense.heres-how | suspense | 0.414 | here's how | forward reference: points at something the text withholds
suspense.heres-how-to | suspense | 0.693 | here's how to | forward reference: announces a method rather than asking for one
suspense.heres-who | suspense | 0.6 | here's who | forward reference: points at something the text withholds
suspense.heres-when | suspense | 0.6 | here's when | forward reference: points at something the text withholds
suspense.heres-the | suspense | 0.449 | here's the | forward reference: points at something the text withholds
suspense.heres-the-latest | suspense | =0 | here's the latest on/from | a news update: 'Here's the latest on the fires' gives the newest reports, which the piece holds and the headline names; it holds 'here's' and 'here's the' and is no evidence
suspense.heres-everything | suspense | 0.6 | here's everything | forward reference: points at something the text withholds
suspense.heres-proof | suspense | 0.6 | here's proof | forward reference: points at evidence the text withholds ('... and here's proof')
suspense.here-is-why | suspense | 0.6 | here is why | forward reference: points at something the text withholds
suspense.here-is-what | suspense | 0.6 | here is what | forward reference: points at something the text withholds
suspense.here-is-how | suspense | 0.6 | here is how | forward reference: points at something the text withholds
suspense.here-are-the | suspense | 0.366 | here are the | forward reference: points at something the text withholds
suspense.here-are | suspense | 0.377 | here are | forward reference: points at something the text withholds
suspense.what-happened-next | suspense | 0.6 | what happened next | forward reference: points at something the text withholds
suspense.what-happened-x-next | suspense | 0.6 | what happened {gap:2} next | forward reference: points at something the text withholds
suspense.what-happened-when | suspense | 0.38 | what happened when | forward reference: points at something the text withholds
suspense.what-happened-after | suspense | 0.6 | what happened after | forward reference: points at something the text withholds
suspense.what-happened-to | suspense | 0.6 | what happened to | forward reference: points at something the text withholds
suspense.ends-on-is | suspense | 0.381 | is/are/was/were $ | forward reference: ends on a stranded verb, the close of a question it embeds ('how big the bill really is') or of a clause it breaks off ('and the winner is')
suspense.what-happened-end | suspense | 0.424 | what happened $ | forward reference: ends on the promise of an outcome it keeps back ('... and here's what happened')
suspense.what-came-next | suspense | 0.6 | what came next | forward reference: points at something the text withholds
suspense.what-comes-next | suspense | 0.6 | what comes next | forward reference: points at something the text withholds
suspense.what-happens-next-depends | suspense | =0 | what happened next depends | a clause's subject: 'what happens next depends on ...' goes on to say on what; it holds 'what happens next' and is no evidence
suspense.what-comes-next-depends | suspense | =0 | what comes next depends | a clause's subject: 'what comes next depends on ...' goes on to say on what; it holds 'what comes next' and is no evidence
suspense.what-happens-next-is-up-to | suspense | =0 | what happened next is up to | a clause's subject: 'what happens next is up to the committee' says who decides; it holds 'what happens next' and is no evidence
suspense.what-happens-next-after-label | suspense | =0 | ^ what "happens" next $ | an explainer after its topic ('Rail strike: what happens next?'), in the present tense, names what it explains; the teaser tells what happened next. It holds 'what happens next' and is no evidence
suspense.what-comes-next-is-up-to | suspense | =0 | what comes next is up to | a clause's subject: 'what comes next is up to the voters' says who decides; it holds 'what comes next' and is no evidence
suspense.what-she-did-next | suspense | 0.6 | what she did next | forward reference: points at something the text withholds
suspense.what-he-did-next | suspense | 0.6 | what he did next | forward reference: points at something the text withholds
suspense.what-they-did-next | suspense | 0.6 | what they did next | forward reference: points at something the text withholds
suspense.what-she-did | suspense | 0.6 | what she did | forward reference: points at something the text withholds
suspense.what-he-did | suspense | 0.6 | what he did | forward reference: points at something the text withholds
suspense.what-they-did | suspense | 0.6 | what they did | forward reference: points at something the text withholds
suspense.what-she-found | suspense | 0.6 | what she found | forward reference: points at something the text withholds
suspense.what-he-found | suspense | 0.6 | what he found | forward reference: points at something the text withholds
suspense.what-they-found | suspense | 0.6 | what they found | forward reference: points at something the text withholds
suspense.what-she-saw | suspense | 0.6 | what she saw | forward reference: points at something the text withholds
suspense.what-he-saw | suspense | 0.6 | what he saw | forward reference: points at something the text withholds
suspense.what-they-saw | suspense | 0.6 | what they saw | forward reference: points at something the text withholds
suspense.what-she-said | suspense | 0.6 | what she said | forward reference: points at something the text withholds
suspense.what-he-said | suspense | 0.6 | what he said | forward reference: points at something the text withholds
suspense.what-they-said | suspense | 0.6 | what they said | forward reference: points at something the text withholds
suspense.see-what-happens | suspense | 0.6 | see what happens | forward reference: points at something the text withholds
suspense.watch-what-happens | suspense | 0.6 | watch what happens | forward reference: points at something the text withholds
suspense.look-what-happened | suspense | 0.6 | look what happened | forward reference: points at something the text withholds
suspense.find-out-what | suspense | 0.6 | find out what | forward reference: points at something the text withholds
suspense.find-out-why | suspense | 0.6 | find out why | forward reference: points at something the text withholds
suspense.find-out-how | suspense | 0.6 | find out how | forward reference: points at something the text withholds
suspense.find-out-who | suspense | 0.6 | find out who | forward reference: points at something the text withholds
suspense.find-out-if | suspense | 0.6 | find out if | forward reference: points at something the text withholds
suspense.find-out | suspense | 0.6 | find out | forward reference: points at something the text withholds
suspense.at-the-end-end | suspense | 0.5 | at the end $ | forward reference: the answer is kept for the end of the piece
suspense.youll-never-guess | suspense | 0.7 | you'll never guess | forward reference: points at something the text withholds
suspense.you-will-never-guess | suspense | 0.7 | you will never guess | forward reference: points at something the text withholds
suspense.you-wont-believe | suspense | 0.35 | you won't believe | forward reference: points at something the text withholds
suspense.you-will-not-believe | suspense | 0.6 | you will not believe | forward reference: points at something the text withholds
suspense.wont-believe | suspense | 0.6 | won't believe | forward reference: points at something the text withholds
suspense.cant-believe | suspense | 0.6 | can't believe | forward reference: points at something the text withholds
suspense.will-never-believe | suspense | 0.6 | will never believe | forward reference: points at something the text withholds
suspense.wouldnt-believe | suspense | 0.6 | wouldn't believe | forward reference: points at something the text withholds
suspense.broke-her-heart | suspense | 0.5 | broke/breaks his/her/their/my/our heart | reaction coda: the headline reports an event, then the feeling it caused ('Their answers broke her heart')
suspense.couldnt-believe | suspense | 0.35 | couldn't believe | reaction coda: the headline reports an event, then promises the feeling it caused ('couldn't believe her eyes')
suspense.could-not-believe | suspense | 0.35 | could not believe | reaction coda: the headline reports an event, then promises the feeling it caused ('could not believe her eyes')
suspense.cannot-believe | suspense | 0.35 | cannot believe | forward reference: points at something the text withholds
suspense.would-never-guess | suspense | 0.6 | would never guess | forward reference: points at something the text withholds
suspense.never-guess | suspense | 0.6 | never guess | forward reference: points at something the text withholds
suspense.the-reason-why | suspense | 0.6 | the reason why | forward reference: points at something the text withholds
suspense.the-real-reason | suspense | 0.6 | the real reason | forward reference: points at something the text withholds
suspense.the-reason-is | suspense | 0.6 | the reason is | forward reference: points at something the text withholds
suspense.the-surprising-reason | suspense | 0.6 | the surprising/unexpected/weird/bizarre reason/way/trick/secret/habit | forward reference: points at something the text withholds ('the unexpected way to sleep better')
suspense.surprising-cause | suspense | 0.6 | surprising cause | forward reference: points at something the text withholds
suspense.the-shocking-reason | suspense | 0.6 | the shocking reason | forward reference: points at something the text withholds
suspense.the-simple-reason | suspense | 0.6 | the simple reason | forward reference: points at something the text withholds
suspense.reasons-behind | suspense | 0.6 | reasons behind | forward reference: points at something the text withholds
suspense.the-truth-about | suspense | 0.6 | the truth about | forward reference: points at something the text withholds
suspense.the-dark-side-of | suspense | 0.45 | the dark side of | forward reference: promises a hidden harm in a familiar thing, which the text withholds
suspense.the-truth-behind | suspense | 0.6 | the truth behind | forward reference: points at something the text withholds
suspense.truth-about | suspense | 0.6 | truth about | forward reference: points at something the text withholds
suspense.truth-behind | suspense | 0.6 | truth behind | forward reference: points at something the text withholds
suspense.the-real-story | suspense | 0.6 | the real story | forward reference: points at something the text withholds
suspense.the-story-behind | suspense | 0.6 | the story behind | forward reference: points at something the text withholds
suspense.the-secret-to | suspense | 0.6 | the secret to | forward reference: points at something the text withholds
suspense.the-secret-behind | suspense | 0.6 | the secret behind | forward reference: points at something the text withholds
suspense.the-secret-of | suspense | 0.6 | the secret of | forward reference: points at something the text withholds
suspense.secrets-of | suspense | 0.6 | secrets of | forward reference: points at something the text withholds
suspense.secrets-to | suspense | 0.6 | secrets to | forward reference: points at something the text withholds
suspense.secret-key | suspense | =0 | secret key | a term of cryptography: a secret key is kept from others by design, not withheld from the reader; it holds 'secret' and is no evidence
suspense.secret-service | suspense | =0 | secret service | a name: the Secret Service is an agency, not a thing withheld from the reader; it holds 'secret' and is no evidence
suspense.secret-ballot | suspense | =0 | secret ballot | a term of elections: a secret ballot is a vote cast in private, not a thing withheld from the reader; it holds 'secret' and is no evidence
suspense.secret-police | suspense | =0 | secret police | a term of history and politics: a state's secret police, not a thing withheld from the reader; it holds 'secret' and is no evidence
suspense.secret-trade | suspense | =0 | trade secret | a term of law: a trade secret is a firm's protected know-how, not a thing withheld from the reader; it holds 'secret' and is no evidence
suspense.secret-official | suspense | =0 | official secret | a term of law: the official secrets a state protects, not a thing withheld from the reader; it holds 'secret' and is no evidence
suspense.secret-state | suspense | =0 | state secret | a term of law: the state secrets a government protects, not a thing withheld from the reader; it holds 'secret' and is no evidence
suspense.secret | suspense | 0.37 | secret | mystery: names a thing as hidden from the reader, a gap that a headline opens and keeps closed
suspense.little-known | suspense | 0.6 | little-known | mystery: names a thing as hidden from the reader, a gap that a headline opens and keeps closed
suspense.hidden-files | suspense | =0 | hidden file | a term of computing: a hidden file is one a listing leaves out; it holds 'hidden' and is no evidence
suspense.hidden | suspense | 0.6 | hidden | mystery: names a thing as hidden from the reader, a gap that a headline opens and keeps closed
suspense.what-really-happened | suspense | 0.6 | what really happened | forward reference: points at something the text withholds
suspense.what-really | suspense | 0.6 | what really | forward reference: points at something the text withholds
suspense.what-nobody-tells-you | suspense | 0.6 | what nobody tells you | forward reference: points at something the text withholds
suspense.nobody-tells-you | suspense | 0.6 | nobody tells you | forward reference: points at something the text withholds
suspense.nobody-talks-about | suspense | 0.5 | nobody "talks" about | forward reference: promises a truth kept quiet, which the text withholds
suspense.no-one-talks-about | suspense | 0.5 | no one "talks" about | forward reference: promises a truth kept quiet, which the text withholds
suspense.no-one-tells-you | suspense | 0.6 | no one tells you | forward reference: points at something the text withholds
suspense.nobody-is-talking-about | suspense | 0.6 | nobody is talking about | forward reference: points at something the text withholds
suspense.no-one-is-talking-about | suspense | 0.6 | no one is talking about | forward reference: points at something the text withholds
suspense.dont-want-you-to-know | suspense | 0.6 | don't want you to know | forward reference: points at something the text withholds
suspense.doesnt-want-you-to-know | suspense | 0.6 | doesn't want you to know | forward reference: points at something the text withholds
suspense.didnt-know | suspense | 0.6 | didn't know | forward reference: points at something the text withholds
suspense.never-knew | suspense | 0.6 | never knew | forward reference: points at something the text withholds
suspense.you-didnt-know | suspense | 0.35 | you didn't know | forward reference: points at something the text withholds
suspense.you-never-knew | suspense | 0.6 | you never knew | forward reference: points at something the text withholds
suspense.didnt-know-about | suspense | 0.35 | didn't know about | forward reference: points at something the text withholds
suspense.turns-out | suspense | 0.6 | turns out | forward reference: points at something the text withholds
suspense.it-turns-out | suspense | 0.6 | it turns out | forward reference: points at something the text withholds
suspense.turns-out-for | suspense | =0 | turns out for | attendance: a crowd that 'turns out for' comes, a count of people, and nothing is held back; it holds 'turns out' and is no evidence
suspense.turns-out-in-force | suspense | =0 | turns out in force | attendance: a crowd that 'turns out in force' comes, a count of people, and nothing is held back; it holds 'turns out' and is no evidence
suspense.turns-out-to-vote | suspense | =0 | turns out to vote/protest/watch/see | attendance: a crowd that 'turns out to vote' comes, a count of people, and nothing is held back; it holds 'turns out' and is no evidence
suspense.plot-twist | suspense | 0.6 | plot twist | forward reference: points at something the text withholds
suspense.twist | suspense | 0.6 | twist | forward reference: points at something the text withholds
suspense.unexpected | suspense | 0.28 | unexpected | mystery: names a thing as hidden from the reader, a gap that a headline opens and keeps closed
suspense.youd-never-expect | suspense | 0.6 | you'd never expect | forward reference: points at something the text withholds
suspense.didnt-see-coming | suspense | 0.6 | didn't see coming | forward reference: points at something the text withholds
suspense.never-saw-coming | suspense | 0.6 | never saw coming | forward reference: points at something the text withholds
suspense.wont-see-coming | suspense | 0.6 | won't see coming | forward reference: points at something the text withholds
suspense.the-answer | suspense | 0.6 | the answer | mystery: names a thing as hidden from the reader, a gap that a headline opens and keeps closed
suspense.the-answer-will | suspense | 0.6 | the answer will | forward reference: points at something the text withholds
suspense.the-answer-depends | suspense | =0 | the answer depends | a clause's subject: 'the answer depends on ...' goes on to say on what; it holds 'the answer' and is no evidence
suspense.the-answer-lies | suspense | =0 | the answer lies/is/was | a clause that answers: 'the answer lies in the budget' goes on to give it; it holds 'the answer' and is no evidence
suspense.the-results-are | suspense | 0.6 | ^ the results are | forward reference: points at something the text withholds ('...: The Results Are Stunning'); within a sentence, 'the results are due' reports
suspense.the-result-is | suspense | 0.6 | ^ the result is | forward reference: points at something the text withholds ('...: The Result Is Stunning'); within a sentence, 'the result is a loss' reports
suspense.the-moment | suspense | 0.477 | the moment | forward reference: points at something the text withholds
suspense.the-moment-when | suspense | 0.6 | the moment when | forward reference: points at something the text withholds
suspense.moment-when | suspense | 0.6 | moment when | forward reference: points at something the text withholds
suspense.chilling-moment | suspense | 0.5 | chilling moment | video caption: promises a scene and how to feel about it
suspense.shocking-moment | suspense | 0.5 | shocking moment | video caption: promises a scene and how to feel about it
suspense.terrifying-moment | suspense | 0.5 | terrifying moment | video caption: promises a scene and how to feel about it
suspense.heartbreaking-moment | suspense | 0.5 | heartbreaking moment | video caption: promises a scene and how to feel about it
suspense.dramatic-moment | suspense | 0.5 | dramatic moment | video caption: promises a scene and how to feel about it
suspense.hilarious-moment | suspense | 0.5 | hilarious moment | video caption: promises a scene and how to feel about it
suspense.incredible-moment | suspense | 0.5 | incredible moment | video caption: promises a scene and how to feel about it
suspense.horrifying-moment | suspense | 0.5 | horrifying moment | video caption: promises a scene and how to feel about it
suspense.start-moment | suspense | 0.5 | ^ moment | video caption: promises a scene and how to feel about it
suspense.footage-shows | suspense | 0.45 | footage shows | video caption: promises a scene and how to feel about it
suspense.the-day | suspense | 0.378 | the "day" | forward reference: points at something the text withholds (in quotes: 'the days' are a period, before a holiday or of a season)
suspense.on-the-day | suspense | =0 | on/in/during/of/by/to/for/through/throughout/across the day | a phrase of time: 'on the day' says when, it withholds nothing; it holds 'the day' and is no evidence
suspense.the-day-before | suspense | =0 | the day before/after/ahead/off | a phrase of time: 'the day before' says when, it withholds nothing; it holds 'the day' and is no evidence
suspense.save-the-day | suspense | =0 | save the day | an idiom of rescue: 'saves the day' says who put a thing right, it withholds nothing; it holds 'the day' and is no evidence
suspense.spend-the-day | suspense | =0 | spend the day | a phrase of time: 'spend the day' says how a day went, it withholds nothing; it holds 'the day' and is no evidence
suspense.the-time | suspense | 0.357 | the time | forward reference: points at something the text withholds
suspense.at-the-time | suspense | =0 | at/by/all/of the time | a phrase of time: 'at the time' says when, it withholds nothing; it holds 'the time' and is no evidence
suspense.the-time-of-year | suspense | =0 | the time of {gap:1} year | a phrase of time: 'the time of (the) year' says when, it withholds nothing; it holds 'the time' and is no evidence
suspense.when-you-see-it | suspense | 0.6 | when you see it | forward reference: points at something the text withholds
suspense.once-you-see-it | suspense | 0.6 | once you see it | forward reference: points at something the text withholds
suspense.wait-until-you-see | suspense | 0.6 | wait until you see | forward reference: points at something the text withholds
suspense.wait-till-you-see | suspense | 0.6 | wait till you see | forward reference: points at something the text withholds
suspense.wait-for-it | suspense | 0.6 | wait for it | forward reference: points at something the text withholds
suspense.just-wait | suspense | 0.6 | just wait | forward reference: points at something the text withholds
suspense.until-the-end | suspense | 0.6 | until the end | forward reference: points at something the text withholds
suspense.till-the-end | suspense | 0.6 | till the end | forward reference: points at something the text withholds
suspense.wait-until-the-end | suspense | 0.6 | wait until the end | forward reference: points at something the text withholds
suspense.stay-until-the-end | suspense | 0.6 | stay until the end | forward reference: points at something the text withholds
suspense.until-the-end-of | suspense | =0 | until the end of | a phrase of time: 'until the end of May' says how long, it withholds nothing; it holds 'until the end' and is no evidence
suspense.this-one-trick | suspense | 0.6 | this one trick | forward reference: points at something the text withholds
suspense.one-simple-trick | suspense | 0.6 | one simple trick | forward reference: points at something the text withholds
suspense.one-weird-trick | suspense | 0.6 | one weird trick | forward reference: points at something the text withholds
suspense.this-simple-trick | suspense | 0.6 | this simple trick | forward reference: points at something the text withholds
suspense.simple-trick | suspense | 0.6 | simple trick | forward reference: points at something the text withholds
suspense.simple-habit | suspense | 0.6 | simple habit | forward reference: points at something the text withholds ('the simple habit that ...')
suspense.simple-hack | suspense | 0.6 | simple hack | forward reference: points at something the text withholds ('the simple hack that ...')
suspense.trick | suspense | 0.347 | trick | forward reference: points at something the text withholds
suspense.this-one | suspense | 0.315 | this one | forward reference: points at something the text withholds
suspense.got-this-one | suspense | =0 | got/get this one | an idiom of a case in hand: 'got this one wrong' names the matter at issue, it withholds nothing; it holds 'this one' and is no evidence
suspense.on-this-one-end | suspense | =0 | on this one $ | an idiom of a case in hand: 'got this one wrong' names the matter at issue, it withholds nothing; it holds 'this one' and is no evidence
suspense.the-one-thing | suspense | 0.351 | the one thing | forward reference: points at something the text withholds
suspense.one-thing | suspense | 0.6 | one thing | forward reference: points at something the text withholds
one-thing-well | suspense+listicle | =0 | one thing well | an idiom of craft: 'do one thing well' says how a thing is done, it counts no list and withholds nothing; it holds 'one thing' and '{num} things' and is no evidence
one-thing-at-a-time | suspense+listicle | =0 | one thing at a time | an idiom of pace: 'one thing at a time' says how, it counts no list and withholds nothing; it holds 'one thing' and '{num} things' and is no evidence
one-thing-after-another | suspense+listicle | =0 | one thing after another | an idiom of a run of troubles: 'one thing after another' counts no list and withholds nothing; it holds 'one thing' and '{num} things' and is no evidence
one-thing-or-another | suspense+listicle | =0 | one thing or another | an idiom of vagueness: 'for one thing or another' counts no list and names no thing to withhold; it holds 'one thing' and '{num} things' and is no evidence
suspense.the-only-thing | suspense | 0.6 | the only thing | forward reference: points at something the text withholds
suspense.explainer | suspense | =0 | "explainer" | a label of service journalism ('Explainer: ...'): it names the piece, it withholds nothing; it holds 'explain what' ('Explainer: what the fares mean') and is no evidence
suspense.explain-why | suspense | 0.45 | explain why | forward reference: promises an explanation and keeps it back
suspense.explain-how | suspense | 0.45 | explain how | forward reference: promises an explanation and keeps it back
suspense.explain-what | suspense | 0.45 | explain what | forward reference: promises an explanation and keeps it back
suspense.what-it-means | suspense | 0.6 | what it means | forward reference: points at something the text withholds
suspense.what-this-means | suspense | 0.6 | what this means | forward reference: points at something the text withholds
suspense.what-that-means | suspense | 0.6 | what that means | forward reference: points at something the text withholds
suspense.why-it-matters | suspense | 0.6 | why it matters | forward reference: points at something the text withholds
suspense.why-this-matters | suspense | 0.6 | why this matters | forward reference: points at something the text withholds
suspense.why-you-should | suspense | 0.6 | why you should | forward reference: points at something the text withholds
suspense.why-you-shouldnt | suspense | 0.6 | why you shouldn't | forward reference: points at something the text withholds
suspense.why-you-need | suspense | 0.6 | why you need | forward reference: points at something the text withholds
suspense.why-everyone | suspense | 0.6 | why everyone | forward reference: points at something the text withholds
suspense.why-people | suspense | 0.6 | why people | forward reference: points at something the text withholds
suspense.why-we | suspense | 0.6 | why we | forward reference: points at something the text withholds
suspense.the-science-behind | suspense | 0.6 | the science behind | forward reference: points at something the text withholds
suspense.the-psychology | suspense | 0.6 | the psychology | forward reference: points at something the text withholds
suspense.what-x-found | suspense | 0.6 | what {gap:3} found | forward reference: points at something the text withholds
suspense.what-x-saw | suspense | 0.6 | what {gap:3} saw | forward reference: points at something the text withholds
suspense.what-x-discovered | suspense | 0.6 | what {gap:3} discovered | forward reference: points at something the text withholds
suspense.what-x-did-next | suspense | 0.6 | what {gap:3} did next | forward reference: points at something the text withholds
suspense.now-look-at-him | suspense | 0.6 | now look at him | forward reference: a before-and-after that shows the after only to the reader who clicks
suspense.now-look-at-her | suspense | 0.6 | now look at her | forward reference: a before-and-after that shows the after only to the reader who clicks
suspense.now-look-at-them | suspense | 0.6 | now look at them | forward reference: a before-and-after that shows the after only to the reader who clicks
suspense.look-like-now | suspense | 0.6 | look like now | forward reference: a before-and-after that shows the after only to the reader who clicks
suspense.look-at-him-now | suspense | 0.6 | look at him now | forward reference: a before-and-after that shows the after only to the reader who clicks
suspense.look-at-her-now | suspense | 0.6 | look at her now | forward reference: a before-and-after that shows the after only to the reader who clicks
suspense.look-at-them-now | suspense | 0.6 | look at them now | forward reference: a before-and-after that shows the after only to the reader who clicks
suspense.what-x-said-next | suspense | 0.6 | what {gap:3} said next | forward reference: points at something the text withholds
suspense.what-x-heard | suspense | 0.6 | what {gap:3} heard | forward reference: points at something the text withholds
suspense.what-x-learned | suspense | 0.6 | what {gap:3} learned | forward reference: points at something the text withholds
suspense.what-x-claimed | suspense | 0.6 | what {gap:3} claimed | forward reference: points at something the text withholds
suspense.what-x-revealed | suspense | 0.6 | what {gap:3} revealed | forward reference: points at something the text withholds
suspense.what-x-uncovered | suspense | 0.6 | what {gap:3} uncovered | forward reference: points at something the text withholds
suspense.what-x-caught | suspense | 0.6 | what {gap:3} caught | forward reference: points at something the text withholds ('what the camera caught')
suspense.what-x-captured | suspense | 0.6 | what {gap:3} captured | forward reference: points at something the text withholds ('what the doorbell camera captured')
suspense.something-x-darker | suspense | 0.6 | something {gap:2} darker | forward reference: points at something the text withholds
suspense.something-x-sinister | suspense | 0.6 | something {gap:2} sinister | forward reference: points at something the text withholds
suspense.nobody-was-ready-for | suspense | 0.6 | nobody was ready for | forward reference: points at something the text withholds
suspense.no-one-was-ready-for | suspense | 0.6 | no one was ready for | forward reference: points at something the text withholds
suspense.nobody-x-ready-for | suspense | 0.6 | nobody {gap:4} ready for | forward reference: points at something the text withholds
suspense.kept-quiet | suspense | 0.6 | kept quiet | forward reference: points at something the text withholds
suspense.kept-secret | suspense | 0.6 | kept secret | forward reference: points at something the text withholds
suspense.under-wraps | suspense | 0.6 | under wraps | forward reference: points at something the text withholds
suspense.still-a-mystery | suspense | 0.6 | still a mystery | forward reference: points at something the text withholds
suspense.baffled | suspense | 0.45 | baffled | mystery: the piece promises what left people unable to explain it
suspense.doctors-hate | suspense | 0.6 | doctors/dentists/dermatologists/experts/banks hate | withheld answer: a trick named by those it supposedly upsets ('Dentists hate her')
suspense.thought-it-was-just | suspense | 0.5 | thought it was just | twist: sets up the ordinary explanation the story will overturn
suspense.thought-it-was-only | suspense | 0.5 | thought it was only | twist: sets up the ordinary explanation the story will overturn
suspense.like-any-other-day | suspense | 0.4 | like any other day | twist: sets up an ordinary day for the story to overturn
suspense.like-any-other-morning | suspense | 0.4 | like any other morning | twist: sets up an ordinary day for the story to overturn
suspense.like-any-other-night | suspense | 0.4 | like any other night | twist: sets up an ordinary day for the story to overturn
suspense.just-another-day | suspense | 0.4 | just another day | twist: sets up an ordinary day for the story to overturn
suspense.a-normal-day | suspense | 0.4 | a normal day | twist: sets up an ordinary day for the story to overturn
suspense.an-ordinary-day | suspense | 0.4 | an ordinary day | twist: sets up an ordinary day for the story to overturn
suspense.it-wasnt-end | suspense | 0.6 | ^ it wasn't $ | twist: a short denial that withholds what it was instead
suspense.he-was-wrong-end | suspense | 0.6 | ^ he was wrong $ | twist: a short verdict that overturns the setup and keeps back how
suspense.she-was-wrong-end | suspense | 0.6 | ^ she was wrong $ | twist: a short verdict that overturns the setup and keeps back how
suspense.they-were-wrong-end | suspense | 0.6 | ^ they were wrong $ | twist: a short verdict that overturns the setup and keeps back how
suspense.we-were-wrong-end | suspense | 0.6 | ^ we were wrong $ | twist: a short verdict that overturns the setup and keeps back how
suspense.until-she-opened | suspense | 0.5 | until she/he/they/you opened/saw/see/looked/noticed/read/found/spotted it/this/closer/inside $ | withheld answer: a twist ('an ordinary letter, until she opened it') that keeps back what was found
suspense.been-x-wrong-end | suspense | 0.6 | been {gap:3} wrong $ | withheld answer: tells the reader a habit is wrong and keeps the right way back
suspense.doing-it-wrong | suspense | 0.6 | "doing" it wrong | withheld answer: tells the reader a habit is wrong and keeps the right way back
suspense.use-x-wrong-end | suspense | 0.6 | use {gap:2} wrong $ | withheld answer: tells the reader a habit is wrong and keeps the right way back
suspense.nobody-expected | suspense | 0.6 | nobody expected | forward reference: points at something the text withholds
suspense.little-did-x-know | suspense | 0.6 | little did {gap:1} know | forward reference: points at something the text withholds
suspense.could-have-predicted | suspense | 0.6 | could have predicted | forward reference: points at something the text withholds
suspense.could-have-guessed | suspense | 0.6 | could have guessed | forward reference: points at something the text withholds
suspense.would-haunt | suspense | 0.6 | would haunt | forward reference: points at something the text withholds
suspense.no-one-expected | suspense | 0.6 | no one expected | forward reference: points at something the text withholds
suspense.nobody-saw | suspense | 0.6 | nobody saw | forward reference: points at something the text withholds
suspense.no-one-saw | suspense | 0.6 | no one saw | forward reference: points at something the text withholds
suspense.then-something | suspense | 0.6 | then something | forward reference: points at something the text withholds
suspense.start-then-she | suspense | 0.5 | ^ then she | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-he | suspense | 0.5 | ^ then he | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-they | suspense | 0.5 | ^ then they | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-i | suspense | 0.5 | ^ then I | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-we | suspense | 0.5 | ^ then we | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-it | suspense | 0.5 | ^ then it | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-the | suspense | 0.5 | ^ then the | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-this | suspense | 0.5 | ^ then this | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-her | suspense | 0.5 | ^ then her | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-his | suspense | 0.5 | ^ then his | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-their | suspense | 0.5 | ^ then their | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-my | suspense | 0.5 | ^ then my | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-our | suspense | 0.5 | ^ then our | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-a | suspense | 0.5 | ^ then a | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-everything | suspense | 0.5 | ^ then everything | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-suddenly | suspense | 0.5 | ^ then suddenly | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-then-someone | suspense | 0.5 | ^ then someone | cliffhanger: a sentence that opens on 'then' tells the turn of a story and stops there
suspense.start-now-she | suspense | 0.5 | ^ now she | cliffhanger: a sentence that opens on 'now' after the story's start tells where it led and leaves the way there to the click
suspense.start-now-he | suspense | 0.5 | ^ now he | cliffhanger: a sentence that opens on 'now' after the story's start tells where it led and leaves the way there to the click
suspense.start-now-they | suspense | 0.5 | ^ now they | cliffhanger: a sentence that opens on 'now' after the story's start tells where it led and leaves the way there to the click
suspense.start-now-i | suspense | 0.5 | ^ now I | cliffhanger: a sentence that opens on 'now' after the story's start tells where it led and leaves the way there to the click
suspense.start-now-we | suspense | 0.5 | ^ now we | cliffhanger: a sentence that opens on 'now' after the story's start tells where it led and leaves the way there to the click
suspense.start-now-it | suspense | 0.5 | ^ now it | cliffhanger: a sentence that opens on 'now' after the story's start tells where it led and leaves the way there to the click
suspense.something-strange | suspense | 0.6 | something strange | forward reference: points at something the text withholds
suspense.only-the-beginning | suspense | 0.6 | only the beginning | forward reference: points at something the text withholds
suspense.just-the-beginning | suspense | 0.6 | just the beginning | forward reference: points at something the text withholds
suspense.a-dark-turn | suspense | 0.6 | a dark turn | forward reference: points at something the text withholds
suspense.takes-a-turn | suspense | 0.6 | takes a turn | forward reference: points at something the text withholds
suspense.took-a-turn | suspense | 0.6 | took a turn | forward reference: points at something the text withholds
suspense.a-turn-for-the-worse | suspense | 0.6 | a turn for the worse | forward reference: points at something the text withholds
suspense.no-idea-what | suspense | 0.6 | no idea what | forward reference: points at something the text withholds
suspense.had-no-idea | suspense | 0.6 | had no idea | forward reference: points at something the text withholds
suspense.what-was-waiting | suspense | 0.6 | what was waiting | forward reference: points at something the text withholds
suspense.was-waiting-for | suspense | 0.6 | was waiting for | forward reference: points at something the text withholds
suspense.went-pale | suspense | 0.6 | went pale | forward reference: points at something the text withholds
suspense.went-white | suspense | 0.6 | went white | forward reference: points at something the text withholds
suspense.turned-white | suspense | 0.6 | turned white | forward reference: points at something the text withholds
suspense.turned-pale | suspense | 0.6 | turned pale | forward reference: points at something the text withholds
suspense.stranger-than | suspense | 0.6 | stranger than | forward reference: points at something the text withholds
suspense.stranger-than-fiction | suspense | 0.6 | stranger than fiction | forward reference: points at something the text withholds
suspense.than-anyone-imagined | suspense | 0.6 | than anyone imagined | forward reference: points at something the text withholds
suspense.than-anyone-expected | suspense | 0.6 | than anyone expected | forward reference: points at something the text withholds
suspense.than-anyone-thought | suspense | 0.6 | than anyone thought | forward reference: points at something the text withholds
suspense.than-anyone-knew | suspense | 0.6 | than anyone knew | forward reference: points at something the text withholds
suspense.the-truth | suspense | 0.6 | the truth | forward reference: points at something the text withholds
suspense.the-truth-commission | suspense | =0 | the truth commission | a name: a truth commission is a public inquiry into past wrongs, not a truth withheld from the reader; it holds 'the truth' and is no evidence
suspense.the-truth-and-reconciliation | suspense | =0 | the truth and reconciliation | a name: a truth and reconciliation commission is a public inquiry into past wrongs, not a truth withheld from the reader; it holds 'the truth' and is no evidence
suspense.the-truth-is | suspense | 0.6 | the truth is | forward reference: points at something the text withholds
suspense.when-it-finally | suspense | 0.6 | when it finally | forward reference: points at something the text withholds
suspense.what-came-after | suspense | 0.6 | what came after | forward reference: points at something the text withholds
suspense.cant-stop-talking-about | suspense | 0.6 | can't stop talking about | forward reference: points at something the text withholds
suspense.everyone-is-talking-about | suspense | 0.6 | everyone is talking about | forward reference: points at something the text withholds
suspense.people-are-talking-about | suspense | 0.6 | people are talking about | forward reference: points at something the text withholds
suspense.talking-about-this | suspense | 0.6 | talking about this | forward reference: points at something the text withholds
suspense.is-talking-about | suspense | 0.6 | is talking about | forward reference: points at something the text withholds
suspense.something-unexpected | suspense | 0.6 | something unexpected | forward reference: points at something the text withholds
suspense.something-incredible | suspense | 0.6 | something incredible | forward reference: points at something the text withholds
suspense.something-amazing | suspense | 0.6 | something amazing | forward reference: points at something the text withholds
suspense.nobody-knows | suspense | 0.6 | nobody knows | forward reference: points at something the text withholds
suspense.no-one-knows | suspense | 0.6 | no one knows | forward reference: points at something the text withholds
suspense.no-one-knew | suspense | 0.6 | no one knew | forward reference: points at something the text withholds
suspense.nobody-knew | suspense | 0.6 | nobody knew | forward reference: points at something the text withholds

# Suspense: withheld answers and promised reactions.
suspense.will-surprise-you | suspense | 0.7 | will surprise you | withheld answer: promises a reaction and keeps the cause back
suspense.might-surprise-you | suspense | 0.7 | might surprise you | withheld answer: promises a reaction and keeps the cause back
suspense.may-surprise-you | suspense | 0.7 | may surprise you | withheld answer: promises a reaction and keeps the cause back
suspense.will-shock-you | suspense | 0.7 | will shock you | withheld answer: promises a reaction and keeps the cause back
suspense.will-blow-your-mind | suspense | 0.367 | will blow your mind | withheld answer: promises a reaction and keeps the cause back
suspense.blow-your-mind | suspense | 0.7 | blow your mind | withheld answer: promises a reaction and keeps the cause back
suspense.will-make-you | suspense | 0.393 | will make you | withheld answer: promises a reaction and keeps the cause back
suspense.will-have-you | suspense | 0.7 | will have you | withheld answer: promises a reaction and keeps the cause back
suspense.will-leave-you | suspense | 0.7 | will leave you | withheld answer: promises a reaction and keeps the cause back
suspense.will-change-the-way | suspense | 0.7 | will change the way | withheld answer: promises a reaction and keeps the cause back
suspense.will-change-your | suspense | 0.7 | will change your | withheld answer: promises a reaction and keeps the cause back
suspense.will-change-everything | suspense | 0.7 | will change everything | withheld answer: promises a reaction and keeps the cause back
suspense.changes-everything | suspense | 0.7 | changes everything | withheld answer: promises a reaction and keeps the cause back
suspense.change-your-life | suspense | 0.352 | change your life | withheld answer: promises a reaction and keeps the cause back
suspense.changed-my-life | suspense | 0.7 | changed my life | withheld answer: promises a reaction and keeps the cause back
suspense.changed-her-life | suspense | 0.5 | changed her life | withheld answer: promises a reaction and keeps the cause back
suspense.changed-his-life | suspense | 0.5 | changed his life | withheld answer: promises a reaction and keeps the cause back
suspense.changed-their-lives | suspense | 0.5 | changed their lives | withheld answer: promises a reaction and keeps the cause back
suspense.changed-our-lives | suspense | 0.5 | changed our lives | withheld answer: promises a reaction and keeps the cause back
suspense.will-restore-your-faith | suspense | 0.7 | will restore your faith | withheld answer: promises a reaction and keeps the cause back
suspense.restore-your-faith | suspense | 0.7 | restore your faith | withheld answer: promises a reaction and keeps the cause back
suspense.faith-in-humanity | suspense | 0.7 | faith in humanity | withheld answer: promises a reaction and keeps the cause back
suspense.will-give-you | suspense | 0.36 | will give you | withheld answer: promises a reaction and keeps the cause back
suspense.gives-you-chills | suspense | 0.7 | gives you chills | withheld answer: promises a reaction and keeps the cause back
suspense.will-melt-your-heart | suspense | 0.7 | will melt your heart | withheld answer: promises a reaction and keeps the cause back
suspense.with-one-tweet | suspense | 0.5 | with one {gap:2} tweet | withheld answer: a rout in a single stroke, promised and not shown
suspense.with-one-answer | suspense | 0.5 | with one {gap:2} answer | withheld answer: a rout in a single stroke, promised and not shown
suspense.with-one-question | suspense | 0.5 | with one {gap:2} question | withheld answer: a rout in a single stroke, promised and not shown
suspense.with-one-sentence | suspense | 0.5 | with one {gap:2} sentence | withheld answer: a rout in a single stroke, promised and not shown
suspense.with-one-comment | suspense | 0.5 | with one {gap:2} comment | withheld answer: a rout in a single stroke, promised and not shown
suspense.with-one-line | suspense | 0.5 | with one {gap:2} line | withheld answer: a rout in a single stroke, promised and not shown
suspense.with-one-post | suspense | 0.5 | with one {gap:2} post | withheld answer: a rout in a single stroke, promised and not shown
suspense.with-one-photo | suspense | 0.5 | with one {gap:2} photo | withheld answer: a rout in a single stroke, promised and not shown
suspense.with-one-pose | suspense | 0.5 | with one {gap:2} pose | withheld answer: a rout in a single stroke, promised and not shown
suspense.melt-your-heart | suspense | 0.7 | melt your heart | withheld answer: promises a reaction and keeps the cause back
suspense.will-break-your-heart | suspense | 0.7 | will break your heart | withheld answer: promises a reaction and keeps the cause back
suspense.will-warm-your-heart | suspense | 0.7 | will warm your heart | withheld answer: promises a reaction and keeps the cause back
suspense.will-make-your-day | suspense | 0.7 | will make your day | withheld answer: promises a reaction and keeps the cause back
suspense.make-your-day | suspense | 0.7 | make your day | withheld answer: promises a reaction and keeps the cause back
suspense.made-my-day | suspense | 0.7 | made my day | withheld answer: promises a reaction and keeps the cause back
suspense.will-never-be-the-same | suspense | 0.7 | will never be the same | withheld answer: promises a reaction and keeps the cause back
suspense.never-be-the-same | suspense | 0.7 | never be the same | withheld answer: promises a reaction and keeps the cause back
suspense.will-never-look-at | suspense | 0.7 | will never look at | withheld answer: promises a reaction and keeps the cause back
suspense.never-look-at | suspense | 0.7 | never look at | withheld answer: promises a reaction and keeps the cause back
suspense.youll-never | suspense | 0.7 | you'll never | withheld answer: promises a reaction and keeps the cause back
suspense.you-will-never | suspense | 0.7 | you will never | withheld answer: promises a reaction and keeps the cause back
suspense.youll-want-to | suspense | 0.361 | you'll want to | withheld answer: promises a reaction and keeps the cause back
suspense.youll-be | suspense | 0.7 | you'll be | withheld answer: promises a reaction and keeps the cause back
suspense.you-wont | suspense | 0.7 | you won't | withheld answer: promises a reaction and keeps the cause back
suspense.leaves-you | suspense | 0.7 | leaves you | withheld answer: promises a reaction and keeps the cause back
suspense.left-everyone | suspense | 0.7 | left everyone | withheld answer: promises a reaction and keeps the cause back
suspense.leave-x-speechless | suspense | 0.6 | leave {gap:3} speechless | withheld answer: promises a reaction and keeps the cause back
suspense.leave-x-furious | suspense | 0.6 | leave {gap:3} furious | withheld answer: promises a reaction and keeps the cause back
suspense.leave-x-stunned | suspense | 0.6 | leave {gap:3} stunned | withheld answer: promises a reaction and keeps the cause back
suspense.leave-x-baffled | suspense | 0.6 | leave {gap:3} baffled | withheld answer: promises a reaction and keeps the cause back
suspense.leave-x-in-tears | suspense | 0.6 | leave {gap:3} in tears | withheld answer: promises a reaction and keeps the cause back
suspense.leave-x-shaken | suspense | 0.6 | leave {gap:3} shaken | withheld answer: promises a reaction and keeps the cause back
suspense.left-x-speechless | suspense | 0.6 | left {gap:3} speechless | withheld answer: promises a reaction and keeps the cause back; 'left', the past of 'leave', has a stem of its own
suspense.left-x-stunned | suspense | 0.6 | left {gap:3} stunned | withheld answer: promises a reaction and keeps the cause back; 'left', the past of 'leave', has a stem of its own
suspense.left-x-baffled | suspense | 0.6 | left {gap:3} baffled | withheld answer: promises a reaction and keeps the cause back; 'left', the past of 'leave', has a stem of its own
suspense.left-x-in-tears | suspense | 0.6 | left {gap:3} in tears | withheld answer: promises a reaction and keeps the cause back; 'left', the past of 'leave', has a stem of its own
suspense.left-x-shaken | suspense | 0.6 | left {gap:3} shaken | withheld answer: promises a reaction and keeps the cause back; 'left', the past of 'leave', has a stem of its own
suspense.left-x-furious | suspense | 0.6 | left {gap:3} furious | withheld answer: promises a reaction and keeps the cause back; 'left', the past of 'leave', has a stem of its own
suspense.lost-for-words | suspense | 0.5 | lost for words | withheld answer: promises a reaction and keeps the cause back
suspense.left-us | suspense | 0.7 | left us | withheld answer: promises a reaction and keeps the cause back
suspense.left-me | suspense | 0.7 | left me | withheld answer: promises a reaction and keeps the cause back
suspense.you-have-to-see | suspense | 0.7 | you have to see | withheld answer: promises a reaction and keeps the cause back
suspense.you-need-to-see | suspense | 0.356 | you need to see | withheld answer: promises a reaction and keeps the cause back
suspense.have-to-see | suspense | 0.7 | have to see | withheld answer: promises a reaction and keeps the cause back
suspense.need-to-see | suspense | 0.7 | need to see | withheld answer: promises a reaction and keeps the cause back
suspense.must-see | suspense | 0.7 | must see | withheld answer: promises a reaction and keeps the cause back
suspense.must-watch | suspense | 0.7 | must watch | withheld answer: promises a reaction and keeps the cause back
suspense.need-to-watch | suspense | 0.7 | need to watch | withheld answer: promises a reaction and keeps the cause back
suspense.have-to-watch | suspense | 0.7 | have to watch | withheld answer: promises a reaction and keeps the cause back
suspense.you-need-to-know | suspense | 0.35 | you need to know | withheld answer: promises a reaction and keeps the cause back
suspense.need-to-know | suspense | 0.352 | need to know | withheld answer: promises a reaction and keeps the cause back
suspense.everything-you-need-to-know | suspense | 0.353 | everything you need to know | withheld answer: promises a reaction and keeps the cause back
suspense.all-you-need-to-know | suspense | 0.7 | all you need to know | withheld answer: promises a reaction and keeps the cause back
suspense.what-you-need-to-know | suspense | 0.7 | what you need to know | withheld answer: promises a reaction and keeps the cause back
suspense.what-you-should-know | suspense | 0.7 | what you should know | withheld answer: promises a reaction and keeps the cause back
suspense.things-you-should-know | suspense | 0.7 | things you should know | withheld answer: promises a reaction and keeps the cause back
suspense.should-know | suspense | 0.355 | should know | withheld answer: promises a reaction and keeps the cause back
suspense.you-should | suspense | 0.368 | you should | withheld answer: promises a reaction and keeps the cause back

# Suspense: teasers.
suspense.get-ready | suspense | 0.5 | get ready | teaser: announces a reveal to come
suspense.get-ready-for | suspense | 0.5 | get ready for | teaser: announces a reveal to come
suspense.brace-yourself | suspense | 0.5 | brace yourself | teaser: announces a reveal to come
suspense.brace-yourselves | suspense | 0.5 | brace yourselves | teaser: announces a reveal to come
suspense.prepare-yourself | suspense | 0.5 | prepare yourself | teaser: announces a reveal to come
suspense.hold-on-to-your-hat | suspense | 0.5 | hold on to your hat | teaser: announces a reveal to come; holding on to one's savings or job is no teaser
suspense.hold-on-to-your-seat | suspense | 0.5 | hold on to your seat | teaser: announces a reveal to come
suspense.hold-onto-your-hat | suspense | 0.5 | hold onto your hat | teaser: announces a reveal to come
suspense.hold-onto-your-seat | suspense | 0.5 | hold onto your seat | teaser: announces a reveal to come
suspense.inside-look | suspense | 0.5 | inside look | teaser: announces a reveal to come
suspense.inside-the-world-of | suspense | 0.5 | inside the {gap:2} world of | teaser: announces a reveal to come, a tour of a closed world ('inside the secretive world of dog grooming')
suspense.has-bad-news-for | suspense | 0.5 | has bad news for | withheld answer: promises news for a group of readers and keeps it back
suspense.has-some-bad-news-for | suspense | 0.5 | has some bad news for | withheld answer: promises news for a group of readers and keeps it back
suspense.has-good-news-for | suspense | 0.5 | has good news for | withheld answer: promises news for a group of readers and keeps it back
suspense.has-some-good-news-for | suspense | 0.5 | has some good news for | withheld answer: promises news for a group of readers and keeps it back
suspense.has-great-news-for | suspense | 0.5 | has great news for | withheld answer: promises news for a group of readers and keeps it back
suspense.has-some-great-news-for | suspense | 0.5 | has some great news for | withheld answer: promises news for a group of readers and keeps it back
suspense.an-inside-look | suspense | 0.5 | an inside look | teaser: announces a reveal to come
suspense.a-look-inside | suspense | 0.5 | a look inside | teaser: announces a reveal to come
suspense.sneak-peek | suspense | 0.5 | sneak peek | teaser: announces a reveal to come
suspense.sneak-preview | suspense | 0.5 | sneak preview | teaser: announces a reveal to come
suspense.first-look | suspense | 0.5 | first look | teaser: announces a reveal to come
suspense.behind-the-scenes | suspense | 0.5 | behind the scenes | teaser: announces a reveal to come
suspense.is-about-to | suspense | 0.5 | is about to | teaser: announces a reveal to come
suspense.are-about-to | suspense | 0.5 | are about to | teaser: announces a reveal to come
suspense.about-to-change | suspense | 0.5 | about to change | teaser: announces a reveal to come
suspense.is-coming | suspense | 0.5 | is coming | teaser: announces a reveal to come
suspense.are-coming | suspense | 0.5 | are coming | teaser: announces a reveal to come
suspense.is-here | suspense | 0.47 | is here | teaser: announces a reveal to come
suspense.finally-here | suspense | 0.47 | finally here | teaser: announces a reveal to come, and the wait for it ('is finally here')
suspense.are-here | suspense | 0.5 | are here | teaser: announces a reveal to come
suspense.revealed | suspense | 0.445 | revealed | reveal: a verb of making known, which a headline teases with; a statement of body text reports with it what a source made known
suspense.source-reveals | suspense | =0 | police/official/study/report/survey/data/figure/court/document/research/scientist/poll/census/audit/inquiry/record/analysis/investigation/probe reveal | a report: 'Police reveal the man's name', 'Survey reveals broad support': a source that makes a thing known, named before its verb, reports it rather than teases; it holds 'reveal' and is no evidence
suspense.not-revealed | suspense | =0 | not {gap:1} revealed | negated: says what is not known, and promises no reveal; it holds 'revealed' and is no evidence
suspense.hasnt-revealed | suspense | =0 | hasn't/haven't revealed | negated: says what is not known, and promises no reveal; it holds 'revealed' and is no evidence
suspense.didnt-reveal | suspense | =0 | didn't reveal | negated: says what is not known, and promises no reveal; it holds 'revealed' and is no evidence
suspense.declined-to-reveal | suspense | =0 | declined to reveal | negated: says what is not known, and promises no reveal; it holds 'revealed' and is no evidence
suspense.uncovered | suspense | 0.3 | "uncovered" | reveal: a verb of making known, which a headline teases with; a statement of body text reports with it what a source made known
suspense.exposed-to | suspense | =0 | exposed to | exposure: what is 'exposed to' radiation, a solvent or a network meets it, and nothing is revealed; it holds 'exposed' and is no evidence
suspense.exposed | suspense | 0.5 | exposed | reveal: a verb of making known, which a headline teases with; a statement of body text reports with it what a source made known
suspense.memory-leak | suspense | =0 | memory leaked | a term of computing: a memory leak is a fault of a program, not a scoop; it holds 'leaked' and is no evidence
suspense.nuclear-leak | suspense | =0 | nuclear leaked | literal: a nuclear leak is a spill, not a scoop; it holds 'leaked' and is no evidence
suspense.gas-leak | suspense | =0 | gas leaked | literal: a gas leak is a spill, not a scoop; it holds 'leaked' and is no evidence
suspense.oil-leak | suspense | =0 | oil leaked | literal: an oil leak is a spill, not a scoop; it holds 'leaked' and is no evidence
suspense.radiation-leak | suspense | =0 | radiation leaked | literal: a radiation leak is a spill, not a scoop; it holds 'leaked' and is no evidence
suspense.water-leak | suspense | =0 | water leaked | literal: a water leak is a spill, not a scoop; it holds 'leaked' and is no evidence
suspense.fuel-leak | suspense | =0 | fuel leaked | literal: a fuel leak is a spill, not a scoop; it holds 'leaked' and is no evidence
suspense.chemical-leak | suspense | =0 | chemical leaked | literal: a chemical leak is a spill, not a scoop; it holds 'leaked' and is no evidence
suspense.radioactive-leak | suspense | =0 | radioactive leaked | literal: a radioactive leak is a spill, not a scoop; it holds 'leaked' and is no evidence
suspense.ammonia-leak | suspense | =0 | ammonia leaked | literal: an ammonia leak is a spill, not a scoop; it holds 'leaked' and is no evidence
suspense.leaked-document | suspense | =0 | leaked document/report/memo/cable/email/correspondence/transcript/draft | a reported source: a 'leaked document' is what a report quotes, not a teaser; it holds 'leaked' and is no evidence
suspense.leak-investigation | suspense | =0 | leaked investigation/inquiry | a reported inquiry: a 'leak investigation' looks into a disclosure, it teases none; it holds 'leaked' and is no evidence
suspense.leaked | suspense | 0.101 | leaked | reveal: a verb of making known, which a headline teases with; a statement of body text reports with it what a source made known
suspense.spoiler | suspense | 0.5 | spoiler | teaser: announces a reveal to come
suspense.mystery-shopper | suspense | =0 | mystery shopper | a trade: a mystery shopper tests a shop in disguise, not a teaser; it holds 'mystery' and is no evidence
suspense.mystery-novel | suspense | =0 | mystery novel | a genre: a mystery novel is a kind of fiction, not a teaser; it holds 'mystery' and is no evidence
suspense.mystery-writer | suspense | =0 | mystery writer | a genre: a mystery writer writes a kind of fiction, not a teaser; it holds 'mystery' and is no evidence
suspense.mystery-murder | suspense | =0 | murder mystery | a genre: a murder mystery is a kind of fiction, not a teaser; it holds 'mystery' and is no evidence
suspense.mystery | suspense | 0.291 | mystery | teaser: announces a reveal to come
suspense.hidden-meaning | suspense | 0.6 | hidden meaning | teaser: announces a reveal to come
suspense.hidden-message | suspense | 0.6 | hidden message | teaser: announces a reveal to come
suspense.easter-egg | suspense | 0.5 | easter egg | teaser: announces a reveal to come
suspense.whats-next | suspense | 0.5 | what's next | teaser: announces a reveal to come
suspense.what-is-next | suspense | 0.5 | what is next | teaser: announces a reveal to come
suspense.what-lies-ahead | suspense | 0.5 | what lies ahead | teaser: announces a reveal to come
suspense.coming-soon | suspense | 0.5 | coming soon | teaser: announces a reveal to come

# Suspense: open endings.
suspense.for-now-end | suspense | 0.6 | for now $ | open ending: leaves the story hanging for a sequel
suspense.remains-silent | suspense | 0.6 | remains silent | open ending: leaves the story hanging for a sequel
suspense.stays-silent | suspense | 0.6 | stays silent | open ending: leaves the story hanging for a sequel
suspense.stay-tuned | suspense | 0.6 | stay tuned | open ending: leaves the story hanging for a sequel
suspense.to-be-continued | suspense | 0.6 | to be continued | open ending: leaves the story hanging for a sequel
suspense.more-to-come | suspense | 0.6 | more to come | open ending: leaves the story hanging for a sequel
suspense.the-next-chapter | suspense | 0.6 | the next chapter | open ending: leaves the story hanging for a sequel
suspense.next-chapter-awaits | suspense | 0.6 | next chapter awaits | open ending: leaves the story hanging for a sequel
suspense.the-story-continues | suspense | 0.6 | the story continues | open ending: leaves the story hanging for a sequel
suspense.only-time-will-tell | suspense | 0.6 | only time will tell | open ending: leaves the story hanging for a sequel
suspense.time-will-tell | suspense | 0.6 | time will tell | open ending: leaves the story hanging for a sequel
suspense.remains-to-be-seen | suspense | 0.6 | remains to be seen | open ending: leaves the story hanging for a sequel
suspense.remains-a-mystery | suspense | 0.6 | remains a mystery | open ending: leaves the story hanging for a sequel
suspense.this-common | suspense | 0.45 | this common | forward reference: points at a habit or mistake the text withholds
suspense.common-mistake | suspense | 0.45 | common mistake | forward reference: points at a habit or mistake the text withholds
suspense.common-habit | suspense | 0.45 | common habit | forward reference: points at a habit or mistake the text withholds ('fine for common habit')
suspense.everyday-habit | suspense | 0.45 | everyday habit | forward reference: points at a habit or mistake the text withholds
suspense.household-item | suspense | 0.45 | household item | forward reference: points at a thing the text withholds ('the household item that ...')
suspense.major-update-on | suspense | 0.5 | major update on | teaser: announces news of a change without saying what it is
suspense.huge-change-to | suspense | 0.5 | huge change to | teaser: announces news of a change without saying what it is
suspense.major-change-to | suspense | 0.5 | major change to | teaser: announces news of a change without saying what it is
suspense.final-words | suspense | 0.45 | final words | withheld answer: promises last words and keeps them back
suspense.finally-answered | suspense | 0.45 | finally answered | teaser: announces a reveal to come
suspense.been-answered | suspense | 0.45 | has been answered | teaser: announces a reveal to come
suspense.not-even-the-x-part | suspense | 0.6 | not even the {gap:2} part | teaser: says that more, and more striking, is to come
suspense.opens-up-about | suspense | 0.4 | opens up about | confession: promises a private story told at last
suspense.worst-is-yet-to-come | suspense | 0.6 | worst is yet to come | open ending: promises more of the story, and worse
suspense.best-is-yet-to-come | suspense | 0.6 | best is yet to come | open ending: promises more of the story, and better
suspense.the-question-remains | suspense | 0.6 | the question remains | open ending: leaves the story hanging for a sequel
suspense.one-question-remains | suspense | 0.6 | one question remains | open ending: leaves the story hanging for a sequel
suspense.the-wait-is-over | suspense | 0.6 | the wait is over | open ending: leaves the story hanging for a sequel
suspense.but-then | suspense | 0.6 | but then | open ending: leaves the story hanging for a sequel
suspense.and-then | suspense | 0.449 | and then | open ending: leaves the story hanging for a sequel
suspense.now-and-then | suspense | =0 | now and then | an idiom of frequency ('stirring now and then'): leaves nothing hanging; it holds 'and then' and is no evidence
suspense.and-then-some | suspense | =0 | and then some | an idiom of excess: it holds 'and then' and is no evidence
suspense.then-this-happened | suspense | 0.6 | then this happened | cliffhanger: tells that the story turned and keeps the turn back, in a post's body as in a headline, where prose would say what happened
suspense.this-happened | suspense | 0.6 | this happened | open ending: leaves the story hanging for a sequel
suspense.and-thats-when | suspense | 0.6 | and that's when | open ending: leaves the story hanging for a sequel
suspense.thats-when | suspense | 0.6 | that's when | open ending: leaves the story hanging for a sequel
suspense.until-now | suspense | 0.6 | until now | open ending: leaves the story hanging for a sequel
suspense.but-theres-a-catch | suspense | 0.6 | but "there's" a catch | open ending: leaves the story hanging for a sequel
suspense.theres-a-catch | suspense | 0.6 | "there's" a catch | open ending: leaves the story hanging for a sequel
suspense.the-catch | suspense | 0.6 | the catch | open ending: leaves the story hanging for a sequel
suspense.but-wait | suspense | 0.6 | but wait | open ending: leaves the story hanging for a sequel
suspense.not-what-you-think | suspense | 0.6 | not what you think | open ending: leaves the story hanging for a sequel
suspense.isnt-what-you-think | suspense | 0.6 | isn't what you think | open ending: leaves the story hanging for a sequel
suspense.not-what-youd-expect | suspense | 0.6 | not what you'd expect | open ending: leaves the story hanging for a sequel
suspense.youd-think | suspense | 0.6 | you'd think | open ending: leaves the story hanging for a sequel
suspense.you-might-think | suspense | 0.6 | you might think | open ending: leaves the story hanging for a sequel
suspense.you-may-think | suspense | 0.6 | you may think | open ending: leaves the story hanging for a sequel

# Suspense: demonstratives that point forward.
suspense.start-this | suspense | 0.952 | ^ this | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.start-these | suspense | 0.732 | ^ these | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-end | suspense | 0.5 | this $ | forward-pointing demonstrative: a headline that ends on 'this' ("Stop doing this") points at what it shows and does not say
suspense.start-here-is-the-full-text | suspense | =0 | ^ here's the full text | a document given whole: 'Here is the full text of the statement' shows what it points at; it holds 'here's' and is no evidence
suspense.start-heres | suspense | 0.968 | ^ here's | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.start-meet | suspense | 0.551 | ^ "meet" | forward-pointing demonstrative: 'this' names a thing the headline does not; in quotes, since 'Meeting ends without deal' introduces no one
suspense.this | suspense | =0.4 | this | forward-pointing demonstrative: wherever it stands, 'this' names a thing the headline does not show
suspense.these | suspense | =0.4 | these | forward-pointing demonstrative: wherever it stands, 'these' names things the headline does not show
suspense.this-week | suspense | =0 | this week/weekend/year/month/morning/afternoon/evening/spring/summer/autumn/fall/winter/season/christmas/past | a demonstrative of time: 'this' names when, not a thing withheld; it holds 'this' and is no evidence
suspense.is-this | suspense | =0 | is this | a question's subject: 'this' after 'is' is what the question asks about, counted as a question; it holds 'this' and is no evidence
suspense.was-this | suspense | =0 | was this | a question's subject: 'this' after 'was' is what the question asks about, counted as a question; it holds 'this' and is no evidence
suspense.could-this | suspense | =0 | could this | a question's subject: 'this' after 'could' is what the question asks about, counted as a question; it holds 'this' and is no evidence
suspense.can-this | suspense | =0 | can this | a question's subject: 'this' after 'can' is what the question asks about, counted as a question; it holds 'this' and is no evidence
suspense.will-this | suspense | =0 | will this | a question's subject: 'this' after 'will' is what the question asks about, counted as a question; it holds 'this' and is no evidence
suspense.did-this | suspense | =0 | did this | a question's subject: 'this' after 'did' is what the question asks about, counted as a question; it holds 'this' and is no evidence
suspense.does-this | suspense | =0 | does this | a question's subject: 'this' after 'does' is what the question asks about, counted as a question; it holds 'this' and is no evidence
suspense.would-this | suspense | =0 | would this | a question's subject: 'this' after 'would' is what the question asks about, counted as a question; it holds 'this' and is no evidence
suspense.should-this | suspense | =0 | should this | a question's subject: 'this' after 'should' is what the question asks about, counted as a question; it holds 'this' and is no evidence
suspense.start-these-days | suspense | =0 | ^ these days | a phrase of time: 'these days' means now, not things withheld; it holds '^ these' and is no evidence
suspense.this-guy | suspense | 0.364 | this guy | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-girl | suspense | 0.427 | this girl | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-man | suspense | 0.39 | this man | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-woman | suspense | 0.386 | this woman | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-couple | suspense | 0.394 | this couple | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-dog | suspense | 0.377 | this dog | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-video | suspense | 0.366 | this video | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-is | suspense | 0.358 | this is | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.these-people | suspense | 0.448 | these people | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-x-will | suspense | 0.365 | this {gap:2} will | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.these-x-will | suspense | 0.375 | these {gap:2} will | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.this-x-is-everything | suspense | 0.4 | this {gap:3} is everything | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.is-everything | suspense | 0.334 | is everything | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.is-something-else-end | suspense | 0.4 | is something else $ | withheld answer: a verdict that a thing is beyond describing, which keeps back what it is ('the finale is something else')
suspense.are-something-else-end | suspense | 0.4 | are something else $ | withheld answer: a verdict that a thing is beyond describing, which keeps back what it is ('the reviews are something else')
suspense.was-something-else-end | suspense | 0.4 | was something else $ | withheld answer: a verdict that a thing is beyond describing, which keeps back what it is ('last night's match was something else')
suspense.this-x-just | suspense | 0.352 | this {gap:2} just | forward-pointing demonstrative: 'this' names a thing the headline does not
suspense.these-x-just | suspense | 0.4 | these {gap:2} just | forward-pointing demonstrative: 'this' names a thing the headline does not

# Question: openers that put a question to the reader.
question.did-you-know | question | 0.6 | did you know | question opener aimed at the reader
question.do-you-know | question | 0.413 | do you know | question opener aimed at the reader
question.can-you-guess | question | 0.354 | can you guess | question opener aimed at the reader
question.serious-question | question | 0.4 | serious question | a question announced as earnest, to be read as a joke
question.can-you | question | 0.308 | can you | question opener aimed at the reader
question.could-you | question | 0.6 | could you | question opener aimed at the reader
question.would-you | question | 0.378 | would you | question opener aimed at the reader
question.will-you | question | 0.6 | will you | question opener aimed at the reader
question.have-you | question | 0.352 | have you | question opener aimed at the reader
question.have-you-ever | question | 0.6 | have you ever | question opener aimed at the reader
question.did-you-ever | question | 0.6 | did you ever | question opener aimed at the reader
question.do-you-remember | question | 0.388 | do you remember | question opener aimed at the reader
question.remember-when | question | 0.6 | remember when | question opener aimed at the reader
question.can-we-guess | question | 0.352 | can we guess | question opener aimed at the reader
question.we-can-guess | question | 0.6 | we can guess | question opener aimed at the reader
question.we-bet | question | 0.6 | we bet | question opener aimed at the reader
question.bet-you | question | 0.6 | bet you | question opener aimed at the reader
question.guess-what | question | 0.353 | guess what | question opener aimed at the reader
question.guess-which | question | 0.352 | guess which | question opener aimed at the reader
question.guess-who | question | 0.6 | guess who | question opener aimed at the reader
question.guess-how | question | 0.352 | guess how | question opener aimed at the reader
question.guess-the | question | 0.382 | guess the | question opener aimed at the reader
question.what-if | question | 0.6 | what if | question opener aimed at the reader
question.start-what-if | question | 0.6 | ^ what if | question opener aimed at the reader
question.would-you-rather | question | 0.356 | would you rather | question opener aimed at the reader
question.what-would-you | question | 0.6 | what would you | question opener aimed at the reader
question.which-x-are-you | question | 0.37 | which {gap:3} are you | question opener aimed at the reader
question.which-one-are-you | question | 0.6 | which one are you | question opener aimed at the reader
question.who-are-you | question | 0.6 | who are you | question opener aimed at the reader
question.what-kind-of | question | 0.335 | what kind of | question opener aimed at the reader
question.what-type-of | question | 0.351 | what type of | question opener aimed at the reader
question.what-sort-of | question | 0.6 | what sort of | question opener aimed at the reader
question.whats-your | question | 0.364 | what's your | question opener aimed at the reader
question.what-is-your | question | 0.362 | what is your | question opener aimed at the reader
question.which-is-your | question | 0.6 | which is your | question opener aimed at the reader
question.how-well-do-you-know | question | 0.428 | how well do you know | question opener aimed at the reader
question.how-much-do-you-know | question | 0.6 | how much do you know | question opener aimed at the reader
question.how-many-x-have-you | question | 0.6 | how many {gap:3} have you | question opener aimed at the reader
question.how-x-are-you | question | 0.36 | how {gap:2} are you | question opener aimed at the reader
question.are-you-a | question | 0.6 | are you a | question opener aimed at the reader
question.are-you-more | question | 0.435 | are you more | question opener aimed at the reader
question.are-you-the | question | 0.6 | are you the | question opener aimed at the reader
question.are-you-ready | question | 0.6 | are you ready | question opener aimed at the reader
question.are-you | question | 0.407 | are you | question opener aimed at the reader
question.do-you | question | 0.393 | do you | question opener aimed at the reader
question.do-your | question | 0.6 | do your | question opener aimed at the reader
question.does-your | question | 0.368 | does your | question opener aimed at the reader
question.is-your | question | 0.423 | is your | question opener aimed at the reader
question.are-your | question | 0.365 | are your | question opener aimed at the reader
question.can-you-tell | question | 0.362 | can you tell | question opener aimed at the reader
question.can-you-name | question | 0.364 | can you name | question opener aimed at the reader
question.can-you-find | question | 0.6 | can you find | question opener aimed at the reader
question.can-you-spot | question | 0.6 | can you spot | question opener aimed at the reader
question.can-you-pass | question | 0.354 | can you pass | question opener aimed at the reader
question.can-you-get | question | 0.6 | can you get | question opener aimed at the reader
question.can-you-identify | question | 0.383 | can you identify | question opener aimed at the reader
question.can-you-match | question | 0.376 | can you match | question opener aimed at the reader
question.can-you-solve | question | 0.6 | can you solve | question opener aimed at the reader
question.can-you-answer | question | 0.6 | can you answer | question opener aimed at the reader
question.how-many-of | question | 0.352 | how many of | question opener aimed at the reader
question.take-this-quiz | question | 0.6 | take this quiz | question opener aimed at the reader
question.take-the-quiz | question | 0.6 | take the quiz | question opener aimed at the reader
pub-quiz | question+listicle | =0 | pub quiz | an event: a pub quiz is a night out, not a quiz put to the reader; it holds 'quiz' and is no evidence
quiz-night | question+listicle | =0 | quiz night | an event: a quiz night is a night out, not a quiz put to the reader; it holds 'quiz' and is no evidence
quiz-show | question+listicle | =0 | quiz show | a genre: a television quiz show puts its questions to its contestants, not to the reader; it holds 'quiz' and is no evidence
question.quiz | question | 0.386 | quiz | question opener aimed at the reader
question.tell-us | question | 0.465 | tell us | question opener aimed at the reader
question.start-show-us | question | 0.465 | ^ show us | question opener aimed at the reader: an imperative that asks for the reader's own ('Show us your tattoos')
question.tell-me | question | 0.6 | tell me | question opener aimed at the reader
question.do-you-agree | question | 0.6 | do you agree | question opener aimed at the reader
question.what-do-you-think | question | 0.6 | what do you think | question opener aimed at the reader
question.who-wore-it-better | question | 0.6 | who wore it better | question opener aimed at the reader
question.who-did-it-better | question | 0.6 | who did it better | question opener aimed at the reader
question.real-or-fake | question | 0.6 | real or fake | question opener aimed at the reader
question.true-or-false | question | 0.6 | true or false | question opener aimed at the reader
question.yes-or-no | question | 0.6 | yes or no | question opener aimed at the reader
question.this-or-that | question | 0.6 | this or that | question opener aimed at the reader
question.or-not | question | 0.241 | or not | question opener aimed at the reader
question.or-nah | question | 0.6 | or nah | question opener aimed at the reader
question.or-is-it | question | 0.6 | or is it | question opener aimed at the reader
question.am-i-the-only | question | 0.6 | am i the only | question opener aimed at the reader
question.is-anyone-else | question | 0.6 | is anyone else | question opener aimed at the reader
question.anyone-else | question | 0.6 | anyone else | question opener aimed at the reader
question.who-else | question | 0.6 | who else | question opener aimed at the reader
question.why-is-everyone | question | 0.6 | why is everyone | question opener aimed at the reader
question.why-are-people | question | 0.6 | why are people | question opener aimed at the reader
question.why-does-everyone | question | 0.6 | why does everyone | question opener aimed at the reader
question.why-do-people | question | 0.6 | why do people | question opener aimed at the reader
question.why-do-we | question | 0.6 | why do we | question opener aimed at the reader
question.why-are-we | question | 0.6 | why are we | question opener aimed at the reader
question.should-you | question | 0.396 | should you | question opener aimed at the reader
question.should-i | question | 0.6 | should i | question opener aimed at the reader
question.should-we | question | 0.6 | should we | question opener aimed at the reader

# Question: headlines that open as questions.
question.start-is-this | question | 0.844 | ^ is this | question headline: the headline asks rather than tells
question.isnt-it-time | question | 0.6 | ^ isn't it time | rhetorical: a question that asks the reader to agree, not to answer ('Isn't it time we fixed the trains?')
question.start-is-it | question | 0.35 | ^ is it | question headline: the headline asks rather than tells
question.start-is-that | question | 0.35 | ^ is that | question headline: the headline asks rather than tells
question.start-are-these | question | 0.454 | ^ are these | question headline: the headline asks rather than tells
question.start-are-they | question | 0.35 | ^ are they | question headline: the headline asks rather than tells
question.start-was-this | question | 0.35 | ^ was this | question headline: the headline asks rather than tells
question.start-was-it | question | 0.35 | ^ was it | question headline: the headline asks rather than tells
question.start-was-that | question | 0.35 | ^ was that | question headline: the headline asks rather than tells
question.start-were-they | question | 0.35 | ^ were they | question headline: the headline asks rather than tells
question.start-could-this | question | 0.35 | ^ could this | question headline: the headline asks rather than tells
question.start-could-it | question | 0.35 | ^ could it | question headline: the headline asks rather than tells
question.start-could-the | question | 0.35 | ^ could the | question headline: the headline asks rather than tells
question.start-can-this | question | 0.35 | ^ can this | question headline: the headline asks rather than tells
question.start-can-a | question | 0.35 | ^ can a | question headline: the headline asks rather than tells
question.start-will-this | question | 0.35 | ^ will this | question headline: the headline asks rather than tells
question.start-will-the | question | 0.35 | ^ will the | question headline: the headline asks rather than tells
question.start-would-you | question | 0.365 | ^ would you | question headline: the headline asks rather than tells
question.start-did-this | question | 0.35 | ^ did this | question headline: the headline asks rather than tells
question.start-did-the | question | 0.35 | ^ did the | question headline: the headline asks rather than tells
question.start-does-this | question | 0.35 | ^ does this | question headline: the headline asks rather than tells
question.start-does-the | question | 0.35 | ^ does the | question headline: the headline asks rather than tells
question.start-has-the | question | 0.35 | ^ has the | question headline: the headline asks rather than tells
question.start-have-we | question | 0.35 | ^ have we | question headline: the headline asks rather than tells
question.start-is-the | question | 0.35 | ^ is the | question headline: the headline asks rather than tells
question.start-are-the | question | 0.35 | ^ are the | question headline: the headline asks rather than tells
question.start-is-there | question | 0.35 | ^ is there | question headline: the headline asks rather than tells
question.start-are-there | question | 0.35 | ^ are there | question headline: the headline asks rather than tells
question.start-why | question | 0.652 | ^ why | question headline: the headline asks rather than tells
question.start-what | question | 0.83 | ^ what | question headline: the headline asks rather than tells
question.start-what-a | question | =0 | ^ what a/an | an exclamation, not a question: 'What a comeback', 'What an idea' cry out at a thing; it holds 'what' opening the headline and is no evidence of a question
question.start-what-a-x-would | question | 0.83 | ^ what a/an {gap:4} would/could/will/might/can/may/does/did/do/mean/meant/look/cost/tell/say/teach/taught | question headline: 'What a rate cut would mean for you' asks, in the clause it embeds, rather than tells
question.start-who | question | 0.598 | ^ who | question headline: the headline asks rather than tells
question.start-which | question | 0.924 | ^ which | question headline: the headline asks rather than tells
question.start-how | question | 0.702 | ^ how | question headline: the headline asks rather than tells
question.start-where | question | 0.343 | ^ where | question headline: the headline asks rather than tells
question.start-when | question | 0.357 | ^ when | question headline: the headline asks rather than tells
question.start-is | question | 0.357 | ^ is | question headline: the headline asks rather than tells
question.start-are | question | 0.531 | ^ are | question headline: the headline asks rather than tells
question.start-was | question | 0.35 | ^ was | question headline: the headline asks rather than tells
question.start-were | question | 0.35 | ^ were | question headline: the headline asks rather than tells
question.start-do | question | 0.488 | ^ do | question headline: the headline asks rather than tells
question.start-does | question | 0.35 | ^ does | question headline: the headline asks rather than tells
question.start-did | question | 0.497 | ^ did | question headline: the headline asks rather than tells
question.start-can | question | 0.395 | ^ can | question headline: the headline asks rather than tells
question.start-could | question | 0.35 | ^ could | question headline: the headline asks rather than tells
question.start-will | question | 0.464 | ^ will | question headline: the headline asks rather than tells
question.start-would | question | 0.35 | ^ would | question headline: the headline asks rather than tells
question.start-should | question | 0.334 | ^ should | question headline: the headline asks rather than tells
question.start-has | question | 0.35 | ^ has | question headline: the headline asks rather than tells
question.start-have | question | 0.35 | ^ have | question headline: the headline asks rather than tells

# Question: insinuation.
question.is-this-the-end | question | 0.7 | is this the end | insinuating question: suggests what it does not claim
question.is-this-the-end-of | question | 0.7 | is this the end of | insinuating question: suggests what it does not claim
question.could-this-be | question | 0.7 | could this be | insinuating question: suggests what it does not claim
question.could-this-be-the | question | 0.7 | could this be the | insinuating question: suggests what it does not claim
question.could-it-be | question | 0.7 | could it be | insinuating question: suggests what it does not claim
question.might-this-be | question | 0.7 | might this be | insinuating question: suggests what it does not claim
question.is-this-really-the | question | 0.7 | is this really the | insinuating question: suggests what it does not claim
question.are-we-about-to | question | 0.7 | are we about to | insinuating question: suggests what it does not claim
question.are-we-witnessing | question | 0.7 | are we witnessing | insinuating question: suggests what it does not claim
question.is-it-too-late | question | 0.7 | is it too late | insinuating question: suggests what it does not claim
question.is-this-the-beginning | question | 0.7 | is this the beginning | insinuating question: suggests what it does not claim
question.is-this-the-start | question | 0.7 | is this the start | insinuating question: suggests what it does not claim
question.is-this-the-future | question | 0.7 | is this the future | insinuating question: suggests what it does not claim
question.is-this-the-most | question | 0.7 | is this the most | insinuating question: suggests what it does not claim
question.is-this-the-best | question | 0.7 | is this the best | insinuating question: suggests what it does not claim
question.is-this-the-worst | question | 0.7 | is this the worst | insinuating question: suggests what it does not claim
question.is-this-the-real | question | 0.7 | is this the real | insinuating question: suggests what it does not claim
question.is-it-time | question | 0.7 | is it time | insinuating question: suggests what it does not claim
question.is-it-over | question | 0.7 | is it over | insinuating question: suggests what it does not claim
question.is-it-worth | question | 0.7 | is it worth | insinuating question: suggests what it does not claim
question.is-it-really | question | 0.7 | is it really | insinuating question: suggests what it does not claim
question.is-this-really | question | 0.7 | is this really | insinuating question: suggests what it does not claim
question.are-they-really | question | 0.7 | are they really | insinuating question: suggests what it does not claim
question.was-it-really | question | 0.7 | was it really | insinuating question: suggests what it does not claim
question.really-worth | question | 0.7 | really worth | insinuating question: suggests what it does not claim
question.really-think | question | 0.7 | really think | insinuating question: suggests what it does not claim
question.the-beginning-of-the-end | question | 0.7 | the beginning of the end | insinuating question: suggests what it does not claim
question.a-sign-of | question | 0.7 | a sign of | insinuating question: suggests what it does not claim
question.a-sign-that | question | 0.7 | a sign that | insinuating question: suggests what it does not claim
question.proof-that | question | 0.7 | proof that | insinuating question: suggests what it does not claim
question.coincidence | question | 0.7 | coincidence | insinuating question: suggests what it does not claim
question.conspiracy-to | question | =0 | conspiracy to | a charge: 'conspiracy to defraud' names a crime a court tries, it insinuates nothing; it holds 'conspiracy' and is no evidence
question.conspiracy | question | 0.7 | conspiracy | insinuating question: suggests what it does not claim
question.cover-up | question | 0.275 | cover-up | insinuating question: suggests what it does not claim
question.what-are-they-hiding | question | 0.7 | what are they hiding | insinuating question: suggests what it does not claim
question.what-is-x-hiding | question | 0.7 | what is {gap:2} hiding | insinuating question: suggests what it does not claim
question.who-is-behind | question | 0.7 | who is behind | insinuating question: suggests what it does not claim
question.whos-behind | question | 0.7 | who's behind | insinuating question: suggests what it does not claim
question.whats-behind | question | 0.7 | what's behind | insinuating question: suggests what it does not claim
question.what-is-behind | question | 0.7 | what is behind | insinuating question: suggests what it does not claim
question.what-went-wrong | question | 0.7 | what went wrong | insinuating question: suggests what it does not claim
question.whos-to-blame | question | 0.7 | who's to blame | insinuating question: suggests what it does not claim
question.who-is-to-blame | question | 0.7 | who is to blame | insinuating question: suggests what it does not claim
question.should-we-be-worried | question | 0.7 | should we be worried | insinuating question: suggests what it does not claim
question.should-you-be-worried | question | 0.7 | should you be worried | insinuating question: suggests what it does not claim
question.be-worried | question | 0.7 | be worried | insinuating question: suggests what it does not claim
question.too-good-to-be-true | question | 0.7 | too good to be true | insinuating question: suggests what it does not claim

# Emphasis: hyperbole.
emphasis.shocking | emphasis | 0.266 | shocking | hyperbole: an extreme word in place of a measured one
emphasis.electric-shock | emphasis | =0 | electric shock | a term of physics and medicine: an 'electric shock' is a current through the body, not a surprise; it holds 'shock' and is no evidence
emphasis.septic-shock | emphasis | =0 | septic shock | a medical term: 'septic shock' is a failure of the circulation, not a surprise; it holds 'shock' and is no evidence
emphasis.toxic-shock | emphasis | =0 | toxic shock | a medical term: 'toxic shock' is a syndrome, not a surprise; it holds 'shock' and is no evidence
emphasis.anaphylactic-shock | emphasis | =0 | anaphylactic shock | a medical term: 'anaphylactic shock' is a severe allergic reaction, not a surprise; it holds 'shock' and is no evidence
emphasis.shock-absorber | emphasis | =0 | shock absorber | a part of a machine: a 'shock absorber' damps a jolt, it tells of no surprise; it holds 'shock' and is no evidence
emphasis.stun-gun | emphasis | =0 | stun gun | a weapon: a 'stun gun' names a device, it tells of no surprise; it holds 'stunning' and is no evidence
emphasis.stunning | emphasis | 0.386 | stunning | hyperbole: an extreme word in place of a measured one
emphasis.surprising | emphasis | 0.343 | "surprising" | hyperbole: an extreme word in place of a measured one
emphasis.astonishing | emphasis | 0.45 | astonishing | hyperbole: an extreme word in place of a measured one
emphasis.astounding | emphasis | 0.45 | astounding | hyperbole: an extreme word in place of a measured one
emphasis.amazing | emphasis | 0.65 | amazing | hyperbole: an extreme word in place of a measured one
emphasis.amazing-grace | emphasis | =0 | amazing grace | a title: 'Amazing Grace' is a hymn, named by its first words; it holds 'amazing' and is no evidence
emphasis.incredible | emphasis | 0.478 | incredible | hyperbole: an extreme word in place of a measured one
emphasis.unbelievable | emphasis | 0.45 | unbelievable | hyperbole: an extreme word in place of a measured one
emphasis.unreal | emphasis | 0.45 | unreal | hyperbole: an extreme word in place of a measured one
emphasis.insane | emphasis | 0.52 | insane | hyperbole: an extreme word in place of a measured one
emphasis.insane-asylum | emphasis | =0 | insane asylum | a term of history and law: an insane asylum, and the criminally insane, name an institution and a plea, not a reaction; it holds 'insane' and is no evidence
emphasis.criminally-insane | emphasis | =0 | criminally insane | a term of history and law: an insane asylum, and the criminally insane, name an institution and a plea, not a reaction; it holds 'insane' and is no evidence
emphasis.crazy | emphasis | 0.44 | crazy | hyperbole: an extreme word in place of a measured one
emphasis.craziest | emphasis | 0.45 | craziest | hyperbole: an extreme word in place of a measured one
emphasis.mind-blowing | emphasis | 0.412 | mind-blowing | hyperbole: an extreme word in place of a measured one
emphasis.mind-blown | emphasis | 0.45 | mind-blown | hyperbole: an extreme word in place of a measured one
emphasis.jaw-dropping | emphasis | 0.45 | jaw-dropping | hyperbole: an extreme word in place of a measured one
emphasis.shockwaves | emphasis | 0.45 | shockwaves | hyperbole: an extreme word in place of a measured one
emphasis.gut-wrenching | emphasis | 0.45 | gut-wrenching | hyperbole: an extreme word in place of a measured one
emphasis.eye-watering | emphasis | 0.45 | eye-watering | hyperbole: an extreme word in place of a measured one
emphasis.mind-boggling | emphasis | 0.45 | mind-boggling | hyperbole: an extreme word in place of a measured one
emphasis.lose-x-mind | emphasis | 0.5 | lose {gap:1} mind | reaction hyperbole: an ordinary response told as a breakdown
emphasis.mass-hysteria | emphasis | 0.5 | mass hysteria | reaction hyperbole: an ordinary response told as a breakdown
emphasis.lost-x-mind | emphasis | 0.5 | lost {gap:1} mind | reaction hyperbole: an ordinary response told as a breakdown
emphasis.going-wild | emphasis | 0.45 | going wild | reaction hyperbole: an ordinary response told as a breakdown
emphasis.goes-wild | emphasis | 0.45 | goes wild | reaction hyperbole: an ordinary response told as a breakdown
emphasis.went-wild | emphasis | 0.45 | went wild | reaction hyperbole: an ordinary response told as a breakdown
emphasis.breathtaking | emphasis | 0.45 | breathtaking | hyperbole: an extreme word in place of a measured one
emphasis.epic-poem | emphasis | =0 | epic poem | a genre: an epic poem is a long narrative in verse; it holds 'epic' and is no evidence
emphasis.epic-poetry | emphasis | =0 | epic poetry | a genre: epic poetry is long narrative verse; it holds 'epic' and is no evidence
emphasis.epic | emphasis | 0.421 | epic | hyperbole: an extreme word in place of a measured one
emphasis.legendary | emphasis | 0.45 | legendary | hyperbole: an extreme word in place of a measured one
emphasis.explosive | emphasis | 0.35 | "explosive" | tabloid register: 'an explosive row' makes a quarrel a blast
emphasis.explosive-device | emphasis | =0 | "explosive" device/belt/vest | a weapon: 'explosive device' names a bomb, not a row; it holds 'explosive' and is no evidence
emphasis.emotional | emphasis | 0.35 | "emotional" | tabloid register: 'emotional scenes', 'an emotional tribute' tells the reader what to feel
emphasis.emotional-abuse | emphasis | =0 | "emotional" abuse/support/health/wellbeing/intelligence/neglect/needs/distress | a term of care: 'emotional abuse' names a need or a harm, it tells no one what to feel; it holds 'emotional' and is no evidence
emphasis.iconic | emphasis | 0.486 | "iconic" | hyperbole: an extreme word in place of a measured one
emphasis.ultimate | emphasis | 0.591 | ultimate | hyperbole: an extreme word in place of a measured one
emphasis.ultimate-decision | emphasis | =0 | ultimate decision/responsibility/authority/owner/aim/cause | final: in 'ultimate decision' the word means last or at bottom, not the greatest of its kind; it holds 'ultimate' and is no evidence
emphasis.ultimate-frisbee | emphasis | =0 | ultimate frisbee | a sport: 'ultimate frisbee', or 'ultimate' alone, names a team game; it holds 'ultimate' and is no evidence
emphasis.unprecedented | emphasis | 0.45 | unprecedented | hyperbole: an extreme word in place of a measured one
emphasis.nothing-short-of | emphasis | 0.5 | nothing short of | hyperbole: puts a thing at the extreme by denying it anything less ('nothing short of a miracle')
emphasis.never-seen-anything-like | emphasis | 0.5 | never seen anything like | hyperbole: a claim that nothing before compares, in place of a measured one
emphasis.unstoppable | emphasis | 0.45 | unstoppable | hyperbole: an extreme word in place of a measured one
emphasis.unthinkable | emphasis | 0.45 | unthinkable | hyperbole: an extreme word in place of a measured one
emphasis.unimaginable | emphasis | 0.45 | unimaginable | hyperbole: an extreme word in place of a measured one
emphasis.extraordinary | emphasis | 0.45 | extraordinary | hyperbole: an extreme word in place of a measured one
emphasis.phenomenal | emphasis | 0.45 | phenomenal | hyperbole: an extreme word in place of a measured one
emphasis.spectacular | emphasis | 0.45 | spectacular | hyperbole: an extreme word in place of a measured one
emphasis.sensational | emphasis | 0.45 | "sensational" | hyperbole: an extreme word in place of a measured one; in quotes, since 'a burning sensation' is a feeling
emphasis.sensationally | emphasis | 0.45 | "sensationally" | hyperbole: an extreme word in place of a measured one
emphasis.staggering | emphasis | 0.45 | staggering | hyperbole: an extreme word in place of a measured one
emphasis.bombshell | emphasis | 0.45 | bombshell | hyperbole: an extreme word in place of a measured one
emphasis.massive-stroke | emphasis | =0 | massive stroke | a medical term: 'a massive stroke' is a severe one, as a doctor says; it holds 'massive' and is no evidence
emphasis.massive-heart-attack | emphasis | =0 | massive heart attack | a medical term: 'a massive heart attack' is a severe one, as a doctor says; it holds 'massive' and is no evidence
emphasis.massive-star | emphasis | =0 | massive star/galaxy/planet | a term of astronomy: 'a massive star' has great mass; it holds 'massive' and is no evidence
emphasis.massive-black-hole | emphasis | =0 | massive black hole | a term of astronomy: 'a massive black hole' has great mass; it holds 'massive' and is no evidence
emphasis.massive | emphasis | 0.286 | massive | hyperbole: an extreme word in place of a measured one
emphasis.gigantic | emphasis | 0.45 | gigantic | hyperbole: an extreme word in place of a measured one
emphasis.enormous | emphasis | 0.45 | enormous | hyperbole: an extreme word in place of a measured one
emphasis.colossal-squid | emphasis | =0 | colossal squid | a species: the colossal squid is named for its size; it holds 'colossal' and is no evidence
emphasis.colossal | emphasis | 0.45 | colossal | hyperbole: an extreme word in place of a measured one
emphasis.monumental | emphasis | 0.45 | "monumental" | hyperbole: an extreme word in place of a measured one
emphasis.earth-shattering | emphasis | 0.45 | earth-shattering | hyperbole: an extreme word in place of a measured one
emphasis.game-changing | emphasis | 0.45 | game-changing | hyperbole: an extreme word in place of a measured one
emphasis.game-changer | emphasis | 0.45 | game changer | hyperbole: an extreme word in place of a measured one
emphasis.escalated-quickly | emphasis | 0.45 | escalated quickly | hyperbole: a catchphrase of social media that tells a small scene as a runaway one
emphasis.heroes-wear-capes | emphasis | 0.5 | heroes wear capes | hyperbole: a catchphrase of social media that crowns an ordinary kindness ('not all heroes wear capes')
emphasis.not-all-heroes-wear-capes | emphasis | 0.5 | not all heroes wear capes | hyperbole: a catchphrase of social media that crowns an ordinary kindness; its 'not' is part of it and negates nothing
emphasis.life-changing | emphasis | 0.45 | life changing | hyperbole: an extreme word in place of a measured one
emphasis.pure-magic | emphasis | 0.52 | pure magic | hyperbole: a thing praised as nothing but a feeling or a quality
emphasis.pure-gold | emphasis | 0.45 | pure gold | hyperbole: a thing praised as nothing but a feeling or a quality
emphasis.pure-joy | emphasis | 0.45 | pure joy | hyperbole: a thing praised as nothing but a feeling or a quality
emphasis.pure-evil | emphasis | 0.45 | pure evil | hyperbole: a thing praised as nothing but a feeling or a quality
emphasis.pure-genius | emphasis | 0.45 | pure genius | hyperbole: a thing praised as nothing but a feeling or a quality
emphasis.pure-bliss | emphasis | 0.45 | pure bliss | hyperbole: a thing praised as nothing but a feeling or a quality
emphasis.pure-perfection | emphasis | 0.86 | pure perfection | hyperbole: a thing praised as nothing but a feeling or a quality
emphasis.too-pure | emphasis | 0.45 | too pure | hyperbole: a thing praised as nothing but a feeling or a quality
emphasis.powerful-photos | emphasis | 0.4 | powerful photos | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-pictures | emphasis | 0.4 | powerful pictures | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-images | emphasis | 0.4 | powerful images | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-video | emphasis | 0.4 | powerful video | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-speech | emphasis | 0.4 | powerful speech | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-message | emphasis | 0.4 | powerful message | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-moments | emphasis | 0.4 | powerful moments | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-performance | emphasis | 0.4 | powerful performance | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-letter | emphasis | 0.4 | powerful letter | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-essay | emphasis | 0.4 | powerful essay | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-poem | emphasis | 0.4 | powerful poem | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-reminder | emphasis | 0.4 | powerful reminder | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.powerful-tribute | emphasis | 0.4 | powerful tribute | media hype: a photo, speech or letter sold by the feeling it stirs, not by what it shows or says
emphasis.revolutionary-guard | emphasis | =0 | revolutionary guard | a name: the Revolutionary Guard is a military force; it holds 'revolutionary' and is no evidence
emphasis.revolutionary-war | emphasis | =0 | revolutionary war | a name: the Revolutionary War is a war of history; it holds 'revolutionary' and is no evidence
emphasis.revolutionary | emphasis | 0.45 | revolutionary | hyperbole: an extreme word in place of a measured one
emphasis.groundbreaking | emphasis | 0.45 | groundbreaking | hyperbole: an extreme word in place of a measured one
emphasis.ground-breaking | emphasis | 0.45 | ground-breaking | hyperbole: an extreme word in place of a measured one
emphasis.miraculous | emphasis | 0.45 | miraculous | hyperbole: an extreme word in place of a measured one
emphasis.miracle | emphasis | 0.45 | miracle | hyperbole: an extreme word in place of a measured one
emphasis.magical-realism | emphasis | =0 | magical realism | a term of criticism: magical realism is a kind of fiction; it holds 'magical' and is no evidence
emphasis.magical | emphasis | 0.518 | magical | hyperbole: an extreme word in place of a measured one
emphasis.genius | emphasis | 0.37 | genius | hyperbole: an extreme word in place of a measured one
emphasis.brilliant | emphasis | 0.361 | brilliant | hyperbole: an extreme word in place of a measured one
emphasis.present-perfect | emphasis | =0 | present perfect | a term of grammar: the present perfect is a tense; it holds 'perfect' and is no evidence
emphasis.past-perfect | emphasis | =0 | past perfect | a term of grammar: the past perfect is a tense; it holds 'perfect' and is no evidence
emphasis.perfect-tense | emphasis | =0 | perfect tense | a term of grammar: the perfect tense; it holds 'perfect' and is no evidence
emphasis.perfect-competition | emphasis | =0 | perfect competition | a term of economics: perfect competition is a model of a market; it holds 'perfect' and is no evidence
emphasis.perfect | emphasis | 0.859 | perfect | hyperbole: an extreme word in place of a measured one
emphasis.flawless | emphasis | 0.469 | flawless | hyperbole: an extreme word in place of a measured one
emphasis.terrifying | emphasis | 0.403 | terrifying | hyperbole: an extreme word in place of a measured one
emphasis.horrifying | emphasis | 0.423 | horrifying | hyperbole: an extreme word in place of a measured one
emphasis.horrific | emphasis | 0.45 | horrific | hyperbole: an extreme word in place of a measured one
emphasis.chilling | emphasis | 0.437 | "chilling" | hyperbole: an extreme word in place of a measured one; in quotes, since 'chill' shares its stem
emphasis.chills | emphasis | 0.437 | "chills" | hyperbole: an extreme word in place of a measured one ('sends chills down your spine')
emphasis.disturbing | emphasis | 0.45 | "disturbing" | hyperbole: an extreme word in place of a measured one; in quotes, since 'a disturbance at the prison' reports one
emphasis.disturbingly | emphasis | 0.45 | "disturbingly" | hyperbole: an extreme word in place of a measured one
emphasis.heartbreaking | emphasis | 0.514 | heartbreaking | hyperbole: an extreme word in place of a measured one
emphasis.heart-wrenching | emphasis | 0.45 | heart-wrenching | hyperbole: an extreme word in place of a measured one
emphasis.heartwarming | emphasis | 0.45 | heartwarming | hyperbole: an extreme word in place of a measured one
emphasis.tear-jerking | emphasis | 0.45 | tear-jerking | hyperbole: an extreme word in place of a measured one
emphasis.adorable | emphasis | 0.837 | adorable | hyperbole: an extreme word in place of a measured one
emphasis.hilarious | emphasis | 0.772 | "hilarious" | hyperbole: an extreme word in place of a measured one; in quotes, since the name Hilary shares its stem
emphasis.hilariously | emphasis | 0.772 | "hilariously" | hyperbole: an extreme word in place of a measured one
emphasis.hysterical | emphasis | 0.45 | hysterical | hyperbole: an extreme word in place of a measured one
emphasis.ridiculous | emphasis | 0.42 | ridiculous | hyperbole: an extreme word in place of a measured one
emphasis.outrageous | emphasis | 0.38 | outrageous | hyperbole: an extreme word in place of a measured one
emphasis.scandalous | emphasis | 0.233 | "scandalous" | hyperbole: an extreme word in place of a measured one; in quotes, since 'scandal' is a news report's noun
emphasis.scandalously | emphasis | 0.233 | "scandalously" | hyperbole: an extreme word in place of a measured one
emphasis.awesome | emphasis | 0.403 | awesome | hyperbole: an extreme word in place of a measured one
emphasis.lovely | emphasis | 0.3 | "lovely" | hyperbole: an extreme word in place of a measured one
emphasis.delectable | emphasis | 0.3 | delectable | hyperbole: an extreme word in place of a measured one
emphasis.sexy | emphasis | 0.467 | sexy | hyperbole: an extreme word in place of a measured one
emphasis.awful | emphasis | 0.45 | "awful" | hyperbole: an extreme word in place of a measured one; in quotes, since Porter2 stems 'awful' to 'aw', the stem of 'AWS' and 'aw'
emphasis.awfully | emphasis | 0.45 | "awfully" | hyperbole: an extreme word in place of a measured one
emphasis.terrible | emphasis | 0.376 | terrible | hyperbole: an extreme word in place of a measured one
emphasis.horrible | emphasis | 0.358 | horrible | hyperbole: an extreme word in place of a measured one
emphasis.unforgettable | emphasis | 0.45 | unforgettable | hyperbole: an extreme word in place of a measured one
emphasis.remarkable | emphasis | 0.4 | "remarkable" | hyperbole: an extreme word in place of a measured one
emphasis.remarkably | emphasis | 0.4 | "remarkably" | hyperbole: an extreme word in place of a measured one
emphasis.wondrous | emphasis | 0.45 | wondrous | hyperbole: an extreme word in place of a measured one
emphasis.wonderful | emphasis | 0.458 | "wonderful" | hyperbole: an extreme word in place of a measured one
emphasis.glorious | emphasis | 0.399 | glorious | hyperbole: an extreme word in place of a measured one
emphasis.gorgeous | emphasis | 0.425 | gorgeous | hyperbole: an extreme word in place of a measured one
emphasis.stunner | emphasis | 0.45 | stunner | hyperbole: an extreme word in place of a measured one
emphasis.dazzling | emphasis | 0.45 | dazzling | hyperbole: an extreme word in place of a measured one
emphasis.majestic | emphasis | 0.45 | majestic | hyperbole: an extreme word in place of a measured one
emphasis.magnificent | emphasis | 0.45 | magnificent | hyperbole: an extreme word in place of a measured one
emphasis.fantastic | emphasis | 0.419 | fantastic | hyperbole: an extreme word in place of a measured one
emphasis.fabulous | emphasis | 0.45 | fabulous | hyperbole: an extreme word in place of a measured one
emphasis.superb | emphasis | 0.45 | superb | hyperbole: an extreme word in place of a measured one
emphasis.sublime | emphasis | 0.45 | sublime | hyperbole: an extreme word in place of a measured one
emphasis.surreal | emphasis | 0.45 | surreal | hyperbole: an extreme word in place of a measured one
emphasis.bizarre | emphasis | 0.383 | bizarre | hyperbole: an extreme word in place of a measured one
emphasis.weird | emphasis | 0.494 | weird | hyperbole: an extreme word in place of a measured one
emphasis.weirdest | emphasis | 0.397 | weirdest | hyperbole: an extreme word in place of a measured one
emphasis.strange | emphasis | 0.45 | strange | hyperbole: an extreme word in place of a measured one
emphasis.freaky | emphasis | 0.45 | freaky | hyperbole: an extreme word in place of a measured one
emphasis.creepy | emphasis | 0.415 | creepy | hyperbole: an extreme word in place of a measured one
emphasis.scary | emphasis | 0.45 | scary | hyperbole: an extreme word in place of a measured one
emphasis.cringe | emphasis | 0.352 | cringe | hyperbole: an extreme word in place of a measured one
emphasis.cringeworthy | emphasis | 0.45 | cringeworthy | hyperbole: an extreme word in place of a measured one
emphasis.cringey | emphasis | 0.45 | cringey | hyperbole: an extreme word in place of a measured one
emphasis.cute | emphasis | 0.448 | cute | hyperbole: an extreme word in place of a measured one
emphasis.cutest | emphasis | 0.554 | cutest | hyperbole: an extreme word in place of a measured one
emphasis.awkward | emphasis | 0.549 | awkward | hyperbole: an extreme word in place of a measured one
emphasis.precious | emphasis | 0.45 | precious | hyperbole: an extreme word in place of a measured one
emphasis.beautiful | emphasis | 0.622 | "beautiful" | hyperbole: an extreme word in place of a measured one; in quotes, since 'beauty', the noun of an industry and a trade, shares its stem
emphasis.beautifully | emphasis | 0.622 | "beautifully" | hyperbole: an extreme word in place of a measured one
emphasis.delicious | emphasis | 0.43 | delicious | hyperbole: an extreme word in place of a measured one
emphasis.mouthwatering | emphasis | 0.361 | mouthwatering | hyperbole: an extreme word in place of a measured one
emphasis.addictive-drug | emphasis | =0 | addictive drug/substance/behaviour/behavior/disorder | a medical term: 'addictive drug' names dependence, as a doctor does; it holds 'addictive' and is no evidence
emphasis.addictive | emphasis | 0.318 | addictive | hyperbole: an extreme word in place of a measured one
emphasis.irresistible | emphasis | 0.45 | irresistible | hyperbole: an extreme word in place of a measured one
emphasis.outstanding | emphasis | 0.45 | outstanding | hyperbole: an extreme word in place of a measured one
emphasis.extreme-poverty | emphasis | =0 | "extreme" poverty | a measure: extreme poverty is living below a set line, as the World Bank counts it; it holds 'extreme' and is no evidence
emphasis.extreme-weather | emphasis | =0 | "extreme" weather | a term of climate science: extreme weather is weather far from the usual; it holds 'extreme' and is no evidence
emphasis.extreme | emphasis | 0.387 | "extreme" | hyperbole: an extreme word in place of a measured one; in quotes, since 'extremism' names a creed
emphasis.extremely | emphasis | 0.387 | "extremely" | hyperbole: an extreme word in place of a measured one
emphasis.intense | emphasis | 0.3 | "intense" | hyperbole: an extreme word in place of a measured one
emphasis.fierce | emphasis | 0.45 | fierce | hyperbole: an extreme word in place of a measured one
emphasis.badass | emphasis | 0.463 | badass | hyperbole: an extreme word in place of a measured one
emphasis.savage | emphasis | 0.45 | savage | hyperbole: an extreme word in place of a measured one
emphasis.brutal | emphasis | 0.45 | "brutal" | hyperbole: an extreme word in place of a measured one; in quotes, since 'police brutality' names an abuse
emphasis.brutally | emphasis | 0.45 | "brutally" | hyperbole: an extreme word in place of a measured one
emphasis.devastating | emphasis | 0.45 | devastating | hyperbole: an extreme word in place of a measured one
emphasis.furious | emphasis | 0.35 | furious | hyperbole: an extreme word in place of a measured one
emphasis.fury | emphasis | 0.35 | fury | hyperbole: an extreme word in place of a measured one
emphasis.fuming | emphasis | 0.35 | "fuming" | hyperbole: an extreme word in place of a measured one; in quotes, since 'toxic fumes' are smoke, not anger
emphasis.fume | emphasis | 0.35 | "fume" | hyperbole: an extreme word in place of a measured one; in quotes, since 'toxic fumes' are smoke, not anger
emphasis.livid | emphasis | 0.35 | livid | hyperbole: an extreme word in place of a measured one
emphasis.seething | emphasis | 0.35 | seething | hyperbole: an extreme word in place of a measured one
emphasis.enraged | emphasis | 0.35 | enraged | hyperbole: an extreme word in place of a measured one
emphasis.heartbroken | emphasis | 0.35 | heartbroken | hyperbole: an extreme word in place of a measured one
emphasis.misery | emphasis | 0.35 | misery | hyperbole: an extreme word in place of a measured one
emphasis.disgrace | emphasis | 0.35 | disgrace | hyperbole: an extreme word in place of a measured one
emphasis.brazen | emphasis | 0.35 | brazen | hyperbole: an extreme word in place of a measured one
emphasis.carnage | emphasis | 0.35 | carnage | hyperbole: an extreme word in place of a measured one
emphasis.priceless | emphasis | 0.35 | priceless | hyperbole: an extreme word in place of a measured one
emphasis.catastrophic | emphasis | 0.45 | catastrophic | hyperbole: an extreme word in place of a measured one
emphasis.apocalypse | emphasis | 0.45 | apocalypse | hyperbole: an extreme word in place of a measured one
emphasis.apocalyptic | emphasis | 0.45 | apocalyptic | hyperbole: an extreme word in place of a measured one
emphasis.nightmare | emphasis | 0.435 | nightmare | hyperbole: an extreme word in place of a measured one
emphasis.madness | emphasis | 0.4 | "madness" | hyperbole: an extreme word in place of a measured one; in this form only, since 'mad cow disease' shares its stem
emphasis.masterclass | emphasis | 0.4 | masterclass | hyperbole: praise that makes a performance a lesson to every rival
emphasis.chaos-theory | emphasis | =0 | chaos theory | a term of mathematics: chaos theory studies systems sensitive to their start; it holds 'chaos' and is no evidence
emphasis.chaos | emphasis | 0.45 | chaos | hyperbole: an extreme word in place of a measured one
emphasis.horror-as | emphasis | 0.75 | horror as | tabloid frame: an emotion named before the event that caused it
emphasis.fury-as | emphasis | 0.75 | fury as | tabloid frame: an emotion named before the event that caused it
emphasis.outrage-as | emphasis | 0.75 | outrage as | tabloid frame: an emotion named before the event that caused it
emphasis.anger-as | emphasis | 0.75 | anger as | tabloid frame: an emotion named before the event that caused it
emphasis.panic-as | emphasis | 0.75 | panic as | tabloid frame: an emotion named before the event that caused it
emphasis.chaos-as | emphasis | 0.75 | chaos as | tabloid frame: an emotion named before the event that caused it
emphasis.terror-as | emphasis | 0.75 | terror as | tabloid frame: an emotion named before the event that caused it
emphasis.heartbreak-as | emphasis | 0.75 | heartbreak as | tabloid frame: an emotion named before the event that caused it
emphasis.agony-as | emphasis | 0.75 | agony as | tabloid frame: an emotion named before the event that caused it
emphasis.joy-as | emphasis | 0.75 | joy as | tabloid frame: an emotion named before the event that caused it
emphasis.delight-as | emphasis | 0.75 | delight as | tabloid frame: an emotion named before the event that caused it
emphasis.shock-as | emphasis | 0.75 | shock as | tabloid frame: an emotion named before the event that caused it
emphasis.sparks-fury | emphasis | 0.5 | sparks fury | tabloid frame: an emotion named before the event that caused it
emphasis.sparks-outrage | emphasis | 0.5 | sparks outrage | tabloid frame: an emotion named before the event that caused it
emphasis.frenzy | emphasis | 0.45 | frenzy | hyperbole: an extreme word in place of a measured one
emphasis.mayhem | emphasis | 0.45 | mayhem | hyperbole: an extreme word in place of a measured one
emphasis.nuclear-meltdown | emphasis | =0 | nuclear meltdown | a term of engineering: a nuclear meltdown is a reactor's core melting; it holds 'meltdown' and is no evidence
emphasis.reactor-meltdown | emphasis | =0 | reactor meltdown | a term of engineering: a reactor meltdown is a core melting; it holds 'meltdown' and is no evidence
emphasis.meltdown | emphasis | 0.45 | meltdown | hyperbole: an extreme word in place of a measured one
emphasis.natural-disaster | emphasis | =0 | natural/national/mine/air/ferry/rail/nuclear/environmental/stadium disaster | an event named as reports name it: 'natural disaster' is the event itself; it holds 'disaster' and is no evidence
emphasis.disaster-relief | emphasis | =0 | disaster relief/zone/area/response/recovery/management/preparedness | a term of emergency work: 'disaster relief' names a service or a place; it holds 'disaster' and is no evidence
emphasis.disaster-probe | emphasis | =0 | disaster probe/inquiry/investigation | a term of reporting: a 'disaster probe' looks into an event that reports call a disaster; it holds 'disaster' and is no evidence
emphasis.disaster-victims | emphasis | =0 | disaster victims | a term of reporting: 'disaster victims' are the people an event struck; it holds 'disaster' and is no evidence
emphasis.disaster-fund | emphasis | =0 | disaster fund | a term of emergency work: a 'disaster fund' pays for relief after an event; it holds 'disaster' and is no evidence
emphasis.into-x-disaster | emphasis | =0 | into {gap:3} disaster | an event named as reports name it: 'the inquiry into the Spanair disaster' names the event it examines; it holds 'disaster' and is no evidence
emphasis.disaster | emphasis | 0.255 | disaster | hyperbole: an extreme word in place of a measured one
emphasis.fiasco | emphasis | 0.45 | fiasco | hyperbole: an extreme word in place of a measured one
emphasis.epic-fail | emphasis | 0.45 | epic fail | hyperbole: an extreme word in place of a measured one
emphasis.if-fails | emphasis | =0 | if {gap:3} "fails" | a condition: 'if the installation fails' says what may happen, as instructions do; it holds 'fails' and is no evidence
emphasis.fail | emphasis | 0.247 | "fail" | hyperbole: an extreme word in place of a measured one ('a photoshop fail'); in this form and the plural, since news reports a 'failure' and what 'failed'
emphasis.fails | emphasis | 0.247 | "fails" | hyperbole: an extreme word in place of a measured one ('17 cake fails')
emphasis.failed-so | emphasis | 0.247 | "failed" so | hyperbole: an extreme word in place of a measured one ('failed so hard')
emphasis.fail-to | emphasis | =0 | fail to | idiom: 'fails to agree' reports an outcome, as news does; it holds 'fail' and is no evidence
emphasis.wtf | emphasis | 0.381 | wtf | hyperbole: an extreme word in place of a measured one
emphasis.omg | emphasis | 0.45 | omg | hyperbole: an extreme word in place of a measured one
emphasis.omfg | emphasis | 0.45 | omfg | hyperbole: an extreme word in place of a measured one
emphasis.clearly | emphasis | 0.3 | "clearly" | booster: a word that adds force but no fact
emphasis.lol | emphasis | 0.45 | lol | hyperbole: an extreme word in place of a measured one
emphasis.lmao | emphasis | 0.45 | lmao | hyperbole: an extreme word in place of a measured one
emphasis.wow | emphasis | 0.45 | wow | hyperbole: an extreme word in place of a measured one
emphasis.whoa | emphasis | 0.45 | whoa | hyperbole: an extreme word in place of a measured one
emphasis.yikes | emphasis | 0.45 | yikes | hyperbole: an extreme word in place of a measured one
emphasis.oops | emphasis | 0.45 | oops | hyperbole: an extreme word in place of a measured one
emphasis.ouch | emphasis | 0.45 | ouch | hyperbole: an extreme word in place of a measured one
emphasis.uh-oh | emphasis | 0.45 | uh-oh | hyperbole: an extreme word in place of a measured one
emphasis.start-what-a | emphasis | 0.45 | ^ what a/an | an exclamation: 'What a comeback', 'What an idea' cry out at a thing rather than ask about it
emphasis.start-what-a-x-would | emphasis | =0 | ^ what a/an {gap:4} would/could/will/might/can/may/does/did/do/mean/meant/look/cost/tell/say/teach/taught | a question: 'What a rate cut would mean for you' asks, in the clause it embeds, and exclaims nothing; it holds 'what a' and is no evidence
emphasis.holy | emphasis | 0.45 | holy "shit" | informal register: an exclamation of social media, not of reporting; 'holy' alone is of religion ('a holy site')
emphasis.holy-crap | emphasis | 0.45 | holy "crap" | informal register: an exclamation of social media, not of reporting; 'holy' alone is of religion ('a holy site')
emphasis.holy-moly | emphasis | 0.45 | holy "moly" | informal register: an exclamation of social media, not of reporting; 'holy' alone is of religion ('a holy site')
emphasis.holy-cow | emphasis | 0.45 | holy "cow" | informal register: an exclamation of social media, not of reporting; 'holy' alone is of religion ('a holy site')
emphasis.holy-smokes | emphasis | 0.45 | holy "smokes" | informal register: an exclamation of social media, not of reporting; 'holy' alone is of religion ('a holy site')
emphasis.damn | emphasis | 0.545 | damn | hyperbole: an extreme word in place of a measured one
emphasis.hell | emphasis | 0.389 | hell | hyperbole: an extreme word in place of a measured one
emphasis.af | emphasis | 0.566 | af | hyperbole: an extreme word in place of a measured one
emphasis.freaking | emphasis | 0.369 | freaking | hyperbole: an extreme word in place of a measured one
emphasis.frickin | emphasis | 0.45 | frickin | hyperbole: an extreme word in place of a measured one
emphasis.bloody | emphasis | 0.45 | bloody | hyperbole: an extreme word in place of a measured one
emphasis.goddamn | emphasis | 0.355 | goddamn | hyperbole: an extreme word in place of a measured one
emphasis.ever-so | emphasis | 0.45 | ever so | hyperbole: an extreme word in place of a measured one

# Emphasis: superlatives and records.
emphasis.best | emphasis | 0.436 | best | superlative: ranks a thing as the most of its kind
emphasis.best-wishes | emphasis | =0 | best wishes | a letter's close: 'best wishes' signs off, it ranks nothing
emphasis.best-regards | emphasis | =0 | best regards | a letter's close: 'best regards' signs off, it ranks nothing
emphasis.worst | emphasis | 0.457 | worst | superlative: ranks a thing as the most of its kind
emphasis.biggest | emphasis | 0.453 | biggest | superlative: ranks a thing as the most of its kind
emphasis.greatest | emphasis | 0.487 | greatest | superlative: ranks a thing as the most of its kind
emphasis.largest | emphasis | 0.174 | largest | superlative: ranks a thing as the most of its kind
emphasis.smallest | emphasis | 0.35 | smallest | superlative: ranks a thing as the most of its kind
emphasis.tiniest | emphasis | 0.35 | tiniest | superlative: ranks a thing as the most of its kind
emphasis.funniest | emphasis | 0.406 | funniest | evaluative superlative: ranks a thing as the most of its kind
emphasis.strangest | emphasis | 0.35 | strangest | evaluative superlative: ranks a thing as the most of its kind
emphasis.scariest | emphasis | 0.35 | scariest | evaluative superlative: ranks a thing as the most of its kind
emphasis.happiest | emphasis | 0.35 | happiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.saddest | emphasis | 0.35 | saddest | evaluative superlative: ranks a thing as the most of its kind
emphasis.dumbest | emphasis | 0.35 | dumbest | evaluative superlative: ranks a thing as the most of its kind
emphasis.smartest | emphasis | 0.35 | smartest | evaluative superlative: ranks a thing as the most of its kind
emphasis.hottest | emphasis | 0.473 | hottest | evaluative superlative: ranks a thing as the most of its kind
emphasis.hottest-day | emphasis | =0 | hottest day/night/week/weekend/month/year/summer/spell/temperature | a measured record: 'the hottest day' ranks by the thermometer, as a weather report does; it holds 'hottest' and is no evidence
emphasis.coolest | emphasis | 0.35 | coolest | evaluative superlative: ranks a thing as the most of its kind
emphasis.sexiest | emphasis | 0.35 | sexiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.prettiest | emphasis | 0.35 | prettiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.ugliest | emphasis | 0.35 | ugliest | evaluative superlative: ranks a thing as the most of its kind
emphasis.richest | emphasis | 0.35 | richest | superlative: ranks a thing as the most of its kind
emphasis.fastest | emphasis | 0.35 | fastest | superlative: ranks a thing as the most of its kind
emphasis.deadliest | emphasis | 0.35 | deadliest | superlative: ranks a thing as the most of its kind
emphasis.wildest | emphasis | 0.35 | wildest | evaluative superlative: ranks a thing as the most of its kind
emphasis.oddest | emphasis | 0.35 | oddest | evaluative superlative: ranks a thing as the most of its kind
emphasis.creepiest | emphasis | 0.35 | creepiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.tastiest | emphasis | 0.35 | tastiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.easiest | emphasis | 0.35 | easiest | superlative: ranks a thing as the most of its kind
emphasis.hardest | emphasis | 0.401 | hardest | superlative: ranks a thing as the most of its kind
emphasis.hardest-part | emphasis | =0 | hardest part | context: "the hardest part" of a task is an idiom of effort, not a ranking
emphasis.sweetest | emphasis | 0.35 | sweetest | evaluative superlative: ranks a thing as the most of its kind
emphasis.bravest | emphasis | 0.35 | bravest | evaluative superlative: ranks a thing as the most of its kind
emphasis.luckiest | emphasis | 0.35 | luckiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.unluckiest | emphasis | 0.35 | unluckiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.finest | emphasis | 0.35 | finest | superlative: ranks a thing as the most of its kind
emphasis.nicest | emphasis | 0.35 | nicest | evaluative superlative: ranks a thing as the most of its kind
emphasis.loveliest | emphasis | 0.35 | loveliest | evaluative superlative: ranks a thing as the most of its kind
emphasis.grossest | emphasis | 0.35 | grossest | evaluative superlative: ranks a thing as the most of its kind
emphasis.rarest | emphasis | 0.35 | rarest | superlative: ranks a thing as the most of its kind
emphasis.purest | emphasis | 0.35 | purest | evaluative superlative: ranks a thing as the most of its kind
emphasis.messiest | emphasis | 0.35 | messiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.cheesiest | emphasis | 0.35 | cheesiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.sassiest | emphasis | 0.35 | sassiest | evaluative superlative: ranks a thing as the most of its kind
emphasis.most | emphasis | 0.342 | "most" | superlative: ranks a thing as the most of its kind (in quotes: "mostly" hedges)
emphasis.the-least | emphasis | 0.35 | the least | superlative: ranks a thing as the most of its kind
emphasis.best-ever | emphasis | 0.44 | best ever | evaluative superlative: ranks a thing as the most of its kind
emphasis.worst-ever | emphasis | 0.46 | worst ever | evaluative superlative: ranks a thing as the most of its kind
emphasis.of-all-time | emphasis | 0.456 | of all time | evaluative superlative: ranks a thing as the most of its kind
emphasis.all-time | emphasis | 0.35 | all "time" | evaluative superlative: ranks a thing as the most of its kind; lighter than 'all', which it holds, since records are often all-time ones; 'time' in quotes, since 'at all times' means always
emphasis.in-history | emphasis | 0.35 | in history | superlative: ranks a thing as the most of its kind
emphasis.in-human-history | emphasis | 0.35 | in human history | evaluative superlative: ranks a thing as the most of its kind
emphasis.in-the-universe | emphasis | 0.35 | in the universe | evaluative superlative: ranks a thing as the most of its kind
emphasis.in-the-world | emphasis | 0.304 | in the world | superlative: ranks a thing as the most of its kind
emphasis.on-earth | emphasis | 0.318 | on earth | superlative: ranks a thing as the most of its kind
emphasis.on-the-planet | emphasis | 0.35 | on the planet | evaluative superlative: ranks a thing as the most of its kind
emphasis.on-the-internet | emphasis | 0.357 | on the internet | evaluative superlative: ranks a thing as the most of its kind
emphasis.the-internet | emphasis | 0.445 | the internet | evaluative superlative: ranks a thing as the most of its kind
emphasis.ever | emphasis | 0.437 | ever | superlative: ranks a thing as the most of its kind
emphasis.did-x-ever | emphasis | =0 | did/does/do/will/would/could/can/should {gap:2} ever | a question of time: 'Did the printer ever get fixed?', 'Will the road ever reopen?' ask whether a thing happens at any time, and rank nothing; it holds 'ever' and is no evidence
emphasis.ever-since | emphasis | =0 | ever since | a phrase of time: 'ever since' says from when, it ranks nothing; it holds 'ever' and is no evidence
emphasis.ever-made | emphasis | 0.44 | ever made | evaluative superlative: ranks a thing as the most of its kind
emphasis.ever-seen | emphasis | 0.44 | ever seen | evaluative superlative: ranks a thing as the most of its kind
emphasis.ever-recorded | emphasis | 0.35 | ever recorded | superlative of a record: 'the wettest month ever recorded' measures; lighter than 'ever', which it holds
emphasis.ever-observed | emphasis | 0.35 | ever observed | superlative of a record: 'the most distant galaxy ever observed' measures; lighter than 'ever', which it holds
emphasis.ever-detected | emphasis | 0.35 | ever detected | superlative of a record: 'the faintest signal ever detected' measures; lighter than 'ever', which it holds
emphasis.ever-measured | emphasis | 0.35 | ever measured | superlative of a record: 'the highest temperature ever measured' measures; lighter than 'ever', which it holds
emphasis.the-most | emphasis | 0.664 | the most | superlative: ranks a thing as the most of its kind
emphasis.most-of | emphasis | =0 | most of | quantifier: 'most of' counts a share, it ranks nothing; it holds 'most' and is no evidence
emphasis.start-most | emphasis | =0 | ^ most | quantifier: a sentence that opens 'Most ...' counts a share ('Most permits are issued within ten days'); a superlative opens 'The most' or follows a possessive; it holds 'most' and is no evidence
emphasis.in-most | emphasis | =0 | in/for most | quantifier: 'in most cases' counts a share, it ranks nothing
emphasis.than-most | emphasis | =0 | than most | quantifier: 'larger than most' compares with the many, it ranks nothing
emphasis.most-read | emphasis | =0 | most read/viewed/watched/searched/visited | measured ranking: 'most read' counts an audience, it makes no claim; it holds 'most' and is no evidence
emphasis.most-affected | emphasis | =0 | most affected | measured ranking: 'the areas most affected' ranks by a count of harm, it makes no claim; it holds 'most' and is no evidence
emphasis.most-populous | emphasis | =0 | most populous | measured ranking: 'most populous' ranks by a count of people, it makes no claim; it holds 'most' and is no evidence
emphasis.most-distant | emphasis | =0 | most distant | measured ranking: 'most distant' ranks by a distance, as astronomy does, it makes no claim; it holds 'most' and is no evidence
emphasis.most-people | emphasis | =0 | most people/adults/americans/britons/experts/children/kids/students/voters/parents/users/doctors/scientists/women/men/companies/countries/schools/workers/teens/economists/"patients"/residents/families/households/businesses/firms/analysts/investors/members/readers/viewers | quantifier: 'most people' counts a share, it ranks nothing
emphasis.most-fans | emphasis | =0 | most fans/owners/homes/states/cities/areas/parts/species/animals/plants/birds/"dogs"/cats/teachers/employers/employees/drivers/visitors/respondents/participants/buyers/customers/shoppers/banks/hospitals/stores/types/forms/models/brands/products/days | quantifier: 'most fans' counts a share, it ranks nothing
emphasis.most-nights | emphasis | =0 | most nights/weeks/mornings | quantifier: 'most nights' counts a share, it ranks nothing
emphasis.most-are | emphasis | =0 | most are/were/have/had/will/would/can/could/do/did/say/said | quantifier: in 'most are' the word stands for a share of what was named, before its verb; it ranks nothing
emphasis.at-most | emphasis | =0 | at most | a bound: 'at most three' caps a number, it ranks nothing; it holds 'most' and is no evidence
emphasis.most-likely | emphasis | =0 | most "likely" | hedge: 'most likely' weighs a chance, it ranks nothing
emphasis.most-recent | emphasis | =0 | most recent | a place in time: 'the most recent figures' are the latest, ranked by date; it holds 'most' and is no evidence
emphasis.the-best | emphasis | 0.786 | the best | superlative: ranks a thing as the most of its kind
emphasis.the-best-available | emphasis | =0 | the best available/existing | a technical comparison: 'the best available method' ranks against a measured alternative, as a report does; it holds 'best' and is no evidence
emphasis.best-estimate | emphasis | =0 | best estimate/practice/performing | a technical comparison: 'the best available method' ranks against a measured alternative, as a report does; it holds 'best' and is no evidence
emphasis.best-selling | emphasis | =0 | best selling | a measure of sales: 'best-selling author' counts copies sold, as a chart does; it holds 'best' and is no evidence
emphasis.best-known | emphasis | =0 | best known | a measure of fame: 'best known for' says what a person is known for; it holds 'best' and is no evidence
emphasis.best-before | emphasis | =0 | best before date | a date on a label: 'best before' says when food is at its freshest, as 'use by' does; it holds 'best' and is no evidence
emphasis.past-its-best | emphasis | =0 | past its/their best | a decline: 'past its best' says a thing has faded, and ranks nothing; it holds 'best' and is no evidence
emphasis.the-best-time-to | emphasis | =0 | the best time to/of | advice on timing: 'the best time to prune' says when, as a guide does; it holds 'the best' and is no evidence
emphasis.the-best-of-the-sunshine | emphasis | =0 | the best of the sunshine | a forecast's measure: 'the best of the sunshine' says where or when the weather is at its brightest, as a forecast does; it holds 'the best' and is no evidence
emphasis.the-best-of-the-weather | emphasis | =0 | the best of the weather | a forecast's measure: 'the best of the weather' says where or when the weather is at its brightest, as a forecast does; it holds 'the best' and is no evidence
emphasis.the-worst-of-the-weather | emphasis | =0 | the worst of the weather | a forecast's measure: 'the worst of the weather' says where or when the weather is at its heaviest, as a forecast does; it holds 'the worst' and is no evidence
emphasis.the-worst-of-the-rain | emphasis | =0 | the worst of the rain | a forecast's measure: 'the worst of the rain' says where or when the weather is at its heaviest, as a forecast does; it holds 'the worst' and is no evidence
emphasis.the-worst-of-the-wind | emphasis | =0 | the worst of the wind | a forecast's measure: 'the worst of the wind' says where or when the weather is at its heaviest, as a forecast does; it holds 'the worst' and is no evidence
emphasis.the-worst-of-the-storm | emphasis | =0 | the worst of the storm | a forecast's measure: 'the worst of the storm' says where or when the weather is at its heaviest, as a forecast does; it holds 'the worst' and is no evidence
emphasis.the-worst | emphasis | 0.552 | the worst | superlative: ranks a thing as the most of its kind
emphasis.the-only | emphasis | 0.369 | the only | superlative: ranks a thing as the most of its kind
emphasis.number-one | emphasis | 0.35 | number one | superlative: ranks a thing as the most of its kind
emphasis.record-breaking | emphasis | 0.35 | record-breaking | superlative: ranks a thing as the most of its kind
emphasis.record-setting | emphasis | 0.35 | record-setting | superlative: ranks a thing as the most of its kind
emphasis.breaks-the-record | emphasis | 0.35 | breaks the record | superlative: ranks a thing as the most of its kind
emphasis.all-time-high | emphasis | 0.35 | all-time high | superlative of a record: prices and polls reach one; lighter than 'all', which it holds
emphasis.all-time-low | emphasis | 0.35 | all-time low | superlative of a record: prices and polls reach one; lighter than 'all', which it holds
emphasis.never-before | emphasis | 0.4 | never before | evaluative superlative: ranks a thing as the most of its kind
emphasis.never-before-seen | emphasis | 0.4 | never-before-seen | evaluative superlative: ranks a thing as the most of its kind
emphasis.first-ever | emphasis | 0.35 | first ever | superlative of a first, which reports give ('its first-ever budget surplus'); lighter than 'ever', which it holds
emphasis.once-in-a-lifetime | emphasis | 0.35 | once in a lifetime | evaluative superlative: ranks a thing as the most of its kind
emphasis.of-a-lifetime | emphasis | 0.35 | of a lifetime | evaluative superlative: 'the chance of a lifetime' ranks a thing above any a life will see
emphasis.of-the-century | emphasis | 0.35 | of the century | evaluative superlative: ranks a thing as the most of its kind
person-of-the-year | emphasis+listicle | =0 | "person"/"personality"/"player"/"athlete"/"coach"/"car"/"book"/"album"/"word"/"teacher"/"song"/"footballer" of the year | an award: 'person of the year' is a title a jury gives, as reports name it; it holds 'of the year' and is no evidence
emphasis.of-the-year | emphasis | 0.295 | of the year | superlative: ranks a thing as the most of its kind
end-of-the-year | emphasis+listicle | =0 | end/start/beginning/rest/middle/half/course/turn/time/day/night/week/month of the year | time: 'end of the year' places a time, it ranks nothing; it holds 'of the year' and is no evidence
emphasis.of-the-decade | emphasis | 0.35 | of the decade | superlative: ranks a thing as the most of its kind
emphasis.of-your-life | emphasis | 0.35 | of your life | evaluative superlative: ranks a thing as the most of its kind
emphasis.of-my-life | emphasis | 0.35 | of my life | evaluative superlative: ranks a thing as the most of its kind
emphasis.in-years | emphasis | 0.35 | in years | superlative: ranks a thing as the most of its kind
emphasis.in-decades | emphasis | 0.35 | in decades | superlative: ranks a thing as the most of its kind

# Emphasis: absolutes.
emphasis.everyone | emphasis | 0.825 | everyone | absolute: admits no exception
emphasis.everybody | emphasis | 0.3 | everybody | absolute: admits no exception
emphasis.everything | emphasis | 0.656 | everything | absolute: admits no exception
emphasis.every-single | emphasis | 0.49 | every single | absolute: admits no exception
emphasis.every | emphasis | 0.483 | every | absolute: admits no exception
emphasis.every-n | emphasis | =0 | every {num} | frequency: 'every five years' says how often, it admits no exception; it holds 'every' and is no evidence
emphasis.every-day | emphasis | =0 | every day/week/month/year/morning/evening/night/weekend/summer/winter/spring/autumn/season/hour/minute/other/half/few | frequency: 'every day' says how often, it admits no exception; it holds 'every' and is no evidence
emphasis.all-the-while | emphasis | =0 | all the while | a phrase of time: 'stirring all the while' says for how long, it admits no exception; it holds 'all' and is no evidence
emphasis.all | emphasis | 0.46 | all | absolute: admits no exception
emphasis.nobody | emphasis | 0.3 | nobody | absolute: admits no exception
emphasis.no-one | emphasis | 0.423 | no one | absolute: admits no exception
emphasis.nothing | emphasis | 0.3 | nothing | absolute: admits no exception
emphasis.never | emphasis | 0.392 | never | absolute: admits no exception
emphasis.always | emphasis | 0.35 | always | absolute: admits no exception
emphasis.almost-all | emphasis | =0 | almost/nearly all/every/everyone/everybody/everything/never/always | a measured quantity: 'almost all' admits exceptions, as a count does; it holds 'all' and is no evidence
emphasis.thanks-to-everyone | emphasis | =0 | thanks to everyone | a thank-you: 'thanks to everyone' thanks those who came or gave, it claims nothing of all; it holds 'everyone' and is no evidence
emphasis.thank-you-to-everyone | emphasis | =0 | thank you to everyone | a thank-you: 'thank you to everyone' thanks those who came or gave, it claims nothing of all; it holds 'everyone' and is no evidence
emphasis.thank-everyone | emphasis | =0 | thank everyone | a thank-you: 'thank everyone' thanks those who came or gave, it claims nothing of all; it holds 'everyone' and is no evidence
emphasis.hi-everyone | emphasis | =0 | hi/hello/hey/morning/evening everyone | a greeting: 'hi everyone' hails the readers of a letter or a post, it claims nothing of all; it holds 'everyone' and is no evidence
emphasis.wish-everyone | emphasis | =0 | wish/see everyone | a greeting: 'we wish everyone a happy new year' hails the readers of a letter or a notice, it claims nothing of all; it holds 'everyone' and is no evidence
emphasis.welcome-everyone | emphasis | =0 | welcome everyone | an invitation: 'we welcome everyone' opens an event to all comers, it claims nothing of all; it holds 'everyone' and is no evidence
emphasis.everyone-welcome | emphasis | =0 | everyone/all welcome | an invitation: 'everyone welcome' opens an event to all comers, as a notice does, it claims nothing of all; it holds 'everyone' and is no evidence
emphasis.everyone-is-welcome | emphasis | =0 | everyone is welcome | an invitation: 'everyone is welcome' opens an event to all comers, as a notice does, it claims nothing of all; it holds 'everyone' and is no evidence
emphasis.all-are-welcome | emphasis | =0 | all are welcome | an invitation: 'all are welcome' opens an event to all comers, as a notice does, it claims nothing of all; it holds 'all' and is no evidence
emphasis.hi-everybody | emphasis | =0 | hi/hello/hey everybody | a greeting: 'hi everybody' hails the readers of a letter or a post, it claims nothing of all; it holds 'everybody' and is no evidence
emphasis.hi-all | emphasis | =0 | hi/hello/hey/dear all | a greeting: 'hi all' hails the readers of a letter or a post, it claims nothing of all; it holds 'all' and is no evidence
emphasis.thanks-all | emphasis | =0 | thanks all | a thank-you: 'thanks all' thanks a group, it claims nothing of all; it holds 'all' and is no evidence
emphasis.thank-you-all | emphasis | =0 | thank you all | a thank-you: 'thank you all' thanks a group, it claims nothing of all; it holds 'all' and is no evidence
emphasis.forever | emphasis | 0.432 | forever | absolute: admits no exception
emphasis.completely | emphasis | 0.475 | "completely" | absolute: admits no exception
emphasis.cool-completely | emphasis | =0 | cool/dry/dissolve/thaw/melt/drain/submerge/heal/recover/charge completely | a measure of a process: 'let it cool completely', 'until the sugar dissolves completely' tell when a step is done, as recipes and instructions do; it holds 'completely' and is no evidence
emphasis.entirely | emphasis | 0.465 | entirely | absolute: admits no exception
emphasis.totally | emphasis | 0.549 | "totally" | absolute: admits no exception
emphasis.absolute-path | emphasis | =0 | absolutely path | a term of computing: an absolute path starts at the root; it holds 'absolutely' and is no evidence
emphasis.absolute-value | emphasis | =0 | absolutely value | a term of mathematics: the absolute value of a number is its size; it holds 'absolutely' and is no evidence
emphasis.absolute-zero | emphasis | =0 | absolutely zero | a term of physics: absolute zero is the lowest temperature; it holds 'absolutely' and is no evidence
emphasis.absolute-majority | emphasis | =0 | absolutely majority | a term of elections: an absolute majority is more than half; it holds 'absolutely' and is no evidence
emphasis.absolute-terms | emphasis | =0 | absolutely terms | a measure: 'in absolute terms' counts amounts rather than shares; it holds 'absolutely' and is no evidence
emphasis.absolute-monarchy | emphasis | =0 | absolutely monarchy | a term of politics: an absolute monarchy has no constitution above the crown; it holds 'absolutely' and is no evidence
emphasis.absolute-risk | emphasis | =0 | absolutely risk | a term of medicine: absolute risk is the chance itself, not a ratio; it holds 'absolutely' and is no evidence
emphasis.absolute-error | emphasis | =0 | absolutely error | a term of statistics: the absolute error of an estimate is its distance from the truth, as in 'mean absolute error'; it holds 'absolutely' and is no evidence
emphasis.absolute-deviation | emphasis | =0 | absolutely deviation | a term of statistics: an absolute deviation is a distance from the mean; it holds 'absolutely' and is no evidence
emphasis.absolute-humidity | emphasis | =0 | absolutely humidity | a term of weather: absolute humidity is the water in a volume of air; it holds 'absolutely' and is no evidence
emphasis.absolute-pressure | emphasis | =0 | absolutely pressure | a term of physics: absolute pressure is measured from a vacuum; it holds 'absolutely' and is no evidence
emphasis.absolute-magnitude | emphasis | =0 | absolutely magnitude | a term of astronomy: a star's absolute magnitude is its brightness at a fixed distance; it holds 'absolutely' and is no evidence
emphasis.absolute-pitch | emphasis | =0 | absolutely pitch | a term of music: absolute pitch names a note without a reference; it holds 'absolutely' and is no evidence
emphasis.absolute-poverty | emphasis | =0 | absolutely poverty | a term of economics: absolute poverty is income below a fixed line; it holds 'absolutely' and is no evidence
emphasis.absolute-advantage | emphasis | =0 | absolutely advantage | a term of economics: an absolute advantage is producing more with the same means; it holds 'absolutely' and is no evidence
emphasis.absolutely | emphasis | 0.542 | absolutely | hype absolute: admits no exception
emphasis.literally | emphasis | 0.477 | "literally" | hype absolute: admits no exception; in quotes, since 'liters' shares its stem
emphasis.utterly | emphasis | 0.3 | "utterly" | hype absolute: admits no exception; in quotes, since 'uttered' shares its stem
emphasis.utter | emphasis | 0.3 | "utter" | hype absolute: admits no exception ('an utter disaster')
emphasis.truly | emphasis | 0.386 | truly | hype absolute: admits no exception
emphasis.definitely | emphasis | 0.462 | "definitely" | hype absolute: admits no exception
emphasis.certainly | emphasis | 0.3 | certainly | absolute: admits no exception
emphasis.undeniably | emphasis | 0.3 | undeniably | hype absolute: admits no exception
emphasis.undoubtedly | emphasis | 0.3 | undoubtedly | hype absolute: admits no exception
emphasis.without-a-doubt | emphasis | 0.3 | without a doubt | hype absolute: admits no exception
emphasis.no-doubt | emphasis | 0.3 | no doubt | absolute: admits no exception
emphasis.guaranteed | emphasis | 0.328 | "guaranteed" | hype absolute: admits no exception ('guaranteed to make you laugh'); in this form only, since a loan guarantee is a contract
emphasis.100-percent | emphasis | 0.3 | hundred percent | hype absolute: admits no exception
emphasis.at-all | emphasis | 0.3 | at all | absolute: admits no exception; lighter than 'all', which it holds, since 'no change at all' only stresses a negation
emphasis.at-all-of | emphasis | =0 | at all of | a preposition and a quantifier ('looked at all of the files'): it holds 'at all' and is no evidence
emphasis.whatsoever | emphasis | 0.3 | whatsoever | absolute: admits no exception
emphasis.anything | emphasis | 0.42 | anything | absolute: admits no exception
emphasis.anyone | emphasis | 0.507 | anyone | absolute: admits no exception
emphasis.does-anyone | emphasis | =0 | does/did/has/have/is/can/could/would/will anyone | context: "anyone" asked about is no absolute
emphasis.start-anyone-know | emphasis | =0 | ^ anyone know | context: "anyone" asked about is no absolute ('Anyone know a good plumber?', a question with its 'does' left out)
emphasis.anyone-with-information | emphasis | =0 | anyone with information | a police appeal: 'anyone with information should call' asks for witnesses, it admits no exception; it holds 'anyone' and is no evidence
emphasis.anyone-who-saw | emphasis | =0 | anyone who saw/witnessed | a police appeal: 'anyone who saw the crash' asks for witnesses, it admits no exception; it holds 'anyone' and is no evidence
emphasis.anyone-who-has-information | emphasis | =0 | anyone who has information | a police appeal: 'anyone who saw the crash' asks for witnesses, it admits no exception; it holds 'anyone' and is no evidence
n-times-a | emphasis+listicle | =0 | {num} times a | context: a frequency ("three times a week") is no dramatic figure and no list
emphasis.whole | emphasis | 0.48 | whole | absolute: admits no exception
emphasis.whole-grain | emphasis | =0 | whole grain/wheat/milk/food/number/chicken/fish/clove/spice/seed/nut/bean/egg | a kind or a measure: 'whole grain' names what is not cut or refined, it admits nothing; it holds 'whole' and is no evidence

# Emphasis: boosters.
emphasis.without-exaggeration | emphasis | 0.35 | without exaggeration | hype booster: a word that adds force but no fact
emphasis.no-exaggeration | emphasis | 0.35 | no exaggeration | hype booster: a word that adds force but no fact
emphasis.not-an-exaggeration | emphasis | 0.35 | not an exaggeration | hype booster: a word that adds force but no fact
emphasis.i-kid-you-not | emphasis | 0.35 | i kid you not | hype booster: a word that adds force but no fact
emphasis.hands-down | emphasis | 0.35 | hands down | hype booster: a word that adds force but no fact
emphasis.bar-none | emphasis | 0.35 | bar none | hype booster: a word that adds force but no fact
emphasis.seriously-ill | emphasis | =0 | "seriously" ill/injured/hurt/wounded/damaged | a report of harm: 'seriously ill' grades an injury or an illness, as a hospital does; it holds 'seriously' and is no evidence
emphasis.seriously | emphasis | 0.36 | "seriously" | booster: a word that adds force but no fact
emphasis.honestly | emphasis | 0.427 | honestly | booster: a word that adds force but no fact
emphasis.actually | emphasis | 0.81 | "actually" | booster: a word that adds force but no fact; in quotes, since 'the actual cost' adds no force
emphasis.basically | emphasis | 0.425 | "basically" | booster: a word that adds force but no fact
emphasis.simply | emphasis | 0.35 | simply | booster: a word that adds force but no fact
emphasis.just | emphasis | 0.655 | just | booster: a word that adds force but no fact
emphasis.just-under | emphasis | =0 | just under/over/before/after/outside/short | precision: 'just under' places a figure or a time, it adds no force; it holds 'just' and is no evidence
emphasis.just-as | emphasis | =0 | just as | comparison: 'just as much', 'just as the train left' sets two things level or two moments together, it adds no force; it holds 'just' and is no evidence
emphasis.not-just | emphasis | =0 | not just | 'only': in 'not just a game' the word means 'merely', and the phrase adds a second claim, no force; it holds 'just' and is no evidence
emphasis.just-in | emphasis | =0 | just in | news label: 'Just in' announces a report, it adds no force; it holds 'just' and is no evidence
emphasis.really-really | emphasis | 0.4 | really really | booster: a word that adds force but no fact
emphasis.really | emphasis | =0.4 | really | booster: a word that adds force but no fact
emphasis.so-much | emphasis | 0.359 | so much | booster: a word that adds force but no fact
emphasis.too-much | emphasis | 0.324 | too much | booster: a word that adds force but no fact
emphasis.beyond-the | emphasis | =0 | beyond the/a/an/its/their/our/his/her | a preposition: 'beyond' before a noun places or limits something ('beyond the city', 'beyond 2030'); it boosts only an adjective ('beyond adorable'); it holds 'beyond' and is no evidence
emphasis.beyond-n | emphasis | =0 | beyond {num} | a preposition: 'beyond' before a number places or limits something ('beyond the city', 'beyond 2030'); it boosts only an adjective ('beyond adorable'); it holds 'beyond' and is no evidence
emphasis.beyond-and | emphasis | =0 | and beyond | a preposition: 'and beyond' places something further ('in Kansas and beyond'); it holds 'beyond' and is no evidence
emphasis.beyond | emphasis | 0.238 | beyond | booster: a word that adds force but no fact
emphasis.above-and-beyond | emphasis | 0.238 | above and beyond | booster: a word that adds force but no fact ('go above and beyond')
emphasis.next-level | emphasis | 0.35 | next level | hype booster: a word that adds force but no fact
emphasis.obsessive-compulsive | emphasis | =0 | obsessive compulsive | a diagnosis: 'obsessive-compulsive disorder' names an illness, it adds no force; it holds 'obsessed' and is no evidence
emphasis.obsessed | emphasis | 0.399 | obsessed | hype booster: a word that adds force but no fact
emphasis.thrilled | emphasis | 0.35 | "thrilled" | hype booster: a feeling at its height, announced rather than shown ('thrilled to announce')
emphasis.rave-about | emphasis | 0.4 | rave about | hype booster: praise reported at its loudest, not weighed
emphasis.need | emphasis | 0.332 | need | booster: a word that adds force but no fact
emphasis.will-need | emphasis | =0 | will/would/may/might/in/no need | a requirement stated: 'drivers will need a permit' says what is required, it adds no force; it holds 'need' and is no evidence
emphasis.do-i-need | emphasis | =0 | do i/you/we/they need | a requirement asked about: 'do I need a visa?' asks what is required, it adds no force; it holds 'need' and is no evidence
emphasis.does-it-need | emphasis | =0 | does it need | a requirement asked about: 'do I need a visa?' asks what is required, it adds no force; it holds 'need' and is no evidence
emphasis.start-need-for | emphasis | =0 | ^ need for | a noun: 'the need for new rules' names a want, it adds no force; it holds 'need' and is no evidence
emphasis.the-need-for | emphasis | =0 | the/a need for | a noun: 'the need for new rules' names a want, it adds no force; it holds 'need' and is no evidence
emphasis.is-needed | emphasis | =0 | is/are/was/were/be/been "needed" | a requirement stated: 'more studies is needed' says what is required, it adds no force; it holds 'need' and is no evidence
emphasis.need-about | emphasis | =0 | need about/between/only | a requirement measured: 'plants need about ...' says how much is required, it adds no force; it holds 'need' and is no evidence
emphasis.need-at-least | emphasis | =0 | need at least | a requirement measured: 'plants need at least ...' says how much is required, it adds no force; it holds 'need' and is no evidence
emphasis.must | emphasis | 0.326 | must | booster: a word that adds force but no fact
emphasis.essential | emphasis | 0.35 | "essential" | booster: a word that adds force but no fact; in quotes, since 'essentially' hedges
emphasis.essentials | emphasis | 0.35 | "essentials" | booster: a word that adds force but no fact
emphasis.urgent-care | emphasis | =0 | urgent care | a service: 'urgent care' names a clinic; it holds 'urgent' and is no evidence
emphasis.urgent | emphasis | 0.35 | urgent | booster: a word that adds force but no fact
emphasis.weather-warning | emphasis | =0 | weather/flood/storm/tsunami/heat/snow/wind/ice/fog/frost/profit/travel/health "warning" | an official notice: 'weather warning' is issued as a matter of course; it holds 'warning' and is no evidence
emphasis.issues-warning | emphasis | =0 | "issues" {gap:2} "warning" | an official notice: an agency or a firm 'issues a warning' as a matter of course; it holds 'warning' and is no evidence
emphasis.warning-from | emphasis | =0 | "warning" from | an official notice: 'a warning from' its source reports who gave it; it holds 'warning' and is no evidence
emphasis.yellow-warning | emphasis | =0 | yellow/red "warning" | an official notice: a 'yellow warning' grades a forecast's danger, as weather services issue it; it holds 'warning' and is no evidence
emphasis.amber-warning | emphasis | =0 | amber "warning" | an official notice: an 'amber warning' grades a forecast's danger, as weather services issue it; it holds 'warning' and is no evidence
emphasis.warning-as | emphasis | 0.4 | "warning" as | tabloid frame: an alarm named before the event that raised it
emphasis.warning | emphasis | 0.215 | "warning" | booster: a word that adds force but no fact
emphasis.amber-alert | emphasis | =0 | amber/flood/weather/travel/pandemic/bomb/tsunami/terror alert | an official notice: 'amber alert' is issued as a matter of course; it holds 'alert' and is no evidence
emphasis.alert-level | emphasis | =0 | alert level | an official notice: an alert level is a stage of readiness; it holds 'alert' and is no evidence
emphasis.stay-alert | emphasis | =0 | stay/remain alert | advice: 'stay alert' asks for care, as safety notices do; it holds 'alert' and is no evidence
emphasis.alert | emphasis | 0.237 | alert | booster: a word that adds force but no fact
emphasis.breaking | emphasis | 0.33 | ^ "breaking" | booster: a 'Breaking' label adds urgency but no fact
emphasis.start-breaking-up | emphasis | =0 | ^ "breaking" up/down/into/out/away/through/bad | the verb: 'Breaking up ...' tells what breaks, it labels nothing; it holds '^ breaking' and is no evidence
emphasis.exclusive | emphasis | 0.35 | "exclusive" | booster: a word that adds force but no fact
emphasis.important | emphasis | 0.439 | "important" | booster: a word that adds force but no fact
emphasis.huge | emphasis | 0.33 | huge | booster: a word that adds force but no fact
emphasis.big-n | emphasis | =0 | big {num} | a name: 'the Big Three', 'the Big 12' name a group of firms or a league, as reports name it; it holds 'big' and is no evidence
emphasis.big-east | emphasis | =0 | big east | a name: 'Big East' names a league; it holds 'big' and is no evidence
emphasis.big-brother | emphasis | =0 | big brother | a name: 'Big Brother' names a television show, or Orwell's watcher; it holds 'big' and is no evidence
emphasis.big-bang | emphasis | =0 | big bang | a name: 'Big Bang' names a theory of the universe, or a television show; it holds 'big' and is no evidence
emphasis.big-apple | emphasis | =0 | big apple/easy | a name: 'Big Apple' names a city; it holds 'big' and is no evidence
emphasis.big-ben | emphasis | =0 | big ben | a name: 'Big Ben' names a clock; it holds 'big' and is no evidence
emphasis.big-sur | emphasis | =0 | big sur | a name: 'Big Sur' names a coast; it holds 'big' and is no evidence
emphasis.big-dig | emphasis | =0 | big dig | a name: 'Big Dig' names a tunnel project; it holds 'big' and is no evidence
emphasis.big | emphasis | 0.1 | big | booster: a word that adds force but no fact
emphasis.tons | emphasis | 0.35 | "tons" | booster: a word that adds force but no fact; in quotes, since a 'ten-ton truck' weighs and boosts nothing
emphasis.tons-of | emphasis | 0.35 | tons of | booster: a word that adds force but no fact
emphasis.loads-of | emphasis | 0.35 | loads of | booster: a word that adds force but no fact
emphasis.so-many | emphasis | 0.35 | so many | booster: a word that adds force but no fact
emphasis.a-lot | emphasis | 0.456 | a lot | booster: a word that adds force but no fact
emphasis.way-too | emphasis | 0.368 | way too | booster: a word that adds force but no fact
emphasis.super | emphasis | 0.36 | super | booster: a word that adds force but no fact
emphasis.super-bowl | emphasis | =0 | super bowl/tuesday/league/typhoon/rugby/cup/market/moon/glue/computer/model | a name: 'Super Bowl' names an event or a thing, it boosts nothing; it holds 'super' and is no evidence

# Emphasis: hype verbs.
emphasis.slams-into | emphasis | =0 | slams into | literal: what slams into a place strikes it, as a storm, a fire or a car does; it holds 'slams' and is no evidence
emphasis.slams | emphasis | 0.4 | "slams" | hype verb: a violent or extreme verb for an ordinary event
emphasis.slammed | emphasis | 0.4 | "slammed" | hype verb: a violent or extreme verb for an ordinary event
emphasis.slam | emphasis | 0.4 | "slam" | hype verb: a violent or extreme verb for an ordinary event ('fans slam prices')
emphasis.grand-slam | emphasis | =0 | grand "slam" | a title of sport: 'Grand Slam' names a prize, it is no hype verb; it holds 'slam' and is no evidence
emphasis.slam-dunk | emphasis | =0 | "slam" dunk | a stroke of sport: 'slam dunk' names a shot, it is no hype verb; it holds 'slam' and is no evidence
emphasis.poetry-slam | emphasis | =0 | poetry "slam" | a contest: 'poetry slam' names an event, it is no hype verb; it holds 'slam' and is no evidence
emphasis.bomb-blasts | emphasis | =0 | bomb/twin/serial/fatal/deadly "blasts" | literal: blasts that kill or hit a place are explosions, not a hype verb for criticism; it holds 'blasts' and is no evidence
emphasis.blasts-in | emphasis | =0 | "blasts" in/kill/hit/rock/case | literal: blasts that kill or hit a place are explosions, not a hype verb for criticism; it holds 'blasts' and is no evidence
emphasis.n-blasts | emphasis | =0 | {num} "blasts" | literal: blasts that kill or hit a place are explosions, not a hype verb for criticism; it holds 'blasts' and is no evidence
emphasis.blasts-end | emphasis | =0 | "blasts" $ | literal: blasts that end a headline ('nine killed in Pakistan blasts') are explosions, not a hype verb for criticism; it holds 'blasts' and is no evidence
emphasis.blasts | emphasis | 0.223 | "blasts" | hype verb: a violent or extreme verb for an ordinary event
emphasis.destroyer | emphasis | =0 | "destroyer" | a warship: 'destroyer' names a ship, it tells of no ruin; it holds 'destroys' and is no evidence
emphasis.destroyers | emphasis | =0 | "destroyers" | a warship: 'destroyers' names ships, they tell of no ruin; it holds 'destroys' and is no evidence
emphasis.fire-destroys | emphasis | =0 | fire destroys | literal: what a fire destroys is the event itself, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.blaze-destroys | emphasis | =0 | blaze destroys | literal: what a blaze destroys is the event itself, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.storm-destroys | emphasis | =0 | storm destroys | literal: what a storm destroys is the event itself, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.flood-destroys | emphasis | =0 | flood destroys | literal: what a flood destroys is the event itself, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.tornado-destroys | emphasis | =0 | tornado destroys | literal: what a tornado destroys is the event itself, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.earthquake-destroys | emphasis | =0 | earthquake destroys | literal: what a earthquake destroys is the event itself, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.bomb-destroys | emphasis | =0 | bomb destroys | literal: what a bomb destroys is the event itself, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-by-fire | emphasis | =0 | destroyed by {gap:1} fire | literal: a thing destroyed by a fire is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-by-blaze | emphasis | =0 | destroyed by {gap:1} blaze | literal: a thing destroyed by a blaze is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-by-storm | emphasis | =0 | destroyed by {gap:1} storm | literal: a thing destroyed by a storm is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-by-flood | emphasis | =0 | destroyed by {gap:1} flood | literal: a thing destroyed by a flood is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-by-tornado | emphasis | =0 | destroyed by {gap:1} tornado | literal: a thing destroyed by a tornado is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-by-earthquake | emphasis | =0 | destroyed by {gap:1} earthquake | literal: a thing destroyed by an earthquake is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-by-bomb | emphasis | =0 | destroyed by {gap:1} bomb | literal: a thing destroyed by a bomb is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-by-explosion | emphasis | =0 | destroyed by {gap:1} explosion | literal: a thing destroyed by an explosion is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-by-blast | emphasis | =0 | destroyed by {gap:1} blast | literal: a thing destroyed by a blast is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-in-fire | emphasis | =0 | destroyed in {gap:1} fire | literal: a thing destroyed in a fire is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-in-blaze | emphasis | =0 | destroyed in {gap:1} blaze | literal: a thing destroyed in a blaze is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-in-storm | emphasis | =0 | destroyed in {gap:1} storm | literal: a thing destroyed in a storm is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-in-flood | emphasis | =0 | destroyed in {gap:1} flood | literal: a thing destroyed in a flood is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-in-tornado | emphasis | =0 | destroyed in {gap:1} tornado | literal: a thing destroyed in a tornado is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-in-earthquake | emphasis | =0 | destroyed in {gap:1} earthquake | literal: a thing destroyed in an earthquake is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-in-bomb | emphasis | =0 | destroyed in {gap:1} bomb | literal: a thing destroyed in a bomb is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-in-explosion | emphasis | =0 | destroyed in {gap:1} explosion | literal: a thing destroyed in an explosion is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroyed-in-blast | emphasis | =0 | destroyed in {gap:1} blast | literal: a thing destroyed in a blast is the event itself, told in the passive, not a hype verb for it; it holds 'destroys' and is no evidence
emphasis.destroys | emphasis | 0.366 | destroys | hype verb: a violent or extreme verb for an ordinary event
emphasis.obliterates | emphasis | 0.4 | obliterates | hype verb: a violent or extreme verb for an ordinary event
emphasis.annihilates | emphasis | 0.4 | annihilates | hype verb: a violent or extreme verb for an ordinary event
emphasis.eviscerates | emphasis | 0.4 | eviscerates | hype verb: a violent or extreme verb for an ordinary event
emphasis.rips-through | emphasis | =0 | rips through | literal: what rips through a place strikes it, as a storm, a fire or a car does; it holds 'rips' and is no evidence
emphasis.rips | emphasis | 0.4 | rips | hype verb: a violent or extreme verb for an ordinary event
emphasis.shreds | emphasis | 0.4 | "shreds" | hype verb: a violent or extreme verb for an ordinary event; in this form only, since a recipe's 'shredded chicken' cuts food
emphasis.internet-trolls | emphasis | =0 | internet trolls | a noun: internet trolls are people who post to provoke; it holds 'trolls' and is no evidence
emphasis.online-trolls | emphasis | =0 | online trolls | a noun: online trolls are people who post to provoke; it holds 'trolls' and is no evidence
emphasis.trolls | emphasis | 0.4 | "trolls" | hype verb: a violent or extreme verb for an ordinary event; in this form and the past's, since 'a troll' is a person
emphasis.trolled | emphasis | 0.4 | "trolled" | hype verb: a violent or extreme verb for an ordinary event
emphasis.roasts | emphasis | 0.4 | "roasts" | hype verb: a violent or extreme verb for an ordinary event ('comedian roasts senator'); in this form only, since a recipe's 'roast the potatoes' and 'roasted peppers' cook
emphasis.roasted-by | emphasis | 0.4 | "roasted" by | hype verb: a violent or extreme verb for an ordinary event ('roasted by fans')
emphasis.roasted-online | emphasis | 0.4 | "roasted" "online" | hype verb: a violent or extreme verb for an ordinary event ('roasted online over a photo')
emphasis.roasted-on-twitter | emphasis | 0.4 | "roasted" on "twitter" | hype verb: a violent or extreme verb for an ordinary event
emphasis.roasted-on-social | emphasis | 0.4 | "roasted" on "social" | hype verb: a violent or extreme verb for an ordinary event ('roasted on social media')
emphasis.gets-roasted | emphasis | 0.4 | "gets" "roasted" | hype verb: a violent or extreme verb for an ordinary event ('gets roasted for')
emphasis.got-roasted | emphasis | 0.4 | "got" "roasted" | hype verb: a violent or extreme verb for an ordinary event
emphasis.claps-back | emphasis | 0.4 | claps back | hype verb: a violent or extreme verb for an ordinary event
emphasis.shuts-down | emphasis | 0.394 | shuts down | hype verb: a violent or extreme verb for an ordinary event
emphasis.will-shut-down | emphasis | =0 | will/be shut down | literal: 'will shut down' tells of a place or a service that closes, a fact, not a put-down; it holds 'shuts down' and is no evidence
emphasis.plans-to-shut-down | emphasis | =0 | plans/vows to shut down | literal: 'plans to shut down' tells of a place or a service that closes, a fact, not a put-down; it holds 'shuts down' and is no evidence
emphasis.shut-down-for | emphasis | =0 | shut down for/after/until | literal: 'shut down for' tells of a place or a service that closes, a fact, not a put-down; it holds 'shuts down' and is no evidence
emphasis.fires-back | emphasis | 0.4 | fires back | hype verb: a violent or extreme verb for an ordinary event
emphasis.hits-back | emphasis | 0.4 | hits back | hype verb: a violent or extreme verb for an ordinary event
emphasis.lashes-out | emphasis | 0.4 | lashes out | hype verb: a violent or extreme verb for an ordinary event
emphasis.axed | emphasis | 0.35 | "axed" | hype verb: a show cancelled or a worker let go, told as a blow of the axe; in quotes, since 'an axe' is a tool
emphasis.freaks-out | emphasis | 0.424 | freaks out | hype verb: a violent or extreme verb for an ordinary event
emphasis.loses-it | emphasis | 0.4 | loses it | hype verb: a violent or extreme verb for an ordinary event
emphasis.lost-it | emphasis | 0.4 | lost it | hype verb: a violent or extreme verb for an ordinary event
emphasis.breaks-the-internet | emphasis | 0.45 | breaks the internet | hype verb: a violent or extreme verb for an ordinary event
emphasis.broke-the-internet | emphasis | 0.45 | broke the internet | hype verb: a violent or extreme verb for an ordinary event
emphasis.viral-infection | emphasis | =0 | viral infection/load/illness/disease/pneumonia/hepatitis/meningitis/strain/dna/rna/replication/particles/outbreak | a medical term: 'viral infection' speaks of a virus, not of a post that spread; it holds 'viral' and is no evidence
emphasis.went-viral | emphasis | 0.4 | went viral | hype verb: a violent or extreme verb for an ordinary event
emphasis.goes-viral | emphasis | 0.4 | goes viral | hype verb: a violent or extreme verb for an ordinary event
emphasis.going-viral | emphasis | 0.4 | going viral | hype verb: a violent or extreme verb for an ordinary event
emphasis.viral | emphasis | 0.4 | viral | social-media hype: 'a viral video' is news for having spread, not for what it shows
emphasis.star-explodes | emphasis | =0 | star explodes | a term of astronomy: a star that explodes is a supernova, not a hype verb for it; it holds 'explodes' and is no evidence
emphasis.bomb-explodes | emphasis | =0 | bomb explodes | literal: a bomb that explodes is the event itself, not a hype verb for it; it holds 'explodes' and is no evidence
emphasis.device-explodes | emphasis | =0 | device explodes | literal: a device that explodes is the event itself, not a hype verb for it; it holds 'explodes' and is no evidence
emphasis.grenade-explodes | emphasis | =0 | grenade explodes | literal: a grenade that explodes is the event itself, not a hype verb for it; it holds 'explodes' and is no evidence
emphasis.shell-explodes | emphasis | =0 | shell explodes | literal: a shell that explodes is the event itself, not a hype verb for it; it holds 'explodes' and is no evidence
emphasis.mine-explodes | emphasis | =0 | mine explodes | literal: a mine that explodes is the event itself, not a hype verb for it; it holds 'explodes' and is no evidence
emphasis.cylinder-explodes | emphasis | =0 | cylinder explodes | literal: a cylinder that explodes is the event itself, not a hype verb for it; it holds 'explodes' and is no evidence
emphasis.tank-explodes | emphasis | =0 | tank explodes | literal: a tank that explodes is the event itself, not a hype verb for it; it holds 'explodes' and is no evidence
emphasis.explodes | emphasis | 0.304 | explodes | hype verb: a violent or extreme verb for an ordinary event
emphasis.erupts | emphasis | 0.198 | erupts | hype verb: a violent or extreme verb for an ordinary event
emphasis.volcano-erupts | emphasis | =0 | volcano/crater erupts | literal: a volcano's eruption is the event itself, not a hype verb for it; it holds 'erupts' and is no evidence
emphasis.volcanic-eruption | emphasis | =0 | volcanic eruption | literal: a volcanic eruption is the event itself, not a hype verb for it; it holds 'erupts' and is no evidence
emphasis.violence-erupts | emphasis | =0 | violence/fighting/rioting/clashes/protests/demonstrations/shootouts/gunfire erupt | literal: unrest that breaks out is the event, as reports name it ('violence erupted in the capital'); it holds 'erupts' and is no evidence
emphasis.begins-to-erupt | emphasis | =0 | begins to erupt | literal: a volcano that begins to erupt is the event itself, not a hype verb for it; it holds 'erupts' and is no evidence
emphasis.eruption | emphasis | =0 | "eruption" | literal: an eruption, of a volcano or of steam, is the event itself, not a hype verb for it; it holds 'erupts' and is no evidence
emphasis.figure-moves | emphasis | 0.194 | skyrockets/soars/surges/plunges/plummets/tumbles | a verb of a figure's sharp move ('shares plunge', 'prices soar'): a market report's usual word, and a tabloid's for an ordinary rise or fall
emphasis.temperatures-plunge | emphasis | =0 | temperatures {gap:2} plunge | a forecast: temperatures that plunge fall fast, as forecasters say; it holds 'plunges' and is no evidence
emphasis.start-plunge | emphasis | =0 | ^ plunge | an instruction: a sentence that opens 'Plunge ...' tells a cook what to do ('Plunge the beans into iced water'); it holds 'plunges' and is no evidence
emphasis.spikes | emphasis | 0.4 | spikes | hype verb: a violent or extreme verb for an ordinary event
emphasis.balloons | emphasis | 0.4 | "ballooned" | hype verb: a violent or extreme verb for an ordinary event ('costs ballooned'); in the verb's forms, since balloons are things
emphasis.ballooning | emphasis | 0.4 | "ballooning" | hype verb: a violent or extreme verb for an ordinary event
emphasis.rocketed | emphasis | 0.4 | "rocketed" | hype verb: a violent or extreme verb for an ordinary event
emphasis.rocketing | emphasis | 0.4 | "rocketing" | hype verb: a violent or extreme verb for an ordinary event
emphasis.smashes-into | emphasis | =0 | smashes into | literal: what smashes into a place strikes it, as a storm, a fire or a car does; it holds 'smashes' and is no evidence
emphasis.smashes | emphasis | 0.4 | "smashes" | hype verb: a violent or extreme verb for an ordinary event; in this form only, since a recipe's 'smashed avocado' cooks
emphasis.crushes | emphasis | 0.46 | "crushes" | hype verb: a violent or extreme verb for an ordinary event; in this form only, since a recipe's 'crushed garlic' cooks and 'your crush' is a person
emphasis.crushed-it | emphasis | 0.46 | "crushed" it | hype verb: a violent or extreme verb for an ordinary event
emphasis.crushing-it | emphasis | 0.46 | "crushing" it | hype verb: a violent or extreme verb for an ordinary event
emphasis.crushed-this | emphasis | 0.46 | "crushed" this | hype verb: a violent or extreme verb for an ordinary event
emphasis.crushing-this | emphasis | 0.46 | "crushing" this | hype verb: a violent or extreme verb for an ordinary event
emphasis.dominic | emphasis | =0 | "dominic" | a name: Porter2 stems 'Dominic' as it stems 'dominates', and a name is no hype; it holds 'dominates' and is no evidence
emphasis.dominates | emphasis | 0.307 | "dominates" | hype verb: a violent or extreme verb for an ordinary event; in the verb's forms, since a 'dominant' gene, strain or market position is a term
emphasis.dominated | emphasis | 0.307 | "dominated" | hype verb: a violent or extreme verb for an ordinary event
emphasis.dominating | emphasis | 0.307 | "dominating" | hype verb: a violent or extreme verb for an ordinary event
emphasis.dominated-by | emphasis | =0 | "dominated" by | the passive describes a make-up: 'a field dominated by men' says who is in it; it holds 'dominated' and is no evidence
emphasis.dominated-possession | emphasis | =0 | "dominated" possession | a match report's term: 'dominated possession' says who kept the ball; it holds 'dominated' and is no evidence
emphasis.dominates-possession | emphasis | =0 | "dominates" possession | a match report's term: 'dominates possession' says who keeps the ball; it holds 'dominates' and is no evidence
emphasis.dominated-the-market | emphasis | =0 | "dominated" the market | a market share: 'dominated the market' says who sold most; it holds 'dominated' and is no evidence
emphasis.dominates-the-market | emphasis | =0 | "dominates" the market | a market share: 'dominates the market' says who sells most; it holds 'dominates' and is no evidence
emphasis.takes-over | emphasis | 0.324 | takes over | hype verb: a violent or extreme verb for an ordinary event
emphasis.took-over | emphasis | 0.4 | took over | hype verb: a violent or extreme verb for an ordinary event
emphasis.cant-stop | emphasis | 0.4 | can't stop | hype verb: a violent or extreme verb for an ordinary event
emphasis.cannot-stop | emphasis | 0.4 | cannot stop | hype verb: a violent or extreme verb for an ordinary event
emphasis.couldnt-stop | emphasis | 0.4 | couldn't stop | hype verb: a violent or extreme verb for an ordinary event
emphasis.cant-even | emphasis | 0.4 | can't even | hype verb: a violent or extreme verb for an ordinary event
emphasis.died-laughing | emphasis | 0.4 | died laughing | hype verb: a violent or extreme verb for an ordinary event
emphasis.far-cry | emphasis | =0 | far cry | an idiom: 'a far cry from' measures a difference, and nobody weeps; it holds 'cry' and is no evidence
emphasis.cry | emphasis | 0.393 | cry | hype verb: a violent or extreme verb for an ordinary event
emphasis.tears | emphasis | 0.314 | "tears" | hype verb: a violent or extreme verb for an ordinary event; in quotes, since 'wear and tear' shares its stem
emphasis.tearing | emphasis | 0.314 | "tearing" | hype verb: a violent or extreme verb for an ordinary event ('tearing into the board')
emphasis.sobbing | emphasis | 0.4 | sobbing | hype verb: a violent or extreme verb for an ordinary event
emphasis.scream | emphasis | 0.388 | scream | hype verb: a violent or extreme verb for an ordinary event
emphasis.gasp | emphasis | 0.4 | gasp | hype verb: a violent or extreme verb for an ordinary event
emphasis.melts | emphasis | 0.364 | melt {gap:2} heart | hype verb: a violent or extreme verb for being moved ('melts your heart'); butter and ice that melt boost nothing
emphasis.melt-you | emphasis | 0.364 | melt you | hype verb: a violent or extreme verb for being moved ('melts your heart'); butter and ice that melt boost nothing
emphasis.heart-melts | emphasis | 0.364 | heart {gap:2} melt | hype verb: a violent or extreme verb for being moved ('melts your heart'); butter and ice that melt boost nothing
emphasis.kills-it | emphasis | 0.4 | kills it | hype verb: a violent or extreme verb for an ordinary event
emphasis.nailed-it | emphasis | 0.4 | nailed it | hype verb: a violent or extreme verb for an ordinary event
emphasis.slaying-of | emphasis | =0 | "slaying" "of" | a killing: 'the slaying of' a person is a murder the news reports; it holds 'slays' and is no evidence
emphasis.slayings | emphasis | =0 | "slayings" | a killing: 'slayings' are murders the news reports; it holds 'slays' and is no evidence
emphasis.slays | emphasis | 0.535 | slays | hype verb: a violent or extreme verb for an ordinary event
emphasis.wins-the-internet | emphasis | 0.45 | wins the internet | hype verb: a violent or extreme verb for an ordinary event

# Emphasis: hype verbs with big figures.
emphasis.soar-x-n | emphasis | 0.5 | soar {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.surge-x-n | emphasis | 0.5 | surge {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.skyrocket-x-n | emphasis | 0.5 | skyrocket {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.plunge-x-n | emphasis | 0.5 | plunge {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.plummet-x-n | emphasis | 0.5 | plummet {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.rocket-x-n | emphasis | 0.5 | "rockets" {gap:2} {num} | hype verb with a figure: a big number made dramatic; in the verb's forms, since a rocket that launches satellites is a launcher
emphasis.rocketed-x-n | emphasis | 0.5 | "rocketed" {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.rocket-to-n | emphasis | 0.5 | rocket "to" {num} | hype verb with a figure: a big number made dramatic ('prices rocket to 40%')
emphasis.rocket-by-n | emphasis | 0.5 | rocket "by" {num} | hype verb with a figure: a big number made dramatic
emphasis.explode-x-n | emphasis | 0.5 | explode {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.set-to-explode | emphasis | 0.45 | set to explode | market hype: a price or a craze promised to blow up, a forecast sold as a sure thing
emphasis.poised-to-explode | emphasis | 0.45 | poised to explode | market hype: a price or a craze promised to blow up, a forecast sold as a sure thing
emphasis.about-to-explode | emphasis | 0.45 | about to explode | market hype: a price or a craze promised to blow up, a forecast sold as a sure thing
emphasis.set-to-skyrocket | emphasis | 0.45 | set to skyrocket | market hype: a price or a craze promised to blow up, a forecast sold as a sure thing
emphasis.mission-to-the-moon | emphasis | =0 | mission/probe/return/flight/trip/journey to the moon $ | a voyage: a mission or a probe to the moon goes there, no price is promised to soar; it holds 'to the moon' and is no evidence
emphasis.to-the-moon | emphasis | 0.45 | to the moon $ | market hype: a price or a craze promised to blow up, a forecast sold as a sure thing
emphasis.smash-x-n | emphasis | 0.5 | smash {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.shatter-x-n | emphasis | 0.5 | shatter {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.balloon-x-n | emphasis | 0.5 | balloon {gap:2} {num} | hype verb with a figure: a big number made dramatic
emphasis.top-n | emphasis | 0.321 | top {num} | hype verb with a figure: a big number made dramatic
emphasis.past-n | emphasis | 0.5 | past {num} | hype verb with a figure: a big number made dramatic
emphasis.the-past-n | emphasis | =0 | the past {num} | a span of time: 'over the past five years' says how long, it makes no number dramatic; it holds 'past {num}' and is no evidence
emphasis.n-past-n | emphasis | =0 | {num} past {num} | a time of day: 'ten past nine' reads a clock, it makes no number dramatic; it holds 'past {num}' and is no evidence
emphasis.half-past-n | emphasis | =0 | half/quarter past {num} | a time of day: 'half past six' reads a clock, it makes no number dramatic; it holds 'past {num}' and is no evidence
emphasis.a-whopping | emphasis | 0.5 | a whopping | hype verb with a figure: a big number made dramatic
emphasis.whopping | emphasis | 0.5 | whopping | hype verb with a figure: a big number made dramatic
emphasis.a-staggering | emphasis | 0.5 | a staggering | hype verb with a figure: a big number made dramatic
emphasis.staggering-n | emphasis | 0.5 | staggering {num} | hype verb with a figure: a big number made dramatic
emphasis.a-record-n | emphasis | 0.5 | a record {num} | hype verb with a figure: a big number made dramatic
emphasis.record-n | emphasis | 0.5 | record {num} | hype verb with a figure: a big number made dramatic
emphasis.n-times-more | emphasis | 0.5 | {num} times more | hype verb with a figure: a big number made dramatic
emphasis.n-times | emphasis | 0.438 | {num} times | hype verb with a figure: a big number made dramatic
emphasis.more-than-ever | emphasis | 0.5 | more than ever | hype verb with a figure: a big number made dramatic

# Listicle: numbered lists. The contexts that hold here and in another
# category too ('one thing at a time', '{num} times a') are written once,
# with the other category's.
listicle.start-one | listicle | =0 | ^ one | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-two | listicle | =0 | ^ two | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-three | listicle | =0 | ^ three | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-four | listicle | =0 | ^ four | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-five | listicle | =0 | ^ five | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-six | listicle | =0 | ^ six | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-seven | listicle | =0 | ^ seven | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-eight | listicle | =0 | ^ eight | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-nine | listicle | =0 | ^ nine | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-ten | listicle | =0 | ^ ten | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-eleven | listicle | =0 | ^ eleven | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-twelve | listicle | =0 | ^ twelve | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-thirteen | listicle | =0 | ^ thirteen | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-fourteen | listicle | =0 | ^ fourteen | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-fifteen | listicle | =0 | ^ fifteen | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-sixteen | listicle | =0 | ^ sixteen | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-seventeen | listicle | =0 | ^ seventeen | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-eighteen | listicle | =0 | ^ eighteen | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-nineteen | listicle | =0 | ^ nineteen | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-twenty | listicle | =0 | ^ twenty | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-thirty | listicle | =0 | ^ thirty | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-forty | listicle | =0 | ^ forty | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-fifty | listicle | =0 | ^ fifty | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-sixty | listicle | =0 | ^ sixty | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-seventy | listicle | =0 | ^ seventy | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-eighty | listicle | =0 | ^ eighty | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-ninety | listicle | =0 | ^ ninety | a count spelled out at the start, as news style writes it ('Two ministers resign'): lists number their items in digits; it holds '^ {num}' and is no evidence
listicle.start-n | listicle | 1.224 | ^ {num} | a headline that opens with a number is usually a list
listicle.start-the-n | listicle | 0.699 | ^ the {num} | a list announced with its count: "The 12 best ...", "The 21 craziest ..."
listicle.start-n-miles | listicle | =0 | ^ {num} miles/tonnes/tons/km/kilometres/kilometers/metres/meters/feet/acres/hectares/litres/liters/gallons/degrees/kg/kilos/pounds/barrels | a measure: '40 miles of ...' weighs or spans, it promises no list; it holds '^ {num}' and is no evidence
listicle.start-n-killed | listicle | =0 | ^ {num} {gap:2} killed/dead/die/"arrested"/"injured"/hurt/"charged"/"missing"/"rescued"/detained/held/jailed/"wounded"/"sentenced"/"convicted"/evacuated/"feared"/"shot"/"trapped"/kidnapped/slain/stranded/"released"/freed/"executed"/hanged/abducted/drowned/stabbed/"murdered"/indicted/"fined" | context: a count of people in a news report ("Three arrested", "Two students shot") is no list
listicle.start-n-deported | listicle | =0 | ^ {num} {gap:2} deported/"infected"/displaced/hospitalised/hospitalized/"suspended"/"banned"/"found"/"accused"/seized/guilty/collide | context: a count of people in a news report ("Three arrested", "Two students shot") is no list
listicle.start-n-laid-off | listicle | =0 | ^ {num} {gap:2} laid off | context: a count of people in a news report ("Three arrested", "Two students shot") is no list
listicle.start-n-return-home | listicle | =0 | ^ {num} {gap:2} return/"returned" home | context: a count of people in a news report ("19 hostages return home") is no list
listicle.start-n-march | listicle | =0 | ^ {num} {gap:2} "march"/"protest"/demonstrate/"rally"/flee/resign/"advance"/"strike"/"strikes"/beached/threaten/reject/participate/"reported"/ejected | context: a count followed by what people or things did in the news ("5,000 nurses march", "Two storms strike", "48 whales beached", "13 cases reported") is no list
listicle.start-n-year | listicle | =0 | ^ {num} "year"/"month"/"week"/"day"/"hour"/"minute"/"mile"/"decade" | context: a count before a unit in the singular measures, as an adjective does ("a 72 hour ban", "a six year old girl")
listicle.start-n-years-later | listicle | =0 | ^ {num} year/month/decade later/on | context: a span of time that dates the story ("Ten years later", "Five years on") is no list
listicle.start-n-third | listicle | =0 | ^ {num} third/quarter | context: a fraction ("One third of voters", "two thirds") is a share, not a count of things
listicle.n-things | listicle | 0.511 | {num} things | listicle: a count of things frames the story as a list
listicle.n-ways | listicle | 0.371 | {num} ways | listicle: a count of things frames the story as a list
listicle.n-reasons | listicle | 0.414 | {num} reasons | listicle: a count of things frames the story as a list
listicle.n-times | listicle | 0.384 | {num} times | listicle: a count of things frames the story as a list
listicle.n-signs | listicle | 0.354 | {num} signs | listicle: a count of things frames the story as a list
listicle.kill-n-people | listicle | =0 | kill/injure/arrest/charge/evacuate/rescue/wound {num} people | a news count: who kills, injures, arrests or rescues a number of people reports victims or suspects, not a list; it holds '{num} people' and is no evidence
listicle.n-people | listicle | 0.284 | {num} people | listicle: a count of things frames the story as a list
listicle.n-photos | listicle | 0.37 | {num} photos | listicle: a count of things frames the story as a list
listicle.n-pictures | listicle | 0.457 | {num} pictures | listicle: a count of things frames the story as a list
listicle.n-pics | listicle | 0.6 | {num} pics | listicle: a count of things frames the story as a list
listicle.n-gifs | listicle | 0.6 | {num} gifs | listicle: a count of things frames the story as a list
listicle.n-tweets | listicle | 0.367 | {num} tweets | listicle: a count of things frames the story as a list
listicle.n-facts | listicle | 0.6 | {num} facts | listicle: a count of things frames the story as a list
listicle.n-tips | listicle | 0.6 | {num} tips | listicle: a count of things frames the story as a list
listicle.n-tricks | listicle | 0.6 | {num} tricks | listicle: a count of things frames the story as a list
listicle.n-moments | listicle | 0.352 | {num} moments | listicle: a count of things frames the story as a list
listicle.n-questions | listicle | 0.383 | {num} questions | listicle: a count of things frames the story as a list
listicle.n-secrets | listicle | 0.352 | {num} secrets | listicle: a count of things frames the story as a list
listicle.n-celebrities | listicle | 0.382 | {num} celebrities | listicle: a count of things frames the story as a list
listicle.n-struggles | listicle | 0.374 | {num} struggles | listicle: a count of things frames the story as a list
listicle.n-problems | listicle | 0.6 | {num} problems | listicle: a count of things frames the story as a list
listicle.n-products | listicle | 0.6 | {num} products | listicle: a count of things frames the story as a list
listicle.n-ideas | listicle | 0.6 | {num} ideas | listicle: a count of things frames the story as a list
listicle.n-foods | listicle | 0.6 | {num} foods | listicle: a count of things frames the story as a list
listicle.n-dogs | listicle | 0.6 | {num} dogs | listicle: a count of things frames the story as a list
listicle.n-cats | listicle | 0.6 | {num} cats | listicle: a count of things frames the story as a list
listicle.n-animals | listicle | 0.6 | {num} animals | listicle: a count of things frames the story as a list
listicle.n-songs | listicle | 0.6 | {num} songs | listicle: a count of things frames the story as a list
listicle.n-movies | listicle | 0.374 | {num} movies | listicle: a count of things frames the story as a list
listicle.n-films | listicle | 0.6 | {num} films | listicle: a count of things frames the story as a list
listicle.n-books | listicle | 0.6 | {num} books | listicle: a count of things frames the story as a list
listicle.n-places | listicle | 0.6 | {num} places | listicle: a count of things frames the story as a list
listicle.n-kids | listicle | 0.208 | {num} kids | listicle: a count of things frames the story as a list
listicle.n-stories | listicle | 0.6 | {num} stories | listicle: a count of things frames the story as a list
listicle.n-hacks | listicle | 0.6 | {num} hacks | listicle: a count of things frames the story as a list
listicle.n-lessons | listicle | 0.6 | {num} lessons | listicle: a count of things frames the story as a list
listicle.n-mistakes | listicle | 0.6 | {num} mistakes | listicle: a count of things frames the story as a list
listicle.n-rules | listicle | 0.6 | {num} rules | listicle: a count of things frames the story as a list
listicle.n-words | listicle | 0.361 | {num} words | listicle: a count of things frames the story as a list
listicle.n-quotes | listicle | 0.6 | {num} quotes | listicle: a count of things frames the story as a list
listicle.n-memes | listicle | 0.6 | {num} memes | listicle: a count of things frames the story as a list
listicle.n-examples | listicle | 0.6 | {num} examples | listicle: a count of things frames the story as a list
listicle.n-steps | listicle | 0.6 | {num} steps | listicle: a count of things frames the story as a list
listicle.n-habits | listicle | 0.6 | {num} habits | listicle: a count of things frames the story as a list
listicle.n-truths | listicle | 0.6 | {num} truths | listicle: a count of things frames the story as a list
listicle.n-confessions | listicle | 0.393 | {num} confessions | listicle: a count of things frames the story as a list
listicle.n-gifts | listicle | 0.361 | {num} gifts | listicle: a count of things frames the story as a list
listicle.n-recipes | listicle | 0.6 | {num} recipes | listicle: a count of things frames the story as a list
listicle.n-charts | listicle | 0.351 | {num} charts | listicle: a count of things frames the story as a list
listicle.n-maps | listicle | 0.6 | {num} maps | listicle: a count of things frames the story as a list
listicle.n-images | listicle | 0.6 | {num} images | listicle: a count of things frames the story as a list
listicle.n-faces | listicle | 0.6 | {num} faces | listicle: a count of things frames the story as a list
listicle.n-jokes | listicle | 0.6 | {num} jokes | listicle: a count of things frames the story as a list
listicle.n-characters | listicle | 0.6 | {num} characters | listicle: a count of things frames the story as a list
listicle.n-shows | listicle | 0.6 | {num} shows | listicle: a count of things frames the story as a list
listicle.n-outfits | listicle | 0.6 | {num} outfits | listicle: a count of things frames the story as a list
listicle.n-looks | listicle | 0.6 | {num} looks | listicle: a count of things frames the story as a list
listicle.n-guys | listicle | 0.6 | {num} guys | listicle: a count of things frames the story as a list
listicle.n-girls | listicle | 0.6 | {num} girls | listicle: a count of things frames the story as a list
listicle.n-women | listicle | 0.313 | {num} women | listicle: a count of things frames the story as a list
listicle.n-men | listicle | 0.329 | {num} men | listicle: a count of things frames the story as a list
listicle.n-parents | listicle | 0.6 | {num} parents | listicle: a count of things frames the story as a list
listicle.n-couples | listicle | 0.6 | {num} couples | listicle: a count of things frames the story as a list
listicle.n-stars | listicle | 0.6 | {num} stars | listicle: a count of things frames the story as a list
listicle.n-times-when | listicle | 0.6 | {num} times when | listicle: a count of things frames the story as a list
listicle.n-of-the | listicle | 0.366 | {num} of the | listicle: a count of things frames the story as a list
listicle.n-most | listicle | 0.388 | {num} most | listicle: a count of things frames the story as a list
listicle.n-best | listicle | 0.387 | {num} best | listicle: a count of things frames the story as a list
listicle.n-worst | listicle | 0.6 | {num} worst | listicle: a count of things frames the story as a list
listicle.n-x-that-will | listicle | 0.403 | {num} {gap:3} that will | listicle: a count of things frames the story as a list
listicle.n-x-you-need | listicle | 0.351 | {num} {gap:3} you need | listicle: a count of things frames the story as a list
listicle.n-x-you-should | listicle | 0.351 | {num} {gap:3} you should | listicle: a count of things frames the story as a list
listicle.n-x-that-are | listicle | 0.416 | {num} {gap:3} that are | listicle: a count of things frames the story as a list
listicle.n-x-that-prove | listicle | 0.433 | {num} {gap:3} that prove | listicle: a count of things frames the story as a list
listicle.n-x-who | listicle | 0.496 | {num} {gap:3} who | listicle: a count of things frames the story as a list
listicle.n-x-every | listicle | 0.4 | {num} {gap:3} every | listicle: a count of things frames the story as a list
listicle.n-x-only | listicle | 0.415 | {num} {gap:3} only | listicle: a count of things frames the story as a list

# Listicle: list framing. The contexts of 'of the year' and 'quiz' ('player
# of the year', 'pub quiz') hold here as in emphasis and question, and are
# written once, with theirs.
listicle.things | listicle | 0.662 | things | list framing without a number
listicle.reasons-why | listicle | 0.364 | reasons why | list framing without a number
listicle.reasons | listicle | 0.372 | reasons | list framing without a number
listicle.ways-to | listicle | 0.374 | "ways" to | list framing without a number
listicle.signs-you | listicle | 0.371 | "signs" you | list framing without a number
listicle.signs-that | listicle | 0.4 | "signs" that | list framing without a number
listicle.signs-your | listicle | 0.4 | "signs" your | list framing without a number
listicle.times-when | listicle | 0.4 | "times" when | list framing without a number
listicle.people-who | listicle | 0.381 | people who | list framing without a number
listicle.photos-that | listicle | 0.352 | photos that | list framing without a number
listicle.pictures-that | listicle | 0.352 | pictures that | list framing without a number
listicle.photos-of | listicle | 0.498 | photos of | list framing without a number
listicle.pictures-of | listicle | 0.43 | pictures of | list framing without a number
listicle.moments-that | listicle | 0.4 | moments that | list framing without a number
listicle.tweets-that | listicle | 0.365 | tweets that | list framing without a number
listicle.tweets-about | listicle | 0.383 | tweets about | list framing without a number
listicle.facts-about | listicle | 0.4 | facts about | list framing without a number
listicle.gifs | listicle | 0.372 | gifs | list framing without a number
listicle.memes | listicle | 0.401 | memes | list framing without a number
listicle.struggles-to | listicle | =0 | "struggles" "to" | a verb: what 'struggles to' cope reports a difficulty, it lists none; it holds 'struggles' and is no evidence
listicle.struggling-to | listicle | =0 | "struggling" "to" | a verb: what is 'struggling to' cope reports a difficulty, it lists none; it holds 'struggles' and is no evidence
listicle.start-thoughts | listicle | 0.4 | ^ thoughts during/while/when/every/you/i | list framing without a number: the passing thoughts of a moment, told one by one ('Thoughts every runner has at mile ten')
listicle.struggles | listicle | 0.409 | struggles | list framing without a number
listicle.problems-only | listicle | 0.4 | problems only | list framing without a number
listicle.things-only | listicle | 0.67 | things only | list framing without a number
listicle.only-x-will-understand | listicle | 0.358 | only {gap:2} will understand | list framing without a number
listicle.pass-this-year | listicle | =0 | pass/solve/ace/crack this year/week/month/season/term | a time: 'passed this year's load test' names when a test was met, no challenge put to the reader; it holds 'pass this {gap:2} test' and is no evidence
listicle.pass-this-test | listicle | 0.384 | pass/solve/ace/crack this {gap:2} test/quiz/puzzle/riddle | quiz frame: a challenge only the reader's kind can meet ('Only 1 in 10 can solve this riddle')
listicle.only-true | listicle | 0.4 | only true | quiz frame: a challenge only the reader's kind can meet
listicle.only-x-will-be-able | listicle | 0.4 | only {gap:3} will be able | quiz frame: a challenge only the reader's kind can meet
listicle.will-understand | listicle | 0.367 | will understand | list framing without a number
listicle.can-relate | listicle | 0.278 | can relate | list framing without a number
listicle.relatable | listicle | 0.351 | "relatable" | list framing without a number
listicle.sum-up | listicle | 0.5 | sum up | relatable list: posts that 'sum up' a shared experience ('pictures that sum up being a parent')
listicle.ranked | listicle | 0.415 | ranked | list framing without a number
listicle.full-list-of | listicle | 0.4 | full list of | list framing without a number
address.to-anyone-with | address | 0.4 | to anyone with | direct address: the headline speaks to the reader
address.brits-told | address | 0.45 | brits told | direct address: the headline speaks to the reader
address.brits-warned | address | 0.45 | brits warned | direct address: the headline speaks to the reader
listicle.definitive-ranking | listicle | 0.42 | definitive ranking | list framing without a number
listicle.definitive | listicle | 0.305 | "definitive" | list framing without a number
listicle.roundup | listicle | 0.4 | roundup | list framing without a number
listicle.tier-list | listicle | 0.4 | tier list | list framing without a number
listicle.of-the-year | listicle | 0.295 | of the year | list framing without a number
listicle.every-time | listicle | 0.35 | every time | list framing without a number
listicle.times-x-were | listicle | 0.353 | times {gap:2} were | list framing without a number
listicle.that-prove | listicle | 0.4 | that prove | list framing without a number
listicle.that-will | listicle | 0.401 | that will | list framing without a number
listicle.that-are-too | listicle | 0.356 | that are too | list framing without a number
listicle.that-are-so | listicle | 0.4 | that are so | list framing without a number
listicle.who-are | listicle | 0.372 | who are | list framing without a number
listicle.who-totally | listicle | 0.4 | who totally | list framing without a number
listicle.who-nailed | listicle | 0.4 | who nailed | list framing without a number
listicle.people-are | listicle | 0.585 | people are | list framing without a number
listicle.people-cant | listicle | 0.4 | people can't | list framing without a number
listicle.tumblr | listicle | 0.406 | tumblr | list framing without a number
listicle.pinterest | listicle | 0.375 | pinterest | list framing without a number
listicle.instagram | listicle | 0.566 | instagram | list framing without a number
listicle.tweet | listicle | 0.499 | tweet | list framing without a number
listicle.photos | listicle | 0.484 | photos | list framing without a number
listicle.pics | listicle | 0.399 | pics | list framing without a number
listicle.emoji | listicle | 0.397 | emoji | list framing without a number
listicle.quiz | listicle | 0.387 | quiz | list framing without a number
listicle.who-said-it | listicle | 0.749 | who said it | quiz frame: a challenge only the reader's kind can meet

# Address: the reader spoken to.
address.you | address | 0.993 | you | direct address: the headline speaks to the reader
address.your | address | 0.673 | your | direct address: the headline speaks to the reader
address.your-guide-to | address | =0 | your guide to | a service label: 'Your guide to the new bin collections' names what a guide covers, as a listings page does; it holds 'your' and is no evidence
address.your-questions | address | =0 | your questions | a service label: 'Your questions answered on the price cap' is a newsroom's reply to its readers' letters; it holds 'your' and is no evidence
address.youre | address | 0.663 | you're | direct address: the headline speaks to the reader
address.yours | address | 0.5 | yours | direct address: the headline speaks to the reader
address.yourself | address | 0.455 | yourself | direct address: the headline speaks to the reader
address.yourselves | address | 0.5 | yourselves | direct address: the headline speaks to the reader
address.youll | address | 0.468 | you'll | direct address: the headline speaks to the reader
address.youve | address | 0.424 | you've | direct address: the headline speaks to the reader
address.youd | address | 0.358 | you'd | direct address: the headline speaks to the reader
address.ya | address | 0.41 | ya | direct address: the headline speaks to the reader
address.yall | address | 0.5 | y'all | direct address: the headline speaks to the reader
address.we | address | 0.622 | we | direct address: the headline speaks to the reader
address.let-us | address | 0.5 | let us | direct address: the headline speaks to the reader
address.admit-it | address | 0.5 | admit it | direct address: the headline speaks to the reader
address.be-honest | address | 0.5 | be honest | direct address: the headline speaks to the reader
address.trust-me | address | 0.5 | trust me | direct address: the headline speaks to the reader
address.trust-us | address | 0.5 | trust us | direct address: the headline speaks to the reader
address.imagine | address | 0.5 | imagine | direct address: the headline speaks to the reader
address.if-you | address | 0.526 | if you | direct address: the headline speaks to the reader
address.when-you | address | 0.457 | when you | direct address: the headline speaks to the reader
address.you-know | address | 0.526 | you know | direct address: the headline speaks to the reader
address.you-guys | address | 1 | you guys | direct address: the headline speaks to the reader
address.anyone-who | address | 0.416 | anyone who | direct address: the headline speaks to the reader
address.everyone-who | address | 0.468 | everyone who | direct address: the headline speaks to the reader
address.thanks-to-everyone-who | address | =0 | thanks to everyone who | a thank-you: 'thanks to everyone who' speaks to those who came or gave, not to the reader; it holds 'everyone who' and is no evidence
address.thank-you-to-everyone-who | address | =0 | thank you to everyone who | a thank-you: 'thank you to everyone who' speaks to those who came or gave, not to the reader; it holds 'everyone who' and is no evidence
address.thank-everyone-who | address | =0 | thank everyone who | a thank-you: 'thank everyone who' speaks to those who came or gave, not to the reader; it holds 'everyone who' and is no evidence
address.thank-you | address | =0 | thank you | a thank-you: 'thank you' is a courtesy to those who helped or came, not a headline that turns to the reader; it holds 'you' and is no evidence
address.people-who | address | 0.418 | people who | direct address: the headline speaks to the reader
address.girls-who | address | 0.399 | girls who | direct address: the headline speaks to the reader
address.guys-who | address | 0.353 | guys who | direct address: the headline speaks to the reader
address.kids-who | address | 0.353 | kids who | direct address: the headline speaks to the reader
address.start-watch-live | address | =0 | ^ "watch" live | a broadcast's label: 'Watch live: the minister takes questions' links a stream and addresses nobody; it holds '^ watch' and is no evidence
address.start-watch | address | 0.824 | ^ "watch" | direct address: the headline speaks to the reader; in quotes, since 'Watches recalled' addresses no one
address.start-look | address | 0.275 | ^ "look" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-check | address | 0.5 | ^ "check" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-try | address | 0.5 | ^ "try" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-drop-everything | address | 0.5 | ^ drop everything | direct address: the headline bids the reader leave all else for it ('Drop everything: ...')
address.start-stop | address | 0.473 | ^ "stop" | direct address: the headline speaks to the reader; in quotes, since 'Stopped trains' addresses no one
address.start-dont | address | 0.5 | ^ don't | direct address: the headline speaks to the reader
address.start-take | address | 0.369 | ^ "take" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-tell | address | 0.465 | ^ "tell" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-guess | address | 0.5 | ^ "guess" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-read | address | 0.5 | ^ "read" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-read-more | address | =0 | ^ "read" more | a link's label: 'Read more: ...' points a post's reader to the story, as a feed does, and asks nothing else; it holds '^ read' and is no evidence
address.start-listen | address | 0.5 | ^ "listen" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-learn | address | 0.5 | ^ "learn" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-get | address | 0.366 | ^ "get" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-make | address | 0.259 | ^ "make" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-just | address | 0.205 | ^ just | direct address: the headline speaks to the reader
address.start-just-in | address | =0 | ^ just in | news label: 'Just in' announces a report, it speaks to no one; it holds '^ just' and is no evidence
address.start-say | address | 0.5 | ^ "say" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-behold | address | 0.5 | ^ "behold" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-enjoy | address | 0.5 | ^ "enjoy" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-prepare | address | 0.5 | ^ "prepare" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-remember | address | 0.5 | ^ "remember" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-relive | address | 0.5 | ^ "relive" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-celebrate | address | 0.36 | ^ "celebrate" | direct address: the headline speaks to the reader
address.start-see | address | 0.466 | ^ "see" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-find | address | 0.174 | ^ "find" | direct address: the headline speaks to the reader; in quotes, since 'Findings suggest' and 'Finds' address no one
address.start-discover | address | 0.5 | ^ "discover" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-give | address | 0.5 | ^ "give" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-forget | address | 0.5 | ^ "forget" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-ignore | address | 0.5 | ^ "ignore" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-keep | address | 0.5 | ^ "keep" | direct address: the headline speaks to the reader; in this form only, since 'Looking', 'Keeping' and 'Taking' open a feature's gerund, not a command
address.start-never | address | 0.5 | ^ never | direct address: the headline speaks to the reader
address.start-always | address | 0.5 | ^ always | direct address: the headline speaks to the reader
address.start-why-you | address | 0.5 | ^ why you | direct address: the headline speaks to the reader
address.start-how-you | address | 0.5 | ^ how you | direct address: the headline speaks to the reader
address.millennials | address | 0.5 | millennials | direct address: the headline speaks to the reader
address.twentysomethings | address | 0.365 | twentysomethings | direct address: the headline speaks to the reader
address.20-somethings | address | 0.5 | "somethings" | direct address: the headline speaks to the reader
address.your-life | address | 0.415 | your life | direct address: the headline speaks to the reader
address.your-mind | address | 0.367 | your mind | direct address: the headline speaks to the reader
address.your-day | address | 0.4 | your day | direct address: the headline speaks to the reader
address.your-childhood | address | 0.68 | your childhood | direct address: the headline speaks to the reader
address.your-favorite | address | 0.467 | your favorite | direct address: the headline speaks to the reader
address.your-favourite | address | 0.379 | your favourite | direct address: the headline speaks to the reader
address.your-zodiac | address | 0.48 | your zodiac | direct address: the headline speaks to the reader
address.your-sign | address | 0.68 | your sign | direct address: the headline speaks to the reader
address.your-brain | address | 0.68 | your brain | direct address: the headline speaks to the reader
address.your-body | address | 0.382 | your body | direct address: the headline speaks to the reader
address.is-all-of-us | address | 0.6 | is all of us | direct address: the headline tells the reader that the scene is theirs

# Modifiers: intensifiers raise the hit that follows (weight is a factor).
intensifier.very | intensifier | 1.4 | very | intensifier: raises the next emphasis or suspense hit
intensifier.so | intensifier | 1.4 | so | intensifier: raises the next emphasis or suspense hit
intensifier.so-far | intensifier | =0 | so far | a phrase of time: 'so far this year' says until when, it raises nothing; it holds 'so' and is no intensifier
intensifier.so-called | intensifier | =0 | so called | a distancing label: 'the so-called miracle cure' doubts a name, it raises nothing; it holds 'so' and is no intensifier
intensifier.really | intensifier | 1.4 | really | intensifier: raises the next emphasis or suspense hit
intensifier.too | intensifier | 1.4 | too | intensifier: raises the next emphasis or suspense hit
intensifier.such | intensifier | 1.4 | such | intensifier: raises the next emphasis or suspense hit
intensifier.even | intensifier | 1.4 | "even" | intensifier: raises the next emphasis or suspense hit; in quotes, since 'evening' shares its stem
intensifier.truly-so | intensifier | 1.4 | truly/just/ever/incredibly/insanely so | intensifier: raises the next emphasis or suspense hit
intensifier.most | intensifier | 1.4 | "most" | degree: makes the superlative of the next emphasis or suspense hit, and raises it (in quotes: "mostly" hedges)
intensifier.more | intensifier | 1.4 | more | degree: makes the comparative of the next emphasis or suspense hit, and raises it
intensifier.much | intensifier | 1.4 | much | intensifier: raises the next emphasis or suspense hit
intensifier.quite-literally | intensifier | 1.4 | quite literally | intensifier: raises the next emphasis or suspense hit
intensifier.downright | intensifier | 1.4 | downright | intensifier: raises the next emphasis or suspense hit
intensifier.positively | intensifier | 1.4 | "positively" | intensifier: raises the next emphasis or suspense hit

# Modifiers: negation lowers an emphasis hit just after it.
negation.not | negation | 0.2 | not | negation: the claim is denied, not made
negation.no | negation | 0.2 | no | negation: the claim is denied, not made
negation.isnt | negation | 0.2 | isn't | negation: the claim is denied, not made
negation.arent | negation | 0.2 | aren't | negation: the claim is denied, not made
negation.wasnt | negation | 0.2 | wasn't | negation: the claim is denied, not made
negation.werent | negation | 0.2 | weren't | negation: the claim is denied, not made
negation.dont | negation | 0.2 | don't | negation: the claim is denied, not made
negation.doesnt | negation | 0.2 | doesn't | negation: the claim is denied, not made
negation.didnt | negation | 0.2 | didn't | negation: the claim is denied, not made
negation.wont | negation | 0.2 | won't | negation: the claim is denied, not made
negation.wouldnt | negation | 0.2 | wouldn't | negation: the claim is denied, not made
negation.cant | negation | 0.2 | can't | negation: the claim is denied, not made
negation.cannot | negation | 0.2 | cannot | negation: the claim is denied, not made
negation.couldnt | negation | 0.2 | couldn't | negation: the claim is denied, not made
negation.shouldnt | negation | 0.2 | shouldn't | negation: the claim is denied, not made
negation.hasnt | negation | 0.2 | hasn't | negation: the claim is denied, not made
negation.havent | negation | 0.2 | haven't | negation: the claim is denied, not made
negation.hadnt | negation | 0.2 | hadn't | negation: the claim is denied, not made
negation.aint | negation | 0.2 | ain't | negation: the claim is denied, not made
negation.hardly | negation | 0.2 | "hardly" | negation: the claim is denied, not made
negation.barely | negation | 0.2 | "barely" | negation: the claim is denied, not made
negation.scarcely | negation | 0.2 | scarcely | negation: the claim is denied, not made
negation.nor | negation | 0.2 | nor | negation: the claim is denied, not made
negation.neither | negation | 0.2 | neither | negation: the claim is denied, not made
negation.without | negation | 0.2 | without | negation: the claim is denied, not made
negation.far-from | negation | 0.2 | far from | negation: the claim is denied, not made
negation.less-than | negation | 0.2 | less than | negation: the claim is denied, not made
negation.not-quite | negation | 0.2 | not quite/exactly/really/so | negation: the claim is denied, not made
negation.wont-believe | negation | =0 | won't believe | a teaser's formula: 'won't believe' promises a surprise, it denies no claim after it; it holds its negation and is no negation
negation.will-not-believe | negation | =0 | will not believe | a teaser's formula: 'will not believe' promises a surprise, it denies no claim after it; it holds its negation and is no negation
negation.wouldnt-believe | negation | =0 | wouldn't believe | a teaser's formula: 'wouldn't believe' promises a surprise, it denies no claim after it; it holds its negation and is no negation
negation.cant-believe | negation | =0 | can't believe | a teaser's formula: 'can't believe' promises a surprise, it denies no claim after it; it holds its negation and is no negation
negation.cannot-believe | negation | =0 | cannot believe | a teaser's formula: 'cannot believe' promises a surprise, it denies no claim after it; it holds its negation and is no negation
negation.couldnt-believe | negation | =0 | couldn't believe | a teaser's formula: 'couldn't believe' promises a surprise, it denies no claim after it; it holds its negation and is no negation
negation.could-not-believe | negation | =0 | could not believe | a teaser's formula: 'could not believe' promises a surprise, it denies no claim after it; it holds its negation and is no negation
negation.not-only | negation | =0 | not only | an affirmation: 'not only the best ... but' grants the claim and adds to it; it holds 'not' and is no negation
negation.no-wonder | negation | =0 | no wonder | an affirmation: 'no wonder it is the most popular' grants the claim as plain; it holds 'no' and is no negation
negation.dont-miss | negation | =0 | don't miss | an urging: 'don't miss the biggest sale' presses the claim on the reader; it holds its negation and is no negation
negation.do-not-miss | negation | =0 | do not miss | an urging: 'do not miss the biggest sale' presses the claim on the reader; it holds its negation and is no negation
negation.cant-miss | negation | =0 | can't miss | an urging: 'you can't miss the best sunset' presses the claim on the reader; it holds its negation and is no negation
negation.cant-stop | negation | =0 | can't stop | a compulsion: 'can't stop watching this hilarious video' denies the stopping, not the claim after it; it holds its negation and is no negation
negation.cannot-stop | negation | =0 | cannot stop | a compulsion: 'cannot stop watching' denies the stopping, not the claim after it; it holds its negation and is no negation
negation.couldnt-stop | negation | =0 | couldn't stop | a compulsion: 'couldn't stop laughing' denies the stopping, not the claim after it; it holds its negation and is no negation
negation.could-not-stop | negation | =0 | could not stop | a compulsion: 'could not stop laughing' denies the stopping, not the claim after it; it holds its negation and is no negation

# Modifiers: hedges lower emphasis and suspense in their sentence.
hedge.may | hedge | 0.6 | may | hedge: the writer does not vouch for the claim
hedge.in-may | hedge | =0 | in/on/by/since/until/from/of/through/early/late/mid/next/last/before/after/during may | a date: 'in May' names the month, it hedges nothing; it holds 'may' and is no hedge
hedge.may-n | hedge | =0 | may {num} | a date: 'in May' names the month, it hedges nothing; it holds 'may' and is no hedge
hedge.might | hedge | 0.6 | might | hedge: the writer does not vouch for the claim
hedge.reportedly | hedge | 0.6 | "reportedly" | hedge: the writer does not vouch for the claim
hedge.allegedly | hedge | 0.6 | allegedly | hedge: the writer does not vouch for the claim
hedge.apparently | hedge | 0.6 | apparently | hedge: the writer does not vouch for the claim
hedge.possibly | hedge | 0.6 | "possibly" | hedge: the writer does not vouch for the claim
hedge.perhaps | hedge | 0.6 | perhaps | hedge: the writer does not vouch for the claim
hedge.probably | hedge | 0.6 | probably | hedge: the writer does not vouch for the claim
hedge.likely | hedge | 0.6 | "likely" | hedge: the writer does not vouch for the claim
hedge.unlikely | hedge | 0.6 | unlikely | hedge: the writer does not vouch for the claim
hedge.seems | hedge | 0.6 | seems | hedge: the writer does not vouch for the claim
hedge.appears-to | hedge | 0.6 | appears/expected/believed/thought to | hedge: the writer does not vouch for the claim
hedge.suggests | hedge | 0.6 | suggests | hedge: the writer does not vouch for the claim
hedge.rumored | hedge | 0.6 | rumored | hedge: the writer does not vouch for the claim
hedge.rumoured | hedge | 0.6 | rumoured | hedge: the writer does not vouch for the claim
hedge.estimated | hedge | 0.6 | estimated | hedge: the writer does not vouch for the claim
hedge.approximately | hedge | 0.6 | approximately | hedge: the writer does not vouch for the claim
hedge.roughly | hedge | 0.6 | roughly | hedge: the writer does not vouch for the claim
hedge.about-n | hedge | 0.6 | about/around {num} | hedge: the figure is an estimate, not a count
hedge.at-least | hedge | 0.6 | at least | hedge: the writer does not vouch for the claim
hedge.some-say | hedge | 0.6 | some say | hedge: the writer does not vouch for the claim
hedge.is-said-to | hedge | 0.6 | is/are said to | hedge: the writer does not vouch for the claim
hedge.unconfirmed | hedge | 0.6 | unconfirmed | hedge: the writer does not vouch for the claim
hedge.unverified | hedge | 0.6 | unverified | hedge: the writer does not vouch for the claim
hedge.preliminary | hedge | 0.6 | preliminary | hedge: the writer does not vouch for the claim
hedge.could-be | hedge | 0.6 | could/may/might be | hedge: the writer does not vouch for the claim
hedge.could-be-the-best | hedge | =0 | could/may/might be the best/most/worst | a hedged superlative: 'could be the best' ranks a thing all the same, the hedge only sells it; it holds 'could be' and is no hedge
hedge.could-be-the-cutest | hedge | =0 | could/may/might be the craziest/weirdest/cutest/funniest/strangest/scariest/happiest/saddest/dumbest/smartest/coolest/sexiest/prettiest/ugliest/wildest/oddest/creepiest/tastiest/sweetest/bravest/luckiest/unluckiest/nicest/loveliest/grossest/purest/messiest/cheesiest/sassiest | a hedged superlative: 'might be the cutest' ranks a thing by taste all the same, the hedge only sells it; it holds 'might be' and is no hedge
hedge.probably-the-best | hedge | =0 | probably/"possibly"/perhaps the best/most/worst/greatest | a hedged superlative: 'probably the best' ranks a thing all the same, the hedge only sells it; it holds 'probably' and is no hedge
hedge.probably-the-cutest | hedge | =0 | probably/"possibly"/perhaps the craziest/weirdest/cutest/funniest/strangest/scariest/happiest/saddest/dumbest/smartest/coolest/sexiest/prettiest/ugliest/wildest/oddest/creepiest/tastiest/sweetest/bravest/luckiest/unluckiest/nicest/loveliest/grossest/purest/messiest/cheesiest/sassiest | a hedged superlative: 'probably the cutest' ranks a thing by taste all the same, the hedge only sells it; it holds 'probably' and is no hedge
hedge.in-part | hedge | 0.6 | in part | hedge: the writer does not vouch for the claim
hedge.partly | hedge | 0.6 | "partly" | hedge: the writer does not vouch for the claim

# Modifiers: attribution lowers emphasis and questions in its sentence.
attribution.said | attribution | 0.5 | said | attribution: the words are a source's, reported
attribution.says | attribution | 0.5 | "says" | attribution: the words are a source's, reported
attribution.told | attribution | 0.5 | told | attribution: the words are a source's, reported
attribution.tells | attribution | 0.5 | "tells" | attribution: the words are a source's, reported
attribution.say-end | attribution | 0.5 | "say" $ | attribution: closing a headline (", experts say") it gives the claim to its sources
attribution.according-to | attribution | 0.5 | according to | citation: the claim is a source's; closing a headline (", according to science") it frames a list or a tip, not reported speech
attribution.as-told-by | attribution | 0.5 | as told by | citation: a source's words, gathered; closing a headline (", as told by cats") it frames a list, not reported speech
attribution.reported | attribution | 0.5 | reported | attribution: the words are a source's, reported
attribution.claimed | attribution | 0.5 | claimed | attribution: the words are a source's, reported
attribution.stated | attribution | 0.5 | "stated" | attribution: the words are a source's, reported
attribution.announced | attribution | 0.5 | announced | attribution: the words are a source's, reported
attribution.asked | attribution | 0.5 | "asked" | attribution: the words are a source's, reported
attribution.added | attribution | 0.5 | "added" | attribution: the words are a source's, reported
attribution.adds | attribution | 0.5 | "adds" | attribution: the words are a source's, reported
attribution.insisted | attribution | 0.5 | insisted | attribution: the words are a source's, reported
attribution.argued | attribution | 0.5 | argued | attribution: the words are a source's, reported
attribution.confirmed | attribution | 0.5 | confirmed | attribution: the words are a source's, reported
attribution.testified | attribution | 0.5 | testified | attribution: the words are a source's, reported
attribution.acknowledged | attribution | 0.5 | acknowledged | attribution: the words are a source's, reported
attribution.spokesman | attribution | 0.5 | spokesman | attribution: the words are a source's, reported
attribution.spokeswoman | attribution | 0.5 | spokeswoman | attribution: the words are a source's, reported
attribution.spokesperson | attribution | 0.5 | spokesperson | attribution: the words are a source's, reported
attribution.in-a-statement | attribution | 0.5 | in a statement | attribution: the words are a source's, reported
attribution.statement | attribution | 0.5 | statement | attribution: the words are a source's, reported
attribution.quoted | attribution | 0.5 | "quoted" | attribution: the words are a source's, reported
attribution.wrote | attribution | 0.5 | wrote | attribution: the words are a source's, reported
attribution.writes | attribution | 0.5 | "writes" | attribution: the words are a source's, reported
attribution.warned | attribution | 0.5 | warned | attribution: the words are a source's, reported
attribution.noted | attribution | 0.5 | "noted" | attribution: the words are a source's, reported
attribution.explained | attribution | 0.5 | "explained" | attribution: the words are a source's, reported
attribution.described-as | attribution | 0.5 | described {gap:2} as | attribution: a source's words for a thing, reported ('a witness described the scene as horrific')
attribution.only-be-described-as | attribution | =0 | only be described as | the writer's own verdict: 'what can only be described as' gives the words to no source; it holds 'described as' and is no attribution
attribution.thrilled-to-announce | attribution | =0 | thrilled to announce | the writer's own voice: 'thrilled to announce' is a firm or a person announcing in the first person, no source reported; it holds 'announced' and is no attribution
attribution.pleased-to-announce | attribution | =0 | pleased to announce | the writer's own voice: 'pleased to announce' is a firm or a person announcing in the first person, no source reported; it holds 'announced' and is no attribution
attribution.proud-to-announce | attribution | =0 | proud to announce | the writer's own voice: 'proud to announce' is a firm or a person announcing in the first person, no source reported; it holds 'announced' and is no attribution
attribution.excited-to-announce | attribution | =0 | excited to announce | the writer's own voice: 'excited to announce' is a firm or a person announcing in the first person, no source reported; it holds 'announced' and is no attribution
attribution.happy-to-announce | attribution | =0 | happy to announce | the writer's own voice: 'happy to announce' is a firm or a person announcing in the first person, no source reported; it holds 'announced' and is no attribution
attribution.delighted-to-announce | attribution | =0 | delighted to announce | the writer's own voice: 'delighted to announce' is a firm or a person announcing in the first person, no source reported; it holds 'announced' and is no attribution
attribution.what-x-said | attribution | =0 | what {gap:3} said | a withheld quote: 'what he said next' keeps the words back for the click, it gives the headline's claims to no source; it holds 'said' and is no attribution
attribution.what-x-wrote | attribution | =0 | what {gap:3} wrote | a withheld quote: 'what she wrote on the note' keeps the words back for the click, it gives the headline's claims to no source; it holds 'wrote' and is no attribution
attribution.what-x-told | attribution | =0 | what {gap:3} told | a withheld quote: 'what he told the crowd' keeps the words back for the click, it gives the headline's claims to no source; it holds 'told' and is no attribution
attribution.we-asked | attribution | =0 | we asked | the writer's own voice: 'we asked readers' is the writer's survey, in the first person, no source reported; it holds 'asked' and is no attribution
attribution.i-asked | attribution | =0 | I asked | the writer's own voice: 'I asked my friends' is the writer's survey, in the first person, no source reported; it holds 'asked' and is no attribution
attribution.wrote-a | attribution | =0 | wrote a/an | a thing made: 'wrote a letter', 'wrote a song' names what was written, and the words that praise it ('a lovely letter') are the writer's own; it holds 'wrote' and is no attribution
attribution.writes-a | attribution | =0 | "writes" a/an | a thing made: 'writes a letter', 'writes a song' names what was written, and the words that praise it ('a lovely letter') are the writer's own; it holds 'writes' and is no attribution
attribution.told-reporters | attribution | 0.5 | told reporters | attribution: the words are a source's, reported
attribution.press-conference | attribution | 0.5 | press conference | attribution: the words are a source's, reported
attribution.officials | attribution | 0.5 | "officials" | attribution: the words are a source's, reported
attribution.police | attribution | 0.5 | "police" | attribution: the words are a source's, reported; in quotes, since 'policing' is no source
attribution.figures-shows | attribution | 0.5 | figures/data/poll/survey/study/research/statistics shows | attribution: the claim is a source's finding, reported
attribution.poll-finds | attribution | 0.5 | poll/survey/study/research/report/analysis finds | attribution: the claim is a source's finding, reported
attribution.poll-suggests | attribution | 0.5 | poll/study/research suggests | attribution: the claim is a source's finding, reported

# Modifiers: inquiry cues mark a question as information seeking.
inquiry.how-to | inquiry | 0.25 | how/where to | inquiry: an honest question that wants an answer
inquiry.start-how-the | inquiry | 0.5 | ^ how/why the | explainer: 'How the bridge was built' names the thing it explains, a headline of service, not a tease
inquiry.how-do-i | inquiry | 0.25 | how do/can/should i | inquiry: an honest question that wants an answer
inquiry.how-do-we | inquiry | 0.25 | how do/can we | inquiry: an honest question that wants an answer
inquiry.could-you-please | inquiry | 0.25 | could/would/can/will you please/kindly | a request: 'Could you please send the form?' asks the addressee to do a thing, a question that wants a deed, not a tease
inquiry.can-you-send | inquiry | 0.25 | can/could/would/will you {gap:1} send/resend/forward/check/confirm/sign/review/update/approve/remind/email/book/bring/cover/attend/print/reply/arrange | a request: 'Can you also check the invoice?' asks the addressee to do an errand, a question that wants a deed, not a tease
inquiry.would-you-mind | inquiry | 0.25 | would/do you mind | a request: 'Would you mind closing the door?' asks leave or a favour of the addressee, not the reader's wonder
inquiry.where-can-i | inquiry | 0.25 | where can/do i | inquiry: an honest question that wants an answer
inquiry.what-is-the-difference | inquiry | 0.25 | what is the difference | inquiry: an honest question that wants an answer
inquiry.whats-the-difference | inquiry | 0.25 | what's the difference | inquiry: an honest question that wants an answer
inquiry.difference-between | inquiry | 0.25 | difference between | inquiry: an honest question that wants an answer
inquiry.how-does-x-work | inquiry | 0.25 | how does/do {gap:3} work | inquiry: an honest question that wants an answer
inquiry.how-is-x-made | inquiry | 0.25 | how is/are {gap:3} made | inquiry: an explainer's question of how a thing is made, which the piece answers
inquiry.what-causes | inquiry | 0.25 | ^ what causes | inquiry: an explainer's question of a cause, which the piece answers ('What causes the northern lights?')
inquiry.how-long-does | inquiry | 0.25 | how long does/will | inquiry: an honest question that wants an answer
inquiry.how-old-is | inquiry | 0.25 | how old/far/tall/deep/high/big is | inquiry: a question of a measure ('How old is ...?'), which wants a number for an answer
inquiry.how-old-is-too | inquiry | =0 | how old/far/tall/deep/high/big is too | rhetorical: 'How old is too old?' puts a judgement to the reader, it wants no number; it holds 'how old is' and is no inquiry
inquiry.start-who-won | inquiry | 0.25 | ^ who won | inquiry: a question of a result ('Who won the vote?'), which wants a name for an answer
inquiry.start-who-is-the-new | inquiry | 0.25 | ^ who is the new | inquiry: a question of who holds a post ('Who is the new harbour master?'), which wants a name for an answer
inquiry.start-who-are-the-new | inquiry | 0.25 | ^ who are the new | inquiry: a question of who holds a post ('Who are the new councillors?'), which wants names for an answer
inquiry.start-who-will-replace | inquiry | 0.25 | ^ who will replace/succeed | inquiry: a question of succession ('Who will replace the retiring coach?'), which wants a name for an answer
inquiry.how-much-does | inquiry | 0.25 | how much does/is/will | inquiry: an honest question that wants an answer
inquiry.how-many-people | inquiry | 0.25 | how many people | inquiry: an honest question that wants an answer
inquiry.when-does | inquiry | 0.25 | when does/will | inquiry: an honest question that wants an answer
inquiry.when-do-the | inquiry | 0.25 | when do/is/are the | inquiry: a question of when a thing is due, which wants a date for an answer ('When do the clocks go back?')
inquiry.what-time | inquiry | 0.25 | what time | inquiry: an honest question that wants an answer
inquiry.faq | inquiry | 0.25 | faq | inquiry: an honest question that wants an answer
inquiry.frequently-asked | inquiry | 0.25 | frequently asked | inquiry: an honest question that wants an answer
inquiry.explainer | inquiry | 0.25 | "explainer" | inquiry: a genre label: the piece answers the question it names
inquiry.factbox | inquiry | 0.25 | factbox | inquiry: a genre label: the piece answers the question it names
inquiry.fact-check | inquiry | 0.25 | fact check | inquiry: a genre label: the piece answers the question it names
inquiry.q-and-a | inquiry | 0.25 | ^ q a | inquiry: a genre label (Q&A): the piece answers the question it names
inquiry.analysis | inquiry | 0.25 | ^ analysis | inquiry: a genre label: the piece answers the question it names
inquiry.timeline | inquiry | 0.25 | ^ timeline | inquiry: a genre label: the piece answers the question it names
inquiry.long-read | inquiry | 0.25 | ^ long read | inquiry: a genre label: the piece answers the question it names
inquiry.the-long-read | inquiry | 0.25 | ^ the long read | inquiry: a genre label: the piece answers the question it names
inquiry.in-depth | inquiry | 0.25 | ^ in depth | inquiry: a genre label: the piece answers the question it names
inquiry.q-label | inquiry | 0.25 | ^ q | inquiry: an interview's question, which its answer follows
inquiry.interviewer | inquiry | 0.25 | ^ interviewer | inquiry: an interview's question, which its answer follows
inquiry.is-there-a-way | inquiry | 0.25 | is there a/any way | inquiry: a request for help, which wants an answer
inquiry.does-anyone-know | inquiry | 0.25 | does anyone know | inquiry: a request for help, which wants an answer
inquiry.can-someone-explain | inquiry | 0.25 | can someone/anyone explain/help | inquiry: a request for help, which wants an answer
inquiry.eli5 | inquiry | 0.25 | ^ eli5 | inquiry: a forum's label ('ELI5: ...', explain like I'm five) asks for an explanation
inquiry.can-anyone | inquiry | 0.25 | can anyone | inquiry: a request for help, which wants an answer
inquiry.has-anyone-had | inquiry | 0.25 | has anyone had/tried | inquiry: a request for help, which wants an answer
inquiry.has-anyone-else-had | inquiry | 0.25 | has anyone else had | inquiry: a request for help, which wants an answer
inquiry.any-help | inquiry | 0.25 | any help/advice/suggestions | inquiry: a request for help, which wants an answer
inquiry.means-for | inquiry | 0.25 | means for | inquiry: an explainer that names what it explains
inquiry.what-we-know | inquiry | 0.25 | what we/to know about | inquiry: an explainer that names what it explains
inquiry.what-we-know-so-far | inquiry | 0.25 | what we know so far | inquiry: an explainer that names what it explains
inquiry.what-we-know-end | inquiry | 0.25 | what we know $ | inquiry: an explainer that names what it explains, closing on its label ('Storm Ciaran: what we know')
inquiry.what-to-expect | inquiry | 0.25 | what to expect | inquiry: a preview that names what it previews ('what to expect at the summit')
inquiry.start-what-to-watch | inquiry | 0.25 | ^ what to "watch" | inquiry: a listings guide, 'what to watch this weekend', names what it guides the reader through
inquiry.start-what-to-do | inquiry | 0.25 | ^ what to do | inquiry: advice that names the trouble it answers, 'what to do if your flight is cancelled'
inquiry.what-happens-next-for | inquiry | 0.25 | what "happens" next/now for | inquiry: an explainer that names what it explains
inquiry.what-happens-next-with | inquiry | 0.25 | what "happens" next with | inquiry: an explainer that names what it explains
inquiry.what-happens-next-in | inquiry | 0.25 | what "happens" next in | inquiry: an explainer that names what it explains ('what happens next in the trial')
inquiry.what-happens-next-in-this | inquiry | =0 | what "happens" next in this | a teaser points at what it shows ('what happens next in this video'); it holds 'what happens next in' and explains nothing
inquiry.what-happens-next-in-the-video | inquiry | =0 | what "happens" next in the video/clip | a teaser points at what it shows; it holds 'what happens next in' and explains nothing
inquiry.what-happens-next-after-label | inquiry | 0.25 | ^ what "happens" next $ | inquiry: an explainer after its topic ('Rail strike: what happens next?'), in the present tense; the teaser tells what happened next
inquiry.what-happens-now-after-label | inquiry | 0.25 | ^ what "happens" now $ | inquiry: an explainer after its topic ('Rail strike: what happens now?'); it names what it explains
inquiry.why-does-it-matter | inquiry | 0.25 | why does it matter | inquiry: an explainer that names what it explains
inquiry.who-qualifies | inquiry | 0.25 | who qualifies | inquiry: an explainer that names what it explains
inquiry.who-is-eligible | inquiry | 0.25 | who is eligible | inquiry: an explainer that names what it explains
inquiry.what-should-i | inquiry | 0.25 | what should i | inquiry: an honest question that wants an answer
inquiry.which-is-better | inquiry | 0.25 | which is better | inquiry: an honest question that wants an answer
inquiry.is-it-safe-to | inquiry | 0.25 | is it safe/possible/legal to | inquiry: an honest question that wants an answer
inquiry.can-i | inquiry | 0.25 | can i | inquiry: an honest question that wants an answer
inquiry.do-i-need | inquiry | 0.25 | do i need | inquiry: an honest question that wants an answer
inquiry.should-i-use | inquiry | 0.25 | should i use | inquiry: an honest question that wants an answer
inquiry.what-are-the-requirements | inquiry | 0.25 | what are the requirements/rules | inquiry: an honest question that wants an answer
inquiry.what-does-x-cost | inquiry | 0.25 | what does {gap:2} cost | inquiry: an honest question that wants an answer
inquiry.how-often-should | inquiry | 0.25 | how often should | inquiry: an honest question that wants an answer
inquiry.what-if-my | inquiry | 0.25 | what if my/our/I | inquiry: an honest question that wants an answer
inquiry.what-if-i-told | inquiry | =0 | what if I told | the meme's tease: 'what if I told you' withholds, it asks nothing; it holds 'what if I' and is no inquiry
inquiry.what-happens-if-i | inquiry | 0.25 | what happens if I/my | inquiry: an honest question that wants an answer
inquiry.what-should-i-do-if | inquiry | 0.25 | what should/do I do if | inquiry: an honest question that wants an answer
inquiry.who-do-i-contact | inquiry | 0.25 | who do/should I contact | inquiry: an honest question that wants an answer
inquiry.do-i-have-to | inquiry | 0.25 | do I have to | inquiry: an honest question that wants an answer
inquiry.am-i-eligible | inquiry | 0.25 | am I eligible | inquiry: an honest question that wants an answer
inquiry.can-i-still | inquiry | 0.25 | can I still | inquiry: an honest question that wants an answer
inquiry.how-will-x-affect | inquiry | 0.25 | how will {gap:3} affect | inquiry: an honest question that wants an answer
inquiry.who-can-apply | inquiry | 0.25 | who can apply | inquiry: an honest question that wants an answer

# Word classes: question words that open a question normally.
interrogative.who | interrogative | 1 | who | question word: a question that opens with it is not a fragment
interrogative.what | interrogative | 1 | what | question word: a question that opens with it is not a fragment
interrogative.when | interrogative | 1 | when | question word: a question that opens with it is not a fragment
interrogative.where | interrogative | 1 | where | question word: a question that opens with it is not a fragment
interrogative.why | interrogative | 1 | why | question word: a question that opens with it is not a fragment
interrogative.how | interrogative | 1 | how | question word: a question that opens with it is not a fragment
interrogative.which | interrogative | 1 | which | question word: a question that opens with it is not a fragment
interrogative.whose | interrogative | 1 | whose | question word: a question that opens with it is not a fragment
interrogative.whom | interrogative | 1 | whom | question word: a question that opens with it is not a fragment
interrogative.is | interrogative | 1 | is | question word: a question that opens with it is not a fragment
interrogative.are | interrogative | 1 | are | question word: a question that opens with it is not a fragment
interrogative.was | interrogative | 1 | was | question word: a question that opens with it is not a fragment
interrogative.were | interrogative | 1 | were | question word: a question that opens with it is not a fragment
interrogative.am | interrogative | 1 | am | question word: a question that opens with it is not a fragment
interrogative.do | interrogative | 1 | do | question word: a question that opens with it is not a fragment
interrogative.does | interrogative | 1 | does | question word: a question that opens with it is not a fragment
interrogative.did | interrogative | 1 | did | question word: a question that opens with it is not a fragment
interrogative.can | interrogative | 1 | can | question word: a question that opens with it is not a fragment
interrogative.could | interrogative | 1 | could | question word: a question that opens with it is not a fragment
interrogative.will | interrogative | 1 | will | question word: a question that opens with it is not a fragment
interrogative.would | interrogative | 1 | would | question word: a question that opens with it is not a fragment
interrogative.should | interrogative | 1 | should | question word: a question that opens with it is not a fragment
interrogative.shall | interrogative | 1 | shall | question word: a question that opens with it is not a fragment
interrogative.may | interrogative | 1 | may | question word: a question that opens with it is not a fragment
interrogative.might | interrogative | 1 | might | question word: a question that opens with it is not a fragment
interrogative.must | interrogative | 1 | must | question word: a question that opens with it is not a fragment
interrogative.has | interrogative | 1 | has | question word: a question that opens with it is not a fragment
interrogative.have | interrogative | 1 | have | question word: a question that opens with it is not a fragment
interrogative.had | interrogative | 1 | had | question word: a question that opens with it is not a fragment
interrogative.isnt | interrogative | 1 | isn't | question word: a question that opens with it is not a fragment
interrogative.arent | interrogative | 1 | aren't | question word: a question that opens with it is not a fragment
interrogative.wasnt | interrogative | 1 | wasn't | question word: a question that opens with it is not a fragment
interrogative.werent | interrogative | 1 | weren't | question word: a question that opens with it is not a fragment
interrogative.dont | interrogative | 1 | don't | question word: a question that opens with it is not a fragment
interrogative.doesnt | interrogative | 1 | doesn't | question word: a question that opens with it is not a fragment
interrogative.didnt | interrogative | 1 | didn't | question word: a question that opens with it is not a fragment
interrogative.cant | interrogative | 1 | can't | question word: a question that opens with it is not a fragment
interrogative.couldnt | interrogative | 1 | couldn't | question word: a question that opens with it is not a fragment
interrogative.wont | interrogative | 1 | won't | question word: a question that opens with it is not a fragment
interrogative.wouldnt | interrogative | 1 | wouldn't | question word: a question that opens with it is not a fragment
interrogative.shouldnt | interrogative | 1 | shouldn't | question word: a question that opens with it is not a fragment
interrogative.hasnt | interrogative | 1 | hasn't | question word: a question that opens with it is not a fragment
interrogative.havent | interrogative | 1 | haven't | question word: a question that opens with it is not a fragment
interrogative.whys | interrogative | 1 | why's | question word: a question that opens with it is not a fragment
interrogative.anyone | interrogative | 1 | anyone | question word: a question that opens with it asks with its 'does' left out ('Anyone know a good plumber?'), and is no fragment
interrogative.anybody | interrogative | 1 | anybody | question word: a question that opens with it asks with its 'does' left out ('Anybody seen my keys?'), and is no fragment

# Word classes: number words, which fill a {num} slot.
number.one | number | 1 | one | number word
number.two | number | 1 | two | number word
number.three | number | 1 | three | number word
number.four | number | 1 | four | number word
number.five | number | 1 | five | number word
number.six | number | 1 | six | number word
number.seven | number | 1 | seven | number word
number.eight | number | 1 | eight | number word
number.nine | number | 1 | nine | number word
number.ten | number | 1 | ten | number word
number.eleven | number | 1 | eleven | number word
number.twelve | number | 1 | twelve | number word
number.thirteen | number | 1 | thirteen | number word
number.fourteen | number | 1 | fourteen | number word
number.fifteen | number | 1 | fifteen | number word
number.sixteen | number | 1 | sixteen | number word
number.seventeen | number | 1 | seventeen | number word
number.eighteen | number | 1 | eighteen | number word
number.nineteen | number | 1 | nineteen | number word
number.twenty | number | 1 | twenty | number word
number.thirty | number | 1 | thirty | number word
number.forty | number | 1 | forty | number word
number.fifty | number | 1 | fifty | number word
number.sixty | number | 1 | sixty | number word
number.seventy | number | 1 | seventy | number word
number.eighty | number | 1 | eighty | number word
number.ninety | number | 1 | ninety | number word
number.hundred | number | 1 | hundred | number word
number.thousand | number | 1 | thousand | number word
number.million | number | 1 | million | number word
number.billion | number | 1 | billion | number word
number.trillion | number | 1 | trillion | number word
number.dozen | number | 1 | dozen | number word
number.bn | number | 1 | bn | number word
number.mn | number | 1 | mn | number word
number.tn | number | 1 | tn | number word
number.k | number | 1 | k | number word

# Word classes: acronyms, which are names, not shouting, when set in capitals.
acronym.nasa | acronym | 1 | nasa | acronym written in capitals
acronym.nato | acronym | 1 | nato | acronym written in capitals
acronym.fifa | acronym | 1 | fifa | acronym written in capitals
acronym.uefa | acronym | 1 | uefa | acronym written in capitals
acronym.opec | acronym | 1 | opec | acronym written in capitals
acronym.unesco | acronym | 1 | unesco | acronym written in capitals
acronym.unicef | acronym | 1 | unicef | acronym written in capitals
acronym.usa | acronym | 1 | usa | acronym written in capitals
acronym.uae | acronym | 1 | uae | acronym written in capitals
acronym.cia | acronym | 1 | cia | acronym written in capitals
acronym.fbi | acronym | 1 | fbi | acronym written in capitals
acronym.nsa | acronym | 1 | nsa | acronym written in capitals
acronym.epa | acronym | 1 | epa | acronym written in capitals
acronym.fda | acronym | 1 | fda | acronym written in capitals
acronym.irs | acronym | 1 | irs | acronym written in capitals
acronym.sec | acronym | 1 | sec | acronym written in capitals
acronym.doj | acronym | 1 | doj | acronym written in capitals
acronym.dea | acronym | 1 | dea | acronym written in capitals
acronym.imf | acronym | 1 | imf | acronym written in capitals
acronym.ira | acronym | 1 | ira | acronym written in capitals
acronym.ioc | acronym | 1 | ioc | acronym written in capitals
acronym.icc | acronym | 1 | icc | acronym written in capitals
acronym.icu | acronym | 1 | icu | acronym written in capitals
acronym.ufo | acronym | 1 | ufo | acronym written in capitals
acronym.ceo | acronym | 1 | ceo | acronym written in capitals
acronym.cfo | acronym | 1 | cfo | acronym written in capitals
acronym.coo | acronym | 1 | coo | acronym written in capitals
acronym.aol | acronym | 1 | aol | acronym written in capitals
acronym.ibm | acronym | 1 | ibm | acronym written in capitals
acronym.amd | acronym | 1 | amd | acronym written in capitals
acronym.ups | acronym | 1 | ups | acronym written in capitals
acronym.ufc | acronym | 1 | ufc | acronym written in capitals
acronym.nba | acronym | 1 | nba | acronym written in capitals
acronym.wnba | acronym | 1 | wnba | acronym written in capitals
acronym.ncaa | acronym | 1 | ncaa | acronym written in capitals
acronym.nafta | acronym | 1 | nafta | acronym written in capitals
acronym.osha | acronym | 1 | osha | acronym written in capitals
acronym.fema | acronym | 1 | fema | acronym written in capitals
acronym.noaa | acronym | 1 | noaa | acronym written in capitals
acronym.aids | acronym | 1 | aids | acronym written in capitals
acronym.hiv | acronym | 1 | hiv | acronym written in capitals
acronym.covid | acronym | 1 | covid | acronym written in capitals
acronym.sars | acronym | 1 | sars | acronym written in capitals
acronym.mers | acronym | 1 | mers | acronym written in capitals
acronym.isis | acronym | 1 | isis | acronym written in capitals
acronym.isil | acronym | 1 | isil | acronym written in capitals
acronym.iss | acronym | 1 | iss | acronym written in capitals
acronym.esa | acronym | 1 | esa | acronym written in capitals
acronym.ieee | acronym | 1 | ieee | acronym written in capitals
acronym.api | acronym | 1 | api | acronym written in capitals
acronym.ipo | acronym | 1 | ipo | acronym written in capitals
acronym.etf | acronym | 1 | etf | acronym written in capitals
acronym.gop | acronym | 1 | gop | acronym written in capitals
acronym.ukip | acronym | 1 | ukip | acronym written in capitals
acronym.anc | acronym | 1 | anc | acronym written in capitals
acronym.afp | acronym | 1 | afp | acronym written in capitals
acronym.abc | acronym | 1 | abc | acronym written in capitals
acronym.hbo | acronym | 1 | hbo | acronym written in capitals
acronym.espn | acronym | 1 | espn | acronym written in capitals
acronym.oled | acronym | 1 | oled | acronym written in capitals
acronym.led | acronym | 1 | led | acronym written in capitals
acronym.usb | acronym | 1 | usb | acronym written in capitals
acronym.nasdaq | acronym | 1 | nasdaq | acronym written in capitals
acronym.ikea | acronym | 1 | ikea | acronym written in capitals
acronym.asean | acronym | 1 | asean | acronym written in capitals
acronym.mit | acronym | 1 | mit | acronym written in capitals
acronym.ucla | acronym | 1 | ucla | acronym written in capitals
acronym.usc | acronym | 1 | usc | acronym written in capitals
acronym.nyu | acronym | 1 | nyu | acronym written in capitals
acronym.eu | acronym | 1 | eu | acronym written in capitals
acronym.un | acronym | 1 | un | acronym written in capitals
acronym.uk | acronym | 1 | uk | acronym written in capitals
acronym.us | acronym | 1 | us | acronym written in capitals
acronym.ok | acronym | 1 | ok | acronym written in capitals
acronym.tv | acronym | 1 | tv | acronym written in capitals
acronym.ai | acronym | 1 | ai | acronym written in capitals
acronym.ap | acronym | 1 | ap | acronym written in capitals
acronym.gdp | acronym | 1 | gdp | acronym written in capitals
acronym.cnn | acronym | 1 | cnn | acronym written in capitals
acronym.bbc | acronym | 1 | bbc | acronym written in capitals
acronym.lgbt | acronym | 1 | lgbt | acronym written in capitals
acronym.lgbtq | acronym | 1 | lgbtq | acronym written in capitals
acronym.jfk | acronym | 1 | jfk | acronym written in capitals
acronym.rip | acronym | 1 | rip | acronym written in capitals
acronym.asap | acronym | 1 | asap | acronym written in capitals
acronym.diy | acronym | 1 | diy | acronym written in capitals
acronym.faq | acronym | 1 | faq | acronym written in capitals
acronym.ama | acronym | 1 | ama | acronym written in capitals
acronym.dna | acronym | 1 | dna | acronym written in capitals
acronym.rna | acronym | 1 | rna | acronym written in capitals
acronym.phd | acronym | 1 | phd | acronym written in capitals
acronym.mba | acronym | 1 | mba | acronym written in capitals
acronym.ios | acronym | 1 | ios | acronym written in capitals
acronym.pga | acronym | 1 | pga | acronym written in capitals
acronym.nfl | acronym | 1 | nfl | acronym written in capitals
acronym.mlb | acronym | 1 | mlb | acronym written in capitals
acronym.nhl | acronym | 1 | nhl | acronym written in capitals
acronym.nascar | acronym | 1 | nascar | acronym written in capitals
acronym.wwe | acronym | 1 | wwe | acronym written in capitals
acronym.mma | acronym | 1 | mma | acronym written in capitals
acronym.eta | acronym | 1 | eta | acronym written in capitals
acronym.ecb | acronym | 1 | ecb | acronym written in capitals
acronym.boe | acronym | 1 | boe | acronym written in capitals
acronym.ppe | acronym | 1 | ppe | acronym written in capitals
acronym.nypd | acronym | 1 | nypd | acronym written in capitals
acronym.lapd | acronym | 1 | lapd | acronym written in capitals
acronym.nhs | acronym | 1 | nhs | acronym written in capitals
acronym.who | acronym | 1 | who | acronym written in capitals
acronym.ngo | acronym | 1 | ngo | acronym written in capitals
acronym.ussr | acronym | 1 | ussr | acronym written in capitals
acronym.uss | acronym | 1 | uss | acronym written in capitals
acronym.sbs | acronym | 1 | sbs | acronym written in capitals
acronym.itv | acronym | 1 | itv | acronym written in capitals
acronym.npr | acronym | 1 | npr | acronym written in capitals
acronym.pbs | acronym | 1 | pbs | acronym written in capitals
acronym.mtv | acronym | 1 | mtv | acronym written in capitals
acronym.vh1 | acronym | 1 | vh1 | acronym written in capitals
acronym.mgm | acronym | 1 | mgm | acronym written in capitals
acronym.nec | acronym | 1 | nec | acronym written in capitals
acronym.unhcr | acronym | 1 | unhcr | acronym written in capitals
acronym.wto | acronym | 1 | wto | acronym written in capitals
acronym.wef | acronym | 1 | wef | acronym written in capitals
acronym.oecd | acronym | 1 | oecd | acronym written in capitals
acronym.ecowas | acronym | 1 | ecowas | acronym written in capitals
acronym.sadc | acronym | 1 | sadc | acronym written in capitals
acronym.iaea | acronym | 1 | iaea | acronym written in capitals
acronym.unsc | acronym | 1 | unsc | acronym written in capitals
acronym.icj | acronym | 1 | icj | acronym written in capitals
acronym.tsa | acronym | 1 | tsa | acronym written in capitals
acronym.dhs | acronym | 1 | dhs | acronym written in capitals
acronym.atf | acronym | 1 | atf | acronym written in capitals
acronym.oas | acronym | 1 | oas | acronym written in capitals
acronym.apec | acronym | 1 | apec | acronym written in capitals
acronym.brics | acronym | 1 | brics | acronym written in capitals
acronym.cop | acronym | 1 | cop | acronym written in capitals
acronym.ftse | acronym | 1 | ftse | acronym written in capitals
acronym.nyse | acronym | 1 | nyse | acronym written in capitals

# Address: personal voice.
address.start-i | address | 0.673 | ^ i | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.im | address | 0.601 | i'm | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.ive | address | 0.4 | i've | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.id | address | 0.4 | i'd | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.ill | address | 0.4 | i'll | personal voice: a first-person confession or experiment speaks to the reader as a friend

# Address: the conversational voice.
address.contraction-its | address | =0.35 | "it's" | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-hes | address | =0.35 | "he's" | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-shes | address | =0.35 | "she's" | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-thats | address | =0.35 | "that's" | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-theres | address | =0.35 | "there's" | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-whats | address | =0.35 | "what's" | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-whos | address | =0.35 | "who's" | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-theyre | address | =0.35 | they're | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-were | address | =0.35 | we're | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-weve | address | =0.35 | we've | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-theyve | address | =0.35 | they've | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-well | address | =0.35 | we'll | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-theyll | address | =0.35 | they'll | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-itll | address | =0.35 | it'll | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-isnt | address | =0.35 | isn't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-arent | address | =0.35 | aren't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-wasnt | address | =0.35 | wasn't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-werent | address | =0.35 | weren't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-doesnt | address | =0.35 | doesn't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-didnt | address | =0.35 | didn't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-dont | address | =0.35 | don't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-cant | address | =0.35 | can't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-wont | address | =0.35 | won't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-wouldnt | address | =0.35 | wouldn't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-couldnt | address | =0.35 | couldn't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-shouldnt | address | =0.35 | shouldn't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-havent | address | =0.35 | haven't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.contraction-hasnt | address | =0.35 | hasn't | conversational voice: a contraction speaks as a person does; news headlines write 'is not', 'it is'
address.i-tried | address | 0.4 | i tried | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.i-went | address | 0.363 | i went | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.i-spent | address | 0.4 | i spent | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.i-asked | address | 0.4 | i asked | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.i-made | address | 0.4 | i made | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.i-was | address | 0.4 | i was | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.i-am | address | 0.4 | i am | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.my | address | 0.624 | my | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.me | address | 0.44 | me | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.myself | address | 0.4 | myself | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-we | address | 0.587 | ^ we | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.we-tried | address | 0.378 | we tried | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.we-asked | address | 0.48 | we asked | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.we-know | address | 0.463 | we know | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.what-we-know-about | address | =0 | what we know about | an explainer's label: the newsroom's 'we' sums up a story, it confides nothing; it holds 'we know' and is no evidence
address.what-we-know-so-far | address | =0 | what we know so far | an explainer's label: the newsroom's 'we' sums up a story, it confides nothing; it holds 'we know' and is no evidence
address.what-we-know-end | address | =0 | what we know $ | an explainer's label: 'Storm Ciaran: what we know' closes on the newsroom's 'we', which sums up a story and confides nothing; it holds 'we know' and is no evidence
address.everything-we-know | address | =0 | everything we know | an explainer's label: 'Everything we know about the new tax rules' sums up a story in the newsroom's 'we', which confides nothing; it holds 'we know' and is no evidence
address.we-found | address | 0.63 | we found | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.we-tested | address | 0.63 | we tested | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.we-made | address | 0.63 | we made | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.our | address | 0.5 | our | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.ours | address | 0.4 | ours | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-our | address | 0.4 | ^ our | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.our-verdict | address | =0 | our verdict/rating/view | a publication's label: the reviewer's verdict or rating and the editorial's view speak for the paper, they confide nothing; it holds 'our' and is no evidence
address.our-reporter | address | =0 | our reporter | a publication's byline: 'our reporter' names the paper's own journalist, it confides nothing; it holds 'our' and is no evidence
address.our-correspondent | address | =0 | our {gap:1} correspondent | a publication's byline: 'our correspondent' names the paper's own journalist, it confides nothing; it holds 'our' and is no evidence
address.our-critic | address | =0 | our critic | a publication's byline: 'our critic' names the paper's own journalist, it confides nothing; it holds 'our' and is no evidence
address.our-customers | address | =0 | our customers/clients/members/staff/employees/colleagues/volunteers/students/pupils/patients/residents/partners/shareholders/investors/ceo/board/stores/branches/website/app | an organisation's voice: 'our customers', 'our staff', 'our CEO' are a firm's, a school's or a council's own people and places, which it reports on; it confides nothing; it holds 'our' and is no evidence
address.our-guide-to | address | =0 | our guide to | a service label: 'Our guide to the new bin collections' names what a guide covers, as a listings page does; it holds 'our' and is no evidence
address.our-planet | address | =0 | our planet/galaxy/universe/species | the 'our' of all people: 'our planet', 'our galaxy' and 'our species' name humankind's world in the language of science; it confides nothing; it holds 'our' and is no evidence
address.our-solar-system | address | =0 | our solar system | the 'our' of all people: 'our solar system' names humankind's world in the language of science; it confides nothing; it holds 'our' and is no evidence
address.our-reviewer | address | =0 | our reviewer | a publication's byline: 'our reviewer' names the paper's own journalist, it confides nothing; it holds 'our' and is no evidence
address.our-columnist | address | =0 | our columnist | a publication's byline: 'our columnist' names the paper's own journalist, it confides nothing; it holds 'our' and is no evidence
address.our-editor | address | =0 | our {gap:1} editor | a publication's byline: 'our editor' names the paper's own journalist, it confides nothing; it holds 'our' and is no evidence
address.start-dear | address | 0.506 | ^ dear | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-guys | address | 0.412 | ^ guys | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-ok | address | 0.4 | ^ ok | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-okay | address | 0.4 | ^ okay | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-so | address | 0.4 | ^ so | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-yes | address | 0.4 | ^ yes | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-oh | address | 0.4 | ^ oh | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-omg | address | 0.4 | ^ omg | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-hey | address | 0.406 | ^ hey | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-psst | address | 0.4 | ^ psst | personal voice: a first-person confession or experience
address.start-eat-this | address | 0.5 | ^ eat this | call to action: the headline tells the reader what to do
address.send-this-to | address | 0.5 | ^ send this to | call to action: the headline asks the reader to share it
address.start-um | address | 0.4 | ^ um | personal voice: a first-person confession or experiment speaks to the reader as a friend
address.start-wait | address | 0.4 | ^ "wait" | personal voice: a first-person confession or experiment speaks to the reader as a friend; in quotes, since 'Waiting lists grow' speaks as no friend
address.start-honestly | address | 0.4 | ^ honestly | personal voice: a first-person confession or experiment speaks to the reader as a friend

# Suspense: hypotheticals and comparisons.
suspense.start-if | suspense | 0.832 | ^ if | hypothetical: invites the reader to imagine rather than learn
suspense.if-x-were | suspense | 0.539 | if {gap:4} were | hypothetical: invites the reader to imagine rather than learn
suspense.if-x-had | suspense | 0.376 | if {gap:4} had | hypothetical: invites the reader to imagine rather than learn
suspense.if-x-was | suspense | 0.45 | if {gap:4} was | hypothetical: invites the reader to imagine rather than learn
suspense.imagine-if | suspense | 0.45 | imagine if | hypothetical: invites the reader to imagine rather than learn
suspense.what-would-happen-if | suspense | 0.45 | what would happen if | hypothetical: invites the reader to imagine rather than learn
suspense.start-when-you | suspense | 0.409 | ^ when you | hypothetical: invites the reader to imagine rather than learn
suspense.start-when-your | suspense | 0.45 | ^ when your | hypothetical: invites the reader to imagine rather than learn
suspense.start-when | suspense | 0.316 | ^ when | hypothetical: invites the reader to imagine rather than learn
suspense.what-happens-if | suspense | 0.45 | what happens if | hypothetical: invites the reader to imagine rather than learn
suspense.pretend | suspense | 0.405 | pretend | hypothetical: invites the reader to imagine rather than learn
suspense.vs | suspense | 0.527 | vs | versus: a side-by-side comparison built for a reaction
suspense.versus | suspense | 0.35 | versus | versus: a side-by-side comparison built for a reaction
suspense.expectations-vs-reality | suspense | 0.6 | expectations vs reality | the expectation-and-reality gag
suspense.then-and-now | suspense | 0.5 | then and now | the then-and-now gallery
suspense.before-and-after | suspense | 0.5 | before and after | the before-and-after reveal

# Emphasis: informal register.
emphasis.gonna | emphasis | 0.4 | gonna | informal register: slang and swearing of social media, not of reporting
emphasis.wanna | emphasis | 0.4 | wanna | informal register: slang and swearing of social media, not of reporting
emphasis.gotta | emphasis | 0.4 | gotta | informal register: slang and swearing of social media, not of reporting
emphasis.kinda | emphasis | 0.4 | kinda | informal register: slang and swearing of social media, not of reporting
emphasis.sorta | emphasis | 0.4 | sorta | informal register: slang and swearing of social media, not of reporting
emphasis.dunno | emphasis | 0.4 | dunno | informal register: slang and swearing of social media, not of reporting
emphasis.g-dropped | emphasis | 0.4 | nothin/somethin/lovin/killin/rockin/talkin/goin/doin/comin/gettin/makin/feelin/lookin/livin/trippin/chillin/havin/sayin/runnin/freakin | informal register: a word of speech whose 'g' is dropped ("killin' it", "nothin' but") is written as it is said, the register of social media, not of reporting
emphasis.bae | emphasis | 0.43 | bae | informal register: slang and swearing of social media, not of reporting
emphasis.bff | emphasis | 0.363 | bff | informal register: slang and swearing of social media, not of reporting
emphasis.squad | emphasis | 0.418 | squad | informal register: slang and swearing of social media, not of reporting
emphasis.firing-squad | emphasis | =0 | firing/bomb/young/national/senior/team/man/strong/season/provisional/preliminary/training/drug/flying/vice/riot squad | a team named for a purpose: 'firing squad' is the squad of sport, the army or the police, no circle of friends; it holds 'squad' and is no evidence
emphasis.squad-for | emphasis | =0 | squad for/named/rotation/depth | a team named for a purpose: 'squad for the World Cup' is the squad of sport, the army or the police, no circle of friends; it holds 'squad' and is no evidence
emphasis.names-squad | emphasis | =0 | names {gap:2} squad | a team named for a purpose: 'names 23-man squad' is the squad of sport, the army or the police, no circle of friends; it holds 'squad' and is no evidence
emphasis.in-the-squad | emphasis | =0 | in the squad | a team named for a purpose: 'in the squad' is the squad of sport, the army or the police, no circle of friends; it holds 'squad' and is no evidence
emphasis.fam | emphasis | 0.4 | fam | informal register: slang and swearing of social media, not of reporting
emphasis.legit | emphasis | 0.4 | legit | informal register: slang and swearing of social media, not of reporting
emphasis.totes | emphasis | 0.4 | totes | informal register: slang and swearing of social media, not of reporting
emphasis.adorbs | emphasis | 0.4 | adorbs | informal register: slang and swearing of social media, not of reporting
emphasis.vibes | emphasis | 0.4 | vibes | informal register: slang and swearing of social media, not of reporting
emphasis.no-chill | emphasis | 0.4 | no/zero chill | informal register: slang and swearing of social media, not of reporting ('had no chill about it')
emphasis.lowkey | emphasis | 0.4 | lowkey | informal register: slang and swearing of social media, not of reporting
emphasis.low-key | emphasis | 0.4 | low-key | informal register: slang and swearing of social media, not of reporting
emphasis.highkey | emphasis | 0.4 | highkey | informal register: slang and swearing of social media, not of reporting
emphasis.fuck | emphasis | 0.516 | fuck | informal register: slang and swearing of social media, not of reporting
emphasis.no-fucks | emphasis | 0.52 | no fucks | informal register: slang and swearing of social media
emphasis.zero-fucks | emphasis | 0.52 | zero fucks | informal register: slang and swearing of social media
emphasis.as-hell | emphasis | 0.4 | as hell | informal register: slang and swearing of social media
emphasis.not-a-drill | emphasis | 0.5 | not a drill | informal register: slang and swearing of social media
emphasis.spill-the-tea | emphasis | 0.4 | spill the tea | informal register: slang and swearing of social media
emphasis.throw-shade | emphasis | 0.4 | throw shade | informal register: slang and swearing of social media
emphasis.threw-shade | emphasis | 0.4 | threw shade | informal register: slang and swearing of social media
address.start-fyi | address | 0.4 | ^ fyi | direct address: the headline speaks to the reader
emphasis.shit | emphasis | 0.487 | shit | informal register: slang and swearing of social media, not of reporting
emphasis.bitch | emphasis | 0.4 | bitch | informal register: slang and swearing of social media, not of reporting
emphasis.ass | emphasis | 0.455 | ass | informal register: slang and swearing of social media, not of reporting
emphasis.dope | emphasis | 0.4 | "dope" | informal register: slang and swearing of social media, not of reporting
emphasis.sassy | emphasis | 0.4 | sassy | informal register: slang and swearing of social media, not of reporting
emphasis.epic-win | emphasis | 0.43 | epic win | informal register: slang and swearing of social media, not of reporting
emphasis.fangirl | emphasis | 0.4 | fangirl | informal register: slang and swearing of social media, not of reporting
emphasis.fanboy | emphasis | 0.4 | fanboy | informal register: slang and swearing of social media, not of reporting
emphasis.swoon | emphasis | 0.4 | swoon | informal register: slang and swearing of social media, not of reporting
emphasis.swoonworthy | emphasis | 0.4 | swoonworthy | informal register: slang and swearing of social media, not of reporting
emphasis.drool | emphasis | 0.4 | drool | informal register: slang and swearing of social media, not of reporting
emphasis.yum | emphasis | 0.4 | yum | informal register: slang and swearing of social media, not of reporting
emphasis.yummy | emphasis | 0.4 | yummy | informal register: slang and swearing of social media, not of reporting
emphasis.noms | emphasis | 0.4 | noms | informal register: slang and swearing of social media, not of reporting
emphasis.aww | emphasis | 0.4 | aww | informal register: slang and swearing of social media, not of reporting
emphasis.awww | emphasis | 0.4 | awww | informal register: slang and swearing of social media, not of reporting
emphasis.ugh | emphasis | 0.4 | ugh | informal register: slang and swearing of social media, not of reporting
emphasis.meh | emphasis | 0.4 | meh | informal register: slang and swearing of social media, not of reporting
emphasis.nope | emphasis | 0.4 | nope | informal register: slang and swearing of social media, not of reporting
emphasis.yep | emphasis | 0.4 | yep | informal register: slang and swearing of social media, not of reporting
emphasis.yup | emphasis | 0.4 | yup | informal register: slang and swearing of social media, not of reporting
emphasis.lmfao | emphasis | 0.4 | lmfao | informal register: slang and swearing of social media, not of reporting
emphasis.smh | emphasis | 0.4 | smh | informal register: slang and swearing of social media, not of reporting
emphasis.tbh | emphasis | 0.4 | tbh | informal register: slang and swearing of social media, not of reporting
emphasis.idk | emphasis | 0.4 | idk | informal register: slang and swearing of social media, not of reporting
emphasis.ftw | emphasis | 0.4 | ftw | informal register: slang and swearing of social media, not of reporting
emphasis.fml | emphasis | 0.4 | fml | informal register: slang and swearing of social media, not of reporting
emphasis.guys | emphasis | =0.35 | guys | informal register: slang and swearing of social media, not of reporting
emphasis.dude | emphasis | =0.35 | dude | informal register: slang and swearing of social media, not of reporting
emphasis.mom | emphasis | =0.35 | mom | informal register: slang and swearing of social media, not of reporting
emphasis.mum | emphasis | =0.35 | mum | informal register: slang and swearing of social media, not of reporting
emphasis.dad | emphasis | =0.35 | dad | informal register: slang and swearing of social media, not of reporting
emphasis.hubby | emphasis | =0.35 | hubby | informal register: slang and swearing of social media, not of reporting
emphasis.bestie | emphasis | =0.35 | bestie | informal register: slang and swearing of social media, not of reporting
emphasis.because-why-not | emphasis | 0.5 | because why not | informal register: slang and swearing of social media, not of reporting
emphasis.selfie | emphasis | 0.453 | selfie | informal register: slang and swearing of social media, not of reporting
emphasis.emoji | emphasis | 0.397 | emoji | informal register: slang and swearing of social media, not of reporting
emphasis.meme | emphasis | 0.387 | meme | informal register: slang and swearing of social media, not of reporting
emphasis.throwback | emphasis | 0.4 | throwback | informal register: slang and swearing of social media, not of reporting
emphasis.tbt | emphasis | 0.4 | tbt | informal register: slang and swearing of social media, not of reporting
emphasis.bummed | emphasis | 0.3 | bummed | informal register: slang and swearing of social media, not of reporting

# Emphasis: the tabloid register.
emphasis.love-rat | emphasis | 0.6 | love rat | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.caught-red-handed | emphasis | 0.5 | caught red-handed | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.spill-the-beans | emphasis | 0.5 | spill the beans | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.dish-the-dirt | emphasis | 0.5 | dish the dirt | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.flaunts | emphasis | 0.5 | flaunt | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.sizzles | emphasis | 0.5 | sizzle | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.sends-fans | emphasis | 0.5 | sends fans | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.pulses-racing | emphasis | 0.6 | pulses racing | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.breaks-silence | emphasis | 0.35 | breaks {gap:1} silence | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.broken-silence | emphasis | 0.35 | "broken" {gap:1} silence | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.broke-silence | emphasis | 0.35 | "broke" {gap:1} silence | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.bitter-row | emphasis | 0.45 | bitter "row" | tabloid register: a stock phrase of the popular press that judges as it reports ('neighbours in bitter row')
emphasis.blazing-row | emphasis | 0.45 | blazing "row" | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.bitter-feud | emphasis | 0.45 | bitter feud | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.war-of-words | emphasis | 0.45 | war of words | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.slanging-match | emphasis | 0.45 | slanging match | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.rocked-the-nation | emphasis | 0.45 | rocked the nation | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.cheeky | emphasis | 0.4 | cheeky | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.saucy | emphasis | 0.5 | saucy | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.racy | emphasis | 0.5 | racy | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.steamy | emphasis | 0.5 | steamy | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.busty | emphasis | 0.5 | busty | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.tell-all | emphasis | 0.5 | tell-all | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.sleaze | emphasis | 0.5 | sleaze | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.sleazy | emphasis | 0.5 | sleazy | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.bust-up | emphasis | 0.5 | bust-up | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.thug | emphasis | 0.35 | thug | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.unrecognisable | emphasis | 0.5 | unrecognisable | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.unrecognizable | emphasis | 0.5 | unrecognizable | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.swipe-at | emphasis | 0.4 | swipe at | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.blistering | emphasis | 0.5 | "blistering" | tabloid register: a stock phrase of the popular press that judges as it reports; in quotes, since a 'blistered' crust or foot judges nothing
emphasis.rant | emphasis | 0.35 | rant | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.gaffe | emphasis | 0.35 | gaffe | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.a-lister | emphasis | 0.4 | a-lister | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.shamed | emphasis | 0.4 | "shamed" | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.begging | emphasis | 0.35 | "begging" | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.tragic | emphasis | 0.4 | tragic | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.sickening | emphasis | 0.45 | "sickening" | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.vile | emphasis | 0.45 | vile | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.depraved | emphasis | 0.45 | depraved | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.gobsmacked | emphasis | 0.5 | gobsmacked | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.gushed | emphasis | 0.4 | "gushed" | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.fighting-for-his-life | emphasis | 0.35 | fighting for his life | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.fighting-for-her-life | emphasis | 0.35 | fighting for her life | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.fighting-for-their-lives | emphasis | 0.35 | fighting for their lives | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.in-broad-daylight | emphasis | 0.35 | in broad daylight | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.demanding-answers | emphasis | 0.35 | demanding answers | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.left-reeling | emphasis | 0.4 | left reeling | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.tongues-wagging | emphasis | 0.5 | tongues wagging | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.never-looked-better | emphasis | 0.45 | never looked better | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.turns-heads | emphasis | 0.45 | turns heads | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.tantrum | emphasis | 0.4 | tantrum | tabloid register: a stock phrase of the popular press that judges as it reports; anger told as a child's
emphasis.storms-off | emphasis | 0.4 | "storms"/"stormed"/"storming" off/out | tabloid register: a stock phrase of the popular press that judges as it reports; a departure told as a fit of temper, in the verb's forms
emphasis.storms-off-the-coast | emphasis | =0 | "storms" off the coast | weather: 'storms off the coast' are weather at sea, no one leaving in a temper; it holds 'storms off' and is no evidence
emphasis.storms-out-at-sea | emphasis | =0 | "storms" out at sea | weather: 'storms out at sea' are weather, no one leaving in a temper; it holds 'storms out' and is no evidence
emphasis.howler | emphasis | 0.35 | howler | tabloid register: a stock phrase of the popular press that judges as it reports; a mistake held up to mockery
emphasis.daylight-robbery | emphasis | 0.45 | daylight robbery | tabloid register: a stock phrase of the popular press that judges as it reports; a price called a theft
emphasis.lost-the-plot | emphasis | 0.4 | lost/losing the plot | tabloid register: a stock phrase of the popular press that judges as it reports; a policy called a loss of reason
emphasis.on-its-knees | emphasis | 0.4 | on its knees | tabloid register: a stock phrase of the popular press that judges as it reports; a service called collapsed
emphasis.benefits-cheat | emphasis | 0.5 | benefits cheat | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.love-cheat | emphasis | 0.5 | love cheat | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.in-hot-water | emphasis | 0.4 | in hot water | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.humiliating | emphasis | 0.4 | humiliating | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.in-uproar | emphasis | 0.45 | in uproar | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.sordid | emphasis | 0.45 | sordid | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.yobs | emphasis | 0.45 | yobs | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.beloved | emphasis | 0.3 | "beloved" | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.hero-dad | emphasis | 0.45 | hero dad | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.hero-mum | emphasis | 0.45 | hero mum | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.from-hell | emphasis | 0.6 | from hell | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.conned | emphasis | 0.4 | "conned" | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.shame-end | emphasis | 0.4 | shame $ | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.put-x-to-shame | emphasis | 0.4 | put {gap:3} to shame | tabloid register: a stock phrase of the popular press that judges as it reports
emphasis.urgent-warning | emphasis | 0.45 | urgent "warning" | tabloid register: a stock phrase of the popular press that judges as it reports ('pensioners issued urgent warning')
emphasis.eagle-eyed | emphasis | 0.5 | eagle-eyed | tabloid register: a stock phrase of the popular press that judges as it reports ('eagle-eyed fans')
emphasis.rush-to-buy | emphasis | 0.4 | rush to buy | tabloid register: a stock phrase of the popular press that judges as it reports ('shoppers rush to buy')
emphasis.rush-to-claim | emphasis | 0.4 | rush to claim | tabloid register: a stock phrase of the popular press that judges as it reports ('fans rush to claim')
emphasis.horror-crash | emphasis | 0.45 | horror crash | tabloid register: 'horror crash' names the reader's feeling before the facts of an accident or a crime
emphasis.horror-smash | emphasis | 0.45 | horror smash | tabloid register: 'horror smash' names the reader's feeling before the facts of an accident or a crime
emphasis.horror-fall | emphasis | 0.45 | horror fall | tabloid register: 'horror fall' names the reader's feeling before the facts of an accident or a crime
emphasis.horror-injury | emphasis | 0.45 | horror injury | tabloid register: 'horror injury' names the reader's feeling before the facts of an accident or a crime
emphasis.horror-attack | emphasis | 0.45 | horror attack | tabloid register: 'horror attack' names the reader's feeling before the facts of an accident or a crime
emphasis.horror-blaze | emphasis | 0.45 | horror blaze | tabloid register: 'horror blaze' names the reader's feeling before the facts of an accident or a crime
emphasis.horror-fire | emphasis | 0.45 | horror fire | tabloid register: 'horror fire' names the reader's feeling before the facts of an accident or a crime
emphasis.horror-accident | emphasis | 0.45 | horror accident | tabloid register: 'horror accident' names the reader's feeling before the facts of an accident or a crime
emphasis.horror-collision | emphasis | 0.45 | horror collision | tabloid register: 'horror collision' names the reader's feeling before the facts of an accident or a crime
emphasis.horror-ordeal | emphasis | 0.45 | horror ordeal | tabloid register: 'horror ordeal' names the reader's feeling before the facts of an accident or a crime
suspense.fans-spot | suspense | 0.4 | fans spot | teaser: a detail others have seen, which the headline does not show ('fans spot tiny detail')
suspense.viewers-spot | suspense | 0.4 | viewers spot | teaser: a detail others have seen, which the headline does not show
suspense.tiny-detail | suspense | 0.4 | tiny detail | teaser: a detail others have seen, which the headline does not show
suspense.hidden-detail | suspense | 0.6 | hidden detail | teaser: a detail others have seen, which the headline does not show

# Suspense: the try-it genre.
suspense.people-try | suspense | 0.494 | people try | try-it genre: people filmed trying something for the reader's amusement
suspense.tries-x-for-the-first-time | suspense | 0.52 | tries {gap:2} for the first time | try-it genre: people filmed trying something for the reader's amusement
suspense.for-the-first-time | suspense | 0.622 | for the first time | try-it genre: people filmed trying something for the reader's amusement
suspense.for-the-first-time-since | suspense | =0 | for the first time since | context: a first since a date is a record of fact, not a try-it film
suspense.for-the-first-time-in-n | suspense | =0 | for the first time in {num} | context: a first in a span of years is a record of fact, not a try-it film
suspense.start-for-the-first-time | suspense | =0 | ^ for the first time | context: a sentence that opens on a first reports a record, as news does ('For the first time, the survey asked ...'); the try-it film puts the first after what was tried
suspense.opens-for-the-first-time | suspense | =0 | opens/launches/published/translated/elected/included/allowed/appointed/awarded {gap:4} for the first time | context: a first that an institution makes ('opens for the first time') is a record of fact, not a stunt filmed for the reader; it holds 'for the first time' and is no evidence
suspense.tried-x-for | suspense | 0.45 | tried {gap:2} for | try-it genre: people filmed trying something for the reader's amusement
suspense.taste-test | suspense | 0.45 | taste test | try-it genre: people filmed trying something for the reader's amusement
suspense.last-to-leave | suspense | 0.5 | last to leave | try-it genre: a filmed challenge whose outcome is held back
suspense.gone-wrong | suspense | 0.5 | gone wrong | try-it genre: a filmed challenge whose outcome is held back
suspense.said-it-was-impossible | suspense | 0.5 | said it was impossible | try-it genre: a filmed challenge whose outcome is held back
suspense.try-to | suspense | 0.341 | try to | try-it genre: people filmed trying something for the reader's amusement
suspense.attempt-to | suspense | 0.225 | attempt to | try-it genre: people filmed trying something for the reader's amusement
suspense.reacts-to | suspense | 0.337 | reacts to | try-it genre: people filmed trying something for the reader's amusement
suspense.reaction-to | suspense | 0.445 | reaction to | try-it genre: people filmed trying something for the reader's amusement

# Modifiers: the register of a news report tempers emphasis and counts in its sentence.
report.killed | report | 0.5 | killed | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.dead | report | 0.5 | dead | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.dies | report | 0.5 | dies | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.death-toll | report | 0.5 | death toll | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.injured | report | 0.5 | injured | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.injuries | report | 0.5 | injuries | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.wounded | report | 0.5 | wounded | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.hurt | report | 0.5 | hurt | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.missing | report | 0.5 | "missing" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.arrested | report | 0.5 | arrested | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.charged | report | 0.5 | "charged"/"charges"/"charge" | report: the vocabulary of hard news; a count of victims or a record is a fact here; in these forms only, since 'charging' fills a battery
report.parking-charges | report | =0 | parking/service/delivery/booking/hidden/extra/standing/bank/card charges | a price: 'parking charges' are what a service costs, no charge in court; it holds 'charged' and is no report
report.convicted | report | 0.5 | convicted | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.sentenced | report | 0.5 | "sentenced" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.jailed | report | 0.5 | jailed | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.indicted | report | 0.5 | indicted | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.acquitted | report | 0.5 | acquitted | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.court | report | 0.5 | court | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.judge | report | 0.5 | judge | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.trial | report | 0.5 | trial | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.lawsuit | report | 0.5 | lawsuit | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.sues | report | 0.5 | sues | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.police | report | 0.5 | police | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.minister | report | 0.5 | minister | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.prime-minister | report | 0.5 | prime minister | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.president | report | 0.5 | president | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.government | report | 0.5 | government | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.parliament | report | 0.5 | parliament | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.election | report | 0.5 | election | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.vote | report | 0.5 | vote | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.senate | report | 0.5 | senate | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.congress | report | 0.5 | congress | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.lawmakers | report | 0.5 | lawmakers | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.troops | report | 0.5 | troops | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.soldiers | report | 0.5 | soldiers | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.military | report | 0.5 | military | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.army | report | 0.5 | army | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.militants | report | 0.5 | militants | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.rebels | report | 0.5 | rebels | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.attack | report | 0.5 | attack | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.bombing | report | 0.5 | bombing | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.blast | report | 0.5 | "blast" | report: the vocabulary of hard news; a count of victims or a record is a fact here; in quotes, since 'blasted' is a verb of criticism, no explosion
report.explosion | report | 0.5 | "explosion" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.explosions | report | 0.5 | "explosions" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.explosives | report | 0.5 | "explosives" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.earthquake | report | 0.5 | earthquake | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.quake | report | 0.5 | quake | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.storm | report | 0.5 | storm | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.flood | report | 0.5 | flood | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.wildfire | report | 0.5 | wildfire | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.drought | report | 0.5 | drought | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.heatwave | report | 0.5 | heatwave | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.heat-wave | report | 0.5 | heat wave | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.hurricane | report | 0.5 | hurricane | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.typhoon | report | 0.5 | typhoon | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.cyclone | report | 0.5 | cyclone | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.tornado | report | 0.5 | tornado | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.landslide | report | 0.5 | landslide | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.tsunami | report | 0.5 | tsunami | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.eruption | report | 0.5 | eruption | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.famine | report | 0.5 | famine | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.epidemic | report | 0.5 | epidemic | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.outbreak | report | 0.5 | outbreak | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.fire | report | 0.5 | fire | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.accident | report | 0.5 | accident | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.collision | report | 0.5 | collision | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.protest | report | 0.5 | protest | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.strike | report | 0.5 | "strike" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.strikes | report | 0.5 | "strikes" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.talks | report | 0.5 | "talks" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.agreement | report | 0.5 | agreement | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.treaty | report | 0.5 | treaty | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.summit | report | 0.5 | summit | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.economy | report | 0.5 | economy | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.economic | report | 0.5 | economic | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.inflation | report | 0.5 | "inflation" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.unemployment | report | 0.5 | unemployment | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.budget | report | 0.5 | "budget" | report: the vocabulary of hard news; a count of victims or a record is a fact here; in quotes, since 'budgeting' is a household's, not a government's
report.budgets | report | 0.5 | "budgets" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.kills-it | report | =0 | kill it | slang for a triumph: 'killed it on stage' is a success, no death reported; it holds 'killed' and is no report
report.mother-in-law | report | =0 | mother/father/son/daughter/brother/sister in law | a relative: a 'mother-in-law' is family, no statute; it holds 'law' and is no report
report.in-laws | report | =0 | in "laws" | relatives: 'the in-laws' are family, no statutes; it holds 'law' and is no report
report.drop-dead | report | =0 | drop dead | an idiom of degree: 'drop-dead gorgeous' praises, no death reported; it holds 'dead' and is no report
report.panic-attack | report | =0 | panic attack | an illness: a 'panic attack' is a person's fear, no assault reported; it holds 'attack' and is no report
report.anxiety-attack | report | =0 | anxiety attack | an illness: an 'anxiety attack' is a person's fear, no assault reported; it holds 'attack' and is no report
report.food-court | report | =0 | food court | a place to eat: a 'food court' tries no case; it holds 'court' and is no report
report.tennis-court | report | =0 | tennis/basketball/squash/centre/center court | a place to play: a 'tennis court' tries no case; it holds 'court' and is no report
report.on-court | report | =0 | on/off court | a place to play: a player 'on court' or who storms 'off court' is in a game, not a trial; it holds 'court' and is no report
report.die-laughing | report | =0 | die laughing | an idiom of delight: 'we died laughing' is a joke enjoyed, no death reported; it holds 'died' and is no report
report.bank-note | report | =0 | bank note | money in the hand: a 'bank note' is a thing, no bank's news; it holds 'bank' and is no report
report.free-trial | report | =0 | free trial | a sales offer: a 'free trial' is a product's, no court's; it holds 'trial' and is no report
report.break-the-bank | report | =0 | break the bank | an idiom of price: 'won't break the bank' says a thing is cheap; it holds 'bank' and is no report
report.by-storm | report | =0 | by storm | an idiom of success: 'took the internet by storm' hails a craze, no weather; it holds 'storm' and is no report
report.percent-sure | report | =0 | percent sure/certain/confident/committed/honest | an idiom of certainty: '100 percent sure' stresses a conviction, it counts nothing; it holds 'percent' and is no report
report.tax | report | 0.5 | tax | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.shares | report | 0.5 | "shares" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.stocks | report | 0.5 | "stocks" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.profit | report | 0.5 | profit | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.earnings | report | 0.5 | "earnings" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.quarter | report | 0.5 | quarter | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.percent | report | 0.5 | percent | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.per-cent | report | 0.5 | per cent | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.rate | report | 0.5 | "rate" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.rates | report | 0.5 | "rates" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.bank | report | 0.5 | bank | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.central-bank | report | 0.5 | central bank | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.prices | report | 0.5 | prices | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.oil | report | 0.5 | oil | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.exports | report | 0.5 | exports | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.imports | report | 0.5 | "imports" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.tariff | report | 0.5 | tariff | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.sanctions | report | 0.5 | sanctions | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.regulators | report | 0.5 | regulators | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.ruling | report | 0.5 | "ruling" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.ruled | report | 0.5 | "ruled" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.verdict | report | 0.5 | verdict | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.investigation | report | 0.5 | investigation | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.probe | report | 0.5 | probe | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.inquiry | report | 0.5 | inquiry | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.hearing | report | 0.5 | "hearing" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.legislation | report | 0.5 | legislation | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.bill | report | 0.5 | bill | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.law | report | 0.5 | law | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.ceasefire | report | 0.5 | ceasefire | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.casualties | report | 0.5 | casualties | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.victims | report | 0.5 | victims | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.hostages | report | 0.5 | hostages | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.refugees | report | 0.5 | refugees | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.abducted | report | 0.5 | abducted | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.kidnapped | report | 0.5 | kidnapped | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.evacuated | report | 0.5 | evacuated | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.detained | report | 0.5 | detained | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.deported | report | 0.5 | deported | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.extradited | report | 0.5 | extradited | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.stranded | report | 0.5 | stranded | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.displaced | report | 0.5 | displaced | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.freed | report | 0.5 | freed | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.on-record | report | 0.5 | on record | report: a record measured ('the hottest year on record') is a fact here
report.since-records-began | report | 0.5 | since records began | report: a record measured is a fact here
report.markets | report | 0.5 | "markets" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.dow | report | 0.5 | dow | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.nasdaq | report | 0.5 | nasdaq | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.ftse | report | 0.5 | ftse | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.bonds | report | 0.5 | "bonds" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.yields | report | 0.5 | "yields" | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.recession | report | 0.5 | recession | report: the vocabulary of hard news; a count of victims or a record is a fact here
report.pound | report | 0.5 | "pound" | report: the vocabulary of a market report, the currency; in this form only, since 'pounds' weigh as often as they pay
report.pound-of | report | =0 | "pound" of | a weight: 'a pound of chicken' is a recipe's measure, no market's news; it holds 'pound' and is no report
report.the-dollar | report | 0.5 | the dollar | report: the vocabulary of a market report, the currency as markets name it ('against the dollar')
report.the-dollar-store | report | =0 | the dollar store | a shop: 'the dollar store' sells cheap goods, no market's news; it holds 'the dollar' and is no report
report.euro | report | 0.5 | "euro" | report: the vocabulary of a market report, the currency; in this form only, as the currency is named
report.sterling | report | 0.5 | sterling | report: the vocabulary of a market report, the currency
report.yen | report | 0.5 | yen | report: the vocabulary of a market report, the currency
report.yuan | report | 0.5 | yuan | report: the vocabulary of a market report, the currency
report.rupee | report | 0.5 | rupee | report: the vocabulary of a market report, the currency
report.currency | report | 0.5 | currency | report: the vocabulary of a market report
report.crude | report | 0.5 | "crude" | report: the vocabulary of a market report, the oil; in this form only, since 'crudely' is a manner
report.investors | report | 0.5 | "investors" | report: the vocabulary of a market report; in this form only, as markets name them
report.traders | report | 0.5 | "traders" | report: the vocabulary of a market report; in this form only, since a shop may be named for its trader
report.wall-street | report | 0.5 | wall street | report: the vocabulary of a market report

# Listicle: content gathered from social media.
listicle.on-twitter | listicle | 0.517 | on twitter | social-media content: a story built from posts rather than reporting
listicle.on-facebook | listicle | 0.453 | on facebook | social-media content: a story built from posts rather than reporting
listicle.on-snapchat | listicle | 0.51 | on snapchat | social-media content: a story built from posts rather than reporting
listicle.on-instagram | listicle | 0.441 | on instagram | social-media content: a story built from posts rather than reporting
listicle.on-tumblr | listicle | 0.41 | on tumblr | social-media content: a story built from posts rather than reporting
listicle.on-reddit | listicle | 0.35 | on reddit | social-media content: a story built from posts rather than reporting
listicle.on-youtube | listicle | 0.35 | on youtube | social-media content: a story built from posts rather than reporting
listicle.on-tiktok | listicle | 0.35 | on tiktok | social-media content: a story built from posts rather than reporting
listicle.twitter | listicle | 0.486 | twitter | social-media content: a story built from posts rather than reporting
listicle.facebook | listicle | 0.268 | facebook | social-media content: a story built from posts rather than reporting
listicle.snapchat | listicle | 0.508 | snapchat | social-media content: a story built from posts rather than reporting
listicle.tinder | listicle | 0.408 | tinder | social-media content: a story built from posts rather than reporting
listicle.youtube | listicle | 0.22 | youtube | social-media content: a story built from posts rather than reporting
listicle.reddit | listicle | 0.35 | reddit | social-media content: a story built from posts rather than reporting
listicle.tiktok | listicle | 0.35 | tiktok | social-media content: a story built from posts rather than reporting
listicle.vine | listicle | 0.36 | vine | social-media content: a story built from posts rather than reporting
listicle.instagrammers | listicle | 0.35 | instagrammers | social-media content: a story built from posts rather than reporting
listicle.the-internet-is | listicle | 0.35 | the internet is | social-media content: a story built from posts rather than reporting
listicle.twitter-is | listicle | 0.49 | twitter is | social-media content: a story built from posts rather than reporting
listicle.people-on | listicle | 0.35 | people on | social-media content: a story built from posts rather than reporting
listicle.posts-record | listicle | =0 | "posts" record | a report of results: a firm that 'posts' a record publishes its accounts, it shares no post; it holds 'posts' and is no evidence
listicle.posts-profit | listicle | =0 | "posts" {gap:3} profit | a report of results: a firm that 'posts' a profit publishes its accounts, it shares no post; it holds 'posts' and is no evidence
listicle.posts-loss | listicle | =0 | "posts" {gap:3} loss | a report of results: a firm that 'posts' a loss publishes its accounts, it shares no post; it holds 'posts' and is no evidence
listicle.posts-decline | listicle | =0 | "posts" {gap:2} decline | a report of results: a firm that 'posts' a decline publishes its accounts, it shares no post; it holds 'posts' and is no evidence
listicle.posts-rise | listicle | =0 | "posts" {gap:2} rise | a report of results: a firm that 'posts' a rise publishes its accounts, it shares no post; it holds 'posts' and is no evidence
listicle.posts-n | listicle | =0 | "posts" {num} | a report of results: a firm that 'posts' a figure publishes its accounts, it shares no post; it holds 'posts' and is no evidence
listicle.posts | listicle | 0.212 | "posts" | social-media content: a story built from posts rather than reporting
listicle.opinion-poll | listicle | =0 | opinion/exit poll | a survey of voters: an opinion or exit poll, and the polls of an election, are news, not a reader's poll; it holds 'poll' and is no evidence
listicle.to-the-polls | listicle | =0 | to the poll | a survey of voters: an opinion or exit poll, and the polls of an election, are news, not a reader's poll; it holds 'poll' and is no evidence
listicle.poll-shows | listicle | =0 | poll shows/finds | a survey of voters: an opinion or exit poll, and the polls of an election, are news, not a reader's poll; it holds 'poll' and is no evidence
listicle.polls-close | listicle | =0 | polls close/open/say/suggest | a survey of voters: an opinion or exit poll, and the polls of an election, are news, not a reader's poll; it holds 'poll' and is no evidence
listicle.in-the-polls | listicle | =0 | in the polls | a survey of voters: an opinion or exit poll, and the polls of an election, are news, not a reader's poll; it holds 'poll' and is no evidence
listicle.polling-station | listicle | =0 | polling station/day/place/booth/card | an election's places and days: a polling station, day, booth or card, a poll tax or a poll worker, is where and how a vote is cast, not a reader's poll; it holds 'poll' and is no evidence
listicle.poll-tax | listicle | =0 | poll tax/worker | an election's places and days: a polling station, day, booth or card, a poll tax or a poll worker, is where and how a vote is cast, not a reader's poll; it holds 'poll' and is no evidence
listicle.poll | listicle | 0.187 | poll | social-media content: a story built from posts rather than reporting
listicle.legal-challenge | listicle | =0 | legal/court/leadership/election challenge | a contest at law or for office: 'legal challenge' is news, no social-media dare; it holds 'challenge' and is no evidence
listicle.challenge-to | listicle | =0 | "challenge" to | a contest at law or for office: 'a challenge to the law' opposes it, no social-media dare; it holds 'challenge' and is no evidence
listicle.face-challenge | listicle | =0 | face {gap:2} "challenge" | a difficulty met: one who 'faces a tough challenge' takes no social-media dare; it holds 'challenge' and is no evidence
listicle.challenge | listicle | 0.298 | "challenge" | social-media content: a story built from posts rather than reporting; in quotes, since a 'challenger' is a rival
listicle.challenges | listicle | 0.298 | "challenges" | social-media content: a story built from posts rather than reporting
listicle.confessions | listicle | 0.356 | confessions | social-media content: a story built from posts rather than reporting
listicle.confessions-of | listicle | 0.36 | confessions of | social-media content: a story built from posts rather than reporting
listicle.winners-and-losers | listicle | 0.35 | winners and losers | social-media content: a story built from posts rather than reporting
listicle.horoscope | listicle | 0.481 | horoscope | social-media content: a story built from posts rather than reporting
listicle.recipe | listicle | 0.403 | recipe | social-media content: a story built from posts rather than reporting
listicle.hacks | listicle | 0.273 | "hacks" | social-media content: a story built from posts rather than reporting; in the tip's forms, since 'hacking' and 'hackers' are crime
listicle.hack | listicle | 0.273 | "hack" | social-media content: a story built from posts rather than reporting ('this simple hack')
listicle.life-hacks | listicle | 0.35 | life hacks | social-media content: a story built from posts rather than reporting
listicle.outfits | listicle | 0.412 | outfits | social-media content: a story built from posts rather than reporting
listicle.looks-like | listicle | 0.611 | looks like | social-media content: a story built from posts rather than reporting
listicle.starter-pack | listicle | 0.35 | starter pack | social-media content: a story built from posts rather than reporting

# Suspense: reaction videos. Each group is quoted in the plural, the form
# the genre names it in: a possessive ("Women's World Cup"), a singular
# ("American Airlines", "Kid Rock") or another word of the stem ("Parental
# leave") sets up no reaction.
suspense.start-people | suspense | 0.752 | ^ "people" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-kids | suspense | 0.4 | ^ "kids" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-couples | suspense | 0.55 | ^ "couples" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-guys | suspense | 0.396 | ^ "guys" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-girls | suspense | 0.4 | ^ "girls" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-women | suspense | 0.582 | ^ "women" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-men | suspense | 0.515 | ^ "men" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-parents | suspense | 0.4 | ^ "parents" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-moms | suspense | 0.4 | ^ "moms" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-dads | suspense | 0.4 | ^ "dads" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-strangers | suspense | 0.4 | ^ "strangers" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-celebrities | suspense | 0.443 | ^ "celebrities" | reaction-video genre: ordinary people set up to react for the camera; in quotes, since 'celebrated' and 'celebrations' share its stem
suspense.start-someone | suspense | 0.404 | ^ someone | reaction-video genre: ordinary people set up to react for the camera
suspense.start-this-person | suspense | 0.4 | ^ this person | reaction-video genre: ordinary people set up to react for the camera
suspense.start-drunk | suspense | 0.4 | ^ drunk | reaction-video genre: ordinary people set up to react for the camera
suspense.start-americans | suspense | 0.173 | ^ "americans" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-british-people | suspense | 0.4 | ^ british people | reaction-video genre: ordinary people set up to react for the camera
suspense.start-teens | suspense | 0.4 | ^ "teens" | reaction-video genre: ordinary people set up to react for the camera
suspense.start-grandparents | suspense | 0.4 | ^ grandparents | reaction-video genre: ordinary people set up to react for the camera
suspense.start-coworkers | suspense | 0.4 | ^ coworkers | reaction-video genre: ordinary people set up to react for the camera
suspense.someone | suspense | 0.6 | someone | reaction-video genre: ordinary people set up to react for the camera
suspense.somebody | suspense | 0.4 | somebody | reaction-video genre: ordinary people set up to react for the camera

# Address: calls to action.
address.sign-up | address | 0.4 | sign up | call to action: tells the reader what to do next
address.subscribe | address | 0.4 | "subscribe" | call to action: tells the reader what to do next
address.follow-us | address | 0.4 | follow us | call to action: tells the reader what to do next
address.join-us | address | 0.4 | join us | call to action: tells the reader what to do next
address.click-here | address | 0.4 | click here | call to action: tells the reader what to do next
address.share-this | address | 0.4 | share this | call to action: tells the reader what to do next

# Emphasis: miracle claims. The pitch of a health or money cure: an
# effort it spares, a foe that hides it, results left to speak.
emphasis.without-diet-or-exercise | emphasis | 0.6 | without diet or exercise | miracle claim: a result promised without the effort it takes
emphasis.without-dieting | emphasis | 0.5 | without dieting | miracle claim: a result promised without the effort it takes
emphasis.melt-away | emphasis | 0.35 | melt away | miracle claim: fat or debt that vanishes of itself
emphasis.burn-fat | emphasis | 0.45 | burn fat | miracle claim: fat that a food or a trick burns of itself ('burn belly fat')
emphasis.burn-belly-fat | emphasis | 0.45 | burn belly fat | miracle claim: fat that a food or a trick burns of itself ('burn belly fat')
emphasis.burn-more-fat | emphasis | 0.45 | burn more fat | miracle claim: fat that a food or a trick burns of itself ('burn belly fat')
emphasis.lose-weight-fast | emphasis | 0.5 | lose weight fast | miracle claim: a result promised without the effort it takes
emphasis.speak-for-themselves | emphasis | 0.35 | speak for themselves | miracle claim: results offered as proof, unweighed
emphasis.big-pharma | emphasis | 0.4 | big pharma | miracle claim: a foe who hides the cure
emphasis.lurking | emphasis | 0.3 | lurking | hype verb: a danger that hides in wait, unnamed

# Emphasis: science hype. A finding sold as a cure or a revolution before
# it is one: the promise, not the result.
emphasis.could-cure | emphasis | 0.5 | could cure | science hype: a cure promised from a first result
emphasis.may-cure | emphasis | 0.5 | may cure | science hype: a cure promised from a first result
emphasis.wonder-drug | emphasis | 0.5 | wonder drug | science hype: a medicine named for the hope it raises
emphasis.hail-breakthrough | emphasis | 0.5 | hail {gap:1} breakthrough | science hype: a finding acclaimed before it is tested
emphasis.hailed-as-a-breakthrough | emphasis | 0.5 | hailed as {gap:1} breakthrough | science hype: a finding acclaimed before it is tested
emphasis.revolutionise | emphasis | 0.4 | revolutionise | science hype: a change promised to overturn a whole field
emphasis.revolutionize | emphasis | 0.4 | revolutionize | science hype: a change promised to overturn a whole field
emphasis.reverse-ageing | emphasis | 0.5 | reverse ageing | science hype: a cure for time itself
emphasis.cancer-breakthrough | emphasis | 0.5 | cancer breakthrough | science hype: a finding named a breakthrough against a disease before it is one
emphasis.medical-breakthrough | emphasis | 0.45 | medical breakthrough | science hype: a finding named a breakthrough for medicine before it is one
emphasis.breakthrough-as | emphasis | 0.45 | breakthrough as | science hype: the verdict first, then the finding it is given to ('Breakthrough as scientists ...'), as 'shock as' names the feeling first
emphasis.breakthrough-drug | emphasis | 0.45 | breakthrough pill/drug/jab/treatment/therapy/vaccine/cure | science hype: a remedy named a breakthrough before it is one, in the name it is given ('breakthrough pill')
emphasis.cure-found | emphasis | 0.45 | cure for {gap:3} found | science hype: a cure announced as found from a first result ('cure for baldness found in a garden plant')
emphasis.superfood | emphasis | 0.4 | superfood | science hype: a food sold as a medicine

# Emphasis: a seller's superlatives. Marketing copy and the press release
# rank a product above every rival in words that admit no measure:
# 'unparalleled accuracy', 'industry-leading', 'cutting-edge'. They are
# hyperbole, not a report's measured superlative, so a statement of body
# text does not halve them.
emphasis.unparalleled | emphasis | 0.4 | unparalleled/unrivalled/unrivaled/unmatched/unbeatable | hyperbole: a seller's superlative, a rank above every rival that no measure backs
emphasis.industry-leading | emphasis | 0.4 | industry/market/world leading | hyperbole: a seller's superlative, a rank above every rival that no measure backs
emphasis.world-class | emphasis | 0.4 | world class | hyperbole: a seller's superlative, a rank above every rival that no measure backs
emphasis.cutting-edge | emphasis | 0.4 | cutting edge | hyperbole: a seller's superlative, a rank above every rival that no measure backs
emphasis.state-of-the-art | emphasis | 0.35 | state of the art | hyperbole: a seller's superlative, a rank above every rival that no measure backs
emphasis.second-to-none | emphasis | 0.4 | second to none | hyperbole: a seller's superlative, a rank above every rival that no measure backs
emphasis.like-never-before | emphasis | 0.4 | like never before | hyperbole: a seller's superlative, a rank above every rival that no measure backs
emphasis.top-notch | emphasis | 0.4 | top notch | hyperbole: a seller's superlative, a rank above every rival that no measure backs

# Emphasis: urgency. A deadline or a scarcity pressed on the reader is the
# pitch of an advertisement, in its body as in its headline.
emphasis.urgency-last-chance | emphasis | 0.4 | last chance | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-act-now | emphasis | 0.4 | act now | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-hurry | emphasis | 0.4 | hurry | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-limited-time | emphasis | 0.4 | limited time | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-miss-out | emphasis | 0.4 | miss out | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-dont-miss | emphasis | 0.4 | don't miss | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-final-hours | emphasis | 0.4 | final hours | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-only-n-left | emphasis | 0.4 | only {num} left | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-before-its-gone | emphasis | 0.4 | before it's gone | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-while-stocks-last | emphasis | 0.4 | while stocks last | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-ends-tonight | emphasis | 0.4 | ends tonight | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-ends-soon | emphasis | 0.4 | ends soon | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-selling-fast | emphasis | 0.4 | selling fast | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-before-its-too-late | emphasis | 0.4 | before it's too late | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-while-supplies-last | emphasis | 0.4 | while supplies last | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-dont-wait | emphasis | 0.4 | don't wait | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-buy-now | emphasis | 0.4 | buy now | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-order-now | emphasis | 0.4 | order now | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-book-now | emphasis | 0.4 | book now | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-shop-now | emphasis | 0.4 | shop now | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-call-now | emphasis | 0.4 | call now | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-before-theyre-gone | emphasis | 0.4 | before they're gone | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-before-they-are-gone | emphasis | 0.4 | before they are gone | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-while-they-last | emphasis | 0.4 | while they last | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-grab-yours | emphasis | 0.4 | grab yours | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-flying-off-the-shelves | emphasis | 0.4 | flying off the shelves | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-selling-out-fast | emphasis | 0.4 | selling out fast | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-today-only | emphasis | 0.4 | today only | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-supplies-are-limited | emphasis | 0.4 | supplies are limited | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-order-yours | emphasis | 0.4 | order yours | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-get-yours | emphasis | 0.4 | get yours | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-claim-yours | emphasis | 0.4 | claim yours | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-before-it-sells-out | emphasis | 0.4 | before it sells out | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-before-they-sell-out | emphasis | 0.4 | before they sell out | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-limited-stock | emphasis | 0.4 | limited stock | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-dont-delay | emphasis | 0.4 | don't delay | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement
emphasis.urgency-almost-gone | emphasis | 0.4 | almost gone | urgency: a deadline or a scarcity pressed on the reader, the pitch of an advertisement

# Emphasis: social proof. A crowd's say-so offered in place of a reason,
# the pitch of an advertisement or a lifestyle feature.
emphasis.swear-by-almighty | emphasis | =0 | swear by almighty | an oath: a witness who swears by almighty God vouches for nothing but the truth of what follows; it holds 'swear by' and is no evidence
emphasis.swear-by | emphasis | 0.4 | swear by | social proof: a crowd's say-so offered in place of a reason ('the mattress thousands swear by')
emphasis.as-seen-on | emphasis | 0.4 | as seen on | social proof: a product vouched for by where it was shown, not by what it does
emphasis.cant-be-wrong | emphasis | 0.4 | can't be wrong | social proof: a crowd's number offered as its proof ('millions of fans can't be wrong')
emphasis.happy-customers | emphasis | 0.4 | happy customers | social proof: a crowd of buyers offered in place of a reason ('thousands of happy customers')
emphasis.satisfied-customers | emphasis | 0.4 | satisfied customers | social proof: a crowd of buyers offered in place of a reason ('thousands of happy customers')
address.share-if | address | 0.4 | share if | call to action: tells the reader what to do next
address.tag-a-friend | address | 0.4 | tag a friend | call to action: tells the reader what to do next
address.tag-someone | address | 0.4 | tag someone | call to action: tells the reader what to do next
address.comment-below | address | 0.4 | comment below | call to action: tells the reader what to do next
address.let-us-know | address | 0.5 | let us know | call to action: tells the reader what to do next
address.vote-for | address | 0.4 | vote for | call to action: tells the reader what to do next
address.pick-a | address | 0.4 | pick a | call to action: tells the reader what to do next
address.choose-a | address | 0.4 | choose a | call to action: tells the reader what to do next

# Suspense: reaction codas.
suspense.and-its | suspense | 0.642 | and it's | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-it-was | suspense | 0.526 | and it was | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-it-is | suspense | 0.65 | and it is | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-it-will | suspense | 0.365 | and it will | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-it-feels | suspense | 0.65 | and it feels | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-the-result | suspense | 0.5 | and the result | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-people-are | suspense | 0.444 | and people are | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-people-arent | suspense | 0.5 | and people aren't | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-people-everywhere | suspense | 0.5 | and people everywhere | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-were | suspense | 0.5 | and we're | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-we-are | suspense | 0.5 | and we are | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-im | suspense | 0.5 | and i'm | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-theyre | suspense | 0.5 | and they're | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-everyone | suspense | 0.5 | and everyone | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-nobody | suspense | 0.5 | and nobody | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-honestly | suspense | 0.5 | and honestly | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-now | suspense | 0.391 | and now | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-the-internet | suspense | 0.5 | and the internet | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-the-reactions | suspense | 0.5 | and the reactions | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-fans | suspense | 0.5 | and fans | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.and-twitter | suspense | 0.5 | and twitter | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.facebook-and-twitter | suspense | =0 | facebook/instagram/youtube/tiktok/linkedin and twitter | a list of platforms: 'on Facebook and Twitter' says where, not who reacted; it holds 'and Twitter' and is no evidence
suspense.than-it-should-be | suspense | 0.5 | than it should be | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.than-you-think | suspense | 0.5 | than you think | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.than-youd-think | suspense | 0.6 | than you'd think | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.more-than-you | suspense | 0.5 | more than you | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.exactly-like | suspense | 0.5 | exactly like | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.looks-exactly-like | suspense | 0.5 | looks exactly like | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.now-end | suspense | 0.572 | now $ | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.out-now-end | suspense | =0 | out/available/open/streaming now $ | a release: 'out now' says a thing can be had from today, it promises no feeling; it holds 'now $' and is no evidence
suspense.on-sale-now-end | suspense | =0 | on sale now $ | a release: 'on sale now' says a thing can be had from today, it promises no feeling; it holds 'now $' and is no evidence
suspense.in-cinemas-now-end | suspense | =0 | in cinemas/stores/shops now $ | a release: 'in cinemas now' says a thing can be had from today, it promises no feeling; it holds 'now $' and is no evidence
suspense.again-end | suspense | 0.186 | again $ | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.theres-a | suspense | 0.389 | "there's" a | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.start-theres | suspense | 0.394 | ^ there's | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.start-there-is-a | suspense | 0.5 | ^ there is a | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.start-there-are | suspense | 0.5 | ^ there are | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.start-there-was | suspense | 0.5 | ^ there was | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.start-there-goes | suspense | 0.5 | ^ there goes | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.lets-talk-about | suspense | 0.5 | let's talk about | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.we-need-to-talk-about | suspense | 0.371 | we need to talk about | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.can-we-talk-about | suspense | 0.5 | can we talk about | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.lets-take-a-moment | suspense | 0.5 | let's take a moment | reaction coda: the headline reports an event, then promises the feeling it caused
suspense.take-a-moment | suspense | 0.5 | take a moment | reaction coda: the headline reports an event, then promises the feeling it caused

# Address: interjections.
address.start-interjection | address | 0.529 | ^ welp/dang/gosh/jeez/geez/phew/ooh/hmm/huh/oof/meh/yep/nope/yup/hallelujah/yay/ugh/aww/lol/psa/sorry/whoa/wow/bless/congrats/congratulations | interjection: the headline opens with a spoken reaction
address.start-reminder | address | 0.461 | ^ reminder | interjection: the headline opens with a spoken reaction
address.start-friendly-reminder | address | 0.45 | ^ friendly reminder | interjection: the headline opens with a spoken reaction
address.start-please | address | 0.49 | ^ please | interjection: the headline opens with a spoken reaction
address.start-well | address | 0.45 | ^ "well" | interjection: the headline opens with a spoken reaction; in quotes, since 'Wells Fargo' and 'Wellness' react to nothing
address.start-oh-no | address | 0.45 | ^ oh no | interjection: the headline opens with a spoken reaction
address.watch-this | address | 0.375 | watch this | interjection: the headline opens with a spoken reaction
address.watch-this-week | address | =0 | watch this week/weekend/year/month/season/spring/summer/autumn/winter/christmas | a listings phrase: 'to watch this week' names when, as a guide does, it is no spoken reaction; it holds 'watch this' and is no evidence
address.look-at-this | address | 0.45 | look at this | interjection: the headline opens with a spoken reaction
address.listen-to-this | address | 0.45 | listen to this | interjection: the headline opens with a spoken reaction
address.read-this | address | 0.362 | read this | interjection: the headline opens with a spoken reaction
address.see-this | address | 0.35 | see this | interjection: the headline opens with a spoken reaction
address.meet-this | address | 0.45 | meet this | interjection: the headline opens with a spoken reaction
address.start-meet-the | address | 0.5 | ^ meet the | interjection: the headline opens with a spoken reaction

# Listicle: feature formats.
listicle.the-evolution-of | listicle | 0.4 | the evolution of | feature format: a stock magazine frame rather than news
listicle.a-day-in-the-life | listicle | 0.4 | a day in the life | feature format: a stock magazine frame rather than news
listicle.the-case-for | listicle | 0.4 | the case for | feature format: a stock magazine frame rather than news
listicle.the-case-against | listicle | 0.4 | the case against | feature format: a stock magazine frame rather than news
listicle.thoughts-during | listicle | 0.4 | thoughts during | feature format: a stock magazine frame rather than news
listicle.thoughts-you-have | listicle | 0.4 | thoughts you have | feature format: a stock magazine frame rather than news
listicle.thoughts-i-had | listicle | 0.422 | thoughts i had | feature format: a stock magazine frame rather than news
listicle.thoughts-every | listicle | 0.4 | thoughts every | feature format: a stock magazine frame rather than news
listicle.around-the-world | listicle | 0.42 | around the world | feature format: a stock magazine frame rather than news
listicle.as-told-by | listicle | 0.509 | as told by | feature format: a stock magazine frame rather than news
listicle.as-explained-by | listicle | 0.4 | as explained by | feature format: a stock magazine frame rather than news
listicle.in-perspective | listicle | 0.4 | in perspective | feature format: a stock magazine frame rather than news
listicle.put-in-perspective | listicle | 0.4 | put in perspective | feature format: a stock magazine frame rather than news
listicle.next-to-their | listicle | 0.4 | next to their | feature format: a stock magazine frame rather than news
listicle.as-characters | listicle | 0.4 | as characters | feature format: a stock magazine frame rather than news
listicle.reimagined-as | listicle | 0.4 | reimagined as | feature format: a stock magazine frame rather than news
listicle.if-they-were | listicle | 0.4 | if they were | feature format: a stock magazine frame rather than news
listicle.the-ultimate-guide | listicle | 0.4 | the ultimate guide | feature format: a stock magazine frame rather than news
listicle.a-guide-to | listicle | 0.4 | a guide to | feature format: a stock magazine frame rather than news
listicle.a-brief-history | listicle | 0.4 | a brief history | feature format: a stock magazine frame rather than news
listicle.the-history-of | listicle | 0.4 | the history of | feature format: a stock magazine frame rather than news
listicle.what-its-like | listicle | 0.405 | what it's like | feature format: a stock magazine frame rather than news
listicle.what-it-is-like | listicle | 0.4 | what it is like | feature format: a stock magazine frame rather than news
listicle.what-its-really-like | listicle | 0.4 | what it's really like | feature format: a stock magazine frame rather than news

# Listicle: the storytelling tense.
listicle.told-got | listicle | =0.4 | got | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-took | listicle | =0.4 | took | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-gave | listicle | =0.4 | gave | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-went | listicle | =0.4 | went | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-wrote | listicle | =0.4 | wrote | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-became | listicle | =0.4 | became | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-taught | listicle | =0.4 | taught | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-wore | listicle | =0.4 | wore | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.be-tried | listicle | =0 | be "tried" | a trial: 'to be tried' goes before a court, it tells no story; it holds 'tried' and is no evidence
listicle.tried-as | listicle | =0 | "tried" as/in | a trial: 'tried as an adult' goes before a court, it tells no story; it holds 'tried' and is no evidence
listicle.told-tried | listicle | =0.4 | "tried" | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-looked | listicle | =0.4 | "looked" | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-tweeted | listicle | =0.4 | "tweeted" | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-proved | listicle | =0.4 | "proved" | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-sang | listicle | =0.4 | sang | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-knew | listicle | =0.4 | knew | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.told-won | listicle | =0.4 | won | storytelling tense: a headline in the past tense recounts a story; news headlines report in the present ('resigns', not 'resigned')
listicle.is-officially | listicle | 0.4 | is officially | feature format: a stock magazine frame rather than news
listicle.are-officially | listicle | 0.4 | are officially | feature format: a stock magazine frame rather than news
listicle.has-officially | listicle | 0.4 | has officially | feature format: a stock magazine frame rather than news
listicle.have-officially | listicle | 0.4 | have officially | feature format: a stock magazine frame rather than news
listicle.is-now-officially | listicle | 0.4 | is now officially | feature format: a stock magazine frame rather than news

# Listicle: more feature formats.
listicle.pros-and-cons | listicle | 0.4 | pros and cons | genre cue: a stock frame of entertainment writing rather than of news
listicle.the-pros-and-cons | listicle | 0.4 | the pros and cons | genre cue: a stock frame of entertainment writing rather than of news
listicle.an-ode-to | listicle | 0.4 | an ode to | genre cue: a stock frame of entertainment writing rather than of news
listicle.in-loving-memory | listicle | 0.4 | in loving memory | genre cue: a stock frame of entertainment writing rather than of news
listicle.a-reminder-that | listicle | 0.4 | a reminder that | genre cue: a stock frame of entertainment writing rather than of news
listicle.is-a-reminder | listicle | 0.4 | is a reminder | genre cue: a stock frame of entertainment writing rather than of news
listicle.a-love-letter-to | listicle | 0.4 | a love letter to | genre cue: a stock frame of entertainment writing rather than of news
listicle.an-open-letter-to | listicle | 0.4 | an open letter to | genre cue: a stock frame of entertainment writing rather than of news
listicle.diy | listicle | 0.556 | diy | genre cue: a stock frame of entertainment writing rather than of news
listicle.easy-to-make | listicle | 0.4 | easy to make | genre cue: a stock frame of entertainment writing rather than of news
listicle.recipe-for | listicle | 0.41 | recipe for | genre cue: a stock frame of entertainment writing rather than of news
listicle.a-tribute-to | listicle | 0.4 | a tribute to | genre cue: a stock frame of entertainment writing rather than of news
listicle.ranked-by | listicle | 0.42 | ranked by | genre cue: a stock frame of entertainment writing rather than of news
listicle.tested-positive | listicle | =0 | "tested" positive/negative | a result: who 'tested positive' took a medical or doping test; it holds 'tested' and is no evidence
listicle.tested | listicle | 0.1 | "tested" | genre cue: a stock frame of entertainment writing rather than of news
listicle.we-tested | listicle | 0.4 | we tested | genre cue: a stock frame of entertainment writing rather than of news
listicle.tried-and-tested | listicle | 0.4 | tried and tested | genre cue: a stock frame of entertainment writing rather than of news
listicle.a-guide-for | listicle | 0.4 | a guide for | genre cue: a stock frame of entertainment writing rather than of news
listicle.starter-kit | listicle | 0.4 | starter kit | genre cue: a stock frame of entertainment writing rather than of news
listicle.did-it-again | listicle | 0.4 | did it again | genre cue: a stock frame of entertainment writing rather than of news
listicle.for-the-ages | listicle | 0.4 | for the ages | genre cue: a stock frame of entertainment writing rather than of news

# Suspense: more reaction-video cues.
suspense.guess | suspense | 0.525 | guess | reaction-video genre: people set up to guess, ask, review or react for the camera
suspense.react | suspense | 0.4 | react | reaction-video genre: people set up to guess, ask, review or react for the camera
suspense.start-attention | suspense | 0.4 | ^ attention | reaction-video genre: people set up to guess, ask, review or react for the camera
suspense.try-guys | suspense | 0.4 | try guys | reaction-video genre: people set up to guess, ask, review or react for the camera
suspense.confess-their | suspense | 0.3 | confess their | reaction-video genre: people set up to guess, ask, review or react for the camera

# Emphasis: reaction adverbs.
emphasis.oddly | emphasis | 0.3 | "oddly" | booster: an adverb of reaction rather than of fact
emphasis.laughably | emphasis | 0.3 | laughably | hype booster: an adverb of reaction rather than of fact
emphasis.insanely-good | emphasis | 0.52 | insanely good | hype booster: an adverb of reaction rather than of fact
emphasis.ridiculously-good | emphasis | 0.42 | ridiculously good | hype booster: an adverb of reaction rather than of fact
emphasis.eerily | emphasis | 0.3 | eerily | booster: an adverb of reaction rather than of fact
emphasis.painfully | emphasis | 0.3 | "painfully" | booster: an adverb of reaction rather than of fact
emphasis.brutally-honest | emphasis | 0.464 | brutally honest | hype booster: an adverb of reaction rather than of fact
emphasis.goddam | emphasis | 0.3 | goddam | hype booster: an adverb of reaction rather than of fact
emphasis.freakishly | emphasis | 0.3 | freakishly | hype booster: an adverb of reaction rather than of fact

# Word classes: demonstratives. A headline's "this" points forward, at
# what it withholds; in the statements of body text, "This is the first
# survey", it points back at what was said, so the suspense patterns that
# open with one are not tried there. "There" points at a place, and opens
# a statement of what exists: "there's a catch" closing a headline holds
# the catch back, where "Twelve years later, there is a queue" in body
# text tells what is there.
demonstrative.this | demonstrative | 1 | this | demonstrative: points at a thing
demonstrative.these | demonstrative | 1 | these | demonstrative: points at things
demonstrative.that | demonstrative | 1 | that | demonstrative: points at a thing
demonstrative.those | demonstrative | 1 | those | demonstrative: points at things
demonstrative.there | demonstrative | 1 | there | demonstrative: points at a place, and opens a statement of what exists ("there is a queue"), which body text makes all the time

# Word classes: conjunctions. A headline that reports an event and goes on
# with "and it's", "and the internet" promises the feeling it caused; in
# the statements of body text, "The museum reopened, and it is open every
# day", the clause only goes on, so the suspense patterns that open with
# one, the reaction codas, are not tried there. A question that opens
# with one asks with the word after it: "And what about borrowers?" has
# a question word, and is no fragment.
conjunction.and | conjunction | 1 | and | conjunction: joins a clause to the one before
conjunction.but | conjunction | 1 | but | conjunction: joins a clause that turns against the one before
conjunction.so | conjunction | 1 | so | conjunction: joins a clause that follows from the one before
conjunction.or | conjunction | 1 | or | conjunction: joins a clause that offers another way

# Word classes: speakers, who speak for an office or a body. A label of
# one that opens a headline, "Mayor: this is the worst storm in decades",
# gives the words after it to the speaker, as ", the mayor says" closing
# it would.
speaker.mayor | speaker | 1 | mayor | speaker: speaks for an office or a body
speaker.governor | speaker | 1 | governor | speaker: speaks for an office or a body
speaker.senator | speaker | 1 | senator | speaker: speaks for an office or a body
speaker.minister | speaker | 1 | minister | speaker: speaks for an office or a body
speaker.president | speaker | 1 | president | speaker: speaks for an office or a body
speaker.chancellor | speaker | 1 | chancellor | speaker: speaks for an office or a body
speaker.pm | speaker | 1 | "pm" | speaker: speaks for an office or a body
speaker.mp | speaker | 1 | "mp" | speaker: speaks for an office or a body
speaker.mps | speaker | 1 | "mps" | speaker: speaks for an office or a body
speaker.police | speaker | 1 | "police" | speaker: speaks for an office or a body; in quotes, since 'policing' speaks for none
speaker.officials | speaker | 1 | "officials" | speaker: speaks for an office or a body; in quotes, since the kicker 'Official:' is the writer's own
speaker.spokesman | speaker | 1 | spokesman | speaker: speaks for an office or a body
speaker.spokeswoman | speaker | 1 | spokeswoman | speaker: speaks for an office or a body
speaker.spokesperson | speaker | 1 | spokesperson | speaker: speaks for an office or a body
speaker.government | speaker | 1 | government | speaker: speaks for an office or a body
speaker.ministry | speaker | 1 | ministry | speaker: speaks for an office or a body
speaker.ambassador | speaker | 1 | ambassador | speaker: speaks for an office or a body
speaker.prosecutors | speaker | 1 | prosecutors | speaker: speaks for an office or a body
speaker.judge | speaker | 1 | judge | speaker: speaks for an office or a body
speaker.court | speaker | 1 | court | speaker: speaks for an office or a body
speaker.chief | speaker | 1 | chief | speaker: speaks for an office or a body
speaker.pope | speaker | 1 | pope | speaker: speaks for an office or a body
speaker.pentagon | speaker | 1 | pentagon | speaker: speaks for an office or a body
speaker.kremlin | speaker | 1 | kremlin | speaker: speaks for an office or a body
speaker.sheriff | speaker | 1 | sheriff | speaker: speaks for an office or a body
speaker.coroner | speaker | 1 | "coroner" | speaker: speaks for an office or a body; in quotes, since 'Coronation' shares its stem
speaker.council | speaker | 1 | council | speaker: speaks for an office or a body
speaker.ceo | speaker | 1 | ceo | speaker: speaks for an office or a body
speaker.chairman | speaker | 1 | chairman | speaker: speaks for an office or a body
speaker.chairwoman | speaker | 1 | chairwoman | speaker: speaks for an office or a body
speaker.coach | speaker | 1 | coach | speaker: speaks for an office or a body
speaker.manager | speaker | 1 | manager | speaker: speaks for an office or a body
speaker.union | speaker | 1 | union | speaker: speaks for an office or a body

# Word classes: media. A label of one, alone before a colon that opens a
# sentence, "Watch: firefighters free a swan from the ice", names what the
# item is, as a feed's post does: it asks nothing of the reader, as "Watch
# this swan" does, and frames no list. Such a label is not matched.
medium.watch | medium | 1 | watch | medium: a video's label
medium.video | medium | 1 | video | medium: a video's label
medium.live | medium | 1 | live | medium: a live broadcast's or a live page's label
medium.listen | medium | 1 | listen | medium: a recording's label
medium.audio | medium | 1 | audio | medium: a recording's label
medium.podcast | medium | 1 | podcast | medium: a recording's label
medium.photos | medium | 1 | photos | medium: a gallery's label
medium.pictures | medium | 1 | pictures | medium: a gallery's label
medium.gallery | medium | 1 | gallery | medium: a gallery's label
medium.slideshow | medium | 1 | slideshow | medium: a gallery's label
medium.map | medium | 1 | map | medium: a graphic's label
medium.chart | medium | 1 | chart | medium: a graphic's label
medium.infographic | medium | 1 | infographic | medium: a graphic's label
