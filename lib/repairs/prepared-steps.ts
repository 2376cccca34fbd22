import type { AmendsStep } from './five-steps';
import { LIMITS } from './limits';
import type { Repair, RepairChanges } from './schemas';

type StepId = AmendsStep['id'];

/** Labels for the notes that have no field of their own on a repair. */
export interface PreparedLabels {
  opening: string;
  checkIn: string;
}

/**
 * What the user wrote for each step while planning an existing repair, as changes to it: each step lands in its own
 * field (the opening and the check-in in the notes, labelled), appended to what was already there, never replacing it.
 */
export function changesFromPreparedSteps(
  repair: Pick<Repair, 'whatHappened' | 'admission' | 'repairPlan' | 'notes'>,
  written: Partial<Record<StepId, string>>,
  labels: PreparedLabels,
): RepairChanges {
  const text = (id: StepId) => written[id]?.trim() ?? '';
  const append = (existing: string, added: string[]) => [existing.trim(), ...added].filter(Boolean).join('\n\n').slice(0, LIMITS.longText);
  const changes: RepairChanges = {};
  if (text('take-stock')) changes.whatHappened = append(repair.whatHappened, [text('take-stock')]);
  if (text('admit')) changes.admission = append(repair.admission, [text('admit')]);
  if (text('find-a-way')) changes.repairPlan = append(repair.repairPlan, [text('find-a-way')]);
  const notes = [
    ...(text('say-you-want-to-repair') ? [`${labels.opening}: ${text('say-you-want-to-repair')}`] : []),
    ...(text('be-patient') ? [`${labels.checkIn}: ${text('be-patient')}`] : []),
  ];
  if (notes.length > 0) changes.notes = append(repair.notes, notes);
  return changes;
}
