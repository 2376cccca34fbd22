import { personKey } from '../repairs/person-key';
import type { AmendsDb } from './amends-db';

export interface Person {
  key: string;
  /** The name as the user first wrote it (alphabetically first spelling). */
  name: string;
}

/** Everyone the user logged a repair with, one entry per person key, read from the person index alone. */
export async function listPeople(db: AmendsDb): Promise<Person[]> {
  const names = (await db.repairs.orderBy('person').uniqueKeys()) as string[];
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = personKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return [...byKey].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name));
}
