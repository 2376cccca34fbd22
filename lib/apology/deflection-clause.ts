import { FEELING_WORDS, SECOND_PERSON } from './lexicon';
import type { Reading } from './reading';
import { SentenceReader } from './sentence-reader';
import type { DeflectionKind, TextRange } from './types';

/**
 * Where in sentence `si` a deflection the model found (and the rules did not) sits, as far as the words
 * tell: the "but …" clause of a but-deflection, the "if …" clause of a conditional one, the "you feel …"
 * clause of a feelings one. Otherwise, or when the cue word is missing, the whole sentence.
 */
export function deflectionClause(reading: Reading, si: number, kind: DeflectionKind): TextRange {
  const s = reading.sentences[si]!;
  const r = new SentenceReader(reading).at(si);
  const { tokens } = reading;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k]!.text;
    if (kind === 'but' && t === 'but') return { start: tokens[k]!.start, end: r.clauseEnd(k) };
    if (kind === 'conditional' && t === 'if') return { start: tokens[k]!.start, end: r.frameEnd(k) };
    if (kind === 'feelings' && SECOND_PERSON.has(t) && [1, 2, 3].some((d) => FEELING_WORDS.has(r.tok(k + d)))) {
      return { start: tokens[k]!.start, end: r.frameEnd(k) };
    }
  }
  return { start: s.start, end: s.end };
}
