import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyzeMessage, type Analysis } from '../../../lib/apology/index';

/** Every offset the analysis returns lies inside the input and inside the writer's own text. */
function checkOffsets(text: string, a: Analysis): void {
  expect(a.ownText.start).toBeGreaterThanOrEqual(0);
  expect(a.ownText.end).toBeLessThanOrEqual(text.length);
  expect(a.ownText.start).toBeLessThanOrEqual(a.ownText.end);
  for (const r of [...a.spans, ...a.deflections]) {
    expect(r.start).toBeGreaterThanOrEqual(a.ownText.start);
    expect(r.end).toBeLessThanOrEqual(a.ownText.end);
    expect(r.start).toBeLessThan(r.end);
  }
  if (!a.isApology) expect(a.weight).toBe('none');
}

// Words that steer the analysis, mixed into random text so the rules actually run.
const VOCABULARY = [
  'sorry', "I'm", 'so', 'apologize', 'forgive me', 'my bad', "that's on me", 'if', 'you', 'feel', 'but', 'not',
  'pardon', 'excuse me', '?', ',', '.', '\n', '> ', 'On Mon, Ann <a@b.c> wrote:', '-- \n', 'Hey Sam,', '—', '’', '"',
  '🙏🏽', '𝒮𝑜𝓇𝓇𝓎', 'İ', 'ß', '\u0000', '\uD800', '   ',
];
const messy = fc
  .array(fc.oneof(fc.constantFrom(...VOCABULARY), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('any input', () => {
  test('never throws, keeps offsets in range, and gives the same answer twice', () => {
    fc.assert(
      fc.property(messy, (text) => {
        const a = analyzeMessage(text);
        checkOffsets(text, a);
        expect(analyzeMessage(text)).toEqual(a);
      }),
      { numRuns: 400 },
    );
  });

  test('astral and lone-surrogate strings of any shape', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        checkOffsets(text, analyzeMessage(text));
      }),
      { numRuns: 200 },
    );
  });

  test.each([
    ['random astral megabyte', () => fc.sample(fc.string({ unit: 'binary', minLength: 2000, maxLength: 2000 }), { numRuns: 500, seed: 7 }).join('')],
    ['apologies without punctuation', () => "i'm sorry i forgot but you ".repeat(40_000)],
    ['one huge line of emoji', () => '🙏🏽'.repeat(250_000)],
    ['quote markers everywhere', () => '> sorry\n'.repeat(120_000)],
  ])('%s, up to 1 MB', (_name, make) => {
    const text = make().slice(0, 1_000_000);
    const started = performance.now();
    const a = analyzeMessage(text);
    expect(performance.now() - started).toBeLessThan(4_000);
    checkOffsets(text, a);
    expect(analyzeMessage(text)).toEqual(a);
  });
});

describe('empty and blank input', () => {
  test.each([[''], [' '], ['\n\n\t'], ['\u00a0\u2028']])('%j', (text) => {
    const a = analyzeMessage(text);
    expect(a.isApology).toBe(false);
    expect(a.ownText.end - a.ownText.start).toBe(0);
  });
});
