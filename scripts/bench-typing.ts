// Typing with Amends against typing without it, in one run of real Chromium (npm run bench runs this
// after building the e2e extension). It counts the CPU time of the page's main thread (Chromium's
// ThreadTime metric) spent on a burst of typing and the pause after it, so every listener,
// MutationObserver and the debounced analysis the content script adds is included. CPU time, not the
// tasks' wall time (TaskDuration, also printed): on a shared machine a task's wall time grows whenever
// the thread waits for a core, and the browser with an extension runs more processes to wait behind.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchExtension, type LoadedExtension } from './browser/chromium';
import { closeWelcomeTab } from './browser/welcome-tab';
import { editorFamilies, NUDGE_SETTLE_MS } from './browser/editor-pages';
import { servePages } from './browser/serve-pages';

// Every editor family's page: each must stay within 1.05 of typing without Amends. Names given on the command line
// (`npx tsx scripts/bench-typing.ts textarea quill`) measure only those families.
const only = process.argv.slice(2);
const PAGES = editorFamilies.filter(({ name }) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)));
const MAX_RATIO = 1.05;
// Runs on a shared machine differ by 10–20 % from one to the next; the median of seven interleaved runs holds to a few %.
const ROUNDS = 7;
// A long apology already in the box, then more typed after it: the case where Amends works hardest.
const EXISTING = "Hi Sam, I'm sorry I snapped at you yesterday. ".repeat(40);
const TYPED = 'I know it hurt, and I want to make it right. Can we talk tonight, in person? '.repeat(3);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

interface Measure {
  /** CPU time of the page's main thread per keystroke. */
  keystrokeMs: number;
  /** Wall time of its tasks per keystroke. */
  taskMs: number;
  /** The whole burst of typing, as the test driver saw it. */
  wallMs: number;
}

async function measure(context: BrowserContext, url: string, editable: string): Promise<Measure> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const seconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { cpu: metric('ThreadTime'), task: metric('TaskDuration') };
  };
  // In front on both sides: a tab behind the welcome the install opened would get no animation frames.
  await page.bringToFront();
  await page.goto(url);
  await page.waitForFunction(() => (window as { __editorReady?: boolean }).__editorReady === true);
  await page.locator(editable).click();
  await page.keyboard.insertText(EXISTING);
  await page.waitForTimeout(NUDGE_SETTLE_MS);
  const before = await seconds();
  const started = Date.now();
  await page.keyboard.type(TYPED);
  const wallMs = Date.now() - started;
  // The pause after typing, when the content script analyses the message.
  await page.waitForTimeout(NUDGE_SETTLE_MS);
  const after = await seconds();
  await page.close();
  const perKey = (seconds: number) => (seconds * 1000) / TYPED.length;
  return { keystrokeMs: perKey(after.cpu - before.cpu), taskMs: perKey(after.task - before.task), wallMs };
}

/** Turns Amends' nudges off in that browser, as the settings page would. */
async function turnNudgesOff(extension: LoadedExtension): Promise<void> {
  const page = await extension.context.newPage();
  await page.goto(extension.extensionUrl('options.html#/settings'));
  const reply = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({
      type: 'updateSettings',
      payload: { nudgesEnabled: false },
    }),
  );
  if (!reply.ok) throw new Error('could not turn the nudges off');
  await page.close();
}

const server = await servePages();
const withExtension = await launchExtension();
// The welcome the install opens would come in front of the pages measured; closed once drawn.
await closeWelcomeTab(withExtension.context);
// The same kind of browser on both sides: a fresh persistent profile, with and without the extension. (A
// non-persistent context differs in more than Amends: its profile, spellchecking and caches.)
const plainProfile = await mkdtemp(path.join(tmpdir(), 'amends-bench-plain-'));
const withoutExtension = await chromium.launchPersistentContext(plainProfile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
// A third browser with Amends installed but its nudges turned off: "off" against "without" is the cost of having an
// extension at all, "with" against "off" the cost of what Amends does while you type.
const offExtension = await launchExtension();
await closeWelcomeTab(offExtension.context);
await turnNudgesOff(offExtension);
try {
  console.log(`Typing ${TYPED.length} characters after ${EXISTING.length} already in the box: main-thread CPU ms per keystroke (median of ${ROUNDS})`);
  for (const { name, file, editable } of PAGES) {
    // Interleaved runs, so both sides see the same machine load.
    const runs = { with: [] as Measure[], without: [] as Measure[], off: [] as Measure[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      runs.with.push(await measure(withExtension.context, server.url(file), editable));
      runs.without.push(await measure(withoutExtension, server.url(file), editable));
      runs.off.push(await measure(offExtension.context, server.url(file), editable));
    }
    const off = median(runs.off.map((m) => m.keystrokeMs));
    const ratio = (field: keyof Measure) => median(runs.with.map((m) => m[field])) / median(runs.without.map((m) => m[field]));
    const [w, wo] = [median(runs.with.map((m) => m.keystrokeMs)), median(runs.without.map((m) => m.keystrokeMs))];
    console.log(
      `  ${name.padEnd(20)} with Amends ${w.toFixed(3)} ms, without ${wo.toFixed(3)} ms: ratio ${(w / wo).toFixed(2)}` +
        `${w / wo > MAX_RATIO ? ` (over ${MAX_RATIO})` : ''}; task wall time ratio ${ratio('taskMs').toFixed(2)}; whole burst ratio ${ratio('wallMs').toFixed(2)}` +
        `; with against nudges off ${(w / off).toFixed(2)}`,
    );
  }
} finally {
  await withExtension.close();
  await withoutExtension.close();
  await offExtension.close();
  await rm(plainProfile, { recursive: true, force: true });
  await server.close();
}
