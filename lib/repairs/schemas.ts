import { z } from 'zod/mini';
import { COMPONENTS } from '../apology/types';
import { LIMITS } from './limits';

/** Every date is stored as epoch milliseconds: indexable, sortable and exact in JSON. */
export const timestampSchema = z.number().check(z.int(), z.gte(0), z.lte(8_640_000_000_000_000));

const idSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.id));

const longText = z.string().check(z.maxLength(LIMITS.longText));

export const relationships = ['partner', 'family', 'friend', 'coworker', 'other'] as const;
export const channels = ['in-person', 'call', 'video', 'message', 'email'] as const;
/** planned → apologised → repairing → resolved; "door-open" when the other person isn't ready yet. */
export const repairStatuses = ['planned', 'apologised', 'repairing', 'resolved', 'door-open'] as const;
export const repairSources = ['nudge', 'checklist', 'manual'] as const;
export const weights = ['light', 'serious'] as const;
export const promiseStates = ['yes', 'no', 'not-yet'] as const;
export const followUpKinds = ['talk', 'check-in', 'promise'] as const;
export const outcomes = ['went-well', 'mixed', 'not-ready', 'no-reply'] as const;
export const apologyComponents = COMPONENTS;

/** A promise made during the repair, and whether it was kept. */
export const commitmentSchema = z.object({
  id: idSchema,
  text: z.string().check(z.minLength(1), z.maxLength(LIMITS.promise)),
  kept: z.enum(promiseStates),
  /** When the user marked it kept or broken. */
  settledAt: z.optional(timestampSchema),
});

export const repairSchema = z.object({
  id: idSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  person: z.string().check(z.trim(), z.minLength(1), z.maxLength(LIMITS.person)),
  /** The person folded for matching (case, accents, spacing): "Sam" and "sam " are one person. See person-key.ts. */
  personKey: z.optional(z.string().check(z.maxLength(LIMITS.person))),
  relationship: z.enum(relationships),
  /** When the hurt happened, if the user said so; feeds "days from incident to apology". */
  incidentAt: z.optional(timestampSchema),
  whatHappened: longText,
  /** How it affected them. */
  theirPerspective: longText,
  admission: longText,
  repairPlan: longText,
  commitments: z.array(commitmentSchema).check(z.maxLength(LIMITS.promises)),
  channel: z.enum(channels),
  plannedTalkAt: z.optional(timestampSchema),
  status: z.enum(repairStatuses),
  /** Set the first time the status reaches "apologised" or beyond. */
  apologisedAt: z.optional(timestampSchema),
  /** Set when the status reaches "resolved"; cleared if the repair is reopened. Feeds "days from apology to resolved". */
  resolvedAt: z.optional(timestampSchema),
  source: z.enum(repairSources),
  siteHost: z.optional(z.string().check(z.maxLength(LIMITS.host))),
  /** Logged on the practice page: kept apart from real repairs and never reminded. */
  practice: z.optional(z.boolean()),
  weight: z.optional(z.enum(weights)),
  componentsPresent: z.array(z.enum(apologyComponents)).check(z.maxLength(apologyComponents.length)),
  componentsMissing: z.array(z.enum(apologyComponents)).check(z.maxLength(apologyComponents.length)),
  /** The message text, only when the user opted in to keeping excerpts. */
  excerpt: z.optional(z.string().check(z.maxLength(LIMITS.excerpt))),
  notes: longText,
});

export const followUpSchema = z.object({
  id: idSchema,
  repairId: idSchema,
  kind: z.enum(followUpKinds),
  /** The commitment a "promise" follow-up checks on. */
  commitmentId: z.optional(idSchema),
  dueAt: timestampSchema,
  doneAt: z.optional(timestampSchema),
  snoozedUntil: z.optional(timestampSchema),
  outcome: z.optional(z.enum(outcomes)),
  note: z.string().check(z.maxLength(LIMITS.excerpt)),
});

export type Relationship = (typeof relationships)[number];
export type Channel = (typeof channels)[number];
export type RepairStatus = (typeof repairStatuses)[number];
export type RepairSource = (typeof repairSources)[number];
export type FollowUpKind = (typeof followUpKinds)[number];
export type Outcome = (typeof outcomes)[number];
export type PromiseState = (typeof promiseStates)[number];
export type Commitment = z.output<typeof commitmentSchema>;
export type Repair = z.output<typeof repairSchema>;
export type FollowUp = z.output<typeof followUpSchema>;

/** What a caller supplies to log a repair; the rest (ids, dates, defaults) is filled in. */
export const repairDraftSchema = z.object({
  person: repairSchema.shape.person,
  relationship: z._default(z.enum(relationships), 'other'),
  incidentAt: z.optional(timestampSchema),
  whatHappened: z._default(longText, ''),
  theirPerspective: z._default(longText, ''),
  admission: z._default(longText, ''),
  repairPlan: z._default(longText, ''),
  commitments: z._default(
    z.array(z.object({ text: commitmentSchema.shape.text })).check(z.maxLength(LIMITS.promises)),
    [],
  ),
  channel: z._default(z.enum(channels), 'in-person'),
  plannedTalkAt: z.optional(timestampSchema),
  status: z._default(z.enum(repairStatuses), 'planned'),
  source: z._default(z.enum(repairSources), 'manual'),
  siteHost: repairSchema.shape.siteHost,
  practice: repairSchema.shape.practice,
  weight: repairSchema.shape.weight,
  componentsPresent: z._default(repairSchema.shape.componentsPresent, []),
  componentsMissing: z._default(repairSchema.shape.componentsMissing, []),
  excerpt: repairSchema.shape.excerpt,
  notes: z._default(longText, ''),
});

/** Fields the user may edit later; timestamps and ids are the system's. */
export const repairChangesSchema = z.partial(
  z.pick(repairSchema, {
    person: true,
    relationship: true,
    incidentAt: true,
    whatHappened: true,
    theirPerspective: true,
    admission: true,
    repairPlan: true,
    commitments: true,
    channel: true,
    status: true,
    weight: true,
    notes: true,
  }),
);

export type RepairDraft = z.input<typeof repairDraftSchema>;
export type ParsedRepairDraft = z.output<typeof repairDraftSchema>;
export type RepairChanges = z.output<typeof repairChangesSchema>;
