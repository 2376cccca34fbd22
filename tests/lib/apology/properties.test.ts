import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mayHoldApology } from '../../../lib/apology/gate';
import { analyzeMessage, type Analysis } from '../../../lib/apology/index';
import { MAX_ANALYSED_CHARS } from '../../../lib/apology/own-text';

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

describe('huge input', () => {
  test.each([
    ['a 7 MB single token', () => 'a'.repeat(7_000_000)],
    ['a 7 MB hyphenated token', () => 'a-'.repeat(3_500_000)],
    ['7 MB of spaces, then sorry', () => ' '.repeat(7_000_000) + "I'm sorry I forgot"],
    ['7 MB of one line of "from: "', () => 'from: '.repeat(1_200_000)],
    ['10 MB of apologies', () => "i'm sorry i forgot but you ".repeat(400_000)],
  ])('%s: no throw, no regex stack overflow, under two seconds', (_name, make) => {
    const text = make();
    const started = performance.now();
    const a = analyzeMessage(text);
    mayHoldApology(text);
    expect(performance.now() - started).toBeLessThan(2_000);
    checkOffsets(text, a);
  });
});

describe(`only the last ${MAX_ANALYSED_CHARS.toLocaleString('en')} characters of the own text are read`, () => {
  const filler = 'The numbers for the third quarter look fine and the review is on Thursday. '.repeat(400);
  test('an apology further back than that is not seen', () => {
    const text = "I'm so sorry I forgot your birthday.\n\n" + filler;
    expect(text.length).toBeGreaterThan(MAX_ANALYSED_CHARS + 1000);
    expect(analyzeMessage(text).isApology).toBe(false);
    expect(mayHoldApology(text)).toBe(false);
  });

  test('an apology at the end of a long text is, with offsets into the whole input', () => {
    const text = filler + "\n\nI'm so sorry I forgot your birthday.";
    const a = analyzeMessage(text);
    expect(a.isApology).toBe(true);
    expect(a.spans.every((s) => s.start > text.length - MAX_ANALYSED_CHARS)).toBe(true);
    // The apology's own span (the model may add a whole-sentence component span that sorts before it).
    const apology = a.spans.find((s) => s.kind === 'apology');
    expect(apology && text.slice(apology.start, apology.end)).toBe('sorry');
  });

  test('the cost levels off: 1 MB takes about what 40,000 characters take', () => {
    const time = (text: string): number => {
      analyzeMessage(text);
      const started = performance.now();
      for (let i = 0; i < 5; i++) analyzeMessage(text);
      return (performance.now() - started) / 5;
    };
    const para = "I'm sorry I snapped at you. I'll call tonight. ";
    const small = time(para.repeat(Math.ceil(40_000 / para.length)));
    const large = time(para.repeat(Math.ceil(1_000_000 / para.length)));
    // Reading 25 times more text costs a linear scan for the own text, not 25 times the analysis.
    expect(large).toBeLessThan(small * 6 + 20);
  });
});

describe('empty and blank input', () => {
  test.each([[''], [' '], ['\n\n\t'], ['\u00a0\u2028']])('%j', (text) => {
    const a = analyzeMessage(text);
    expect(a.isApology).toBe(false);
    expect(a.ownText.end - a.ownText.start).toBe(0);
  });
});
