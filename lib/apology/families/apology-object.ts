import type { Anchor } from '../anchor';
import {
  CLAUSE_FIRST,
  FEELING_WORDS,
  MISFORTUNE,
  OBJECT_PRONOUNS,
  SECOND_PERSON,
  THIRD_PERSON,
  TO_ASK_ATTENTION,
  TO_SYMPATHY,
  VOCATIVES,
  YOUR_IMPOSITION,
} from '../lexicon';
import { APOLOGY_WORD, BUT_AFTER_APOLOGY, HEDGE_AFTER_IF, PITIED, SORRY_WORD } from '../patterns';
import { isWord, type SentenceReader } from '../sentence-reader';

const HAVE = new Set(['have', 'had', "'ve"]);
// Words in -ing that are not verbs: "sorry for everything" names no act of the writer's.
const ING_NOUNS = new Set(['everything', 'anything', 'nothing', 'something', 'thing', 'morning', 'evening', 'wedding', 'meeting', 'feeling', 'during']);
export const isGerund = (w: string): boolean => w.length > 4 && w.endsWith('ing') && !ING_NOUNS.has(w);
const VAGUE_OBJECTS = new Set(['whatever', 'anything', 'everything', 'all']);

/** "sorry, but you …": a "but" within 20 tokens that turns the apology against the reader. */
export function butFrame(r: SentenceReader, k: number, a: Anchor): Anchor {
  const { tokens } = r.ctx;
  for (let i = k + 1; i < Math.min(r.s.last, k + 20); i++) {
    if (tokens[i]!.text !== 'but') continue;
    if (BUT_AFTER_APOLOGY.test(r.rest(i + 1))) {
      (a.frames ??= []).push(['but', tokens[i]!.start, r.clauseEnd(i)]);
    }
    break;
  }
  return a;
}

/**
 * What the apology word at `k` is for ("sorry for …", "sorry I …", "sorry if …", "sorry you feel …"):
 * decides sympathy vs apology, ownership and deflecting frames. Null when it is not the writer's apology.
 */
export function apologyObject(r: SentenceReader, k: number, base: Anchor): Anchor | null {
  const tok = (i: number): string => r.tok(i);
  const { tokens } = r.ctx;
  let m = k + 1;
  while (tok(m) === 'again' || tok(m) === 'also' || tok(m) === 'though' || tok(m) === 'once') m++;
  // "sorry everyone, I'm late", "sorry everybody": said to the readers, who are no subject ("sorry everyone had to
  // wait" keeps its subject). The apology's object comes after them.
  const afterVocative = tok(m + 1);
  if (VOCATIVES.has(tok(m)) && (afterVocative === ',' || afterVocative === '-' || afterVocative === '' || CLAUSE_FIRST.has(afterVocative))) {
    m++;
    while (tok(m) === ',' || tok(m) === '-') m++;
  }
  const c = tok(m);
  if (c === 'not' && SORRY_WORD.test(tok(m + 1))) return null;
  if ((c === ',' || c === '-') && tok(m + 1) === 'not' && SORRY_WORD.test(tok(m + 2))) return null;
  // "apologise to Jordan for …": the addressee comes before the object
  if (c === 'to' && APOLOGY_WORD.test(tok(k))) {
    for (let i = m + 1; i <= m + 4; i++) if (tok(i) === 'for') return apologyObject(r, i - 1, base);
  }
  if (c === 'to' || c === '2') {
    if (TO_SYMPATHY.has(tok(m + 1))) return null;
    if (TO_ASK_ATTENTION.has(tok(m + 1))) return base;
    return butFrame(r, k, base);
  }
  if (c === 'for' || c === 'about' || c === '4' || c === 'abt') {
    const o = tok(m + 1);
    // "sorry for the poor guy who…": pity for someone, not an apology to the reader
    if (PITIED.test(r.rest(m + 1))) return null;
    if (OBJECT_PRONOUNS.has(o) && !isWord(tok(m + 2))) return c === 'about' ? base : null;
    if (o === 'your' || o === 'ur') {
      for (let i = m + 2; i <= m + 4; i++) if (MISFORTUNE.has(tok(i))) return null;
      if (YOUR_IMPOSITION.has(tok(m + 2)) || YOUR_IMPOSITION.has(tok(m + 3)) || r.firstPersonLater(m + 2)) return butFrame(r, k, base);
      return null;
    }
    if (o === 'what' && tok(m + 2) === 'happened' && (tok(m + 3) === 'to' || tok(m + 3) === 'with')) {
      if (SECOND_PERSON.has(tok(m + 4)) || tok(m + 4) === 'your') return null;
    }
    // "sorry about the divorce" consoles; "sorry for being a bad friend" names the writer's act
    if (!isGerund(o)) for (let i = m + 1; i <= m + 4; i++) if (MISFORTUNE.has(tok(i)) && !r.firstPersonLater(m + 1)) return null;
    if (isGerund(o) || o === 'not' || o === 'my' || o === 'our' || o === 'me') base.owns = true;
    else if (!VAGUE_OBJECTS.has(o)) {
      // "the typo in my last message", "how I handled it": the writer is named as the doer
      for (let i = m + 1; i < Math.min(r.s.last, m + 8) && isWord(tok(i)); i++) if (CLAUSE_FIRST.has(tok(i))) base.owns = true;
    }
    return butFrame(r, k, base);
  }
  if (c === 'if') {
    if (HEDGE_AFTER_IF.test(r.rest(m + 1))) return null;
    (base.frames ??= []).push(['conditional', tokens[m]!.start, r.frameEnd(m)]);
    return butFrame(r, k, base);
  }
  if (c === 'that' && (tok(m + 1) === 'happened' || tok(m + 1) === 'happens')) return null;
  const subjectAt = c === 'that' ? m + 1 : m;
  const subj = tok(subjectAt);
  if (CLAUSE_FIRST.has(subj)) {
    base.owns = true;
    return butFrame(r, k, base);
  }
  if (SECOND_PERSON.has(subj)) {
    for (let i = subjectAt + 1; i <= subjectAt + 3; i++) {
      const w = tok(i);
      if (FEELING_WORDS.has(w)) {
        (base.frames ??= []).push(['feelings', tokens[subjectAt]!.start, r.frameEnd(m)]);
        return base;
      }
      if (w === 'to' && HAVE.has(tok(i - 1))) return base;
      if (w === 'waited' || w === 'waiting') return base;
    }
    return null;
  }
  if (subj === 'your' || subj === 'ur') {
    if (YOUR_IMPOSITION.has(tok(subjectAt + 1)) || r.firstPersonLater(subjectAt + 1)) return base;
    return null;
  }
  if (THIRD_PERSON.has(subj) && subj !== 'it' && subj !== "it's") return null;
  if ((subj === 'that' || subj === 'it' || subj === 'this') && tok(subjectAt + 1) === 'happened') return null;
  if (subj === 'the' || subj === 'that' || subj === 'it' || subj === 'this' || subj === "it's") {
    for (let i = subjectAt + 1; i <= subjectAt + 4; i++) if (MISFORTUNE.has(tok(i))) return null;
    return butFrame(r, k, base);
  }
  if (subj === 'but' || ((c === ',' || c === '-') && tok(m + 1) === 'but')) return butFrame(r, k, base);
  base.bare = true;
  return butFrame(r, k, base);
}
