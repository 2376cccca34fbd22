import { describe, expect, test } from 'vitest';
import {
  emptyChecklistDraft,
  isEmptyDraft,
  parseChecklistDraft,
  promisesFrom,
  repairFromChecklist,
  type ChecklistDraft,
} from '../../../lib/repairs/checklist-draft';
import { LIMITS } from '../../../lib/repairs/limits';
import { repairDraftSchema } from '../../../lib/repairs/schemas';

const NOW = new Date(2026, 11, 1, 14, 0).getTime();
const labels = { opening: 'Opening', checkIn: 'Checking in', where: 'Where', whyNotInPerson: 'Why not in person' };
const draft = (changes: Partial<ChecklistDraft>): ChecklistDraft => ({ ...emptyChecklistDraft, ...changes });

describe('reading a stored draft back', () => {
  test('a whole draft comes back exactly', () => {
    const full = draft({ screen: 'admit', open: true, person: 'Sam', relationship: 'partner', admission: 'I snapped.', promises: 'a\nb', talkAt: '2026-12-02T19:00' });
    expect(parseChecklistDraft(structuredClone(full))).toEqual(full);
  });

  test.each([
    ['nothing stored', undefined, emptyChecklistDraft],
    ['not an object', 'hello', emptyChecklistDraft],
    ['an unknown screen keeps the rest', { screen: 'step-9', person: 'Sam' }, draft({ person: 'Sam' })],
    ['a wrong type keeps the rest', { person: 42, admission: 'I was wrong' }, draft({ admission: 'I was wrong' })],
    ['a too-long name is dropped, not cut', { person: 'x'.repeat(LIMITS.person + 1), opening: 'Hi' }, draft({ opening: 'Hi' })],
  ])('%s', (_name, stored, expected) => {
    expect(parseChecklistDraft(stored)).toEqual(expected);
  });

  test.each([
    [emptyChecklistDraft, true],
    [draft({ screen: 'talk', open: true }), true],
    [draft({ person: 'Sam' }), false],
    [draft({ channel: 'call' }), false],
  ])('empty? %#', (value, empty) => {
    expect(isEmptyDraft(value)).toBe(empty);
  });
});

describe('promises, one per line', () => {
  test.each([
    ['', []],
    ['Ask before I answer', ['Ask before I answer']],
    ['  one \n\n two\r\nthree  \n', ['one', 'two', 'three']],
  ])('%j', (lines, expected) => {
    expect(promisesFrom(lines)).toEqual(expected);
  });

  test('no more than the background accepts', () => {
    expect(promisesFrom(Array.from({ length: LIMITS.promises + 5 }, (_, i) => `p${i}`).join('\n'))).toHaveLength(LIMITS.promises);
    expect(promisesFrom('x'.repeat(LIMITS.promise + 10))[0]).toHaveLength(LIMITS.promise);
  });
});

describe('the repair a checklist logs', () => {
  test('carries every step, the promises and the talk, as a valid draft with source "checklist"', () => {
    const result = repairFromChecklist(
      draft({
        person: '  Sam ',
        relationship: 'partner',
        incidentDate: '2026-11-28',
        whatHappened: 'I snapped at Sam.',
        theirPerspective: 'They felt small.',
        opening: 'I want to repair it.',
        admission: 'I was harsh.',
        repairPlan: 'Cook dinner together.',
        promises: 'Ask before I answer\nPause before replying',
        checkIn: 'On Sunday.',
        talkAt: '2026-12-02T19:00',
        where: 'At home, on the sofa',
      }),
      NOW,
      labels,
    );
    if (!result.ok) throw new Error(result.problem);
    expect(result.draft).toEqual({
      person: 'Sam',
      relationship: 'partner',
      incidentAt: new Date(2026, 10, 28).getTime(),
      whatHappened: 'I snapped at Sam.',
      theirPerspective: 'They felt small.',
      admission: 'I was harsh.',
      repairPlan: 'Cook dinner together.',
      commitments: [{ text: 'Ask before I answer' }, { text: 'Pause before replying' }],
      channel: 'in-person',
      plannedTalkAt: new Date(2026, 11, 2, 19, 0).getTime(),
      status: 'planned',
      source: 'checklist',
      notes: 'Opening: I want to repair it.\n\nChecking in: On Sunday.\n\nWhere: At home, on the sofa',
    });
    expect(repairDraftSchema.safeParse(result.draft).success).toBe(true);
  });

  test('a call keeps why it is not in person, and no where', () => {
    const result = repairFromChecklist(draft({ person: 'Ana', channel: 'call', where: 'café', whyNotInPerson: 'She lives abroad' }), NOW, labels);
    expect(result).toMatchObject({ ok: true, draft: { channel: 'call', notes: 'Why not in person: She lives abroad' } });
  });

  test.each([
    ['no person', draft({ person: '   ' }), 'no-person', 'who'],
    ['a time that has passed', draft({ person: 'Sam', talkAt: '2026-12-01T13:00' }), 'talk-time-past', 'talk'],
    ['a time that is not one', draft({ person: 'Sam', talkAt: '2026-02-30T10:00' }), 'talk-time-invalid', 'talk'],
  ])('refuses %s, naming the screen to fix it on', (_name, value, problem, screen) => {
    expect(repairFromChecklist(value, NOW, labels)).toEqual({ ok: false, problem, screen });
  });

  test('no talk time yet is fine, and an incident "in the future" is left out', () => {
    const result = repairFromChecklist(draft({ person: 'Sam', incidentDate: '2027-01-01' }), NOW, labels);
    expect(result.ok && result.draft.plannedTalkAt).toBeUndefined();
    expect(result.ok && result.draft.incidentAt).toBeUndefined();
  });
});
