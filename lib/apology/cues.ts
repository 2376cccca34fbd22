import { isWord, type Anchor, type Context } from './detect';
import { FIRST_PERSON, NEGATORS, QUOTE_INTRODUCERS, SECOND_PERSON, SPEECH_VERBS, THIRD_PERSON } from './lexicon';
import {
  ADMITTED_ACT,
  ASHAMED,
  ASK_FORGIVENESS,
  COMMITMENT_CUES,
  DIDNT_MEAN_TO,
  DIDNT_THINK_THROUGH,
  EXPRESS_REGRET,
  FEEL_BAD,
  HARM_CUES,
  HATE_THAT_I,
  I_REGRET,
  I_WAS_OUT_OF_LINE,
  I_WAS_WRONG,
  MESSED_UP,
  NOT_A_GOOD_FRIEND,
  NOT_FAIR,
  ON_ME,
  OWE_APOLOGY,
  OWN_FAULT,
  SHOULD_HAVE,
  TAKE_RESPONSIBILITY,
  UNFAIR_OF_ME,
  WONT_HAPPEN_AGAIN,
} from './patterns';

interface Cue {
  re: RegExp;
  regret?: boolean;
  owns?: boolean;
  forgiveness?: boolean;
}

/** Phrases that apologise without an apology word ("my bad", "that's on me", "I was out of line"). */
const STRONG_CUES: Cue[] = [
  { re: OWN_FAULT, owns: true },
  { re: ON_ME, owns: true },
  { re: TAKE_RESPONSIBILITY, owns: true },
  { re: UNFAIR_OF_ME, owns: true },
  { re: I_WAS_OUT_OF_LINE, owns: true },
  { re: SHOULD_HAVE, owns: true },
  { re: MESSED_UP, owns: true },
  { re: NOT_A_GOOD_FRIEND, owns: true },
  { re: DIDNT_THINK_THROUGH, owns: true },
  { re: DIDNT_MEAN_TO },
  { re: FEEL_BAD, regret: true },
  { re: HATE_THAT_I, regret: true },
  { re: EXPRESS_REGRET, regret: true },
  { re: I_REGRET, regret: true },
  { re: OWE_APOLOGY, regret: true },
  { re: ASK_FORGIVENESS, forgiveness: true },
  { re: WONT_HAPPEN_AGAIN },
];

// After "my bad", these words do not make it a noun phrase ("my bad aim").
const AFTER_MY_BAD = new Set([
  'i', "i'm", 'im', 'sorry', 'lol', 'guys', 'man', 'dude', 'haha', 'totally', 'should', 'again', 'on', 'there', 'though', 'tho',
  'everyone', 'all', "y'all", 'just', 'my', 'forgot', 'misread', 'bro', 'fam', 'lmao', 'oops', 'didn\'t', 'didnt', 'you', 'thanks', 'ty',
]);

export function findCueApologies(ctx: Context, wordAnchors: Anchor[]): Anchor[] {
  const own = ctx.norm.slice(ctx.ownStart, ctx.ownEnd);
  const anchors: Anchor[] = [];

  const add = (start: number, end: number, cue: Cue): void => {
    const sentence = sentenceAt(ctx, start);
    if (sentence < 0 || excluded(start, end, cue.re)) return;
    anchors.push({ sentence, start, end, regret: !!cue.regret, owns: !!cue.owns, forgiveness: !!cue.forgiveness, bare: false });
  };

  for (const cue of STRONG_CUES) {
    for (const m of own.matchAll(cue.re)) add(ctx.ownStart + m.index, ctx.ownStart + m.index + m[0].length, cue);
  }

  // Admitting an act that hurt the reader is an apology when it comes with another sign of repair.
  const found = (list: RegExp[]): boolean => list.some((re) => own.search(re) >= 0);
  const admits = [...own.matchAll(ADMITTED_ACT)];
  if (admits.length > 0 && anchors.length === 0 && wordAnchors.length === 0) {
    const support =
      found(HARM_CUES) || found(COMMITMENT_CUES) || found([NOT_FAIR, I_WAS_WRONG, ASHAMED]);
    if (support) {
      const m = admits[0]!;
      add(ctx.ownStart + m.index, ctx.ownStart + m.index + m[0].length, { re: ADMITTED_ACT, owns: true });
    }
  }
  if (anchors.length === 0 && wordAnchors.length === 0 && own.search(I_WAS_WRONG) >= 0 && own.search(NOT_FAIR) >= 0) {
    const m = own.match(I_WAS_WRONG)!;
    const at = ctx.ownStart + own.indexOf(m[0]);
    add(at, at + m[0].length, { re: I_WAS_WRONG, owns: true });
  }
  return anchors;

  /** Negated ("not my fault"), someone else's ("he said it was my fault") or quoted. */
  function excluded(start: number, end: number, re: RegExp): boolean {
    const before = wordsBefore(ctx.norm, start, 3);
    if (before.some((w) => NEGATORS.has(w) || w.endsWith("n't"))) {
      if (re !== DIDNT_MEAN_TO && re !== WONT_HAPPEN_AGAIN && re !== DIDNT_THINK_THROUGH) return true;
    }
    if (re === OWN_FAULT && ctx.norm.startsWith('bad', end - 3)) {
      const next = wordAfter(ctx.norm, end);
      if (next !== '' && !AFTER_MY_BAD.has(next)) return true;
    }
    if (re === DIDNT_MEAN_TO) {
      const subject = before[0] ?? '';
      if (SECOND_PERSON.has(subject) || THIRD_PERSON.has(subject)) return true;
    }
    const si = sentenceAt(ctx, start);
    const s = ctx.sentences[si]!;
    let quotes = 0;
    let introduced = false;
    let reporting = false;
    for (let i = s.first; i < s.last && ctx.tokens[i]!.start < start; i++) {
      const t = ctx.tokens[i]!.text;
      if (t === '"') {
        quotes++;
        introduced = quotes % 2 === 1 && [1, 2, 3].some((d) => i - d >= s.first && QUOTE_INTRODUCERS.has(ctx.tokens[i - d]!.text));
      }
      if (SPEECH_VERBS.has(t) && quotes % 2 === 0) {
        const subject = i > s.first ? ctx.tokens[i - 1]!.text : '';
        if (!FIRST_PERSON.has(subject)) reporting = true;
      }
    }
    return (quotes % 2 === 1 && introduced) || reporting;
  }
}

/** Index of the sentence holding `offset`, or -1. */
export function sentenceAt(ctx: Context, offset: number): number {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = ctx.sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Up to `n` words before `at`, nearest first, read without regular expressions. */
function wordsBefore(norm: string, at: number, n: number): string[] {
  const out: string[] = [];
  let i = at - 1;
  while (out.length < n && i >= 0) {
    while (i >= 0 && norm[i] === ' ') i--;
    const end = i + 1;
    while (i >= 0 && isWordChar(norm.charCodeAt(i))) i--;
    if (end === i + 1) break;
    out.push(norm.slice(i + 1, end));
  }
  return out;
}

function wordAfter(norm: string, at: number): string {
  let i = at;
  while (i < norm.length && norm[i] === ' ') i++;
  const start = i;
  while (i < norm.length && isWordChar(norm.charCodeAt(i))) i++;
  const w = norm.slice(start, i);
  return w !== '' && isWord(w) ? w : '';
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
}
