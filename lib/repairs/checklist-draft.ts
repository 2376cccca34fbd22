import { z } from 'zod/mini';
import { fromDateInput, fromDateTimeLocal } from './local-time';
import { LIMITS } from './limits';
import { relationships, type RepairDraft } from './schemas';

/** The screens of "Prepare a conversation", in order: who, the five steps, then the talk. */
export const checklistScreens = ['who', 'take-stock', 'say-you-want-to-repair', 'admit', 'find-a-way', 'be-patient', 'talk'] as const;
export type ChecklistScreen = (typeof checklistScreens)[number];

/** Ways to have the talk the checklist offers: in person first, a call or video as the second best. */
export const talkChannels = ['in-person', 'call', 'video'] as const;
export type TalkChannel = (typeof talkChannels)[number];

const text = (max: number) => z.string().check(z.maxLength(max));

/** The checklist as the user is filling it in: raw field values, exactly as typed, and the open screen. */
export const checklistDraftSchema = z.object({
  screen: z.enum(checklistScreens),
  /** Whether the checklist was the open view: reopening the popup goes straight back to it. */
  open: z.boolean(),
  person: text(LIMITS.person),
  relationship: z.enum(relationships),
  /** A `date` input's value ("2026-11-28") or "". */
  incidentDate: text(10),
  whatHappened: text(LIMITS.longText),
  theirPerspective: text(LIMITS.longText),
  opening: text(LIMITS.longText),
  admission: text(LIMITS.longText),
  repairPlan: text(LIMITS.longText),
  /** One promise per line. */
  promises: text(LIMITS.longText),
  checkIn: text(LIMITS.longText),
  channel: z.enum(talkChannels),
  /** A `datetime-local` input's value ("2026-12-01T19:00") or "". */
  talkAt: text(16),
  where: text(LIMITS.longText),
  whyNotInPerson: text(LIMITS.longText),
});

export type ChecklistDraft = z.output<typeof checklistDraftSchema>;

export const emptyChecklistDraft: ChecklistDraft = {
  screen: 'who',
  open: false,
  person: '',
  relationship: 'other',
  incidentDate: '',
  whatHappened: '',
  theirPerspective: '',
  opening: '',
  admission: '',
  repairPlan: '',
  promises: '',
  checkIn: '',
  channel: 'in-person',
  talkAt: '',
  where: '',
  whyNotInPerson: '',
};

/**
 * A stored draft read back field by field: a field that no longer parses (an older shape, a bad value) falls back to
 * empty, and every other field is kept.
 */
export function parseChecklistDraft(value: unknown): ChecklistDraft {
  const record = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const shape = checklistDraftSchema.shape;
  const draft: Record<string, unknown> = { ...emptyChecklistDraft };
  for (const key of Object.keys(shape) as Array<keyof ChecklistDraft>) {
    const parsed = shape[key].safeParse(record[key]);
    if (parsed.success) draft[key] = parsed.data;
  }
  return draft as ChecklistDraft;
}

/** True when nothing has been typed yet: no draft worth keeping or offering to continue. */
export function isEmptyDraft(draft: ChecklistDraft): boolean {
  return (Object.keys(emptyChecklistDraft) as Array<keyof ChecklistDraft>).every(
    (key) => key === 'screen' || key === 'open' || draft[key] === emptyChecklistDraft[key],
  );
}

/** Promises, one per line: trimmed, blank lines dropped, within the limits the background checks. */
export function promisesFrom(lines: string): string[] {
  return lines
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.slice(0, LIMITS.promise))
    .slice(0, LIMITS.promises);
}

/** The labels written into the repair's notes, in the user's language. */
export interface NoteLabels {
  opening: string;
  checkIn: string;
  where: string;
  whyNotInPerson: string;
}

export type DraftProblem = 'no-person' | 'talk-time-invalid' | 'talk-time-past';

export type DraftResult = { ok: true; draft: RepairDraft } | { ok: false; problem: DraftProblem; screen: ChecklistScreen };

/** The talk time a draft names, checked: empty is fine (plan it later), a past or unreadable time is not. */
export function talkTimeOf(draft: Pick<ChecklistDraft, 'talkAt'>, now: number): { ok: true; at?: number } | { ok: false; problem: DraftProblem } {
  if (draft.talkAt.trim() === '') return { ok: true };
  const at = fromDateTimeLocal(draft.talkAt);
  if (at === undefined) return { ok: false, problem: 'talk-time-invalid' };
  if (at <= now) return { ok: false, problem: 'talk-time-past' };
  return { ok: true, at };
}

/** Where and why, as the notes a repair keeps for the talk. */
export function talkNotes(draft: Pick<ChecklistDraft, 'channel' | 'where' | 'whyNotInPerson'>, labels: NoteLabels): string[] {
  return draft.channel === 'in-person' ? labelled(labels.where, draft.where) : labelled(labels.whyNotInPerson, draft.whyNotInPerson);
}

/** The repair the checklist logs (source "checklist"), or the first problem and the screen to fix it on. */
export function repairFromChecklist(draft: ChecklistDraft, now: number, labels: NoteLabels): DraftResult {
  const person = draft.person.trim();
  if (!person) return { ok: false, problem: 'no-person', screen: 'who' };
  const talk = talkTimeOf(draft, now);
  if (!talk.ok) return { ok: false, problem: talk.problem, screen: 'talk' };
  const incidentAt = draft.incidentDate ? fromDateInput(draft.incidentDate) : undefined;
  const notes = [...labelled(labels.opening, draft.opening), ...labelled(labels.checkIn, draft.checkIn), ...talkNotes(draft, labels)].join('\n\n');
  return {
    ok: true,
    draft: {
      person,
      relationship: draft.relationship,
      ...(incidentAt !== undefined && incidentAt <= now ? { incidentAt } : {}),
      whatHappened: draft.whatHappened.trim(),
      theirPerspective: draft.theirPerspective.trim(),
      admission: draft.admission.trim(),
      repairPlan: draft.repairPlan.trim(),
      commitments: promisesFrom(draft.promises).map((promise) => ({ text: promise })),
      channel: draft.channel,
      ...(talk.at !== undefined ? { plannedTalkAt: talk.at } : {}),
      status: 'planned',
      source: 'checklist',
      notes: notes.slice(0, LIMITS.longText),
    },
  };
}

function labelled(label: string, value: string): string[] {
  const trimmed = value.trim();
  return trimmed ? [`${label}: ${trimmed}`] : [];
}
