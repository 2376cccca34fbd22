import type { Anchor } from '../anchor';
import type { SentenceReader } from '../sentence-reader';
import { excusesAnImposition, ritualAt, type WordFamily } from './family';

function read(r: SentenceReader, k: number): Anchor | null {
  if (r.tok(k + 1) !== 'me') {
    return excusesAnImposition(r, k) ? ritualAt(r, k) : null;
  }
  if (r.s.question) return null;
  const p = r.tok(k - 1);
  // "you'll have to excuse me", "if you'll excuse me": leave-taking, not an apology
  if (p === "you'll" || p === 'will' || p === 'if' || p === 'youll' || p === 'must') return null;
  const n = r.nextWord(k + 2);
  const next = r.tok(n);
  if (next === 'for' && n === k + 2) return ritualAt(r, k);
  // A whole message of "excuse me" (a cough, a bump) is a small apology.
  const sentences = r.ctx.sentences;
  if (n >= r.s.last && r.si === sentences.length - 1 && r.onlyFillersBefore(k) && sentences.length === 1) return ritualAt(r, k);
  return null;
}

/** "excuse me for …", "excuse the mess": a small ritual apology; "excuse me?" and leave-taking are not. */
export const excuse: WordFamily = { first: 'e', is: (t) => t === 'excuse', read };
