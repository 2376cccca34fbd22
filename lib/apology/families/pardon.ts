import type { Anchor } from '../anchor';
import { FORGIVE_RITUAL_OBJECT } from '../patterns';
import type { SentenceReader } from '../sentence-reader';
import { ritualAt, type WordFamily } from './family';

function read(r: SentenceReader, k: number): Anchor | null {
  if (r.tok(k + 1) === 'me' || (r.tok(k - 1) === 'your' && r.tok(k - 2) === 'beg')) {
    // "pardon me?", "I beg your pardon?" ask the reader to repeat
    if (r.s.question || r.tok(k + 2) === '?') return null;
    return ritualAt(r, k);
  }
  if (FORGIVE_RITUAL_OBJECT.test(r.rest(k + 1))) return ritualAt(r, k);
  return null;
}

/** "pardon me", "I beg your pardon", "pardon the interruption": a small ritual apology. */
export const pardon: WordFamily = { first: 'p', is: (t) => t === 'pardon', read };
