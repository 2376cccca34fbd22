import { db } from '../../lib/db/amends-db';
import { listPeople, type Person } from '../../lib/db/people';
import { createPageStore } from './page-store';

const NOBODY: Person[] = [];

/** Everyone in the log, for the person filter: kept while the page is open, read again when repairs change. */
const people = createPageStore({ tables: ['repairs'], load: () => listPeople(db) });

export function usePeople(): Person[] {
  return people.use() ?? NOBODY;
}
