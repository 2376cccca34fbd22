import { describe, expect, test } from 'vitest';
import { computeStatistics, median } from '../../../lib/repairs/statistics';
import { DAY, makeFollowUp, makeRepair } from '../db/records';

const jan = new Date(2026, 0, 15, 12).getTime();
const feb = new Date(2026, 1, 15, 12).getTime();
const now = new Date(2026, 2, 1).getTime();

describe('statistics', () => {
  test('an empty log gives zeros and nulls, never NaN', () => {
    expect(computeStatistics([], [], now)).toEqual({
      repairs: 0,
      promises: { kept: 0, broken: 0, open: 0, keptRate: null },
      followUps: { due: 0, onTime: 0, late: 0, missed: 0, onTimeRate: null },
      medianDaysToApology: null,
      medianDaysToResolved: null,
      inPersonShare: null,
      inPersonOrVoiceShare: null,
      repairsPerMonth: [],
      peopleWithOpenRepairs: [],
    });
  });

  test('figures for a small log', () => {
    const repairs = [
      makeRepair({
        createdAt: jan,
        channel: 'in-person',
        incidentAt: jan - 2 * DAY,
        apologisedAt: jan,
        commitments: [
          { id: 'a', text: 'call weekly', kept: 'yes', settledAt: feb },
          { id: 'b', text: 'no phone at dinner', kept: 'no', settledAt: feb },
          { id: 'c', text: 'plan the trip', kept: 'not-yet' },
        ],
      }),
      makeRepair({ createdAt: jan + DAY, channel: 'message', incidentAt: jan, apologisedAt: jan + 4 * DAY }),
      makeRepair({ createdAt: feb, channel: 'call', incidentAt: feb }),
      makeRepair({ createdAt: feb, channel: 'in-person', incidentAt: feb, apologisedAt: feb + 9 * DAY }),
    ];
    const followUps = [
      makeFollowUp('r', { dueAt: jan, doneAt: jan - DAY }), // early: on time
      makeFollowUp('r', { dueAt: jan, doneAt: jan + DAY }), // within a day: on time
      makeFollowUp('r', { dueAt: jan, doneAt: jan + 3 * DAY }), // late
      makeFollowUp('r', { dueAt: jan }), // missed
      makeFollowUp('r', { dueAt: now + DAY }), // not due yet: not counted
      makeFollowUp('r', { dueAt: now + 2 * DAY, doneAt: now - DAY }), // done ahead of time: on time
    ];
    const stats = computeStatistics(repairs, followUps, now);
    expect(stats.promises).toEqual({ kept: 1, broken: 1, open: 1, keptRate: 0.5 });
    expect(stats.followUps).toEqual({ due: 5, onTime: 3, late: 1, missed: 1, onTimeRate: 0.6 });
    expect(stats.medianDaysToApology).toBe(4); // 2, 4, 9
    expect(stats.inPersonShare).toBe(0.5);
    expect(stats.inPersonOrVoiceShare).toBe(0.75); // in person twice, a call once, a message once
    expect(stats.repairsPerMonth).toEqual([
      { month: '2026-01', count: 2 },
      { month: '2026-02', count: 2 },
    ]);
  });

  test('practice repairs and their follow-ups count for nothing', () => {
    const real = makeRepair({ id: 'real', commitments: [{ id: 'a', text: 'call', kept: 'no' }] });
    const practice = makeRepair({ id: 'practice', practice: true, channel: 'message', commitments: [{ id: 'b', text: 'x', kept: 'yes' }] });
    const stats = computeStatistics([real, practice], [makeFollowUp('practice', { dueAt: jan })], now);
    expect(stats.repairs).toBe(1);
    expect(stats.promises.keptRate).toBe(0);
    expect(stats.followUps.due).toBe(0);
    expect(stats.inPersonShare).toBe(1);
  });

  test.each([
    ['resolved after 3 and 5 days', [3, 5], 4],
    ['one resolved after 10 days', [10], 10],
    ['none resolved', [], null],
  ])('days from apology to resolved: %s', (_name, delays, expected) => {
    const repairs = delays.map((d) => makeRepair({ status: 'resolved', apologisedAt: jan, resolvedAt: jan + d * DAY }));
    repairs.push(makeRepair({ status: 'repairing', apologisedAt: jan }));
    expect(computeStatistics(repairs, [], now).medianDaysToResolved).toBe(expected);
  });

  test('people with open repairs: one entry per person key, most open first, resolved ones not counted', () => {
    const repairs = [
      makeRepair({ person: 'Sam', personKey: 'sam', status: 'planned' }),
      makeRepair({ person: 'sam', personKey: 'sam', status: 'door-open' }),
      makeRepair({ person: 'Robin', personKey: 'robin', status: 'repairing' }),
      makeRepair({ person: 'Mum', personKey: 'mum', status: 'resolved' }),
    ];
    expect(computeStatistics(repairs, [], now).peopleWithOpenRepairs).toEqual([
      { personKey: 'sam', person: 'Sam', open: 2 },
      { personKey: 'robin', person: 'Robin', open: 1 },
    ]);
  });

  test.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
