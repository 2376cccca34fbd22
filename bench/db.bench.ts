import 'fake-indexeddb/auto';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { AmendsDb } from '../lib/db/amends-db';
import { countDueFollowUps, listDueFollowUps } from '../lib/db/due-follow-ups';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../lib/db/export-file';
import { importData } from '../lib/db/import-data';
import { pageRepairsByDate } from '../lib/db/repair-queries';
import type { FollowUp, Repair } from '../lib/repairs/schemas';
import { scans, spyOnReads } from '../tests/lib/db/query-spy';

const REPAIRS = 10_000;
const FOLLOW_UPS_PER_REPAIR = 3;
const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 28, 12);

/** Three years of a heavy user's log: most follow-ups done long ago, a few open around now. */
function dataSet(): { repairs: Repair[]; followUps: FollowUp[] } {
  const repairs: Repair[] = [];
  const followUps: FollowUp[] = [];
  for (let i = 0; i < REPAIRS; i++) {
    const createdAt = NOW - Math.floor(((REPAIRS - i) / REPAIRS) * 3 * 365 * DAY);
    const id = `repair-${String(i).padStart(5, '0')}`;
    repairs.push({
      id,
      createdAt,
      updatedAt: createdAt,
      person: `Person ${i % 400}`,
      relationship: 'friend',
      incidentAt: createdAt - DAY,
      whatHappened: 'I missed the call I promised to make, and did not say anything afterwards.',
      theirPerspective: 'They waited all evening and felt they did not matter.',
      admission: 'I forgot and then avoided it.',
      repairPlan: 'Call, own it, set a reminder for our weekly call.',
      commitments: [{ id: `${id}-c`, text: 'Weekly call on Sundays', kept: i % 3 === 0 ? 'not-yet' : 'yes' }],
      channel: i % 2 ? 'in-person' : 'call',
      status: i > REPAIRS - 50 ? 'repairing' : 'resolved',
      source: 'checklist',
      componentsPresent: ['regret', 'responsibility'],
      componentsMissing: ['repair'],
      notes: '',
    });
    for (let k = 1; k <= FOLLOW_UPS_PER_REPAIR; k++) {
      const dueAt = createdAt + k * 2 * DAY;
      const open = dueAt > NOW - 10 * DAY;
      followUps.push({
        id: `${id}-f${k}`,
        repairId: id,
        kind: 'check-in',
        dueAt,
        ...(open ? {} : { doneAt: dueAt + 3_600_000, outcome: 'went-well' as const }),
        note: '',
      });
    }
  }
  return { repairs, followUps };
}

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
