import { bench, describe } from 'vitest';
import { mayHoldApology } from '../lib/apology/gate';
import { analyzeMessage } from '../lib/apology/index';

// A realistic mix: a greeting, an apology with several parts, then ordinary email prose, repeated.
// Every paragraph apologises, so at 5,000 characters the text is apology-dense (about a dozen).
const PARAGRAPH =
  "Hi Sam,\n\nI'm really sorry I snapped at you in the meeting yesterday. I was stressed about the deadline, but " +
  "that's no excuse, and I know it embarrassed you in front of the team. Can we grab a coffee tomorrow so I can make it right? " +
  "From now on I'll take a breath before I reply.\n\nOn the budget: the numbers for the third quarter look fine, the " +
  'vendor invoices are attached, and the review is still on Thursday at ten. Let me know if the room works for you. ';
// Ordinary prose with no apology: what the gate sees on most keystrokes.
const PLAIN =
  'Thanks for the notes from Tuesday. The numbers for the third quarter look fine, the vendor invoices are attached, ' +
  'and the review is still on Thursday at ten in the big room. Let me know if you need anything else before then. ';

const repeat = (text: string, length: number): string => text.repeat(Math.ceil(length / text.length)).slice(0, length);

// The plain keyword scan Just Not Sorry does, run on the same text for the ratio.
const KEYWORDS = /sorry|apologi[sz]e|apologies|forgive/gi;
function keywordScan(text: string): number {
  return text.match(KEYWORDS)?.length ?? 0;
}

for (const length of [200, 5_000]) {
  const dense = repeat(PARAGRAPH, length);
  const plain = repeat(PLAIN, length);
  describe(`${length.toLocaleString('en')} characters`, () => {
    bench('gate, apology-dense', () => {
      mayHoldApology(dense);
    });
    bench('gate, no apology', () => {
      mayHoldApology(plain);
    });
    bench('keyword scan', () => {
      keywordScan(dense);
    });
    bench('full analysis, apology-dense', () => {
      analyzeMessage(dense);
    });
  });
}

// Linearity: the gate reads all of the text; the full analysis reads at most the last 20,000
// characters of the writer's own text, so its cost levels off.
for (const length of [100_000, 1_000_000]) {
  const dense = repeat(PARAGRAPH, length);
  describe(`${length.toLocaleString('en')} characters`, () => {
    bench('gate', () => {
      mayHoldApology(dense);
    });
    bench('keyword scan', () => {
      keywordScan(dense);
    });
    bench('full analysis', () => {
      analyzeMessage(dense);
    });
  });
}
