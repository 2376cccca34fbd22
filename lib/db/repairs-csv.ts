import Papa from 'papaparse';
import type { AmendsDb } from './amends-db';
import type { Repair } from '../repairs/schemas';

const isoDate = (at: number | undefined) => (at === undefined ? '' : new Date(at).toISOString());

/** One row per repair, for spreadsheets. Formula-looking cells are escaped (CSV injection). */
export function repairsToCsv(repairs: readonly Repair[]): string {
  const rows = repairs.map((r) => ({
    id: r.id,
    created: isoDate(r.createdAt),
    person: r.person,
    relationship: r.relationship,
    status: r.status,
    channel: r.channel,
    source: r.source,
    incident: isoDate(r.incidentAt),
    apologised: isoDate(r.apologisedAt),
    plannedTalk: isoDate(r.plannedTalkAt),
    whatHappened: r.whatHappened,
    theirPerspective: r.theirPerspective,
    admission: r.admission,
    repairPlan: r.repairPlan,
    commitments: r.commitments.map((c) => `${c.text} [${c.kept}]`).join('; '),
    promisesKept: r.commitments.filter((c) => c.kept === 'yes').length,
    site: r.siteHost ?? '',
    weight: r.weight ?? '',
    present: r.componentsPresent.join(' '),
    missing: r.componentsMissing.join(' '),
    excerpt: r.excerpt ?? '',
    notes: r.notes,
  }));
  return Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n', columns: CSV_COLUMNS });
}

export const CSV_COLUMNS = [
  'id', 'created', 'person', 'relationship', 'status', 'channel', 'source', 'incident', 'apologised',
  'plannedTalk', 'whatHappened', 'theirPerspective', 'admission', 'repairPlan', 'commitments',
  'promisesKept', 'site', 'weight', 'present', 'missing', 'excerpt', 'notes',
];

export async function exportRepairsCsv(db: AmendsDb): Promise<string> {
  return repairsToCsv(await db.repairs.orderBy('[createdAt+id]').toArray());
}
