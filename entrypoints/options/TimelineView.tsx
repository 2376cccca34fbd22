import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Timeline, type TimelineItem } from '../../components/Timeline';
import { TimelineFilters } from '../../components/TimelineFilters';
import type { Translate } from '../../components/translate';
import { db } from '../../lib/db/amends-db';
import { loadFilterEntries } from '../../lib/db/filter-entries';
import { listPeople } from '../../lib/db/people';
import { countRepairs, getRepairsByIds, listFollowUpsOfRepairs, pageRepairsByDate, type RepairCursor } from '../../lib/db/repair-queries';
import { pendingAt } from '../../lib/repairs/due';
import { entryMatcher, isFilterEmpty, type RepairFilter } from '../../lib/repairs/repair-filter';
import type { FollowUp, Repair } from '../../lib/repairs/schemas';

const PAGE_SIZE = 100;

/** Each row's next open follow-up (the one that asks for attention first). */
async function withNextFollowUps(repairs: Repair[]): Promise<TimelineItem[]> {
  const followUps = await listFollowUpsOfRepairs(db, repairs.map((r) => r.id));
  const next = new Map<string, FollowUp>();
  for (const followUp of followUps) {
    const at = pendingAt(followUp);
    if (at === undefined) continue;
    const best = next.get(followUp.repairId);
    if (!best || at < (pendingAt(best) ?? Infinity)) next.set(followUp.repairId, followUp);
  }
  return repairs.map((repair) => ({ repair, next: next.get(repair.id) }));
}

interface Loaded {
  items: TimelineItem[];
  /** Unfiltered: where the next page starts. Filtered: how many of the matching ids are loaded. */
  cursor?: RepairCursor;
  hasMore: boolean;
}

/**
 * The timeline. Unfiltered, it pages through the [createdAt+id] index, newest first. With a search or a filter, the
 * small filter entries (read once) narrow in memory, and only the matching rows on screen are read in full.
 */
export function TimelineView({ t, filter, onFilterChange }: { t: Translate; filter: RepairFilter; onFilterChange(filter: RepairFilter): void }) {
  const filtered = !isFilterEmpty(filter);
  // Live: a repair logged from a nudge appears, a deleted one goes. Watching the count and the newest page is enough.
  const head = useLiveQuery(async () => {
    const [count, page] = await Promise.all([countRepairs(db), pageRepairsByDate(db, { limit: 1 })]);
    return `${count}:${page.repairs[0]?.id ?? ''}:${page.repairs[0]?.updatedAt ?? ''}`;
  }, []);
  const entries = useLiveQuery(() => (filtered ? loadFilterEntries(db) : undefined), [filtered, head]);
  const people = useLiveQuery(() => listPeople(db), [head]) ?? [];
  const matches = useMemo(() => (filtered && entries ? entries.filter(entryMatcher(filter)).map((e) => e.id) : undefined), [filtered, entries, filter]);

  const [loaded, setLoaded] = useState<Loaded>();
  const request = useRef(0);

  const loadPage = useCallback(
    async (from: Loaded | undefined): Promise<Loaded> => {
      if (matches) {
        const start = from?.items.length ?? 0;
        const ids = matches.slice(start, start + (start === 0 ? 50 : PAGE_SIZE));
        const items = await withNextFollowUps(await getRepairsByIds(db, ids));
        const all = [...(from?.items ?? []), ...items];
        return { items: all, hasMore: all.length < matches.length };
      }
      const page = await pageRepairsByDate(db, { after: from?.cursor, limit: from ? PAGE_SIZE : 50 });
      const items = await withNextFollowUps(page.repairs);
      return { items: [...(from?.items ?? []), ...items], cursor: page.next, hasMore: page.next !== undefined };
    },
    [matches],
  );

  // A new filter (or new data) starts from the top; a stale answer never overwrites a newer one.
  useEffect(() => {
    if (filtered && !matches) return;
    const mine = ++request.current;
    void loadPage(undefined).then((next) => {
      if (mine === request.current) setLoaded(next);
    });
  }, [loadPage, filtered, matches, head]);

  const loading = useRef(false);
  const onLoadMore = useCallback(() => {
    if (loading.current || !loaded?.hasMore) return;
    loading.current = true;
    const mine = request.current;
    void loadPage(loaded)
      .then((next) => {
        if (mine === request.current) setLoaded(next);
      })
      .finally(() => {
        loading.current = false;
      });
  }, [loadPage, loaded]);

  const total = matches?.length;
  return (
    <section aria-labelledby="timeline-heading" className="view">
      <h2 id="timeline-heading">{t('options_repairs_heading')}</h2>
      <TimelineFilters filter={filter} onChange={onFilterChange} people={people} t={t} />
      <p className="result-count" role="status">
        {filtered && total !== undefined ? (total === 0 ? t('options_search_none') : t('options_search_count', String(total))) : ''}
      </p>
      {loaded && loaded.items.length === 0 && !filtered && <p className="empty">{t('options_repairs_empty')}</p>}
      {loaded && <Timeline items={loaded.items} hasMore={loaded.hasMore} onLoadMore={onLoadMore} label={t('options_repairs_heading')} t={t} />}
    </section>
  );
}
