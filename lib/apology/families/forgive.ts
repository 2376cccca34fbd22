import type { Anchor } from '../anchor';
import { HEDGE_AFTER_FORGIVE, HEDGE_AFTER_IF } from '../patterns';
import { isNegation, type SentenceReader } from '../sentence-reader';
import { anchorAt, excusesAnImposition, ritualAt, type WordFamily } from './family';

function read(r: SentenceReader, k: number): Anchor | null {
  const { tokens } = r.ctx;
  const o = r.tok(k + 1);
  for (let i = k - 1; i >= Math.max(r.s.first, k - 3); i--) if (isNegation(tokens[i]!.text)) return null;
  if (o === 'me' || o === 'us') {
    const after = r.rest(k + 2);
    if (r.tok(k + 2) === 'if') {
      if (HEDGE_AFTER_IF.test(r.rest(k + 3))) return null;
      return anchorAt(r, k, { regret: false, forgiveness: true, frames: [['conditional', tokens[k + 2]!.start, r.frameEnd(k + 2)]] });
    }
    if (HEDGE_AFTER_FORGIVE.test(after)) return null;
    return anchorAt(r, k, { regret: false, forgiveness: true, owns: r.tok(k + 2) === 'for' && r.tok(k + 3).endsWith('ing') });
  }
  if (excusesAnImposition(r, k)) return ritualAt(r, k);
  return null;
}

/** "forgive me (for …)", "forgive the delay": asks to be forgiven; "forgive me if …" is a conditional frame. */
export const forgive: WordFamily = { first: 'f', is: (t) => t === 'forgive', read };
