import type { Page } from 'playwright-core';
import type { LoadedExtension } from '../../../scripts/browser/chromium';

/** Every record of one IndexedDB store of the extension's `amends` database, read from an extension page. */
export async function readStore<T>(extension: LoadedExtension, store: 'repairs' | 'followUps' | 'drafts'): Promise<T[]> {
  const page = await extension.context.newPage();
  await page.goto(extension.extensionUrl('options.html'));
  const rows = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('amends');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as unknown[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
  await page.close();
  return rows as T[];
}

export interface StoredRepair {
  id: string;
  person: string;
  relationship: string;
  source: string;
  incidentAt?: number;
  whatHappened: string;
  theirPerspective: string;
  admission: string;
  repairPlan: string;
  notes: string;
  channel: string;
  plannedTalkAt?: number;
  commitments: Array<{ id: string; text: string }>;
}

export interface StoredFollowUp {
  id: string;
  repairId: string;
  kind: 'talk' | 'check-in' | 'promise';
  commitmentId?: string;
  dueAt: number;
  doneAt?: number;
  snoozedUntil?: number;
  outcome?: string;
  note: string;
}

/** The checklist draft as stored, or undefined. */
export async function storedDraft(extension: LoadedExtension): Promise<Record<string, unknown> | undefined> {
  const rows = await readStore<{ id: string; value: Record<string, unknown> }>(extension, 'drafts');
  return rows.find((row) => row.id === 'checklist')?.value;
}

/** Presses Tab until the focused element has this accessible name (label, aria-label or text); fails after `max`. */
export async function tabTo(page: Page, name: string | RegExp, max = 25): Promise<void> {
  for (let presses = 0; presses < max; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labelled = (element as HTMLInputElement).labels?.[0]?.textContent;
      return (element.getAttribute('aria-label') ?? labelled ?? element.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached "${String(name)}"`);
}

/** Kept here for the specs that import it from the popup helpers; it lives with the other background messages. */
export { send } from './background-messages';
