import { Dexie, type EntityTable } from 'dexie';
import type { FollowUpRow } from './follow-up-row';
import type { Repair } from '../repairs/schemas';
import { DB_NAME, schemaVersions, type SchemaVersion } from './schema-versions';

export class AmendsDb extends Dexie {
  repairs!: EntityTable<Repair, 'id'>;
  followUps!: EntityTable<FollowUpRow, 'id'>;

  constructor(name = DB_NAME, versions: readonly SchemaVersion[] = schemaVersions) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

/** The one database of the extension origin: background and extension pages share it. */
export const db = new AmendsDb();
