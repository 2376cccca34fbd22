import type { z } from 'zod/mini';
import { followUpSchema, repairSchema, type FollowUp, type Repair } from '../repairs/schemas';
import { migrateSettings, SETTINGS_VERSION } from '../settings/migrations';
import { parseSettings, type Settings } from '../settings/settings-schema';
import type { AmendsDb } from './amends-db';
import { EXPORT_FORMAT, EXPORT_VERSION, MAX_IMPORT_BYTES } from './export-file';
import { fromFollowUpRow, toFollowUpRow } from './follow-up-row';
import { toRepairRow } from './repair-row';
import { describeRecordIssue, ImportError, recordName, shortValue, type RecordKind } from './import-errors';
import { SETTINGS_ROW_ID } from './settings-row';

export { ImportError } from './import-errors';

export interface ImportResult {
  /** Repairs written (new, or newer than the copy here). */
  repairs: number;
  followUps: number;
  /** Repairs left as they were because this device's copy was changed more recently than the file's. */
  keptNewer: number;
  /** Whether the file's settings replaced the current ones. */
  settings: boolean;
}

interface ParsedFile {
  repairs: Repair[];
  followUps: FollowUp[];
  settings?: Settings;
}

/**
 * Reads an export file and merges it into the database, all or nothing: a repair the file holds replaces the copy
 * here unless this copy was changed more recently (an older backup never silently undoes newer work). Settings in the
 * file replace the current ones. On any error nothing is written.
 */
export async function importData(db: AmendsDb, text: string): Promise<ImportResult> {
  const parsed = parseExportFile(text);
  return db.transaction('rw', db.repairs, db.followUps, db.settings, async () => {
    const { repairs, followUps } = parsed;
    const inFile = new Map(repairs.map((r) => [r.id, r]));
    const local = new Map(
      (await db.repairs.bulkGet([...new Set([...inFile.keys(), ...followUps.map((f) => f.repairId)])]))
        .filter((r) => r !== undefined)
        .map((r) => [r.id, r]),
    );
    followUps.forEach((followUp, index) => {
      const repair = inFile.get(followUp.repairId) ?? local.get(followUp.repairId);
      if (!repair) throw new ImportError(`${recordName('followUps', index)} belongs to a repair that is neither in the file nor here (${shortValue(followUp.repairId)}).`);
      const { commitmentId } = followUp;
      if (commitmentId !== undefined && !inFile.has(repair.id) && !repair.commitments.some((c) => c.id === commitmentId)) {
        throw new ImportError(`${recordName('followUps', index)} checks on a promise its repair does not have (${shortValue(commitmentId)}).`);
      }
    });

    const newerHere = new Set(repairs.filter((r) => (local.get(r.id)?.updatedAt ?? -1) > r.updatedAt).map((r) => r.id));
    const toWrite = repairs.filter((r) => !newerHere.has(r.id));
    const localFollowUps = new Map(
      (await db.followUps.bulkGet(followUps.map((f) => f.id))).filter((row) => row !== undefined).map((row) => [row.id, fromFollowUpRow(row)]),
    );
    // A follow-up already done here stays done; one of a repair kept as it is here is only added, never replaced.
    const followUpsToWrite = followUps.filter((followUp) => {
      const here = localFollowUps.get(followUp.id);
      if (!here) return true;
      if (newerHere.has(followUp.repairId)) return false;
      return !(here.doneAt !== undefined && followUp.doneAt === undefined);
    });

    await db.repairs.bulkPut(toWrite.map(toRepairRow));
    await db.followUps.bulkPut(followUpsToWrite.map(toFollowUpRow));
    if (parsed.settings) await db.settings.put({ id: SETTINGS_ROW_ID, version: SETTINGS_VERSION, value: parsed.settings });
    return { repairs: toWrite.length, followUps: followUpsToWrite.length, keptNewer: newerHere.size, settings: parsed.settings !== undefined };
  });
}

/** Validates a whole file before anything is written; the error names the first bad record and field in plain words. */
export function parseExportFile(text: string): ParsedFile {
  if (text.length > MAX_IMPORT_BYTES) throw new ImportError(`This file is too big to be an Amends export (more than ${MAX_IMPORT_BYTES / 1024 / 1024} MB).`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ImportError('This file is not an Amends export: it is not JSON.');
  }
  if (!isObject(data) || data.format !== EXPORT_FORMAT) {
    throw new ImportError('This file is not an Amends export.');
  }
  const version = readVersion(data.version);
  if (version === undefined) throw new ImportError('This file has no version, so Amends cannot tell how to read it.');
  if (version !== EXPORT_VERSION) {
    throw new ImportError(`This file is version ${shortValue(data.version)}; this Amends reads version ${EXPORT_VERSION}.`);
  }
  const repairs = parseRecords(data, 'repairs', repairSchema);
  const followUps = parseRecords(data, 'followUps', followUpSchema);
  checkCommitments(repairs, followUps);
  return { repairs, followUps, ...(data.settings === undefined ? {} : { settings: parseFileSettings(data) }) };
}

/** A version written as text ("1") is read as the number it spells; anything else is no version. */
function readVersion(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d{1,6}$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

function parseRecords<S extends z.ZodMiniType>(data: Record<string, unknown>, key: RecordKind, schema: S): z.output<S>[] {
  const list = data[key];
  const plural = key === 'repairs' ? 'repairs' : 'follow-ups';
  if (!Array.isArray(list)) throw new ImportError(`This file has no list of ${plural}.`);
  const seen = new Map<string, number>();
  return list.map((record: unknown, index) => {
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ImportError(issue ? describeRecordIssue(key, index, issue, record) : `${recordName(key, index)} is not valid.`);
    }
    const id = (parsed.data as { id: string }).id;
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ImportError(`${recordName(key, index)} has the same id as ${recordName(key, first).toLowerCase()} (${shortValue(id)}).`);
    }
    seen.set(id, index);
    return parsed.data;
  });
}

/** Promise ids are unique within their repair, and a follow-up that checks on a promise names one its repair has. */
function checkCommitments(repairs: readonly Repair[], followUps: readonly FollowUp[]): void {
  const promisesOf = new Map<string, Set<string>>();
  repairs.forEach((repair, index) => {
    const ids = new Set<string>();
    for (const commitment of repair.commitments) {
      if (ids.has(commitment.id)) throw new ImportError(`${recordName('repairs', index)} has two promises with the same id (${shortValue(commitment.id)}).`);
      ids.add(commitment.id);
    }
    promisesOf.set(repair.id, ids);
  });
  followUps.forEach((followUp, index) => {
    if (followUp.commitmentId === undefined) return;
    const promises = promisesOf.get(followUp.repairId);
    // A follow-up of a repair that is only on this device is checked against it when it is merged (not here).
    if (promises && !promises.has(followUp.commitmentId)) {
      throw new ImportError(`${recordName('followUps', index)} checks on a promise its repair does not have (${shortValue(followUp.commitmentId)}).`);
    }
  });
}

function parseFileSettings(data: Record<string, unknown>): Settings {
  const version = typeof data.settingsVersion === 'number' ? data.settingsVersion : SETTINGS_VERSION;
  const { settings, reset } = parseSettings(migrateSettings(version, data.settings));
  if (reset.length > 0) throw new ImportError(`The file's settings have values Amends cannot use: ${reset.join(', ')}.`);
  return settings;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
