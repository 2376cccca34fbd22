import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { FollowUp, Repair } from '../lib/repairs/schemas';
import { TimelineRow } from './TimelineRow';
import type { Translate } from './translate';

export interface TimelineItem {
  repair: Repair;
  next?: FollowUp;
}

interface TimelineProps {
  items: readonly TimelineItem[];
  /** More rows exist beyond the loaded ones: rendering near the end asks for them. */
  hasMore: boolean;
  onLoadMore(): void;
  /** Accessible name of the list. */
  label: string;
  t: Translate;
}

const ROW_ESTIMATE = 84;

/**
 * The repairs, newest first, virtualised: only the rows near the viewport are in the page, so ten thousand repairs
 * scroll like ten. Rows are measured as they render (a long first line wraps). Memoised: a key typed in the search box
 * does not re-render the list until its results change.
 */
export const Timeline = memo(function Timeline({ items, hasMore, onLoadMore, label, t }: TimelineProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0);
  }, []);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => items[index]?.repair.id ?? index,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? -1;
  useEffect(() => {
    if (hasMore && lastIndex >= items.length - 10) onLoadMore();
  }, [hasMore, lastIndex, items.length, onLoadMore]);

  return (
    <ol ref={listRef} className="timeline" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
      {virtualItems.map((row) => {
        const item = items[row.index];
        if (!item) return null;
        return (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            aria-setsize={hasMore ? -1 : items.length}
            aria-posinset={row.index + 1}
            style={{ transform: `translateY(${row.start - virtualizer.options.scrollMargin}px)` }}
          >
            <TimelineRow repair={item.repair} next={item.next} t={t} />
          </li>
        );
      })}
    </ol>
  );
});
