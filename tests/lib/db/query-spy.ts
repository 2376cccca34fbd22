import type { DBCoreRangeType } from 'dexie';
import type { AmendsDb } from '../../../lib/db/amends-db';

export interface RecordedRead {
  table: string;
  /** null is the primary key. */
  index: string | null;
  range: 'equal' | 'range' | 'any' | 'never';
  /** At most this many records (queries only). */
  limit?: number;
}

const RANGE_NAMES: Record<DBCoreRangeType, RecordedRead['range']> = { 1: 'equal', 2: 'range', 3: 'any', 4: 'never' };

/**
 * Records every query, cursor and count Dexie sends to IndexedDB. A scan shows up as range 'any'
 * without a limit; an index read names the index and its range.
 */
export function spyOnReads(db: AmendsDb): RecordedRead[] {
  const reads: RecordedRead[] = [];
  db.use({
    stack: 'dbcore',
    name: 'read-spy',
    create(down) {
      return {
        ...down,
        table(name) {
          const table = down.table(name);
          const record = (query: { index: { name: string | null }; range: { type: DBCoreRangeType } }, limit?: number) =>
            reads.push({
              table: name,
              index: query.index.name,
              range: RANGE_NAMES[query.range.type],
              ...(limit === undefined || limit === Infinity ? {} : { limit }),
            });
          return {
            ...table,
            query(req) {
              record(req.query, req.limit);
              return table.query(req);
            },
            openCursor(req) {
              record(req.query);
              return table.openCursor(req);
            },
            count(req) {
              record(req.query);
              return table.count(req);
            },
          };
        },
      };
    },
  });
  return reads;
}

/** Reads that walk a whole table or index instead of a key range or a bounded page. */
export const scans = (reads: readonly RecordedRead[]) => reads.filter((r) => r.range === 'any' && r.limit === undefined);
