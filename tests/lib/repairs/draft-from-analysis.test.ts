import { expect, test } from 'vitest';
import { draftFromAnalysis } from '../../../lib/repairs/draft-from-analysis';
import { LIMITS } from '../../../lib/repairs/limits';
import { repairDraftSchema } from '../../../lib/repairs/schemas';

const text = 'Hi Sam, I am so sorry I snapped at you.\n\nOn Tue, Sam wrote:\n> hey';
const analysis = { weight: 'serious' as const, components: ['regret' as const, 'responsibility' as const], missing: ['repair' as const, 'harm' as const], ownText: { start: 0, end: 39 } };

test.each([
  ['without the opt-in no text travels', false, undefined],
  ['with the opt-in the writer\'s own text is kept', true, 'Hi Sam, I am so sorry I snapped at you.'],
])('%s', (_case, keepExcerpt, excerpt) => {
  const draft = draftFromAnalysis({ person: 'Sam', text, analysis, keepExcerpt });
  expect(draft).toEqual({
    person: 'Sam',
    source: 'nudge',
    channel: 'message',
    status: 'planned',
    weight: 'serious',
    componentsPresent: ['regret', 'responsibility'],
    componentsMissing: ['repair', 'harm'],
    ...(excerpt === undefined ? {} : { excerpt }),
  });
  expect(repairDraftSchema.safeParse(draft).success).toBe(true);
});

test('no weight is recorded for a message that is not an apology, and a long excerpt is cut to the limit', () => {
  const long = 'x'.repeat(LIMITS.excerpt + 500);
  const draft = draftFromAnalysis({ person: 'Sam', text: long, analysis: { ...analysis, weight: 'none', ownText: { start: 0, end: long.length } }, keepExcerpt: true });
  expect(draft.weight).toBeUndefined();
  expect(draft.excerpt).toHaveLength(LIMITS.excerpt);
});
