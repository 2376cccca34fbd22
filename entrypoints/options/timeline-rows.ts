import type { TimelineItem } from '../../components/Timeline';
import { db } from '../../lib/db/amends-db';
import { getRepairsByIds, listFollowUpsOfRepairs } from '../../lib/db/repair-queries';
import { pendingAt } from '../../lib/repairs/due';
import type { FollowUp, Repair } from '../../lib/repairs/schemas';

/** Each row with its next open follow-up (the one that asks for attention first). */
export function withNextFollowUps(repairs: readonly Repair[], followUps: readonly FollowUp[]): TimelineItem[] {
  const next = new Map<string, FollowUp>();
  for (const followUp of followUps) {
    const at = pendingAt(followUp);
    if (at === undefined) continue;
    const best = next.get(followUp.repairId);
    if (!best || at < (pendingAt(best) ?? Infinity)) next.set(followUp.repairId, followUp);
  }
  return repairs.map((repair) => ({ repair, next: next.get(repair.id) }));
}

/**
 * Rows by id, as read since the data last changed: narrowing again to rows already on screen once (the next key of
 * a name, a key taken back) needs no read at all.
 */
export class RowCache {
  private rows = new Map<string, TimelineItem>();
  private version = -1;

  /** The rows of `ids`, in that order, reading only the ones not read since `version`. */
  async get(ids: readonly string[], version: number): Promise<TimelineItem[]> {
    this.forget(version);
    const missing = ids.filter((id) => !this.rows.has(id));
    if (missing.length > 0) {
      // The ids are known: the repairs and their follow-ups are read side by side.
      const [repairs, followUps] = await Promise.all([getRepairsByIds(db, missing), listFollowUpsOfRepairs(db, missing)]);
      if (version === this.version) for (const item of withNextFollowUps(repairs, followUps)) this.rows.set(item.repair.id, item);
    }
    return ids.flatMap((id) => this.rows.get(id) ?? []);
  }

  /** Rows read page by page (unfiltered) serve a later search too. */
  add(items: readonly TimelineItem[], version: number): void {
    this.forget(version);
    for (const item of items) this.rows.set(item.repair.id, item);
  }

  /** New data (a newer version): every row read before may be out of date. */
  private forget(version: number): void {
    if (version === this.version) return;
    this.rows.clear();
    this.version = version;
  }
}
