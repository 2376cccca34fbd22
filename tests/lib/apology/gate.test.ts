import { expect, test } from 'vitest';
import { analyzeMessage } from '../../../lib/apology';
import { mayHoldApology } from '../../../lib/apology/gate';

// The gate may let through what is no apology (the full analysis decides), but never stop one.
test.each([
  "I'm sorry I snapped at you yesterday.",
  'My bad, that was on me.',
  'I apologise for the delay.',
  'Please forgive me.',
  'That was unfair of me, I regret it.',
])('lets %j through to the full analysis', (text) => {
  expect(analyzeMessage(text).isApology).toBe(true);
  expect(mayHoldApology(text)).toBe(true);
});

test.each(['Thanks for covering my shift, see you Friday.', 'Lunch at noon?', ''])('stops %j in the content script', (text) => {
  expect(mayHoldApology(text)).toBe(false);
});
