import { describe, expect, test } from 'vitest';
import { repairDraftSchema, repairSchema } from '../../../lib/repairs/schemas';
import { makeRepair, T0 } from '../db/records';

describe('repair schema', () => {
  test('a complete repair parses unchanged', () => {
    const repair = makeRepair({ plannedTalkAt: T0, excerpt: 'sorry', siteHost: 'mail.google.com', weight: 'serious' });
    expect(repairSchema.parse(repair)).toEqual(repair);
  });

  test.each([
    ['an empty person', { person: ' ' }],
    ['an unknown relationship', { relationship: 'boss' }],
    ['an unknown channel', { channel: 'fax' }],
    ['an unknown status', { status: 'forgiven' }],
    ['a date as text', { createdAt: '2026-01-01' }],
    ['a negative date', { createdAt: -1 }],
    ['an unknown component', { componentsMissing: ['vibes'] }],
    ['a commitment without text', { commitments: [{ id: 'c', text: '', kept: 'yes' }] }],
    ['an oversized excerpt', { excerpt: 'x'.repeat(2_001) }],
  ])('refuses %s', (_case, change) => {
    expect(repairSchema.safeParse({ ...makeRepair(), ...change }).success).toBe(false);
  });

  test('a draft needs only a person; everything else has a default', () => {
    expect(repairDraftSchema.parse({ person: ' Sam ' })).toMatchObject({
      person: 'Sam',
      relationship: 'other',
      channel: 'in-person',
      status: 'planned',
      source: 'manual',
      commitments: [],
      componentsPresent: [],
    });
  });
});
