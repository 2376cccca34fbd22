import { describe, expect, test } from 'vitest';
import { repairDraftSchema } from '../../../lib/repairs/schemas';
import { amendsSteps } from '../../../lib/repairs/five-steps';
import { applyRepairChanges, createRepair } from '../../../lib/repairs/new-repair';
import { describeDue, describeSummary } from '../../../lib/repairs/notification-text';
import { talkCalendarFile } from '../../../lib/repairs/talk-calendar';
import { DAY, makeFollowUp, makeRepair, T0 } from '../db/records';

const clock = () => {
  let n = 0;
  return { now: T0, newId: () => `id-${++n}` };
};

describe('logging and editing a repair', () => {
  const draft = repairDraftSchema.parse({
    person: 'Sam',
    excerpt: 'I am sorry I snapped',
    commitments: [{ text: 'Stop interrupting' }],
  });

  test('fills ids and dates; promises start "not yet"', () => {
    const repair = createRepair(draft, clock(), true);
    expect(repair).toMatchObject({
      id: 'id-1',
      createdAt: T0,
      updatedAt: T0,
      status: 'planned',
      excerpt: 'I am sorry I snapped',
      commitments: [{ id: 'id-2', text: 'Stop interrupting', kept: 'not-yet' }],
    });
    expect('apologisedAt' in repair).toBe(false);
  });

  test('the message excerpt is dropped unless the user opted in', () => {
    expect('excerpt' in createRepair(draft, clock(), false)).toBe(false);
  });

  test('reaching "apologised" records when, once', () => {
    const repair = createRepair(draft, clock(), false);
    const apologised = applyRepairChanges(repair, { status: 'apologised' }, T0 + DAY);
    expect(apologised).toMatchObject({ apologisedAt: T0 + DAY, updatedAt: T0 + DAY });
    expect(applyRepairChanges(apologised, { status: 'resolved' }, T0 + 5 * DAY).apologisedAt).toBe(T0 + DAY);
    expect(applyRepairChanges(repair, { status: 'door-open' }, T0 + DAY).apologisedAt).toBeUndefined();
  });

  test('reaching "resolved" records when; reopening clears it, resolving again records anew', () => {
    const repair = createRepair(draft, clock(), false);
    const resolved = applyRepairChanges(repair, { status: 'resolved' }, T0 + 2 * DAY);
    expect(resolved.resolvedAt).toBe(T0 + 2 * DAY);
    expect(applyRepairChanges(resolved, { notes: 'still fine' }, T0 + 3 * DAY).resolvedAt).toBe(T0 + 2 * DAY);
    const reopened = applyRepairChanges(resolved, { status: 'repairing' }, T0 + 4 * DAY);
    expect('resolvedAt' in reopened).toBe(false);
    expect(applyRepairChanges(reopened, { status: 'resolved' }, T0 + 6 * DAY).resolvedAt).toBe(T0 + 6 * DAY);
  });

  test('settling a promise records when; un-settling clears it', () => {
    const repair = createRepair(draft, clock(), false);
    const [promise] = repair.commitments;
    const kept = applyRepairChanges(repair, { commitments: [{ ...promise!, kept: 'yes' }] }, T0 + DAY);
    expect(kept.commitments[0]).toEqual({ ...promise, kept: 'yes', settledAt: T0 + DAY });
    const again = applyRepairChanges(kept, { notes: 'still going' }, T0 + 2 * DAY);
    expect(again.commitments[0]!.settledAt).toBe(T0 + DAY);
    const reopened = applyRepairChanges(kept, { commitments: [{ ...promise!, kept: 'not-yet' }] }, T0 + 3 * DAY);
    expect('settledAt' in reopened.commitments[0]!).toBe(false);
  });
});

test('the five steps of making amends, in order, each with prompts', () => {
  expect(amendsSteps.map((s) => s.title)).toEqual([
    'Take stock of the damage',
    'Say you want to repair it',
    'Admit the mistake',
    'Find a way to repair',
    'Be patient and keep your promises',
  ]);
  expect(amendsSteps.every((s) => s.prompts.length > 0 && s.why.length > 0)).toBe(true);
});

describe('notification text names the person and what is due', () => {
  const repair = makeRepair({
    person: 'Sam',
    repairPlan: 'Offer to redo the slides together',
    commitments: [{ id: 'c1', text: 'Send the draft by Friday', kept: 'not-yet' }],
  });
  test.each([
    ['talk', undefined, 'Your talk with Sam is coming up', 'Your plan: Offer to redo the slides together'],
    ['check-in', undefined, 'Check in with Sam', 'See how they are doing'],
    ['promise', 'c1', 'A promise to Sam is due', 'You said: Send the draft by Friday'],
  ] as const)('%s', (kind, commitmentId, title, message) => {
    const text = describeDue({ repair, followUp: makeFollowUp(repair.id, { kind, commitmentId }) });
    expect(text.title).toBe(title);
    expect(text.message).toContain(message);
  });

  test('a summary counts them', () => {
    expect(describeSummary(5).title).toBe('5 follow-ups are due');
  });
});

describe('calendar file', () => {
  test('a planned talk becomes a UTC event with a reminder, naming only the person', () => {
    const at = Date.UTC(2026, 2, 14, 18, 30);
    const file = talkCalendarFile(makeRepair({ id: 'r-1', person: 'Zoë Ng', plannedTalkAt: at, whatHappened: 'secret' }));
    expect(file.filename).toBe('talk-with-zoe-ng.ics');
    expect(file.content).toContain('BEGIN:VEVENT');
    expect(file.content).toContain('UID:r-1@amends.app');
    expect(file.content).toContain('SUMMARY:Talk with Zoë Ng');
    expect(file.content).toContain('DTSTART:20260314T183000Z');
    expect(file.content).toContain('BEGIN:VALARM');
    expect(file.content).not.toContain('secret');
  });

  test('no planned talk, no file', () => {
    expect(() => talkCalendarFile(makeRepair())).toThrow('No talk is planned');
  });
});
