import { migrateSettings, SETTINGS_VERSION } from '../settings/migrations';
import { parseSettings, settingsSchema, type ParsedSettings, type Settings } from '../settings/settings-schema';
import type { AmendsDb } from './amends-db';
import { SETTINGS_ROW_ID } from './settings-row';

/** The settings as stored, migrated to the current version and parsed field by field. */
export async function readSettings(db: AmendsDb): Promise<Settings> {
  return (await readParsedSettings(db)).settings;
}

export async function readParsedSettings(db: AmendsDb): Promise<ParsedSettings> {
  const row = await db.settings.get(SETTINGS_ROW_ID);
  return parseSettings(row ? migrateSettings(row.version, row.value) : {});
}

/**
 * The one write path for settings (the background calls it; pages ask the background). Read, change and write happen
 * in one IndexedDB transaction, so concurrent changes queue up and none is lost.
 */
export async function changeSettings(db: AmendsDb, change: (current: Settings) => Settings): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => {
    const { settings } = await readParsedSettings(db);
    const next = settingsSchema.parse(change(settings));
    await db.settings.put({ id: SETTINGS_ROW_ID, version: SETTINGS_VERSION, value: next });
    return next;
  });
}

/** Settings kept by an older Amends elsewhere (storage.local) move in once, unless settings already live here. */
export async function adoptSettings(db: AmendsDb, version: number, value: unknown): Promise<boolean> {
  return db.transaction('rw', db.settings, async () => {
    if (await db.settings.get(SETTINGS_ROW_ID)) return false;
    await db.settings.put({ id: SETTINGS_ROW_ID, version, value });
    return true;
  });
}

/** Back to the defaults: part of deleting everything. */
export async function clearSettings(db: AmendsDb): Promise<void> {
  await db.settings.delete(SETTINGS_ROW_ID);
}
