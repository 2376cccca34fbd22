import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildCorpus, CORPUS_DIR } from '../../../scripts/corpus/build-corpus';
import { mayHoldApology } from '../../../lib/apology/gate';
import { analyzeMessage } from '../../../lib/apology/index';
import { APOLOGIES, COMPONENT_CASES, DEFLECTION_CASES, HARD_NEGATIVES, STYLE_VARIANTS, WEIGHT_CASES } from './fixtures/messages';

describe('the gate', () => {
  test.each([
    ['a plain apology', 'so sorry I missed your call', true],
    ['no apology word or admission', 'The plumber is coming at 10, I will let him in.', false],
    ['an admission without sorry', "that wasn't fair of me", true],
    ['an offer that carries the apology', 'let me make it up to you this weekend', true],
    ['an apology only in a Gmail quote', 'All good.\n\nOn Tue, Kim <kim@example.com> wrote:\n> I am so sorry I missed it.', false],
    ['an apology only below an Outlook header', 'Noted, thanks.\n\nFrom: Sam Lee <sam@example.com>\nSent: Monday, 2 March 2026 10:00\nTo: Ana\nSubject: Re: keys\n\nSorry, I forgot the keys.', false],
    ['a reply written below the quote', 'On Mon, Jess wrote:\n> where were you?\n\nsorry, I forgot', true],
    ['a signature line', 'See you then.\n-- \nSorry for any typos, sent in a hurry', false],
    ['an idiom, vetoed', 'Better safe than sorry, bring a coat.', false],
    ['"sorry not sorry", vetoed', 'bought the expensive cheese, sorry not sorry', false],
    ['condolence formula, vetoed', 'So sorry for your loss.', false],
    ['a veto does not hide a second apology', 'Sorry to hear about the flat. And sorry I never called back.', true],
    ['empty', '', false],
  ])('%s', (_case, text, expected) => {
    expect(mayHoldApology(text)).toBe(expected);
  });

  test.each([[42], [null], [undefined], [{}]])('a non-string (%j) is no apology', (value) => {
    expect(mayHoldApology(value as unknown as string)).toBe(false);
  });
});

/** Every message the full analysis calls an apology must pass the gate, or the content script would drop it. */
describe('gate recall against the full analysis', () => {
  const fixtures = [
    ...HARD_NEGATIVES.map(([, t]) => t),
    ...APOLOGIES.map(([, t]) => t),
    ...STYLE_VARIANTS.map(([, t]) => t),
    ...COMPONENT_CASES.map(([, t]) => t),
    ...DEFLECTION_CASES.map(([, t]) => t),
    ...WEIGHT_CASES.map(([, t]) => t),
  ];
  test('is 1.0 on the unit fixtures', () => {
    const dropped = fixtures.filter((t) => analyzeMessage(t).isApology && !mayHoldApology(t));
    expect(dropped).toEqual([]);
  });

  test.runIf(existsSync(CORPUS_DIR))('is 1.0 on the whole corpus, and the gate keeps at least 98% of its labelled apologies', () => {
    const { examples } = buildCorpus();
    expect(examples.length).toBeGreaterThan(100);
    const texts = examples.map((e) => e.message.text);
    expect(texts.filter((t) => analyzeMessage(t).isApology && !mayHoldApology(t))).toEqual([]);
    const gold = examples.filter((e) => e.message.isApology);
    const kept = gold.filter((e) => mayHoldApology(e.message.text)).length;
    expect(kept / gold.length).toBeGreaterThanOrEqual(0.98);
  }, 60_000);
});
