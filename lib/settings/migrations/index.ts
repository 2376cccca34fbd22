import type { SettingsMigration } from './migration';
import { fromV1 } from './v1';

/** The version settings are written under now. Add a migration (and its example in the tests) for each new one. */
export const SETTINGS_VERSION = 2;

/** Every migration, oldest first; each takes one version to the next. */
export const settingsMigrations: readonly SettingsMigration[] = [fromV1];

/** Brings stored settings from their version up to SETTINGS_VERSION. A newer version than ours is left as it is. */
export function migrateSettings(version: number, value: unknown): unknown {
  let current = value;
  for (const migration of settingsMigrations) {
    if (migration.from >= version) current = migration.migrate(current);
  }
  return current;
}
