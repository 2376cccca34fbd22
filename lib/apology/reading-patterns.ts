/**
 * The patterns the gate needs as well as the full analysis: normalisation, the writer's
 * own text, cue stems and hard vetoes. Kept apart from patterns.ts (which re-exports them) so the
 * gate's bundle carries only these. Same rules as patterns.ts: normalised text, bounded, linear.
 */
// ── Normalisation ────────────────────────────────────────────────────────────────
export const ASCII_UPPER = /[A-Z]/g;
export const CURLY_SINGLE_QUOTES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
export const CURLY_DOUBLE_QUOTES = /[\u201c\u201d\u201e]/g;
export const LONG_DASHES = /[\u2012\u2013\u2014\u2015]/g;

// ── The writer's own text ───────────────────────────────────────────────────────────────────
/** "On Fri, … Chris <c@x> wrote:" (Gmail may wrap it over two lines): the verb, then the line's start is checked. */
export const REPLY_VERB =
  /\bwrote[ \t]*:[ \t]*$/gm;
export const REPLY_LINE_START =
  /^[ \t]*on\b/;
export const QUOTED_LINE = /^[ \t]*>/m;
/** A quoted block the message starts with (a reply written below the quote), with its "On … wrote:" line if any. */
export const LEADING_QUOTED_LINES = /^\n*(?:[ \t]*on\b[^\n]{0,300}\bwrote[ \t]*:[ \t]*\n)?(?:[ \t]*>[^\n]*(?:\n|$))+/;
/** Outlook's reply header: a "From: …" line, then "Sent: …" (or "Date:"), any "To:"/"Cc:" lines, then "Subject:". */
export const OUTLOOK_FROM_LINE = /^[ \t]*from:/gm;
/** Run anchored on the text from a "From:" line on (only one start, so it stays linear). */
export const OUTLOOK_HEADER_REST = /^[^\r\n]*\r?\n[ \t]*(?:sent|date):[^\r\n]*\r?\n(?:[ \t]*(?:to|cc):[^\r\n]*\r?\n){0,4}[ \t]*subject:/;
export const FORWARD_HEADER = /^[ \t]*(?:-{2,}[ \t]*(?:forwarded message|original message)|begin forwarded message|_{8,}[ \t]*$)/m;
export const SIGNATURE = /^(?:-- ?[ \t]*$|sent from my |get outlook for )/m;


// ── The gate: cue stems and hard vetoes ─────────────────────────────────────────────────────
/**
 * Phrases that look like apologies and never are one; blanked out before the cues are looked for.
 * Each is a closed phrase, so what is left of the message still counts.
 */
export const HARD_VETOES =
  /\b(?:better safe than sorry|sorry not sorry|(?:i'?m|i am|im) not (?:even )?sorry|no need to (?:be sorry|apologi[sz]e)|(?:don'?t|do not|never) (?:be sorry|apologi[sz]e)|apology accepted|(?:sorry|condolences) (?:for|about) (?:your|the) loss|sorry to hear|(?:you|he|she|they) owe[sd]? (?:me|her|him|them|us) an apology|(?:he|she|they) apologi[sz]ed)\b/g;
/** First-person acts that can wrong someone ("I forgot", "we overpromised"). */
const ACT =
  "forgot|forgotten|missed|broke|broken|ruined|lied|cancell?ed|cancell?ing|double-booked|deleted|yelled|shouted|snapped|lashed out|ignored|ghosted|bailed|flaked|lost|overcharged|overpromised|charged|hurt|upset|embarrassed|disappeared|misread|misheard|left|took|used|let|backed out|blew up|went off|steamrolled|committed|promised|said|told|booked|handled|dumped|dropped|kept you|made you|put you|haven't been|wasn't|didn't|never";
/** Words that judge the writer's own conduct, or carry remorse, ownership, remedy or promise without an apology word. */
const OWN_CONDUCT =
  "thoughtless|careless|selfish|inconsiderate|insensitive|harsh|rude|petty|childish|out of order|jerk|idiot|coward|rubbish|lousy|crap|awful of me|no business|too proud|for granted|taking advantage|kicking myself|brain fart|my doing|was mine|were mine|was me|by accident|accidentally|lost track|running late|typo|corrected|fixed|re-?sent|resend|redo|recalled|refund|replace|pay you back|make it up|make up for|make amends|won'?t (?:ever )?(?:happen|do|say|speak|let)|never again|next time|from now on|going forward|that changes|i hate that|must (?:have|think|feel)";
/** Face-palm, see-no-evil, grimace: emoji that own a slip in chat. */
const OWN_EMOJI = "\ud83d\ude48|\ud83e\udd26|\ud83d\ude2c";
/** Stems of every way the analysis can find an apology: the gate lets a message through when one is left. */
export const CUE_STEMS = new RegExp(
  "\\b(?:sorr|sry|srry|soz|sowwy|apolog|forgiv|pardon|excuse|regret|my bad|fault|mistake|oversight|on (?:me|us)\\b|should(?:n't| not| never)? have|should'?ve|wrong|out of (?:line|order)|unfair|(?:not|n't) (?:fair|ok|okay|cool|right)|(?:rude|selfish|thoughtless|careless|insensitive|mean|harsh|petty|childish|fair|kind|nice|cool|right) of (?:me|us)|owe |blame|mess(?:ed)? ?up|screw(?:ed)? ?up|fucked up|let (?:you|u|her|him|them|everyone|y'all|the team) down|dropped the ball|blew it|(?:feel|felt|feeling) (?:so |really |very |pretty )?(?:bad|awful|terrible|horrible|sick|guilty|lousy|rotten)|ashamed|embarrass|mortified|mea culpa|oops|whoops|my error|responsib|hate (?:that|how|the way) i|(?:i|we)(?:'ve| have|'d| had)? (?:just |totally |completely |accidentally |really |also |then |kinda )?(?:" +
    ACT +
    ")|bad friend|won'?t happen again|" +
    OWN_CONDUCT +
    ")|" +
    OWN_EMOJI,
);
