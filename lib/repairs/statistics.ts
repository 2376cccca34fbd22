import type { FollowUp, Repair } from './schemas';
import { doneOnTime } from './due';
import { DAY_MS } from './time';

export interface PersonWithOpenRepairs {
  personKey: string;
  /** The name as last written. */
  person: string;
  open: number;
}

export interface RepairStatistics {
  /** How many real (not practice) repairs the figures stand on. */
  repairs: number;
  promises: { kept: number; broken: number; open: number; keptRate: number | null };
  /** Follow-ups done, or open past their time: how many were done on time, late, or not yet (missed). */
  followUps: { due: number; onTime: number; late: number; missed: number; onTimeRate: number | null };
  /** Median days from the incident to the apology, over repairs that know both dates. */
  medianDaysToApology: number | null;
  /** Median days from the apology to "resolved", over resolved repairs that know both dates. */
  medianDaysToResolved: number | null;
  /** Share of repairs done (or planned) in person. */
  inPersonShare: number | null;
  /** Share done in person or by voice (a call or a video call): the ways apologies land best. */
  inPersonOrVoiceShare: number | null;
  /** "YYYY-MM" (local) → count, oldest month first. */
  repairsPerMonth: { month: string; count: number }[];
  /** People with a repair not yet resolved, most open first. */
  peopleWithOpenRepairs: PersonWithOpenRepairs[];
}

/** The ways apologies land best: in person, or by voice (a call or a video call). */
export const VOICE_OR_PRESENCE: readonly Repair['channel'][] = ['in-person', 'call', 'video'];

/**
 * The review page's figures, from the user's own data only. Practice repairs (and their follow-ups) are left out:
 * they were tries, not promises. Rates are null when there is nothing to divide.
 */
export function computeStatistics(allRepairs: readonly Repair[], allFollowUps: readonly FollowUp[], now: number): RepairStatistics {
  const repairs = allRepairs.filter((r) => !r.practice);
  const practiceIds = new Set(allRepairs.filter((r) => r.practice).map((r) => r.id));
  const followUps = allFollowUps.filter((f) => !practiceIds.has(f.repairId));

  const commitments = repairs.flatMap((r) => r.commitments);
  const kept = commitments.filter((c) => c.kept === 'yes').length;
  const broken = commitments.filter((c) => c.kept === 'no').length;

  // Counted: every follow-up done (early counts as on time) and every open one whose time has come.
  const wereDue = followUps.filter((f) => f.doneAt !== undefined || f.dueAt <= now);
  const onTime = wereDue.filter(doneOnTime).length;
  const late = wereDue.filter((f) => f.doneAt !== undefined && !doneOnTime(f)).length;

  const perMonth = new Map<string, number>();
  for (const repair of repairs) {
    const month = monthOf(repair.createdAt);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }

  return {
    repairs: repairs.length,
    promises: { kept, broken, open: commitments.length - kept - broken, keptRate: ratio(kept, kept + broken) },
    followUps: {
      due: wereDue.length,
      onTime,
      late,
      missed: wereDue.length - onTime - late,
      onTimeRate: ratio(onTime, wereDue.length),
    },
    medianDaysToApology: median(daysBetween(repairs, (r) => r.incidentAt, (r) => r.apologisedAt)),
    medianDaysToResolved: median(daysBetween(repairs, (r) => r.apologisedAt, (r) => r.resolvedAt)),
    inPersonShare: ratio(repairs.filter((r) => r.channel === 'in-person').length, repairs.length),
    inPersonOrVoiceShare: ratio(repairs.filter((r) => VOICE_OR_PRESENCE.includes(r.channel)).length, repairs.length),
    repairsPerMonth: [...perMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
    peopleWithOpenRepairs: openRepairsByPerson(repairs),
  };
}

/** People with a repair not yet resolved, most open first; each named as in the first of their repairs given. */
export function openRepairsByPerson(repairs: readonly Repair[]): PersonWithOpenRepairs[] {
  const open = new Map<string, PersonWithOpenRepairs>();
  for (const repair of repairs) {
    if (repair.status === 'resolved') continue;
    const key = repair.personKey ?? repair.person.toLowerCase();
    const entry = open.get(key) ?? { personKey: key, person: repair.person, open: 0 };
    open.set(key, { ...entry, open: entry.open + 1 });
  }
  return [...open.values()].sort((a, b) => b.open - a.open || a.person.localeCompare(b.person));
}

function daysBetween(
  repairs: readonly Repair[],
  start: (repair: Repair) => number | undefined,
  end: (repair: Repair) => number | undefined,
): number[] {
  return repairs.flatMap((repair) => {
    const [from, to] = [start(repair), end(repair)];
    return from !== undefined && to !== undefined && to >= from ? [(to - from) / DAY_MS] : [];
  });
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** "YYYY-MM" of a time, in local time. */
export function monthOf(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
