/**
 * Every regular expression of the analysis lives here, so the ReDoS test checks them all.
 * They run on normalised text (lower-case ASCII, straight quotes, '-' for long dashes), so none
 * needs the `i` flag. Gaps are bounded and alternatives are disjoint words: matching stays linear.
 * Global (`g`) patterns are only run through `eachMatch` (text.ts), `search` or `replace`, which
 * leave them as they were. Word lists shared by several patterns are spelled once (bundle size).
 */
const g = (source: string): RegExp => new RegExp(source, 'g');

// ── Shared vocabulary ───────────────────────────────────────────────────────────────────────
/** Up to two softeners between words: "I was (really) (so) rude". */
const ADV = '(?:(?:really|so|truly|just|totally|completely|very|honestly|kinda|a bit|way|being) ){0,2}';
const BAD =
  'rude|unfair|selfish|thoughtless|careless|insensitive|mean|cruel|inconsiderate|disrespectful|harsh|hurtful|petty|childish|stupid|unkind|uncalled for|out of line|dismissive|condescending|unreasonable';
const HURT_VERB = 'hurt|upset|embarrass(?:ed)?|humiliated?|disappoint(?:ed)?|scared|worried|stressed|betrayed|insulted|offended|blindsided';
const RITUAL_NOUN =
  'delays?|late|slow|interruption|intrusion|typos?|mess|noise|length|wait|confusion|spam|reply|response|email|message|silence|rant|error|inconvenience|notice|absence';
const ACT_VERB =
  'forgot|missed|blanked|no-?showed|ghosted|bailed|flaked|cancell?ed on|double-booked|broke|ruined|deleted|misread|snapped|yelled|lied|ignored|dismissed|embarrassed|hurt|upset|stood you up|charged|invoiced|forwarded|read your|gave you the wrong|sent (?:you )?the wrong|underestimated|screwed|messed';
const I_WE = '\\b(?:i|we)';
const WILL = "(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna|let me|i can|i'd like to|i want to|we'?ll|we will)";

// Normalisation, tokens and the writer's own text live in reading-patterns.ts: the gate bundles them alone.
export * from './reading-patterns';

// ── Addressee ───────────────────────────────────────────────────────────────────────────────
export const GREETING = /^[ \t\n]*(?:hi|hey|hello|dear|good (?:morning|afternoon|evening))[ \t,]+/;
export const NAME_WORD = /^[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'\u2019-]*\.?/;

// ── Apologies that do not use the word "sorry" ──────────────────────────────────────────────
/** "my bad", "my fault", "our mistake"; checked for a following noun ("my bad aim") in code. */
export const OWN_FAULT = /\b(?:my|our) (?:own )?(?:bad|fault|mistake|error|oversight|screw-?up|mess-?up)\b/g;
export const ON_ME = /\b(?:that|this|it|that one|thats|its)(?:'s| is| was)? (?:all |totally |entirely )?on (?:me|us)\b/g;
export const TAKE_RESPONSIBILITY = g(`${I_WE} (?:take|accept|own) (?:full |all )?(?:responsibility|the blame)\\b|\\bi'?m (?:the one )?to blame\\b`);
export const UNFAIR_OF_ME = g(`\\b(?:${BAD}|wrong) of me\\b`);
export const I_WAS_OUT_OF_LINE =
  g(`\\bi was ${ADV}(?:${BAD}|out of order|wrong to|a jerk|an idiot|in the wrong|short with you)\\b`);
export const SHOULD_HAVE = g(`${I_WE} (?:(?:uh|um|really|probably|definitely|honestly|clearly) ){0,2}(?:should(?:n't| not| never)? have|should'?ve|shouldn't've)\\b`);
export const DIDNT_MEAN_TO = /\b(?:didn'?t|did not|never) (?:really )?(?:mean|meant|intend|intended) (?:to|it)\b/g;
export const DIDNT_THINK_THROUGH = /\b(?:didn'?t|did not) think (?:it|that|this)(?: one)? through\b/g;
export const MESSED_UP =
  /\bi(?:'ve| have)? (?:really |totally )?(?:messed|screwed|fucked) (?:up|it up)\b|\bi (?:blew it|dropped the ball)\b|\bi(?:'ve| have)? let (?:you|u|everyone|them|you all) down\b|\bi(?:'ve| have)? (?:fallen|fell) short\b/g;
export const NOT_A_GOOD_FRIEND =
  /\bi (?:haven'?t|have not) been (?:a |the |very )?(?:good|great|the best|fair|there for you)\b|\bi (?:wasn'?t|was not) there for (?:you|u)\b/g;
export const FEEL_BAD = g(
  `\\bi (?:(?:really|truly|just|still) )?(?:feel|felt) ${ADV}(?:bad|terrible|awful|horrible|guilty|sick|ashamed|embarrassed|rotten|lousy)(?: about| that| for (?:what|how|the way|being|not|my|[a-z]+ing)\\b)`,
);
export const HATE_THAT_I = /\bi hate (?:that|how|the way|what) i\b/g;
export const ASHAMED = /\bi(?:'m| am|m) (?:so |really |very |deeply )?(?:ashamed|embarrassed|mortified)\b/g;
export const OWE_APOLOGY = g(`${I_WE} (?:(?:really|definitely|probably|totally|still) )?owe [a-z']+(?: all| guys)? (?:an|a big|a huge|my|our) apolog(?:y|ies)\\b`);
export const ASK_FORGIVENESS =
  /\b(?:ask(?:ing)?|beg(?:ging)?|seek(?:ing)?|hope for|like|want) (?:for )?(?:your |their |his |her )?forgiveness\b|\b(?:hope|pray) (?:that )?(?:you|u) (?:can|could|will|'ll)? ?(?:ever )?forgive (?:me|us)\b/g;
export const EXPRESS_REGRET =
  /\b(?:express|offer)(?:ing)? (?:my |our )?(?:sincere |deep |deepest |profound )?regrets?\b/g;
export const I_REGRET =
  g(`${I_WE} (?:(?:deeply|really|truly|sincerely|so) )?regret (?:that|my|our|what|how|having|saying|doing|not|any|the way|hurting|the (?:inconvenience|offen[cs]e|error|mistake|confusion|delay))\\b`);
export const WONT_HAPPEN_AGAIN =
  /\b(?:won'?t|will not|will never|never going to|not going to|never) (?:ever |let (?:that|it|this) )?(?:happen|do (?:that|it|this)|say (?:that|it|this)) (?:ever )?again\b/g;
/** First-person past acts that can wrong someone: an apology only together with another cue. */
export const ADMITTED_ACT = g(`${I_WE} (?:(?:completely|totally|just|really|accidentally|stupidly|kinda|then|also) ){0,2}(?:${ACT_VERB})\\b`);
export const I_WAS_WRONG = /\bi was (?:so |totally |completely |dead )?wrong\b/g;
export const NOT_FAIR = /\b(?:that|it|this|which) (?:wasn'?t|was not|isn'?t|is not) (?:fair|okay|ok|right|cool|kind|nice|acceptable)\b|\bit was wrong\b/g;

// ── Apology words checked in context by the detector ────────────────────────────────────────
/** Any apology word at all: when the rules read one and found no apology in it, they vetoed it. */
export const APOLOGY_STEM = /\b(?:sorr|sry|srry|soz|apolog|forgiv|pardon|excuse)/;
export const SORRY_WORD = /^(?:sorr+y+|sry|srry|soz|sowwy)$/;
export const APOLOGY_WORD = /^apolog(?:i[sz](?:e|es|ed|ing)|ies|y|etic|etics|etically)$/;
export const NUMBER_WORD = /^(?:[0-9]+[a-z]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|first|second|third)$/;
/** "My mistake, …", "my bad!": the owning words said on their own, to the reader ("my mistake was…" is a subject). */
export const OWNING_INTERJECTION = /^(?:my|our) (?:bad|fault|mistake|error|oversight)$/;
export const ENDS_INTERJECTION = /^ *(?:[,!.:;]|[-\u2013\u2014]|$)/;
/** After "sorry if": doubts about the writer's own question or knowledge, not an offence. */
export const HEDGE_AFTER_IF =
  /^(?:this|it|that|my question)(?:'s| is| was| has)? ?(?:already |been |a |an |really ){0,3}(?:dumb|stupid|silly|basic|obvious|naive|noob|asked|answered|posted|question)\b|^i(?:'m| am|m|'ve| have)? (?:just )?(?:wrong|mistaken|missing something|missed (?:something|it|this|that)|misunderstood)\b/;
/** After "forgive me"/"excuse me" these are hedges or politeness, not apologies. */
export const HEDGE_AFTER_FORGIVE =
  /^(?:, ?)?(?:for (?:asking|saying|being blunt|my ignorance)|but\b)/;
export const FORGIVE_RITUAL_OBJECT = new RegExp(`^(?:the|my|this|our|any) (?:[a-z'-]+ ){0,2}(?:${RITUAL_NOUN})\\b`);
/**
 * "please excuse the …" opening a sentence: the formula, whatever the imposition is called. Not "my": "excuse my
 * ignorance", "pardon my French" are hedges (with "my", only the impositions of RITUAL_NOUN count).
 */
export const RITUAL_DETERMINER = /^(?:the|this|these|our)\b/;
/** A request to hear it again, spoken without a question mark: "sorry say again", "sorry what did you say". */
export const PARDON_REQUEST =
  /^(?:what (?:did (?:you|u|he|she|they) say|was that|do you mean)\b|what *$|(?:can you |could you )?say (?:that |it )?again\b|come again\b|pardon\b|huh\b|repeat that\b)/;
/** What a grudging apology asks back: "fine, I'm sorry, are you happy now?". */
export const GRUDGING_QUESTION = /^(?:are (?:you|u) |r u )?(?:happy|satisfied|pleased) now\b|^(?:is that|that's) what (?:you|u) want(?:ed)?\b/;
/** Giving way after asking whose place or turn it is: "go ahead", "I'll move", "after you". */
export const YIELDING = /^\s*(?:(?:oh|ok|okay|um|uh),? )?(?:go ahead|after you|you go first|all yours|(?:i'?ll|let me|i will) (?:move|get out of your way|shift|scoot))\b/;
/** Who a "sorry for" pities rather than apologises to: "sorry for the poor guy who…", "sorry for whoever…". */
export const PITIED = /^(?:(?:the|that|those|this|these) )?poor\b|^(?:whoever|whomever|anyone who|anybody who)\b/;

// ── Sympathy and condolence context for a bare "I'm so sorry" ───────────────────────────────
export const SYMPATHY_CONTEXT =
  /\b(?:heard about|hear about|passed away|your loss|condolences|rest in peace|funeral|thinking of you|sounds (?:like|awful|rough|hard|terrible)|that'?s (?:rough|awful|the worst)|feel better|get well|miscarriage|diagnosis)\b/;

// ── Components ──────────────────────────────────────────────────────────────────────────────
export const REGRET_CUES = [FEEL_BAD, HATE_THAT_I, ASHAMED, EXPRESS_REGRET, I_REGRET];
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
  g(`\\b(?:how|the way|what) (?:i|we) (?:treated|acted|behaved|spoke|talked|handled|reacted|said|did)\\b|${I_WE}'?(?:m| am|re| are) (?:the one who|running late|late)\\b`),
  /^(?:so |really )?(?:sorry,? )?running (?:about |a bit |like )?(?:\d+ ?(?:min|mins|minutes)? )?late\b/g,
];
export const HARM_CUES = [
  /\bi know (?:that |how |it'?s )?(?:it|this|that|you|i|my|your|how)(?:'[a-z]+)? [a-z]/g,
  /\bi (?:can )?see (?:that |how )?(?:it'?s|it|i|you'?re|you were|how much) [a-z]/g,
  /\b(?:must|might|probably) (?:have |'ve )?(?:felt|been|hurt|stung|made you|left you|put you|cost you)\b/g,
  g(`\\b(?:${HURT_VERB}) (?:you|u|her|him|them|your)\\b|\\blet (?:you|u|her|him|them) down\\b`),
  /\b(?:broke|hurt|damaged|lost|betrayed|violated) (?:your|our) (?:trust|confidence|privacy|feelings)\b|\bviolation of your\b/g,
  /\b(?:put|left) you (?:in|with|stalling|hanging|stuck)\b|\b(?:a lot|too much) (?:to dump )?on you\b|\byou(?:'re| are| were) right to be\b|\bruined (?:your|the|our)\b|\b(?:stung|hurtful|exposing)\b/g,
];
export const EXPLANATION_CUES = [
  g(`\\bbecause\\b|\\bsince i\\b|${I_WE} (?:was|were|had been|'ve been) (?:(?:just|really|so) )?(?:out of (?:the )?office|ooo|sick|ill|away|travell?ing|swamped|busy|stuck|off|on (?:leave|holiday|vacation)|upset|stressed|exhausted|overwhelmed|tired|confused)\\b`),
  g(`\\b(?:got|was|been) (?:pulled|caught|held|tied|stuck) (?:into|up|in)\\b|${I_WE} (?:just )?(?:assumed|thought|misread|misunderstood|underestimated|didn'?t (?:reali[sz]e|know|see)|mixed up|got confused)\\b`),
  /\b(?:things|work)(?:'ve| have) been (?:a lot|crazy|hectic)\b|\b(?:bus|train|car|phone|knee) (?:broke down|died|was acting up)\b|\bran over\b|\bemergency\b|\bappointment\b|\btraffic\b/g,
];
/** A future first-person act that remedies something. */
export const REPAIR_ACTION =
  g(`\\b${WILL}(?: (?:actually|also|just|first|now))? (?:fix|make|redo|resend|send|cover|pay|refund|replace|call|talk to|apologi[sz]e|say|take|get|book|buy|bring|treat|sort|do|clean|reschedule|pick|help|find|cook)\\b`);
export const REPAIR_CUES = [
  g(`\\b(?:i'?ve|i have|we'?ve|we have|i just|i already) (?:(?:just|already|now|also) )?(?:voided|refunded|fixed|updated|corrected|re-?sent|removed|deleted|cancell?ed|rebooked|booked|submitted|blocked|asked|added|credited|replaced|moved|rescheduled|sorted|paid|ordered|told)\\b`),
  /\b(?:anything|something) (?:i|we) can do\b|\bwhat can i do\b|\bhow (?:can|could) i make\b|\bmake (?:it|this) (?:up to you|right)\b|\bmake up for\b|\bmy treat\b|\b(?:treat|drinks?|dinner|lunch|coffee|chocolate|round)(?:'s| is| are) on me\b/g,
  /\(attached\)|\b(?:updated|new|revised) [a-z]+ attached\b|\b(?:doing|booking|fixing|sending|paying|getting) (?:(?:it|them|this) )?(?:now|tonight|today|asap|tomorrow)\b/g,
  /\bgive me \d+ ?min\w*|\b(?:can|could) we (?:move|reschedule)\b|\b(?:will|'ll) get to\b|\brefund(?:ed)?\b|\bmeant [a-z0-9]+(?: [a-z0-9]+){0,4}, not\b/g,
];
/** Marks a promised act as a change for the future rather than a one-off repair. */
export const COMMITMENT_MARKER =
  /\b(?:from now on|going forward|in (?:the )?future|next time|promised?|again|always|never|anymore|do better|be more|make sure|stick to|set(?:ting)? (?:a|an) (?:alarm|reminder)|change|won'?t)\b/;
export const COMMITMENT_CUES = [
  WONT_HAPPEN_AGAIN,
  /\b(?:from now on|going forward|moving forward|in (?:the )?future|next time)\b|\bpromise\b/g,
  g(`\\b${WILL} (?:really )?(?:do better|be better|try harder|be more|make sure|work on|change|stop|stick to)\\b|\\bi'?m setting (?:a|an) (?:alarm|reminder)\\b`),
];
export const FORGIVENESS_CUES = [ASK_FORGIVENESS, /\b(?:forgive (?:me|us)|forgiveness)\b/g];

// ── Deflections ─────────────────────────────────────────────────────────────────────────────
export const CONDITIONAL =
  /\bif (?:i|we) (?:have |'ve )?(?:offended|upset|hurt|caused|did anything|said anything)\b|\bif (?:anyone|anybody|you|people|someone) (?:was|were|felt|took|got)\b|\bto (?:anyone|those|whoever) who (?:was|were|felt)\b|\b(?:may|might) have (?:caused|offended|hurt|upset)\b/g;
export const FEELINGS =
  /\b(?:misconstrued|misinterpreted|took (?:it|this|that) the wrong way|too sensitive|can'?t take a joke)\b|\bif you (?:felt|feel|were|are|got) (?:offended|hurt|upset|that way|bad)\b/g;
export const BUT_AFTER_APOLOGY =
  /^,? ?(?:(?:honestly|frankly|seriously),? )?(?:you|your|u|you'?re|it was (?:just|only)|i was (?:just|only)|in my defen[cs]e|to be fair|if you|at least|come on|that's (?:just|how)|i had to)\b/;
export const PASSIVE =
  /\b(?:mistakes?|errors?|decisions?|things|words|comments?) (?:(?:sometimes|unfortunately) )?(?:were|was|have been|has been|got|have to be|had to be) (?:made|said|done|taken|handled)\b/g;
/**
 * A thing that "got lost" or "got broken" with no one doing it: the guide's "the keys got lost". Naming the doer right
 * after it ("got knocked over, by me") answers it.
 */
export const GOT_PASSIVE =
  /\b(?:the|your|ur|our|his|her|their) (?:[a-z]+ ){0,2}(?:got|gets|has got|have got) (?:(?:a bit|accidentally|somehow|kind of) )?(?:lost|broken|broke|left|damaged|deleted|wiped|scratched|ruined|binned|thrown out|misplaced|mixed up|knocked over|smashed|cracked|spilled|stained|dented|chipped|shrunk|torn|ripped|finished|spent|eaten|used up|given away|sold)\b(?!,? (?:by|thanks to) (?:me|us)\b)/g;
// Regret for "any" upset names no act (the guide's "regret any miscommunication").
export const VAGUE =
  /\b(?:whatever|anything|everything) (?:i|that i) (?:did|said|may have|might have|'ve done|do)\b|\b(?:sorry|apologi[sz]e|apologies) (?:for|about) (?:everything|it all|whatever|anything)\b|\b(?:sorry|apologi[sz]e|apologies|regret) (?:for |about )?any (?:inconvenience|confusion|miscommunication|misunderstanding|mix-up|upset|distress|frustration|disappointment|concern|worry|stress|trouble|hurt|offen[cs]e|disruption)\b/g;
export const INTENT =
  /\b(?:never|didn'?t|did not|wasn'?t|not) (?:(?!(?:i|you|u|we|they|he|she)\b)[a-z]+ )?(?:meant|mean|intended|intend|intending|my intention|the intention)\b|\bno (?:offen[cs]e|harm) (?:was )?(?:meant|intended)\b|\bi was (?:only|just) (?:trying|joking|kidding)\b|\b(?:wasn'?t|was not|never|didn'?t|did not) (?:even )?(?:trying|try) to\b/g;
// Overreacting and being too sensitive minimise only when said of the reader: "I overreacted" owns the act.
export const MINIMISING =
  /\b(?:(?:just|only) (?:a )?(?:joke|joking|kidding)|it was a joke|(?:such|so) (?:a )?big (?:of a )?deal|(?:not|no) (?:that |such |a )?(?:a )?big (?:of )?(?:a )?deal|out of proportion|no harm done|(?:not|hardly|isn'?t|wasn'?t) the end of the world)\b|(?<!\btold you (?:that )?)\b(?:you'?re|you are|you were|youre|ur|u r|you) (?:(?:being|just|a bit|totally|kind of|way|really) ){0,2}(?:overreact(?:ing|ed)?|(?:too|so|overly) sensitive)\b|\b(?:you'?re|you are|youre|ur|u r) being (?:(?:really|very|so|a bit|a little) )?(?:sensitive|dramatic|touchy)\b|(?<!\bif )\b(?:it'?s|it was|that was) (?:just|only) (?:a|an|for|like|one|two|a few|a couple|up for|some)\b|\b(?:and|but) nothing more\b/g;
/**
 * "it's not like …" after an apology always deflects in the corpus (27 of 27 apologies); what follows says how: "I
 * could help it" or "you asked me properly" is an excuse or blame ("but"), "I did it on purpose" disclaims intent, and
 * "it was urgent" or "they'll send the bailiffs" shrinks the harm.
 */
export const NOT_LIKE_EXCUSE = /\bit'?s not like (?:(?:i|we) (?:could|can|had)|you|u|she|he)\b/g;
export const NOT_LIKE_ON_PURPOSE = /\bit'?s not like (?:i|we) (?:did|meant|do|done) (?:it|this|that) (?:on purpose|deliberately|intentionally)\b/g;
export const NOT_LIKE_SMALL = /\bit'?s not like (?:it|its|it'?s|anyone|anybody|they|there|that|this)\b/g;
/** "That said, …" after the apology opens an excuse or a reassertion, as "but" does (deflections.ts AFTER_APOLOGY). */
export const THAT_SAID = /\b(?:that said|having said that|that being said), ?/g;
export const MOVE_ON =
  /\b(?:can|could) we (?:please )?(?:just )?(?:move on|drop (?:it|this)|forget (?:about )?it)|\b(?:(?:can|could) we (?:please )?(?:just )?|let'?s (?:just )?|hopefully we can (?:just )?)(?:move past|get past|put (?:it|this|that) behind us)\b|\blet'?s (?:just )?(?:move on|move forward|drop (?:it|this)|focus on|forget (?:about )?it)|\b(?:get over it|let it go|drop it)\b|\b(?:can|could) we (?:please )?(?:just )?not (?:bring (?:it|this) up|talk about (?:it|this)|make (?:it|this) a (?:thing|big deal))|\blet'?s (?:just )?not (?:bring (?:it|this) up|talk about (?:it|this)|make (?:it|this) a (?:thing|big deal))/g;
/** A grudging apology (the guide's sarcasm): "I already said sorry", "I've apologised already", "happy now?". */
export const SARCASM =
  /\bi(?:'ve| have)? (?:already |literally )?said (?:i'?m )?sorry\b|\bi(?:'ve| have)? (?:already apologi[sz]ed|apologi[sz]ed already)\b|\bhappy now\b|\bwhat (?:more|else) do (?:you|u) want\b|\b(?:is that|that'?s) what (?:you|u) want(?:ed)? to hear\b|\bsorry (?:for existing|i exist|for breathing|for having a life)\b/g;

// ── Weight ──────────────────────────────────────────────────────────────────────────────────
/** Small impositions that make an apology ritual. */
export const LIGHT_OFFENCE =
  g(`\\b(?:${RITUAL_NOUN}|delayed|replying|get(?:ting)? back|waiting|interrupt\\w*|bother\\w*|disturb\\w*|trouble|ping\\w*|double-booked|that person|wrong (?:link|file|chat|number)|pardon|excuse|in advance)\\b`);
/** Hurts and betrayals: the apology needs a real repair. */
export const SERIOUS_OFFENCE =
  g(`\\b(?:${BAD}|${HURT_VERB}|yell\\w*|shout\\w*|snapped|lied|cheat\\w*|trust|birthday|anniversary|what i said|how i (?:acted|treated)|love you|forgive me|can we talk|promise)\\b`);
