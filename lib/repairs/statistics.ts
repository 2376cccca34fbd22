import type { FollowUp, Repair } from './schemas';
import { doneOnTime } from './due';
import { DAY_MS } from './time';

export interface RepairStatistics {
  promises: { kept: number; broken: number; open: number; keptRate: number | null };
  followUps: { due: number; onTime: number; late: number; missed: number; onTimeRate: number | null };
  /** Median days from the incident to the apology, over repairs that know both dates. */
  medianDaysToApology: number | null;
  /** Share of repairs done (or planned) in person. */
  inPersonShare: number | null;
  /** "YYYY-MM" (local) → count, oldest month first. */
  repairsPerMonth: { month: string; count: number }[];
}

/** The review page's figures. Rates are null when there is nothing to divide. */
export function computeStatistics(repairs: readonly Repair[], followUps: readonly FollowUp[], now: number): RepairStatistics {
  const commitments = repairs.flatMap((r) => r.commitments);
  const kept = commitments.filter((c) => c.kept === 'yes').length;
  const broken = commitments.filter((c) => c.kept === 'no').length;

  const wereDue = followUps.filter((f) => f.dueAt <= now);
  const onTime = wereDue.filter(doneOnTime).length;
  const late = wereDue.filter((f) => f.doneAt !== undefined && !doneOnTime(f)).length;

  const delays = repairs.flatMap((r) =>
    r.incidentAt !== undefined && r.apologisedAt !== undefined && r.apologisedAt >= r.incidentAt
      ? [(r.apologisedAt - r.incidentAt) / DAY_MS]
      : [],
  );

  const perMonth = new Map<string, number>();
  for (const repair of repairs) {
    const month = monthOf(repair.createdAt);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }

  return {
    promises: { kept, broken, open: commitments.length - kept - broken, keptRate: ratio(kept, kept + broken) },
    followUps: {
      due: wereDue.length,
      onTime,
      late,
      missed: wereDue.length - onTime - late,
      onTimeRate: ratio(onTime, wereDue.length),
    },
    medianDaysToApology: median(delays),
    inPersonShare: ratio(repairs.filter((r) => r.channel === 'in-person').length, repairs.length),
    repairsPerMonth: [...perMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count })),
  };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function monthOf(at: number): string {
  const date = new Date(at);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
