/**
 * How settings are stored: one row, with the settings version it was written under, so a newer Amends migrates it
 * (lib/settings/migrations) before parsing it field by field.
 */
export interface SettingsRow {
  id: 'current';
  version: number;
  value: unknown;
}

export const SETTINGS_ROW_ID = 'current';
