import { describe, expect, test } from 'vitest';
import { readMessage } from '../../../lib/apology/reading';
import { isNegation, SentenceReader } from '../../../lib/apology/sentence-reader';

/** A reader on sentence `si` of `text`, and the index of the first token `word` in it. */
function readerAt(text: string, si: number, word: string): { r: SentenceReader; k: number; text: string } {
  const reading = readMessage(text);
  const r = new SentenceReader(reading).at(si);
  const k = reading.tokens.findIndex((t, i) => i >= r.s.first && i < r.s.last && t.text === word);
  expect(k).toBeGreaterThanOrEqual(0);
  return { r, k, text };
}

describe('isNegation', () => {
  test.each([
    ['not', true],
    ['never', true],
    ["didn't", true],
    ["shouldn't", true],
    ['nothing', true],
    ['note', false],
    ['know', false],
    ['', false],
  ])('%j → %s', (word, expected) => {
    expect(isNegation(word)).toBe(expected);
  });
});

describe('SentenceReader', () => {
  test('reads nothing outside its sentence', () => {
    const { r, k } = readerAt('I was late. Sorry about that.', 1, 'sorry');
    expect(r.tok(k)).toBe('sorry');
    expect(r.tok(k - 1)).toBe('');
    expect(r.tok(k + 3)).toBe('');
  });

  test.each([
    ['Sorry, if you were upset, I am sorry.', 'if', 'if you were upset'],
    ['Sorry if I upset you but I was tired.', 'if', 'if I upset you but I was tired'],
    ['Sorry (it was late) again.', 'it', 'it was late'],
  ])('clauseEnd: %j from %j → %j', (text, word, clause) => {
    const { r, k } = readerAt(text, 0, word);
    expect(text.slice(r.ctx.tokens[k]!.start, r.clauseEnd(k))).toBe(clause);
  });

  test.each([
    ['Sorry if I upset you but I was tired.', 'if', 'if I upset you'],
    ['Sorry if I upset you, I was tired.', 'if', 'if I upset you'],
    ['Sorry you feel that way.', 'you', 'you feel that way'],
  ])('frameEnd stops at "but" too: %j from %j → %j', (text, word, clause) => {
    const { r, k } = readerAt(text, 0, word);
    expect(text.slice(r.ctx.tokens[k]!.start, r.frameEnd(k))).toBe(clause);
  });

  test.each([
    ['oh well I am so sorry', 'sorry', true],
    ['the cake is sorry', 'sorry', false],
  ])('onlyFillersBefore: %j at %j → %s', (text, word, expected) => {
    const { r, k } = readerAt(text, 0, word);
    expect(r.onlyFillersBefore(k)).toBe(expected);
  });

  test.each([
    ['please excuse the mess', 'excuse', true],
    ['oh ok, sorry is anyone here', 'sorry', true],
    ['excuse me, sorry, is anyone here', 'sorry', true],
    ["i can't forgive the way he spoke", 'forgive', false],
    ['i forgive the delay', 'forgive', false],
  ])('onlyInterjectionsBefore: %j at %j → %s', (text, word, expected) => {
    const { r, k } = readerAt(text, 0, word);
    expect(r.onlyInterjectionsBefore(k)).toBe(expected);
  });

  test.each([
    ['He said "sorry" and left.', true],
    ['"Sorry" sounds odd from you.', true],
    ['I am sorry.', false],
  ])('inReportedQuote: %j → %s', (text, expected) => {
    const { r, k } = readerAt(text, 0, 'sorry');
    expect(r.inReportedQuote(k)).toBe(expected);
  });
});
