import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { messageFeatures, sentenceFeatures } from '../../../lib/apology/model/features';
import { HEADS, loadModel, predict, SENTENCE_HEADS, type ModelFile } from '../../../lib/apology/model/linear';
import { scoreSentences } from '../../../lib/apology/model/score-sentences';
import weights from '../../../lib/apology/model/weights.json';
import { readMessage } from '../../../lib/apology/reading';
import { applyRules } from '../../../lib/apology/rules';
import { APOLOGIES, COMPONENT_CASES, DEFLECTION_CASES, HARD_NEGATIVES, WEIGHT_CASES } from './fixtures/messages';

const model = loadModel(weights as unknown as ModelFile);
const sentenceHeads = SENTENCE_HEADS.map((_, h) => h);

/** The fast scorer must give bit for bit what training sees: predict() over the feature lists. */
function expectSameScores(text: string, heads: readonly number[]): void {
  const reading = readMessage(text);
  const rules = applyRules(reading);
  const fast = scoreSentences(model, reading, rules, heads);
  sentenceFeatures(reading, rules).forEach((features, si) => {
    const slow = predict(model, features);
    for (const h of heads) expect(fast[si * HEADS.length + h]).toBe(slow[h]);
  });
}

const texts = [...APOLOGIES, ...HARD_NEGATIVES, ...COMPONENT_CASES, ...WEIGHT_CASES].map(([text]) => text).concat(DEFLECTION_CASES.map(([text]) => text));

describe('scoreSentences', () => {
  test.each(texts.map((text) => [text]))('equals predict on the feature lists: %s', (text) => {
    expectSameScores(text, sentenceHeads);
  });

  test('equals predict for any subset of heads, repeated words and several sentences included', () => {
    const words = fc.constantFrom('sorry', 'I', 'was', 'late', 'again', 'you', 'the', 'meeting', '.', '?', ',', 'but', 'if', 'feel', 'my', 'bad', 'Sorry');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 80 }), fc.subarray(sentenceHeads, { minLength: 1 }), (parts, heads) => {
        expectSameScores(parts.join(' '), heads);
      }),
      { numRuns: 150 },
    );
  });

  test('leaves the heads it was not asked for at 0', () => {
    const reading = readMessage("I'm so sorry I missed your call. I'll ring you tonight.");
    const fast = scoreSentences(model, reading, applyRules(reading), [0]);
    const others = Array.from(fast).filter((_, i) => i % HEADS.length !== 0);
    expect(others.every((p) => p === 0)).toBe(true);
    expect(fast[0]).toBeGreaterThan(0);
  });
});

describe('messageFeatures', () => {
  const body = 'The numbers for the third quarter look fine and the review is on Thursday. ';
  // A long body's repeated words must weigh what they weigh once, or they outweigh the sentence that apologises.
  test.each([
    ['a body repeated 50 times', body.repeat(50) + "I'm so sorry I forgot your birthday."],
    ['one sorry said three times', 'sorry sorry sorry, I forgot'],
  ])('has each feature once: %s', (_case, text) => {
    const features = messageFeatures(readMessage(text), applyRules(readMessage(text)));
    expect(new Set(features).size).toBe(features.length);
  });

  test('a body repeated 50 times gives the features of the same body repeated 10 times', () => {
    // Both have more than 8 sentences, so only the repeats differ (the sentence count is a feature too).
    const ending = "\n\nI'm so sorry I forgot your birthday.";
    const of = (text: string) => messageFeatures(readMessage(text), applyRules(readMessage(text))).sort();
    expect(of(body.repeat(50) + ending)).toEqual(of(body.repeat(10) + ending));
  });
});
