import type { FollowUpRow } from '../../lib/db/follow-up-row';
import type { SettingsRow } from '../../lib/db/settings-row';
import type { Repair } from '../../lib/repairs/schemas';
import type { LoadedExtension } from './chromium';

interface StoredRecords {
  repairs: Repair;
  followUps: FollowUpRow;
  settings: SettingsRow;
}

/**
 * Every record of one object store, read with the raw IndexedDB API from an extension page
 * (the extension origin owns the database), not through the background: what is really stored.
 */
export async function readStored<Store extends keyof StoredRecords>(extension: LoadedExtension, store: Store): Promise<StoredRecords[Store][]> {
  const page = await extension.context.newPage();
  try {
    await page.goto(extension.extensionUrl('options.html'));
    return await page.evaluate(
      (storeName) =>
        new Promise<StoredRecords[Store][]>((resolve, reject) => {
          const open = indexedDB.open('amends');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction(storeName, 'readonly').objectStore(storeName).getAll();
            request.onsuccess = () => resolve(request.result as StoredRecords[Store][]);
            request.onerror = () => reject(request.error);
          };
        }),
      store,
    );
  } finally {
    await page.close();
  }
}

/** The repairs as stored. */
export const storedRepairs = (extension: LoadedExtension) => readStored(extension, 'repairs');
