import type { Page } from 'playwright-core';
import type { RepairDraft } from '../../../lib/repairs/schemas';

type Reply = { ok: boolean; value?: unknown; error?: unknown };

/** Sends a message to the background as an extension page would (the page must be one of Amends' own). */
export async function send<T>(page: Page, type: string, payload: object): Promise<T> {
  const reply = await page.evaluate(
    ([messageType, messagePayload]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<Reply> } } }).chrome.runtime.sendMessage({
        type: messageType,
        payload: messagePayload,
      }),
    [type, payload] as const,
  );
  if (!reply.ok) throw new Error(`${type} failed: ${JSON.stringify(reply.error)}`);
  return reply.value as T;
}

/** Logs a repair from an extension page, as the popup would, and returns its id. */
export async function logRepair(page: Page, draft: RepairDraft & { followUps?: 'default' | 'none' }): Promise<string> {
  const { repair } = await send<{ repair: { id: string } }>(page, 'logRepair', draft);
  return repair.id;
}

/** How many repairs the extension's database holds, counted with raw IndexedDB on an extension page. */
export function countRepairs(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('amends');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('repairs').objectStore('repairs').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}
