import 'fake-indexeddb/auto';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { AmendsDb } from '../lib/db/amends-db';
import { countDueFollowUps, listDueFollowUps } from '../lib/db/due-follow-ups';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../lib/db/export-file';
import { importData } from '../lib/db/import-data';
import { pageRepairsByDate } from '../lib/db/repair-queries';
import { scans, spyOnReads } from '../tests/lib/db/query-spy';
import { reviewDataSet } from './review-data-set';

const REPAIRS = 10_000;
const FOLLOW_UPS_PER_REPAIR = 3;
const NOW = Date.UTC(2026, 10, 28, 12);

/** Three years of a heavy user's log (the same data set as the review page's benchmark). */
const dataSet = () => reviewDataSet(NOW, REPAIRS, FOLLOW_UPS_PER_REPAIR);

const file = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: NOW, ...dataSet() });
const db = new AmendsDb('bench-queries');
const timings: Record<string, number[]> = { due: [], firstPage: [], import: [] };
let dueCount = 0;

async function timed<T>(name: string, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await run();
  timings[name]!.push(performance.now() - start);
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

beforeAll(async () => {
  await db.delete();
  await db.open();
  await importData(db, file);
  // The bench refuses to report figures for queries that scan.
  const reads = spyOnReads(db);
  await listDueFollowUps(db, NOW);
  await pageRepairsByDate(db, { limit: 50 });
  if (scans(reads).length > 0) throw new Error(`Hot queries scanned: ${JSON.stringify(scans(reads))}`);
  dueCount = await countDueFollowUps(db, NOW);
}, 600_000);

afterAll(async () => {
  await db.delete();
  const report = Object.entries(timings)
    .filter(([, values]) => values.length > 0)
    .map(([name, values]) => `${name}: median ${median(values).toFixed(2)} ms over ${values.length} runs`);
  console.log(`\n10,000 repairs + 30,000 follow-ups (fake-indexeddb), ${dueCount} due now\n${report.join('\n')}`);
});

describe(`${REPAIRS.toLocaleString('en')} repairs, ${(REPAIRS * FOLLOW_UPS_PER_REPAIR).toLocaleString('en')} follow-ups`, () => {
  bench(
    'due follow-ups (with their repairs) and the badge count',
    async () => {
      await timed('due', async () => {
        const due = await listDueFollowUps(db, NOW);
        if (due.length === 0 || (await countDueFollowUps(db, NOW)) !== due.length) throw new Error('bad due list');
      });
    },
    { iterations: 50, time: 0 },
  );

  bench(
    'first page of repairs by date (50)',
    async () => {
      await timed('firstPage', async () => {
        const page = await pageRepairsByDate(db, { limit: 50 });
        if (page.repairs.length !== 50) throw new Error('short page');
      });
    },
    { iterations: 50, time: 0 },
  );

  bench(
    'bulk import of the whole export file into an empty database',
    async () => {
      const target = new AmendsDb(`bench-import-${timings.import!.length}`);
      await target.open();
      await timed('import', () => importData(target, file));
      await target.delete();
    },
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
});
