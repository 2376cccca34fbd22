/**
 * Every regular expression of the analysis lives here, so the ReDoS test checks them all.
 * They run on normalised text (lower-case ASCII, straight quotes, '-' for long dashes), so none
 * needs the `i` flag. Gaps are bounded and alternatives are disjoint words: matching stays linear.
 * Global (`g`) patterns are only used through `matchAll`/`replace`, which never mutate them.
 */

// ── Normalisation and tokens ────────────────────────────────────────────────────────────────
export const ASCII_UPPER = /[A-Z]/g;
export const CURLY_SINGLE_QUOTES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
export const CURLY_DOUBLE_QUOTES = /[\u201c\u201d\u201e]/g;
export const LONG_DASHES = /[\u2012\u2013\u2014\u2015]/g;
/** Words (with inner apostrophes or hyphens) and the punctuation the rules look at. */
export const TOKEN = /[a-z0-9]+(?:['-][a-z0-9]+)*|[?!.,;:"'()\n\u2026-]/g;

// ── The writer's own text ───────────────────────────────────────────────────────────────────
/** "On Fri, … Chris <c@x> wrote:" (Gmail may wrap it over two lines) and other mail clients' forms. */
/** "On Fri, … Chris <c@x> wrote:" (Gmail may wrap it over two lines): the verb, then the line's start is checked. */
export const REPLY_VERB = /\b(?:wrote|schrieb|a \u00e9crit|escribi\u00f3)[ \t]*:[ \t]*$/gm;
export const REPLY_LINE_START = /^[ \t]*(?:on|am|le|el)\b/;
export const QUOTED_LINE = /^[ \t]*>/m;
export const LEADING_QUOTED_LINES = /^(?:[ \t]*>[^\n]*(?:\n|$))+/;
export const FORWARD_HEADER =
  /^[ \t]*(?:-{2,}[ \t]*(?:forwarded message|original message)|begin forwarded message|_{8,}[ \t]*$)/m;
/** An Outlook header block: "From: …" followed by a "Sent:" or "Date:" line. */
export const FROM_LINE = /^[ \t]*from:/gm;
export const SENT_OR_DATE_LINE = /^[ \t]*(?:sent|date):/;
export const SIGNATURE = /^(?:-- ?[ \t]*$|sent from my |get outlook for |sent from (?:yahoo|mail for windows|outlook))/m;

// ── Addressee ───────────────────────────────────────────────────────────────────────────────
export const GREETING =
  /^[ \t\n]*(?:hi|hey|hello|hiya|heya|howdy|yo|dear|good (?:morning|afternoon|evening)|morning|evening)[ \t,]+/;
export const NAME_WORD = /^(?:[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*\.?)/;

// ── Apologies that do not use the word "sorry" ──────────────────────────────────────────────
/** "my bad", "my fault", "our mistake"; checked for a following noun ("my bad aim") in code. */
export const OWN_FAULT = /\b(?:my|our) (?:own )?(?:bad|fault|mistake|error|oversight|screw-?up|mess-?up|blunder|misunderstanding)\b/g;
export const ON_ME =
  /\b(?:that|this|it|that one|this one|thats|its)(?:'s|'ll be| is| was)? (?:all |totally |entirely |completely |fully |squarely |100% )?on (?:me|us)\b/g;
export const TAKE_RESPONSIBILITY =
  /\b(?:i|we) (?:take|accept|own|bear) (?:full |complete |total |all )?(?:responsibility|the blame|the fault|ownership)\b|\bi(?:'m| am|m) (?:the one )?(?:to blame|at fault|in the wrong)\b/g;
export const UNFAIR_OF_ME =
  /\b(?:unfair|rude|wrong|stupid|selfish|thoughtless|careless|insensitive|mean|petty|cruel|inconsiderate|dumb|silly|unkind|disrespectful|immature|uncalled for|out of line|irresponsible|lazy|unprofessional|harsh|childish|hurtful) of me\b/g;
export const I_WAS_OUT_OF_LINE =
  /\bi was (?:(?:completely|totally|way|really|so|being|very|such|a bit|a little|pretty|super) ){0,2}(?:out of line|out of order|wrong to|rude|unfair|a jerk|an idiot|an ass|a dick|an asshole|harsh|insensitive|selfish|thoughtless|careless|mean|cruel|inconsiderate|disrespectful|dismissive|condescending|in the wrong|sulky|snappy|short with you|a bad friend|a terrible friend|out of my mind|unreasonable|defensive|petty|hurtful|childish)\b/g;
export const SHOULD_HAVE =
  /\b(?:i|we) (?:(?:uh|um|really|probably|definitely|honestly|truly|clearly|obviously|totally|absolutely) ){0,2}(?:should(?:n't| not| never)? have|should've|shouldve|shouldn't've|should never've)\b/g;
export const DIDNT_MEAN_TO = /\b(?:didn't|didnt|did not|never) (?:really |ever )?(?:mean|meant|intend|intended) (?:to|it)\b/g;
export const DIDNT_THINK_THROUGH = /\b(?:didn't|didnt|did not|wasn't|wasnt|was not) think(?:ing)? (?:it|that|this)(?: one)? through\b/g;
export const MESSED_UP =
  /\bi(?:'ve| have)? (?:really |totally |completely |kind of |kinda )?(?:messed|screwed|fucked|effed|cocked|stuffed) (?:up|it up|this up|that up|things up)\b|\bi (?:blew it|dropped the ball)\b|\bi(?:'ve| have)? let (?:you|u|everyone|everybody|the team|them|you all|you guys|y'all) down\b|\bi(?:'ve| have)? (?:fallen|fell) short\b/g;
export const NOT_A_GOOD_FRIEND =
  /\bi (?:haven't|havent|have not) been (?:a |the |very |much of a )?(?:good|great|the best|fair|kind|there for you|honest|present|supportive)\b|\bi (?:wasn't|wasnt|was not) there for (?:you|u)\b/g;
export const FEEL_BAD =
  /\bi (?:(?:really|truly|just|still|honestly) )?(?:feel|felt) (?:(?:so|really|very|truly|just|pretty|kinda|super|absolutely|terribly|incredibly|extremely|genuinely) ){0,2}(?:bad|terrible|awful|horrible|guilty|sick|dreadful|ashamed|embarrassed|rotten|lousy|horrid)(?: about| that| for (?:what|how|the way|being|not|my|missing|forgetting|letting|making|leaving|saying|doing|yelling|snapping|lying)\b)/g;
export const HATE_THAT_I = /\bi hate (?:that|how|the way|what) i\b/g;
export const ASHAMED = /\bi(?:'m| am|m) (?:so |really |very |truly |deeply |a bit |kind of )?(?:ashamed|embarrassed|mortified|gutted)\b/g;
export const OWE_APOLOGY = /\b(?:i|we) (?:(?:really|definitely|probably|totally|still) )?owe [a-z']+(?: all| guys)? (?:an|a big|a huge|my|our|an enormous) apolog(?:y|ies)\b/g;
export const ASK_FORGIVENESS =
  /\b(?:ask(?:ing)?|beg(?:ging)?|seek(?:ing)?|request(?:ing)?|hope for|pray for|like|love|want|need) (?:for )?(?:your |their |his |her |god's )?forgiveness\b|\b(?:hope|pray) (?:that )?(?:you|u) (?:can|could|will|would|'ll)? ?(?:someday |one day |eventually |ever )?forgive (?:me|us)\b/g;
export const EXPRESS_REGRET = /\b(?:express|offer|extend|convey|send)(?:ing)? (?:my |our )?(?:sincere |sincerest |deep |deepest |profound |heartfelt |genuine )?regrets?\b/g;
export const I_REGRET =
  /\b(?:i|we) (?:(?:deeply|really|truly|sincerely|greatly|genuinely|bitterly|so) )?regret (?:that|my|our|what|how|having|saying|doing|not|any|the way|ever|hurting|missing|the (?:inconvenience|offen[cs]e|error|mistake|confusion|trouble|hurt|pain|harm|delay|remark|comment|words))\b/g;
export const WONT_HAPPEN_AGAIN =
  /\b(?:won't|wont|will not|will never|never going to|not going to|isn't going to|never) (?:ever |let (?:that|it|this) )?(?:happen|do (?:that|it|this)|say (?:that|it|this)) (?:ever )?again\b/g;
/** First-person past acts that can wrong someone: an apology only together with another cue. */
export const ADMITTED_ACT =
  /\b(?:i|we) (?:(?:completely|totally|just|really|accidentally|stupidly|basically|kind of|kinda|then|also) ){0,2}(?:forgot|missed|blanked|no-showed|noshowed|ghosted|bailed|flaked|cancell?ed on|double-booked|overslept|broke|ruined|spilled|lost your|deleted|misread|misunderstood|misspoke|snapped|yelled|shouted|lied|ignored|dismissed|interrupted|embarrassed|hurt|upset|disappointed|stood you up|blew up|took it out on|dropped|invoiced|charged|overcharged|double-charged|forwarded|read your|told (?:him|her|them|everyone|[a-z]+) about|gave you the wrong|sent (?:you )?the wrong|underestimated|overlooked|neglected|made a mistake|made a mess|screwed|messed)\b/g;
export const I_WAS_WRONG = /\bi was (?:so |totally |completely |dead )?wrong\b/g;
export const NOT_FAIR = /\b(?:that|it|this|which) (?:wasn't|wasnt|was not|isn't|isnt|is not) (?:fair|okay|ok|right|cool|kind|nice|acceptable|fair to you|fair of me)\b|\bit was wrong\b/g;

// ── Apology words checked in context by the detector ────────────────────────────────────────
export const SORRY_WORD = /^(?:sorr+y+|sry|srry|soz|sowwy|sorryy+)$/;
export const APOLOGY_WORD = /^apolog(?:i[sz]e|i[sz]es|i[sz]ed|i[sz]ing|ies|y|etic|etics|etically)$/;
export const NUMBER_WORD =
  /^(?:[0-9][0-9a-z]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|first|second|third|half)$/;
/** After "sorry if": doubts about the writer's own question or knowledge, not an offence. */
export const HEDGE_AFTER_IF =
  /^(?:this|it|that|my question|the question)(?:'s| is| was| has| sounds| seems)? ?(?:already |been |a |an |really |very |kind of |too |such a )*(?:dumb|stupid|silly|basic|obvious|naive|noob|newbie|simple|trivial|elementary|off-topic|off topic|wrong place|wrong forum|asked|answered|posted|covered|discussed|mentioned|question|repost|duplicate)\b|^i(?:'m| am|m|'ve| have)? (?:(?:just|totally|completely) )?(?:wrong|mistaken|missing something|missed something|misunderstood|misread|misreading|misunderstanding|confused|being dense|being stupid|overlooking)\b|^(?:my )?english\b/;
/** After "forgive me"/"excuse me" these are hedges or politeness, not apologies. */
export const HEDGE_AFTER_FORGIVE =
  /^(?:, ?)?(?:for asking|for saying|for being (?:blunt|dense|nosy|pedantic|direct)|for my ignorance|but\b|while\b)/;
export const FORGIVE_RITUAL_OBJECT =
  /^(?:the|my|this|our|any) (?:(?:late|slow|long|short|delayed|brief|quick|tardy|belated|terse|repeated|double|last-minute|late-night) )?(?:delay|delays|late|lateness|slow|interruption|intrusion|typo|typos|mess|noise|length|brevity|wait|confusion|spam|double|repeated|cross-post|crosspost|reply|response|email|message|post|tardiness|absence|silence|radio silence|formatting|rant|rambling|outburst|error|mistake|disturbance|inconvenience|short notice|long email|late reply|late response|interrupt)\b/;

// ── Sympathy and condolence context for a bare "I'm so sorry" ───────────────────────────────
export const SYMPATHY_CONTEXT =
  /\b(?:heard about|hear about|just heard|passed away|pass away|passing of|your loss|condolences|rest in peace|rip|funeral|thinking of you|thoughts are with you|sending (?:love|hugs|strength|prayers)|sounds (?:like|awful|rough|hard|terrible|horrible|tough|exhausting|so hard|really hard)|that'?s (?:rough|awful|terrible|the worst|horrible|tough|so hard)|what a (?:rough|tough|terrible|horrible)|hope you feel better|get well|there are no words|hang in there|miscarriage|diagnosis|cancer)\b/;

// ── Components ──────────────────────────────────────────────────────────────────────────────
export const REGRET_CUES = [FEEL_BAD, HATE_THAT_I, ASHAMED, EXPRESS_REGRET, I_REGRET, /\b(?:i )?wish i (?:had|hadn't|had not|could take (?:it|that|back))\b/g];
export const RESPONSIBILITY_CUES = [
  OWN_FAULT,
  ON_ME,
  TAKE_RESPONSIBILITY,
  UNFAIR_OF_ME,
  I_WAS_OUT_OF_LINE,
  SHOULD_HAVE,
  MESSED_UP,
  NOT_A_GOOD_FRIEND,
  ADMITTED_ACT,
  DIDNT_THINK_THROUGH,
  /\bi was wrong (?:to|about what i|for)\b/g,
  /\b(?:how|the way|what) (?:i|we) (?:(?:just|really|have|had|then) )?(?:treated|acted|behaved|spoke|talked|handled|reacted|responded|said|did|wrote|left|ended|spoken|talked|done|put|yelled|shouted)\b/g,
  /\b(?:i|we)(?:'m| am| are|m|'re) (?:the one who|the ones who) (?:should|needs? to|has to|messed|screwed|forgot)\b/g,
  /\b(?:i|we)(?:'m| am|m|'re| are) (?:running|going to be|gonna be|a (?:bit|little)|so|really)? ?(?:late|behind)\b/g,
  /^(?:so |really |very )?(?:sorry,? )?(?:running|gonna be|going to be) (?:about |around |a bit |a little |like |~)?(?:\d+ ?(?:min|mins|minutes|m)? )?late\b/g,
];
export const HARM_CUES = [
  /\bi know (?:that |how |it'?s )?(?:it|this|that|you|i|my|your|how)(?:'[a-z]+)? [a-z]/g,
  /\bi (?:can |could |now )?see (?:now )?(?:that |how )?(?:it'?s|it|this|i|my|you'?re|you were|you've|you have|you felt|you feel|how much)\b(?! (?:at|soon|there|then|later|tomorrow|tonight|next)\b)/g,
  /\b(?:must|might|may|probably|would) (?:have |'ve )?(?:felt|been|hurt|stung|made you|left you|put you|caused you|cost you|embarrassed you|upset you|frustrated you)\b/g,
  /\b(?:hurt|hurting|upset|upsetting|embarrass|embarrassed|humiliate|humiliated|disappoint|disappointed|scare|scared|worry|worried|frustrate|frustrated|stress|stressed|expose|exposed|betray|betrayed|insult|insulted|offend|offended|confuse|confused|inconvenienced|blindsided) (?:you|u|her|him|them|everyone|your|ur)\b|\blet (?:you|u|her|him|them|everyone) down\b/g,
  /\b(?:broke|broken|hurt|damaged|lost|betrayed|violated|undermined|breached|shook|shaken) (?:your|our|the|ur) (?:trust|confidence|faith|privacy|feelings)\b|\bviolation of (?:your|ur) \w+\b/g,
  /\b(?:put|left|leave|leaving|puts) you (?:in|with|stalling|hanging|stuck|alone|out|scrambling|on the spot)\b/g,
  /\b(?:a lot|too much|unfair|not fair|hard) (?:to dump )?on you\b/g,
  /\byou(?:'re| are| were| have been|'ve been) (?:right|entitled|justified|allowed) to be\b/g,
  /\b(?:cost|costs|wasted) (?:you|your|u|ur)\b|\bruined (?:your|the|our|ur)\b|\b(?:stung|hurtful|humiliating|exposing)\b/g,
  /\bhow (?:much|badly|hard) (?:that|this|it|i) (?:hurt|affected|upset|stung|made)\b/g,
];
export const EXPLANATION_CUES = [
  /\bbecause\b|\bcuz\b|\bsince i\b/g,
  /\b(?:i|we) (?:was|were|had been|have been|'ve been|'d been) (?:(?:just|really|so|completely|totally) )?(?:out of (?:the )?office|ooo|sick|ill|away|travell?ing|swamped|slammed|buried|busy|stuck|off|on leave|on holiday|on vacation|in meetings|upset|stressed|exhausted|overwhelmed|tired|distracted|confused|thrown off|in a rush|rushing|hungry|angry|frustrated)\b/g,
  /\b(?:got|was|been|were) (?:pulled|caught|held|tied|stuck|dragged|sidetracked|swamped|delayed) (?:into|up|in|on|with)?\b/g,
  /\b(?:i|we) (?:(?:just|completely|totally) )?(?:assumed|thought|misread|misunderstood|underestimated|didn't reali[sz]e|didnt reali[sz]e|did not reali[sz]e|didn't know|didnt know|did not know|didn't see|confused|mixed up|got confused|got mixed up|misremembered)\b/g,
  /\b(?:things|it|life|work|the week|today)(?:'ve| have|'s| has) been (?:a lot|crazy|hectic|insane|busy|chaotic|mad|rough|nuts|wild|intense|a mess)\b/g,
  /\b(?:bus|train|car|flight|tube|subway|metro|alarm|phone|laptop|internet|wifi) (?:broke down|was late|was delayed|got delayed|died|was cancell?ed|didn't go off)\b|\b(?:ran|running) (?:over|long)\b|\bacting up\b|\b(?:family |medical )?emergenc(?:y|ies)\b|\b(?:doctor|dentist|doctor's|dentist's) appointment\b|\btraffic\b/g,
  /\bmy (?:knee|back|phone|laptop|internet|wifi|car|train|flight|bus|battery|alarm|computer|kid|son|daughter|dog) (?:was|were|died|broke|is|has been|acting|ran|crashed|stopped|got|didn't|wasnt|wasn't)\b/g,
];
/** A future or present-perfect first-person act that remedies something. */
export const REPAIR_ACTION =
  /\b(?:i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna|let me|i can|i'd like to|i want to|we'll|we will|i'll be sure to|i'm about to)(?: (?:actually|happily|gladly|definitely|personally|also|still|just|immediately|first|now|totally|obviously|make sure to))? (?:fix|make|redo|resend|re-send|send|cover|pay|refund|replace|call|talk to|apologi[sz]e|say|take|get|book|buy|bring|treat|sort|handle|do|update|correct|clean|return|reschedule|set|come|drive|pick|help|find|put|check|organi[sz]e|rebook|move|give|owe|tell|explain|speak|reach out|clear|tidy|walk you|repay|reimburse|cook|order|fetch)\b/g;
export const REPAIR_CUES = [
  /\b(?:i've|ive|i have|we've|we have|i just|i already|we just|we already) (?:(?:just|already|now|also) )?(?:voided|refunded|fixed|updated|corrected|resent|re-sent|removed|deleted|cancell?ed|rebooked|booked|submitted|blocked|asked|reached out|added|credited|replaced|reverted|restored|taken (?:those|them|it|the)|moved|rescheduled|sorted|paid|ordered|issued|arranged|contacted|emailed|called|apologi[sz]ed to|told)\b/g,
  /\b(?:anything|something) (?:i|we) (?:can|could) do\b|\bwhat (?:can|could) i do\b|\bhow (?:can|could|do|should) i (?:make|fix)\b|\bmake (?:it|this|that) (?:up to you|right|better)\b|\bmake up for\b|\bmy treat\b|\b(?:treat|drinks?|dinner|lunch|coffee|chocolate|pizza|breakfast|beers?|round|tab|bill|next one)(?:'s| is| are) on me\b/g,
  /\b(?:updated|corrected|revised|fixed|new) \w+ (?:attached|below|here|enclosed)\b|\(attached\)/g,
  /\b(?:doing|booking|fixing|sending|sorting|cleaning|resending|redoing|handling|replacing|paying|calling|ordering|finding|getting|returning|bringing) (?:(?:it|them|this|that|you|one|those|these) )?(?:now|tonight|today|right away|asap|first thing|this afternoon|tomorrow|straight away)\b/g,
  /\b(?:you|u) (?:choose|pick|decide) (?:tonight|this time|next|the)\b|\bgive me \d+ ?(?:min|mins|minutes|sec|secs|seconds|hours?)\b/g,
  /\b(?:can|could|shall|should) we (?:move|reschedule|push|shift|rebook|meet|do it|redo)\b/g,
  /\bi'?m (?:cooking|buying|paying|driving|covering)\b|\b(?:will|'ll) (?:get to|get on|look at|finish|resend|fix)\b/g,
  /\b(?:a |full |partial )?(?:refund|refunded|reimburse\w*|replacement|store credit)\b|\b\d+% (?:code|credit|discount|off)\b/g,
  /\bcoming (?:round|over|by) (?:to|after|later|tomorrow|tonight)\b|\bsay sorry (?:himself|herself|themselves|in person)\b/g,
  /\bmeant [a-z0-9]+(?: [a-z0-9]+){0,4}, not\b|\b(?:is|it's|its) (?:definitely|actually) (?:on|at|in)\b|\bshould (?:say|read|have said)\b/g,
];
/** Marks a promised act as a change for the future rather than a one-off repair. */
export const COMMITMENT_MARKER =
  /\b(?:from now on|going forward|moving forward|in (?:the )?future|next time|promise|promised|again|always|never|every time|from here on|anymore|any more|do better|be better|try harder|be more|make sure|work on|stick to|keep (?:my|to)|set (?:a|an) (?:alarm|reminder)|setting (?:a|an) (?:alarm|reminder)|change|won't|wont)\b/;
export const COMMITMENT_CUES = [
  WONT_HAPPEN_AGAIN,
  /\b(?:from now on|going forward|moving forward|in (?:the )?future|next time|from here on)\b/g,
  /\bi (?:promise|swear)\b|\bpromise\b/g,
  /\b(?:i|i'll|ill|i will|i want to|i'm going to|im going to|i am going to|i'm gonna) (?:(?:really|actually|definitely|truly) )?(?:do better|be better|try harder|be more|make sure|work on|change|stop|start|always|never|keep|stick to|remember|set (?:a|an) (?:alarm|reminder))\b/g,
  /\bi'?m (?:setting|going to set) (?:a|an) (?:alarm|reminder)\b/g,
];
export const FORGIVENESS_CUES = [
  ASK_FORGIVENESS,
  /\b(?:please |can you |could you |will you |would you |hope you can |hope you'll |pls |plz )?forgive (?:me|us)\b/g,
  /\b(?:forgive|pardon|excuse) (?:the|my|this|our) (?:(?:late|slow|long|short|delayed|brief|repeated|double) )?(?:delay|delays|interruption|intrusion|typo|typos|mess|noise|length|brevity|wait|confusion|spam|reply|response|email|message|tardiness|absence|silence|formatting|rant|rambling|outburst|error|mistake|disturbance|inconvenience|notice)\b/g,
  /\bforgiveness\b/g,
];

// ── Deflections ─────────────────────────────────────────────────────────────────────────────
export const CONDITIONAL =
  /\bif (?:i|we) (?:have |'ve |ever |may have |might have )?(?:offended|upset|hurt|caused|gave|given|did anything|said anything|did something|came across|come across|crossed a line|overstepped|was rude)\b|\bif (?:anyone|anybody|you|people|somebody|someone|any of you) (?:was|were|felt|feels|took|found|got|has been|have been|is)\b|\bto (?:anyone|anybody|those|whoever) (?:who )?(?:was|were|felt|may have|might have|took|is)\b|\b(?:may|might|could) have (?:caused|given|offended|hurt|upset)\b/g;
export const FEELINGS =
  /\b(?:misconstrued|misinterpreted|taken the wrong way|took (?:it|this|that|what i said|my \w+) the wrong way|(?:too|so|overly) sensitive|oversensitive|can't take a joke|cant take a joke)\b|\bif you (?:felt|feel|were|are|got) (?:offended|hurt|upset|that way|bad|slighted|disrespected|attacked|insulted)\b/g;
export const BUT_AFTER_APOLOGY =
  /^,? ?(?:you|your|u|ur|you're|youre|it was (?:just|only)|it's (?:just|only)|i was (?:just|only)|in my defen[cs]e|to be fair|honestly,? you|if you|at least|come on|seriously|let's be honest|that's (?:just|how)|it's not like|what did you expect|you also|you were|you started|you should|you need|you have to|you know|i had no choice|i had to)\b/;
export const PASSIVE =
  /\b(?:mistakes?|errors?|decisions?|things|words|comments?|remarks?|offen[cs]es?|harm|damage|calls?|choices?|missteps?) (?:(?:sometimes|unfortunately|clearly|certainly|obviously|simply) )?(?:were|was|have been|has been|had been|got|get|have to be|had to be|may have been|might have been|are|is|will be) (?:(?:sometimes|unfortunately|clearly|certainly|obviously|simply) )?(?:made|said|done|caused|taken|handled|given|dropped|missed)\b/g;
export const VAGUE =
  /\b(?:whatever|anything|everything) (?:i|it is i|it was i|that i) (?:did|said|may have|might have|have done|'ve done|did or said|do)\b|\b(?:sorry|apologi[sz]e|apologies|apology) (?:for|about) (?:everything|it all|all (?:this|that|of this|of it)|whatever|anything)\b|\bfor (?:whatever|anything) (?:happened|went wrong)\b|\bany (?:hurt|offen[cs]e|pain|harm|upset) (?:i|that|which|this|my \w+) (?:may|might|could) have\b/g;
export const WHAT_HAPPENED = /\b(?:for|about) what(?:ever)? (?:happened|went on|went down)\b/g;
export const INTENT =
  /\b(?:never|didn't|didnt|did not|wasn't|wasnt|was not|not) (?:\w+ )?(?:meant|mean|intended|intend|intending|my intention|the intention|trying to (?:hurt|upset|offend))\b|\b(?:no|wasn't|wasnt|was not|not) (?:my |the |our )?intention\b|\bno (?:offen[cs]e|harm|malice) (?:was |is )?(?:meant|intended)\b|\bi was (?:only|just) (?:trying|joking|kidding|being honest)\b|\bmeant well\b|\bintentions were good\b/g;
export const MINIMISING =
  /\b(?:(?:just|only) (?:a |an )?(?:joke|joking|kidding|teasing|banter|bit of fun|messing around)|it was a joke|(?:such|so) (?:a )?big (?:of a )?deal|(?:isn't|wasn't|isnt|wasnt|not|no) (?:that |such a |a )?big (?:of a )?deal|out of proportion|overreact\w*|over-react\w*|(?:too|so|overly) sensitive|oversensitive|(?:calm|settle) down|lighten up|can't take a joke|cant take a joke|it's not like|it isn't like|not that bad|no harm done|making (?:a |such a )?(?:big )?(?:deal|drama|scene) (?:out of|about))\b/g;
export const MOVE_ON =
  /\b(?:can|could|shall) we (?:just |please |now )?(?:move on|drop (?:it|this)|forget (?:about )?(?:it|this)|get past (?:it|this)|let (?:it|this) go|put (?:it|this) behind us|stop (?:talking|fighting) about)|\blet'?s (?:just |all |now )?(?:move on|move forward|move past|drop (?:it|this)|forget (?:about )?(?:it|this)|put (?:it|this) behind us|not dwell|focus on)|\b(?:get over it|let it go|drop it)\b|\bi(?:'ve| have)? (?:already |literally )?said (?:i'm |im |i am )?sorry\b|\bhow many (?:more )?times do i have to\b|\bwhat (?:more|else) do you want\b|\bare we (?:good|ok|okay|cool) now\b/g;

// ── Weight ──────────────────────────────────────────────────────────────────────────────────
/** Small impositions that make an apology ritual. */
export const LIGHT_OFFENCE =
  /\b(?:late|delay|delays|delayed|slow|reply|replying|response|responding|getting back|get back|wait|waiting|typo|typos|interrupt\w*|bother\w*|disturb\w*|trouble|inconvenience|confusion|ambiguity|short notice|long (?:email|message|post|mail)|spam\w*|ping\w*|radio silence|silence|double-booked|noise|overlap\w*|cut you off|that person|missed (?:your|the) call|missed standup|missed the meeting|wrong (?:link|file|attachment|number|thread|channel|chat|group|person|address|name|email|doc)|repost|duplicate|bad timing|one second|one sec|hold on|just a sec|pardon|excuse|intrusion|formatting|ramble|rambling|tangent|wall of text|dumb question|the mix-up|mix-up|mixup|double post|cross-?post|multiple emails|so many messages|in advance)\b/;
/** Hurts and betrayals: the apology needs a real repair. */
export const SERIOUS_OFFENCE =
  /\b(?:hurt|hurting|hurtful|upset|upsetting|yell\w*|shout\w*|snap(?:ped)? at|scream\w*|cruel|rude|mean to|lied|lying|lie to|cheat\w*|betray\w*|trust|disrespect\w*|unfair|out of line|disappoint\w*|let you down|embarrass\w*|humiliat\w*|birthday|anniversary|recital|wedding|forgot (?:you|about you|to pick|to call|to come)|stood you up|ghost\w*|ignored you|what i said|the way i|how i acted|how i treated|how i behaved|my behaviou?r|behaved|outburst|angry|mad at|fight|argument|love you|forgive me|forgiveness|diary|privacy|can we talk|i was wrong|offen[cs]\w*|insensitive|cruel|harsh|inappropriate|unacceptable|racist|sexist|abuse\w*|harass\w*|promise|broke your|violation|awful|terrible|horrible|jerk|selfish|hate that i|feel (?:so )?bad|out of order)\b/;
