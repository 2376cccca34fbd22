import { Dexie } from 'dexie';
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
 * Rows by id, as read since repairs or follow-ups last changed, kept while the options page is open: narrowing again
 * to rows read once (the next key of a name, a key taken back, the timeline opened again) needs no read at all.
 */
export class RowCache {
  private rows = new Map<string, TimelineItem>();
  /** Grows with every change; a read that began before one is not kept. */
  private generation = 0;

  constructor(tables: readonly string[] = ['repairs', 'followUps']) {
    const parts = tables.map((table) => `idb://${db.name}/${table}/`);
    Dexie.on.storagemutated.subscribe((changed) => {
      if (!Object.keys(changed).some((part) => parts.some((prefix) => part.startsWith(prefix)))) return;
      this.rows.clear();
      this.generation++;
    });
  }

  /** The rows of `ids`, in that order, reading only the ones not read since the last change. */
  async get(ids: readonly string[]): Promise<TimelineItem[]> {
    const missing = ids.filter((id) => !this.rows.has(id));
    if (missing.length > 0) {
      const generation = this.generation;
      // The ids are known: the repairs and their follow-ups are read side by side.
      const [repairs, followUps] = await Promise.all([getRepairsByIds(db, missing), listFollowUpsOfRepairs(db, missing)]);
      const read = new Map(withNextFollowUps(repairs, followUps).map((item) => [item.repair.id, item]));
      // Changed meanwhile: these rows answer this once (the timeline reads again on the change) but are not kept.
      if (generation === this.generation) for (const [id, item] of read) this.rows.set(id, item);
      return ids.flatMap((id) => this.rows.get(id) ?? read.get(id) ?? []);
    }
    return ids.flatMap((id) => this.rows.get(id) ?? []);
  }

  /** Rows read page by page (unfiltered) serve a later search too; `generation` is current() from before the read. */
  add(items: readonly TimelineItem[], generation: number): void {
    if (generation === this.generation) for (const item of items) this.rows.set(item.repair.id, item);
  }

  current(): number {
    return this.generation;
  }
}

/** The options page's one row cache. */
export const timelineRows = new RowCache();
