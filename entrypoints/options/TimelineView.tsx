import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Timeline, type TimelineItem } from '../../components/Timeline';
import { TimelineFilters } from '../../components/TimelineFilters';
import type { Translate } from '../../components/translate';
import { db } from '../../lib/db/amends-db';
import { listFollowUpsOfRepairs, pageRepairsByDate, type RepairCursor } from '../../lib/db/repair-queries';
import { entryMatcher, isFilterEmpty, type RepairFilter } from '../../lib/repairs/repair-filter';
import { timelineRows, withNextFollowUps } from './timeline-rows';
import { useDbVersion } from './use-db-version';
import { useFilterEntries } from './use-filter-entries';
import { usePeople } from './use-people';

const PAGE_SIZE = 100;
/** The first screenful: small, so the first row shows at once. */
const FIRST_PAGE = 50;

interface Loaded {
  items: TimelineItem[];
  /** Unfiltered: where the next page starts. Filtered: how many of the matching ids are loaded. */
  cursor?: RepairCursor;
  hasMore: boolean;
}

/**
 * The timeline. Unfiltered, it pages through the [createdAt+id] index, newest first. With a search or a filter, the
 * small filter entries (read once per page load, use-filter-entries.ts) narrow in memory, and only the matching rows
 * on screen are read in full.
 */
export function TimelineView({ t, filter, onFilterChange }: { t: Translate; filter: RepairFilter; onFilterChange(filter: RepairFilter): void }) {
  // Not deferred: matching 10,000 entries in memory takes a few ms, while a deferred render waited ~90 ms behind
  // the keys (measured in scripts/bench-review.ts). The rows' read is async and a stale one never wins (below).
  const filtered = !isFilterEmpty(filter);
  // Live: a repair logged from a nudge appears, an edited one changes, a deleted one goes.
  const version = useDbVersion();
  const [loaded, setLoaded] = useState<Loaded>();
  // Kept in memory for the page's life, so every key narrows in memory. Read once the first rows are on screen (or at
  // once for a filter already set), so that read never holds the first rows up.
  const entries = useFilterEntries(filtered || loaded !== undefined);
  const people = usePeople();
  const matches = useMemo(() => (filtered && entries ? entries.filter(entryMatcher(filter)).map((e) => e.id) : undefined), [filtered, entries, filter]);

  const request = useRef(0);

  /** The next page after `from`, or (without it) the first `size` rows. */
  const loadPage = useCallback(
    async (from: Loaded | undefined, size = PAGE_SIZE): Promise<Loaded> => {
      if (matches) {
        const start = from?.items.length ?? 0;
        const items = await timelineRows.get(matches.slice(start, start + size));
        const all = [...(from?.items ?? []), ...items];
        return { items: all, hasMore: all.length < matches.length };
      }
      const generation = timelineRows.current();
      const page = await pageRepairsByDate(db, { after: from?.cursor, limit: size });
      const items = withNextFollowUps(page.repairs, await listFollowUpsOfRepairs(db, page.repairs.map((r) => r.id)));
      timelineRows.add(items, generation);
      return { items: [...(from?.items ?? []), ...items], cursor: page.next, hasMore: page.next !== undefined };
    },
    [matches],
  );

  // A new filter starts from the top; new data reloads as many rows as were loaded. A stale answer never wins.
  const loadedCount = useRef(0);
  useEffect(() => {
    loadedCount.current = 0;
  }, [loadPage]);
  // One first-page read at a time: while the user types, keys arrive faster than reads finish, so only the newest
  // waiting request runs next (the ones in between would be thrown away anyway).
  const inFlight = useRef(false);
  const waiting = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    if (filtered && !matches) return;
    const mine = ++request.current;
    const run = () => {
      inFlight.current = true;
      void loadPage(undefined, Math.max(FIRST_PAGE, loadedCount.current))
        .then((next) => {
          if (mine !== request.current) return;
          loadedCount.current = next.items.length;
          setLoaded(next);
        })
        .finally(() => {
          inFlight.current = false;
          const after = waiting.current;
          waiting.current = undefined;
          after?.();
        });
    };
    if (inFlight.current) waiting.current = run;
    else run();
  }, [loadPage, filtered, matches, version]);

  const loading = useRef(false);
  const onLoadMore = useCallback(() => {
    if (loading.current || !loaded?.hasMore) return;
    loading.current = true;
    const mine = request.current;
    void loadPage(loaded)
      .then((next) => {
        if (mine !== request.current) return;
        loadedCount.current = next.items.length;
        setLoaded(next);
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
