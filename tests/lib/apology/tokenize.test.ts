import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize, tokenize } from '../../../lib/apology/text';

// The pattern the tokeniser replaced: the hand-written scan must cut text exactly as it did.
const REFERENCE = /[a-z0-9]+(?:['-][a-z0-9]+)*|[?!.,;:"'()\n\u2026-]/g;
function reference(norm: string, from: number, to: number): Array<{ text: string; start: number; end: number }> {
  return [...norm.slice(from, to).matchAll(REFERENCE)].map((m) => ({ text: m[0], start: from + m.index, end: from + m.index + m[0].length }));
}

describe('tokenize', () => {
  test.each([
    ["i'm sorry - it's re-sent", ["i'm", 'sorry', '-', "it's", 're-sent']],
    ["don't'' x--y 'quoted'", ["don't", "'", "'", 'x', '-', '-', 'y', "'", 'quoted', "'"]],
    ['wait… what?!', ['wait', '…', 'what', '?', '!']],
    ['café 4pm\n(ok)', ['caf', '4pm', '\n', '(', 'ok', ')']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    const norm = normalize(text);
    expect(tokenize(norm, 0, norm.length).map((t) => t.text)).toEqual(expected);
  });

  test('cuts any text, and any part of it, as the reference pattern does', () => {
    const piece = fc.constantFrom('a', 'Z', '9', ' ', "'", '-', '\n', '.', '?', '"', '…', 'é', '\u2019', '\u2014', '_', 'ab', "n't");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const norm = normalize(parts.join(''));
        const from = x % (norm.length + 1);
        const to = from + (y % (norm.length - from + 1));
        expect(tokenize(norm, from, to)).toEqual(reference(norm, from, to));
      }),
      { numRuns: 2000 },
    );
  });
});
