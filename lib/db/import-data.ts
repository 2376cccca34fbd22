import type { z } from 'zod/mini';
import type { AmendsDb } from './amends-db';
import { describeIssue } from '../validation/describe-issue';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-file';
import { toFollowUpRow } from './follow-up-row';
import { followUpSchema, repairSchema, type FollowUp, type Repair } from '../repairs/schemas';

export class ImportError extends Error {
  override name = 'ImportError';
}

export interface ImportResult {
  repairs: number;
  followUps: number;
}

/**
 * Reads an export file and merges it into the database, all or nothing: a record with an id that
 * already exists is replaced by the file's version. On any error nothing is written.
 */
export async function importData(db: AmendsDb, text: string): Promise<ImportResult> {
  const { repairs, followUps } = parseExportFile(text);
  await db.transaction('rw', db.repairs, db.followUps, async () => {
    const inFile = new Set(repairs.map((r) => r.id));
    const elsewhere = [...new Set(followUps.map((f) => f.repairId))].filter((id) => !inFile.has(id));
    const found = await db.repairs.bulkGet(elsewhere);
    const known = new Set([...inFile, ...found.filter((r) => r !== undefined).map((r) => r.id)]);
    followUps.forEach((followUp, index) => {
      if (!known.has(followUp.repairId)) {
        throw recordError('followUps', index, `field repairId: no repair with id "${followUp.repairId}"`);
      }
    });
    await db.repairs.bulkPut(repairs);
    await db.followUps.bulkPut(followUps.map(toFollowUpRow));
  });
  return { repairs: repairs.length, followUps: followUps.length };
}

/** Validates a whole file before anything is written; the error names the first bad record and field. */
export function parseExportFile(text: string): { repairs: Repair[]; followUps: FollowUp[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('Wrong format: the file is not JSON');
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new ImportError('Wrong format: this is not an Amends export');
  }
  if (typeof data.version !== 'number') throw new ImportError('Wrong format: the file has no version');
  if (data.version !== EXPORT_VERSION) {
    throw new ImportError(`Unsupported version ${data.version}: this Amends reads version ${EXPORT_VERSION}`);
  }
  const repairs = parseRecords(data, 'repairs', repairSchema);
  const followUps = parseRecords(data, 'followUps', followUpSchema);
  return { repairs, followUps };
}

function parseRecords<S extends z.ZodMiniType>(
  data: Record<string, unknown>,
  key: 'repairs' | 'followUps',
  schema: S,
): z.output<S>[] {
  const list = data[key];
  if (!Array.isArray(list)) throw new ImportError(`Wrong format: "${key}" must be a list`);
  const seen = new Set<string>();
  return list.map((record: unknown, index) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.length ? `field ${issue.path.map(String).join('.')}: ` : '';
      throw recordError(key, index, `${field}${issue ? describeIssue(issue, record) : 'invalid'}`);
    }
    const id = (parsed.data as { id: string }).id;
    if (seen.has(id)) throw recordError(key, index, `duplicate id "${id}"`);
    seen.add(id);
    return parsed.data;
  });
}

function recordError(key: string, index: number, detail: string): ImportError {
  return new ImportError(`Invalid record ${index + 1} (${key}[${index}]): ${detail}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
