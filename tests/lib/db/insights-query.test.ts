import { afterEach, beforeEach, expect, test } from 'vitest';
import type { AmendsDb } from '../../../lib/db/amends-db';
import { readStatistics } from '../../../lib/db/insights-query';
import { addRepair } from '../../../lib/db/repair-writes';
import { reviewDataSet } from '../../../bench/review-data-set';
import type { FollowUp, Repair } from '../../../lib/repairs/schemas';
import { computeStatistics } from '../../../lib/repairs/statistics';
import { DAY, freshDb, makeFollowUp, makeRepair } from './records';
import { spyOnReads, type RecordedRead } from './query-spy';

const jan = new Date(2026, 0, 15, 12).getTime();
const feb = new Date(2026, 1, 15, 12).getTime();
const now = new Date(2026, 2, 1).getTime();

let db: AmendsDb;
let reads: RecordedRead[];
beforeEach(() => {
  db = freshDb();
  reads = spyOnReads(db);
});
afterEach(async () => {
  await db.delete();
});

type Log = { repairs: Repair[]; followUps: FollowUp[] };

function smallLog(): Log {
  const a = makeRepair({
    id: 'a',
    createdAt: jan,
    channel: 'in-person',
    incidentAt: jan - 2 * DAY,
    apologisedAt: jan,
    commitments: [
      { id: 'a1', text: 'call weekly', kept: 'yes', settledAt: feb },
      { id: 'a2', text: 'no phone at dinner', kept: 'no', settledAt: feb },
      { id: 'a3', text: 'plan the trip', kept: 'not-yet' },
      { id: 'a4', text: 'call weekly, again', kept: 'yes' },
    ],
  });
  const b = makeRepair({ id: 'b', createdAt: jan + DAY, channel: 'message', incidentAt: jan, apologisedAt: jan + 4 * DAY, status: 'resolved', resolvedAt: jan + 7 * DAY });
  const c = makeRepair({ id: 'c', createdAt: feb, channel: 'call', incidentAt: feb, person: 'sam', personKey: 'sam', status: 'door-open' });
  const d = makeRepair({ id: 'd', createdAt: feb, channel: 'video', incidentAt: feb, apologisedAt: feb + 9 * DAY, status: 'resolved', resolvedAt: feb + 8 * DAY });
  return {
    repairs: [a, b, c, d],
    followUps: [
      makeFollowUp('a', { dueAt: jan, doneAt: jan - DAY }),
      makeFollowUp('a', { dueAt: jan, doneAt: jan + DAY }),
      makeFollowUp('b', { dueAt: jan, doneAt: jan + DAY + 1 }),
      makeFollowUp('b', { dueAt: jan }),
      makeFollowUp('c', { dueAt: jan, snoozedUntil: now + DAY }),
      makeFollowUp('c', { dueAt: now + DAY }),
      makeFollowUp('d', { dueAt: now + 2 * DAY, doneAt: now - DAY }),
    ],
  };
}

function withPractice(log: Log): Log {
  const practice = makeRepair({
    id: 'p',
    practice: true,
    createdAt: feb,
    channel: 'in-person',
    incidentAt: feb - 50 * DAY,
    apologisedAt: feb,
    status: 'planned',
    person: 'Practice person',
    commitments: [{ id: 'p1', text: 'x', kept: 'yes' }],
  });
  const followUps = [makeFollowUp('p', { dueAt: jan }), makeFollowUp('p', { dueAt: jan, doneAt: jan }), makeFollowUp('p', { dueAt: jan, doneAt: jan + 5 * DAY })];
  return { repairs: [...log.repairs, practice], followUps: [...log.followUps, ...followUps] };
}

function acrossYears(): Log {
  const repairs = [0, 1, 2, 3, 4].map((i) =>
    makeRepair({
      id: `y${i}`,
      createdAt: new Date(2025, 10 + i * 2, 28, 23).getTime(),
      incidentAt: new Date(2025, 10 + i * 2, 20).getTime(),
      apologisedAt: new Date(2025, 10 + i * 2, 21 + i).getTime(),
      status: i % 2 ? 'resolved' : 'apologised',
      ...(i % 2 ? { resolvedAt: new Date(2025, 10 + i * 2, 25 + i).getTime() } : {}),
      person: i % 2 ? 'Robin' : 'Zoë',
      personKey: i % 2 ? 'robin' : 'zoe',
    }),
  );
  return { repairs, followUps: [] };
}

const fromBench = (): Log => reviewDataSet(now, 200, 3);

test.each<[string, () => Log]>([
  ['an empty log', () => ({ repairs: [], followUps: [] })],
  ['a small log (even medians, early, on-grace, late, missed, snoozed and future follow-ups)', smallLog],
  ['a log with a practice repair and its follow-ups', () => withPractice(smallLog())],
  ['only practice', () => withPractice({ repairs: [], followUps: [] })],
  ['months across a new year, odd medians, several people', acrossYears],
  ['the benchmark data set, 200 repairs', fromBench],
])('Insights from the indexes equal the figures computed from every record: %s', async (_name, log) => {
  const { repairs, followUps } = log();
  for (const repair of repairs) {
    await addRepair(
      db,
      repair,
      followUps.filter((f) => f.repairId === repair.id),
    );
  }
  reads.length = 0;
  const fromIndexes = await readStatistics(db, now);
  const byId = [...repairs].sort((a, b) => (a.id < b.id ? -1 : 1));
  const expected = computeStatistics(byId, followUps, now);
  expect({ ...fromIndexes, medianDaysToApology: null, medianDaysToResolved: null }).toEqual({ ...expected, medianDaysToApology: null, medianDaysToResolved: null });
  for (const key of ['medianDaysToApology', 'medianDaysToResolved'] as const) {
    if (expected[key] === null) expect(fromIndexes[key]).toBeNull();
    else expect(fromIndexes[key]).toBeCloseTo(expected[key], 9);
  }
  // Never a whole table: only indexes, and records only where they are few (open ones, practice follow-ups).
  expect(reads.filter((r) => r.index === null)).toEqual([]);
  expect(reads.length).toBeGreaterThan(0);
});
