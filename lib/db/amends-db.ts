import { Dexie, type EntityTable } from 'dexie';
import type { FollowUpRow } from './follow-up-row';
import type { Repair } from '../repairs/schemas';
import type { DraftRow } from './draft-row';
import { fromRepairRow } from './repair-row';
import type { SettingsRow } from './settings-row';
import { DB_NAME, schemaVersions, type SchemaVersion } from './schema-versions';

export class AmendsDb extends Dexie {
  repairs!: EntityTable<Repair, 'id'>;
  followUps!: EntityTable<FollowUpRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'id'>;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = schemaVersions) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Every read hands back the plain repair (bulkGet hands missing ones in as undefined); the derived facts are for the indexes (repair-row.ts).
    this.repairs.hook('reading', (row: Repair | undefined) => row && fromRepairRow(row));
  }
}

/** The one database of the extension origin: background and extension pages share it. */
export const db = new AmendsDb();
