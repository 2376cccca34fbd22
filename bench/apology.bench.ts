import { bench, describe } from 'vitest';
import { analyzeMessage } from '../lib/apology/index';

// A realistic mix: a greeting, an apology with several parts, then ordinary email prose, repeated.
const PARAGRAPH =
  "Hi Sam,\n\nI'm really sorry I snapped at you in the meeting yesterday. I was stressed about the deadline, but " +
  "that's no excuse, and I know it embarrassed you in front of the team. Can we grab a coffee tomorrow so I can make it right? " +
  "From now on I'll take a breath before I reply.\n\nOn the budget: the numbers for the third quarter look fine, the " +
  'vendor invoices are attached, and the review is still on Thursday at ten. Let me know if the room works for you. ';

function message(length: number): string {
  return PARAGRAPH.repeat(Math.ceil(length / PARAGRAPH.length)).slice(0, length);
}

// The plain keyword scan Just Not Sorry does, run on the same text for the ratio.
const KEYWORDS = /sorry|apologi[sz]e|apologies|forgive/gi;
function keywordScan(text: string): number {
  return text.match(KEYWORDS)?.length ?? 0;
}

for (const length of [200, 5_000, 100_000]) {
  const text = message(length);
  describe(`${length.toLocaleString('en')} characters`, () => {
    bench('analyzeMessage', () => {
      analyzeMessage(text);
    });
    bench('keyword scan', () => {
      keywordScan(text);
    });
  });
}
