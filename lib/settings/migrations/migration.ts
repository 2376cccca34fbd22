/** Turns settings stored under version `from` into the shape of version `from + 1`. Never throws; bad fields are left to parseSettings. */
export interface SettingsMigration {
  from: number;
  migrate(value: unknown): unknown;
}
