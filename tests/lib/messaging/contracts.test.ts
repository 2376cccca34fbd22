import { expect, test } from 'vitest';
import { contracts } from '../../../lib/messaging/contracts';

test('every contract is registered under its own type name', () => {
  for (const [name, contract] of Object.entries(contracts)) expect(contract.type).toBe(name);
});

test.each([
  ['logRepair', { person: 'Sam' }, true],
  ['logRepair', {}, false],
  ['logRepair', { person: 'Sam', status: 'forgiven' }, false],
  ['logRepair', { person: 'Sam', followUps: 'none' }, true],
  ['logRepair', { person: 'Sam', followUps: 'default' }, true],
  ['logRepair', { person: 'Sam', followUps: 'later' }, false],
  ['logRepair', { person: 'Sam', followUps: [] }, false],
  ['planTalk', { repairId: 'r', at: 1 }, true],
  ['planTalk', { repairId: 'r', at: 'tomorrow' }, false],
  ['addFollowUp', { repairId: 'r', kind: 'promise', dueAt: 1 }, true],
  ['addFollowUp', { repairId: 'r', kind: 'nag', dueAt: 1 }, false],
  ['completeFollowUp', { id: 'f', outcome: 'went-well' }, true],
  ['completeFollowUp', { id: 'f', outcome: 'great' }, false],
  ['snoozeFollowUp', { id: 'f' }, true],
  ['snoozeFollowUp', { id: 'f', minutes: 1 }, false],
  ['updateRepair', { id: 'r', changes: { status: 'resolved' } }, true],
  ['updateRepair', { id: 'r', changes: { createdAt: 5 } }, true], // unknown keys are dropped, not applied
  ['deleteAllData', { confirm: 'delete everything' }, true],
  ['deleteAllData', { confirm: true }, false],
] as const)('%s accepts %j: %s', (type, payload, valid) => {
  expect(contracts[type].request.safeParse(payload).success).toBe(valid);
});

test('a log that names no follow-up choice gets the default plan, as the popup and options page send it', () => {
  expect(contracts.logRepair.request.parse({ person: 'Sam' }).followUps).toBe('default');
});

test('an edit cannot rewrite system fields', () => {
  const parsed = contracts.updateRepair.request.parse({ id: 'r', changes: { createdAt: 5, status: 'resolved' } });
  expect(parsed.changes).toEqual({ status: 'resolved' });
});
