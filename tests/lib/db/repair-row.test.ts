import { expect, test } from 'vitest';
import { fromRepairRow, repairFacts, toRepairRow } from '../../../lib/db/repair-row';
import type { Repair } from '../../../lib/repairs/schemas';
import { DAY, makeRepair, T0 } from './records';

test.each<[string, Partial<Repair>, ReturnType<typeof repairFacts>]>([
  ['a plain repair', {}, { real: T0, channel: 'in-person', promises: [] }],
  ['apologised two days after the incident', { incidentAt: T0 - 2 * DAY, apologisedAt: T0 }, { real: T0, channel: 'in-person', toApology: 2 * DAY, promises: [] }],
  ['an apology dated before the incident is left out', { incidentAt: T0, apologisedAt: T0 - DAY }, { real: T0, channel: 'in-person', promises: [] }],
  [
    'resolved three days after the apology, by call',
    { channel: 'call', apologisedAt: T0, resolvedAt: T0 + 3 * DAY, status: 'resolved' },
    { real: T0, channel: 'call', toResolved: 3 * DAY, promises: [] },
  ],
  [
    'two promises with the same state count twice',
    {
      commitments: [
        { id: 'a', text: 'x', kept: 'yes' },
        { id: 'b', text: 'y', kept: 'yes' },
        { id: 'c', text: 'z', kept: 'no' },
      ],
    },
    { real: T0, channel: 'in-person', promises: [['yes', 0], ['yes', 1], ['no', 2]] },
  ],
  ['practice: only marked as practice, so it is in no figure', { practice: true, incidentAt: T0 - DAY, apologisedAt: T0, commitments: [{ id: 'a', text: 'x', kept: 'yes' }] }, { practice: T0 }],
])('facts of %s', (_case, change, facts) => {
  const repair = makeRepair(change);
  expect(repairFacts(repair)).toEqual(facts);
  const row = toRepairRow(repair);
  expect(row.facts).toEqual(facts);
  expect(fromRepairRow(row)).toEqual(repair);
});

test('stale facts on the way in are recomputed', () => {
  const repair = makeRepair({ channel: 'video' });
  expect(toRepairRow({ ...repair, facts: { real: 1, channel: 'call' } } as Repair).facts).toEqual({ real: T0, channel: 'video', promises: [] });
});
