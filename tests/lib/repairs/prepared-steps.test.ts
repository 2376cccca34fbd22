import { expect, test } from 'vitest';
import { changesFromPreparedSteps } from '../../../lib/repairs/prepared-steps';

const labels = { opening: 'How I will open', checkIn: 'Checking in' };
const empty = { whatHappened: '', admission: '', repairPlan: '', notes: '' };

test.each([
  ['nothing written changes nothing', empty, {}, {}],
  ['blank text changes nothing', empty, { admit: '   ' }, {}],
  ['each step lands in its own field', empty, { 'take-stock': 'I snapped.', admit: 'I was harsh.', 'find-a-way': 'Dinner.' }, { whatHappened: 'I snapped.', admission: 'I was harsh.', repairPlan: 'Dinner.' }],
  ['the opening and the check-in go to the notes, labelled', empty, { 'say-you-want-to-repair': 'I want to fix this.', 'be-patient': 'Sunday.' }, { notes: 'How I will open: I want to fix this.\n\nChecking in: Sunday.' }],
  ['what was there is kept, the new text after it', { ...empty, admission: 'Earlier words', notes: 'Where: home' }, { admit: ' New words ', 'be-patient': 'Friday' }, { admission: 'Earlier words\n\nNew words', notes: 'Where: home\n\nChecking in: Friday' }],
])('%s', (_name, repair, written, changes) => {
  expect(changesFromPreparedSteps(repair, written, labels)).toEqual(changes);
});
