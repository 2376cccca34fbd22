import { describe, expect, test } from 'vitest';
import { deflectionClause } from '../../../lib/apology/deflection-clause';
import { readMessage } from '../../../lib/apology/reading';
import type { DeflectionKind } from '../../../lib/apology/types';

describe('deflectionClause: a deflection the model found is quoted by the clause holding its cue', () => {
  test.each<[string, number, DeflectionKind, string]>([
    ["I'm sorry if you were upset, but I was tired.", 0, 'but', 'but I was tired'],
    ['Sorry. But you never said, so how would I know?', 1, 'but', 'But you never said'],
    ['Sorry if I upset you but I was tired.', 0, 'conditional', 'if I upset you'],
    ['My bad if that came across wrong, it was late.', 0, 'conditional', 'if that came across wrong'],
    ['Sorry you felt left out but it was a small party.', 0, 'feelings', 'you felt left out'],
    // No cue word: the whole sentence, as before.
    ['Sorry. Whatever, it is done now.', 1, 'but', 'Whatever, it is done now'],
    ['Sorry. Mistakes happen to everyone.', 1, 'minimising', 'Mistakes happen to everyone'],
  ])('%j, sentence %i, %s → %j', (text, sentence, kind, quote) => {
    const range = deflectionClause(readMessage(text), sentence, kind);
    expect(text.slice(range.start, range.end)).toBe(quote);
  });
});
