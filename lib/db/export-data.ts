import { SETTINGS_VERSION } from '../settings/migrations';
import type { AmendsDb } from './amends-db';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from './export-file';
import { fromFollowUpRow } from './follow-up-row';
import { readSettings } from './settings-store';

/** A consistent snapshot of everything (repairs, follow-ups and settings), oldest first. */
export async function exportData(db: AmendsDb, now: number): Promise<ExportFile> {
  return db.transaction('r', db.repairs, db.followUps, db.settings, async () => {
    const repairs = await db.repairs.orderBy('[createdAt+id]').toArray();
    const followUps = (await db.followUps.toArray()).map(fromFollowUpRow);
    const settings = await readSettings(db);
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, repairs, followUps, settingsVersion: SETTINGS_VERSION, settings };
  });
}

export async function exportJson(db: AmendsDb, now: number): Promise<string> {
  return JSON.stringify(await exportData(db, now), null, 2);
}

export function exportFilename(now: number): string {
  return `amends-export-${new Date(now).toISOString().slice(0, 10)}.json`;
}
