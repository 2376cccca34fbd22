import type { Anchor } from '../anchor';
import type { SentenceReader } from '../sentence-reader';
import { excusesAnImposition, ritualAt, type WordFamily } from './family';

function read(r: SentenceReader, k: number): Anchor | null {
  if (r.tok(k + 1) === 'me' || (r.tok(k - 1) === 'your' && r.tok(k - 2) === 'beg')) {
    // "pardon me?", "I beg your pardon?" ask the reader to repeat
    if (r.s.question || r.tok(k + 2) === '?') return null;
    return ritualAt(r, k);
  }
  if (excusesAnImposition(r, k)) return ritualAt(r, k);
  return null;
}

/** "pardon me", "I beg your pardon", "pardon the interruption": a small ritual apology. */
export const pardon: WordFamily = { first: 'p', is: (t) => t === 'pardon', read };
