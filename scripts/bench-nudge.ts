// The nudge's own figures from the real e2e build (npm run bench runs this after bench-typing.ts):
//   - last key → visible nudge, median over runs, on the textarea and Lexical pages;
//   - the analyzeDraft round trip from a page to the background, warm and with a background that went to sleep;
//   - the content script's size, gzipped, against its 20 KB budget.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { E2E_BUILD, launchExtension } from './browser/chromium';
import { closeWelcomeTab } from './browser/welcome-tab';
import { servePages } from './browser/serve-pages';
import { waitForContentScript } from './browser/content-script-ready';

const APOLOGY = "I'm sorry I snapped at you yesterday, that wasn't fair to you.";
const RUNS = 9;
const BUDGET = 20_480;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const server = await servePages();
const extension = await launchExtension();
// The welcome the install opens would come in front of the pages measured; closed once drawn.
await closeWelcomeTab(extension.context);
try {
  console.log(`Last key → visible nudge (median of ${RUNS}, ms):`);
  for (const { name, file, editable } of [
    { name: 'textarea', file: 'textarea.html', editable: '#editor' },
    { name: 'Lexical', file: 'lexical.html', editable: '[data-lexical-editor="true"]' },
  ]) {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const page = await extension.context.newPage();
      await page.goto(server.url(file));
      await page.waitForFunction(() => (window as { __editorReady?: boolean }).__editorReady === true);
      await waitForContentScript(page, extension.extensionId);
      // The page's own clock: the last keydown, and the first frame the nudge's host is visible.
      await page.evaluate(() => {
        const w = window as unknown as { __lastKey: number; __visibleAt: number };
        w.__lastKey = 0;
        w.__visibleAt = 0;
        document.addEventListener('keydown', () => (w.__lastKey = performance.now()), true);
        new MutationObserver(() => {
          const host = document.querySelector('amends-nudge');
          if (!w.__visibleAt && host && getComputedStyle(host).visibility === 'visible') w.__visibleAt = performance.now();
        }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['style'] });
      });
      await page.locator(editable).click();
      await page.keyboard.type(APOLOGY);
      await page.waitForFunction(() => (window as unknown as { __visibleAt: number }).__visibleAt > 0, undefined, { timeout: 10_000 });
      times.push(await page.evaluate(() => {
        const w = window as unknown as { __lastKey: number; __visibleAt: number };
        return w.__visibleAt - w.__lastKey;
      }));
      await page.close();
    }
    console.log(`  ${name.padEnd(9)} median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
  }

  // The round trip, from an extension page (the content script's path is the same runtime.sendMessage).
  const page = await extension.context.newPage();
  await page.goto(extension.extensionUrl('practice.html'));
  const text = `${APOLOGY} `.repeat(80);
  const roundTrip = () =>
    page.evaluate(async (payload) => {
      const started = performance.now();
      await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: 'analyzeDraft',
        payload,
      });
      return performance.now() - started;
    }, { text });
  const warm: number[] = [];
  for (let i = 0; i < 20; i += 1) warm.push(await roundTrip());
  const cdp = await extension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const cold: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(300);
    cold.push(await roundTrip());
  }
  console.log(`analyzeDraft round trip, ${text.length} characters: warm median ${median(warm).toFixed(1)} ms; background asleep median ${median(cold).toFixed(1)} ms (max ${Math.max(...cold).toFixed(1)})`);
  await page.close();
} finally {
  await extension.close();
  await server.close();
}

const dir = path.join(E2E_BUILD, 'content-scripts');
const size = readdirSync(dir).reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length, 0);
console.log(`Content script: ${size} B gzipped, budget ${BUDGET} B, margin ${BUDGET - size} B`);
