// Popup time to first render, in real Chromium with the e2e build (npm run bench runs it after building): the time
// from navigation start to the popup's own "ready" mark, set once the stored draft has been read and the first real
// view is on screen. Median of repeated opens, with no draft and with a full draft to restore.
import type { Page } from 'playwright-core';
import { launchExtension } from './browser/chromium';
import { closeWelcomeTab } from './browser/welcome-tab';

const OPENS = 15;
const READY_MARK = 'amends:popup-ready';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const FULL_DRAFT = {
  screen: 'find-a-way',
  open: true,
  person: 'Sam',
  relationship: 'partner',
  incidentDate: '2026-11-28',
  whatHappened: 'I snapped at Sam when they asked about the weekend. '.repeat(20),
  theirPerspective: 'They felt brushed off and small. '.repeat(20),
  opening: 'I see I have hurt you. I want to repair it and reconnect with you.',
  admission: "I'm sorry I snapped at you. That was unfair of me. ".repeat(10),
  repairPlan: 'Plan the weekend together, and ask before I answer. '.repeat(5),
  promises: 'Ask before I answer\nTake a breath first\nPlan weekends together',
  checkIn: 'On Sunday evening.',
  channel: 'in-person',
  talkAt: '',
  where: '',
  whyNotInPerson: '',
};

async function timeToReady(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN, READY_MARK);
}

async function setDraft(page: Page, value: object | undefined) {
  await page.evaluate(
    (draft) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('amends');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          const store = tx.objectStore('drafts');
          if (draft) store.put({ id: 'checklist', updatedAt: Date.now(), value: draft });
          else store.delete('checklist');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

const extension = await launchExtension();
// The welcome the install opens would come in front of the pages measured; closed once drawn.
await closeWelcomeTab(extension.context);
try {
  const page = await extension.context.newPage();
  const url = extension.extensionUrl('popup.html');
  // The database exists once the popup has opened it.
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const runs = { empty: [] as number[], draft: [] as number[] };
  // Interleaved, so both cases see the same machine load; the first open of each warms the caches.
  for (let round = 0; round <= OPENS; round += 1) {
    await setDraft(page, undefined);
    const empty = await timeToReady(page, url);
    await setDraft(page, FULL_DRAFT);
    const draft = await timeToReady(page, url);
    // The draft case measures a restore: the checklist is on screen at the saved step, not the home view.
    if (round === 0) await page.getByLabel('Promises').waitFor({ timeout: 5_000 });
    if (round > 0) {
      runs.empty.push(empty);
      runs.draft.push(draft);
    }
  }
  await setDraft(page, undefined);
  console.log(`Popup time to first render (navigation start → first view on screen), median of ${OPENS} opens`);
  console.table({
    'no draft': { medianMs: Number(median(runs.empty).toFixed(1)), minMs: Number(Math.min(...runs.empty).toFixed(1)), maxMs: Number(Math.max(...runs.empty).toFixed(1)) },
    'a full draft to restore': { medianMs: Number(median(runs.draft).toFixed(1)), minMs: Number(Math.min(...runs.draft).toFixed(1)), maxMs: Number(Math.max(...runs.draft).toFixed(1)) },
  });
} finally {
  await extension.close();
}
