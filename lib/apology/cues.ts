import type { Anchor } from './anchor';
import type { Context } from './reading';
import { isNegation, isWord, SentenceReader, sentenceAt, tokenAt } from './sentence-reader';
import { eachMatch } from './text';
import { CLAUSE_FIRST, FILLERS, FIRST_PERSON, SECOND_PERSON, SPEECH_VERBS, THIRD_PERSON } from './lexicon';
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

// After "my bad", a pronoun, interjection or "sorry" keeps it an apology; another word makes it a noun phrase ("my bad aim").
const afterMyBad = (w: string): boolean => FILLERS.has(w) || CLAUSE_FIRST.has(w) || SECOND_PERSON.has(w) || w === 'sorry' || w.startsWith('forgot');

export function findCueApologies(ctx: Context, wordAnchors: Anchor[]): Anchor[] {
  const own = ctx.norm.slice(ctx.ownStart, ctx.ownEnd);
  const anchors: Anchor[] = [];
  const reader = new SentenceReader(ctx);

  const add = (start: number, end: number, cue: Cue, explicit = false): void => {
    const sentence = sentenceAt(ctx, start);
    if (sentence < 0 || excluded(start, end, cue.re)) return;
    anchors.push({ sentence, start, end, regret: !!cue.regret, owns: !!cue.owns, forgiveness: !!cue.forgiveness, bare: false, ...(explicit ? { explicit } : {}) });
  };

  for (const cue of STRONG_CUES) {
    // "I didn't mean to" excuses as often as it apologises: the model weighs it.
    const explicit = cue.re !== DIDNT_MEAN_TO;
    eachMatch(cue.re, own, (index, match) => add(ctx.ownStart + index, ctx.ownStart + index + match.length, cue, explicit));
  }

  // Admitting an act that hurt the reader is an apology when it comes with another sign of repair.
  const found = (list: RegExp[]): boolean => list.some((re) => own.search(re) >= 0);
  if (anchors.length > 0 || wordAnchors.length > 0) return anchors;
  const support = (): boolean => found(HARM_CUES) || found(COMMITMENT_CUES) || found([NOT_FAIR, I_WAS_WRONG, ASHAMED]);
  const firstMatch = (re: RegExp): [number, number] | undefined => {
    let at: [number, number] | undefined;
    eachMatch(re, own, (index, match) => (at ??= [ctx.ownStart + index, ctx.ownStart + index + match.length]));
    return at;
  };
  const admitted = firstMatch(ADMITTED_ACT);
  if (admitted && support()) add(admitted[0], admitted[1], { re: ADMITTED_ACT, owns: true });
  const wrong = anchors.length === 0 && own.search(NOT_FAIR) >= 0 ? firstMatch(I_WAS_WRONG) : undefined;
  if (wrong) add(wrong[0], wrong[1], { re: I_WAS_WRONG, owns: true });
  return anchors;

  /** Negated ("not my fault"), someone else's ("he said it was my fault") or quoted. */
  function excluded(start: number, end: number, re: RegExp): boolean {
    const r = reader.at(sentenceAt(ctx, start));
    const word = (i: number): string => r.tok(i);
    const k = tokenAt(ctx, start);
    const before = [word(k - 1), word(k - 2), word(k - 3)];
    if (before.some(isNegation) && re !== DIDNT_MEAN_TO && re !== WONT_HAPPEN_AGAIN && re !== DIDNT_THINK_THROUGH) return true;
    if (re === OWN_FAULT && ctx.norm.startsWith('bad', end - 3)) {
      const n = tokenAt(ctx, end);
      if (isWord(word(n)) && !afterMyBad(word(n))) return true;
    }
    if (re === DIDNT_MEAN_TO && (SECOND_PERSON.has(before[0]!) || THIRD_PERSON.has(before[0]!))) return true;
    for (let i = Math.max(r.s.first, k - 12); i < k; i++) if (SPEECH_VERBS.has(word(i)) && !FIRST_PERSON.has(word(i - 1))) return true;
    return r.inReportedQuote(k);
  }
}
