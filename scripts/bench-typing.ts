// Typing with Amends against typing without it, in one run of real Chromium (npm run bench runs this
// after building the e2e extension). It counts the CPU time of the page's main thread (Chromium's
// ThreadTime metric) spent on a burst of typing and the pause after it, so every listener,
// MutationObserver and the debounced analysis the content script adds is included. CPU time, not the
// tasks' wall time (TaskDuration, also printed): on a shared machine a task's wall time grows whenever
// the thread waits for a core, and the browser with an extension runs more processes to wait behind.
//
// Keys come at a fast typist's pace, one every KEY_DELAY_MS, so each reaches the page in a frame of its own as a
// person's keys do. Sent back to back, several keys share a frame, and how many varies with the machine's load
// from one burst to the next: the frame's work (layout, paint) is most of a key's cost, so a burst's cost varied
// by a third and no ratio held to within 0.1. Each side types into one page that stays open, burst after burst,
// and the ratio is taken within each round (the rounds interleave, so both sides see the same machine) and its
// median reported. The same page with Amends' nudges turned off and on again (live, as the settings page does it)
// gives "with against nudges off": what Amends does while you type, in the very same page. Two browsers of one
// kind differed by about 3% across a whole run (plain against plain, 9 rounds), as much as Amends was being asked
// to prove, so each side is two browsers, and the two plain ones compared give the run's noise floor.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchExtension } from './browser/chromium';
import { closeWelcomeTab } from './browser/welcome-tab';
import { editorFamilies, NUDGE_SETTLE_MS } from './browser/editor-pages';
import { servePages } from './browser/serve-pages';

// Every editor family's page: each must stay within 1.05 of typing without Amends. Names given on the command line
// (`npx tsx scripts/bench-typing.ts textarea quill`) measure only those families.
const only = process.argv.slice(2);
const PAGES = editorFamilies.filter(({ name }) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)));
const MAX_RATIO = 1.05;
const ROUNDS = 9;
const KEY_DELAY_MS = 20;
// A long apology already in the box, then more typed after it: the case where Amends works hardest.
const EXISTING = "Hi Sam, I'm sorry I snapped at you yesterday. ".repeat(40);
const TYPED = 'I know it hurt, and I want to make it right. Can we talk tonight, in person? ';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Measure {
  /** CPU time of the page's main thread per keystroke. */
  keystrokeMs: number;
  /** Wall time of its tasks per keystroke. */
  taskMs: number;
}

/** A page with the long apology already typed into its editor, ready for one burst of typing after another. */
async function openTypist(context: BrowserContext, url: string, editable: string): Promise<{ page: Page; burst(): Promise<Measure> }> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const seconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { cpu: metric('ThreadTime'), task: metric('TaskDuration') };
  };
  // In front: a tab behind another gets no animation frames.
  await page.bringToFront();
  await page.goto(url);
  await page.waitForFunction(() => (window as { __editorReady?: boolean }).__editorReady === true);
  await page.locator(editable).click();
  await page.keyboard.insertText(EXISTING);
  await page.waitForTimeout(NUDGE_SETTLE_MS);
  return {
    page,
    async burst() {
      await page.bringToFront();
      const before = await seconds();
      await page.keyboard.type(TYPED, { delay: KEY_DELAY_MS });
      // The pause after typing, when the content script analyses the message.
      await page.waitForTimeout(NUDGE_SETTLE_MS);
      const after = await seconds();
      const perKey = (s: number) => (s * 1000) / TYPED.length;
      return { keystrokeMs: perKey(after.cpu - before.cpu), taskMs: perKey(after.task - before.task) };
    },
  };
}

const server = await servePages();
// Two browsers a side. Two browsers of one kind differ by a few per cent, run after run (which core their renderer
// shares with what): the mean of two is compared, and the two plain ones against each other give the run's own
// noise floor, printed beside the ratios.
const amends = [await launchExtension(), await launchExtension()] as const;
// The welcome the install opens would come in front of the pages measured; closed once drawn.
for (const browser of amends) await closeWelcomeTab(browser.context);
// Amends' settings page, in a tab behind the first browser's page: it turns the nudges off and on as a user would there.
const settings = await amends[0].context.newPage();
await settings.goto(amends[0].extensionUrl('options.html#/settings'));
const setNudges = async (enabled: boolean) => {
  const reply = await settings.evaluate(
    (nudgesEnabled) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }).chrome.runtime.sendMessage({
        type: 'updateSettings',
        payload: { nudgesEnabled },
      }),
    enabled,
  );
  if (!reply.ok) throw new Error(`could not turn the nudges ${enabled ? 'on' : 'off'}`);
  // The open tab hears of it and shows (or takes away) its nudge: let that settle before typing.
  await new Promise((resolve) => setTimeout(resolve, NUDGE_SETTLE_MS));
};
// The same kind of browser on both sides: fresh persistent profiles, with and without the extension. (A
// non-persistent context differs in more than Amends: its profile, spellchecking and caches.)
const plainProfiles = [await mkdtemp(path.join(tmpdir(), 'amends-bench-plain-')), await mkdtemp(path.join(tmpdir(), 'amends-bench-plain-'))];
const plain: BrowserContext[] = [];
for (const profile of plainProfiles) plain.push(await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }));
const mean = (a: Measure, b: Measure): Measure => ({ keystrokeMs: (a.keystrokeMs + b.keystrokeMs) / 2, taskMs: (a.taskMs + b.taskMs) / 2 });
try {
  console.log(
    `Typing ${TYPED.length} characters, a key every ${KEY_DELAY_MS} ms, after ${EXISTING.length} already in the box: ` +
      `main-thread CPU ms per keystroke, medians of ${ROUNDS} interleaved rounds, two browsers a side`,
  );
  for (const { name, file, editable } of PAGES) {
    // The first Amends page is the one whose nudges are turned off and on; the second keeps them on.
    const toggled = await openTypist(amends[0].context, server.url(file), editable);
    const steady = await openTypist(amends[1].context, server.url(file), editable);
    const without = [await openTypist(plain[0]!, server.url(file), editable), await openTypist(plain[1]!, server.url(file), editable)];
    const runs = { with: [] as Measure[], on: [] as Measure[], off: [] as Measure[], without: [] as Measure[], plainA: [] as Measure[], plainB: [] as Measure[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      // Every page gets two bursts a round, so their text grows alike; the order alternates so no side is always first.
      const onFirst = round % 2 === 0;
      const bursts: Record<'toggledOn' | 'toggledOff' | 'steady' | 'plainA' | 'plainB', Measure[]> = { toggledOn: [], toggledOff: [], steady: [], plainA: [], plainB: [] };
      for (const on of [onFirst, !onFirst]) {
        await setNudges(on);
        const order = [
          async () => bursts[on ? 'toggledOn' : 'toggledOff'].push(await toggled.burst()),
          async () => bursts.steady.push(await steady.burst()),
          async () => bursts.plainA.push(await without[0]!.burst()),
          async () => bursts.plainB.push(await without[1]!.burst()),
        ];
        for (const run of onFirst ? order : order.reverse()) await run();
      }
      const plainA = mean(bursts.plainA[0]!, bursts.plainA[1]!);
      const plainB = mean(bursts.plainB[0]!, bursts.plainB[1]!);
      runs.with.push(mean(bursts.toggledOn[0]!, mean(bursts.steady[0]!, bursts.steady[1]!)));
      runs.on.push(bursts.toggledOn[0]!);
      runs.off.push(bursts.toggledOff[0]!);
      runs.without.push(mean(plainA, plainB));
      runs.plainA.push(plainA);
      runs.plainB.push(plainB);
    }
    await setNudges(true);
    for (const typist of [toggled, steady, ...without]) await typist.page.close();
    const cpu = (side: keyof typeof runs) => runs[side].map((m) => m.keystrokeMs);
    const paired = (a: Measure[], b: Measure[], field: keyof Measure) => median(a.map((m, i) => m[field] / b[i]![field]));
    const ratio = paired(runs.with, runs.without, 'keystrokeMs');
    if (process.env.BENCH_VERBOSE) for (const side of Object.keys(runs) as Array<keyof typeof runs>) console.log(`    ${side}: ${cpu(side).map((v) => v.toFixed(3)).join(' ')}`);
    console.log(
      `  ${name.padEnd(20)} with Amends ${median(cpu('with')).toFixed(3)} ms, without ${median(cpu('without')).toFixed(3)} ms: ` +
        `ratio ${ratio.toFixed(2)}${ratio > MAX_RATIO ? ` (over ${MAX_RATIO})` : ''}; ` +
        `task wall time ratio ${paired(runs.with, runs.without, 'taskMs').toFixed(2)}; ` +
        `with against nudges off, same page ${paired(runs.on, runs.off, 'keystrokeMs').toFixed(2)}; ` +
        `noise floor (plain against plain) ${paired(runs.plainB, runs.plainA, 'keystrokeMs').toFixed(2)}`,
    );
  }
} finally {
  for (const browser of amends) await browser.close();
  for (const context of plain) await context.close();
  for (const profile of plainProfiles) await rm(profile, { recursive: true, force: true });
  await server.close();
}
