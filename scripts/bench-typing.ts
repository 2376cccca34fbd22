// Typing with Amends against typing without it, in one run of real Chromium (npm run bench runs this
// after building the e2e extension). It counts the page's main-thread task time (Chromium's own
// TaskDuration metric) spent on a burst of typing and the pause after it, so every listener,
// MutationObserver and the debounced analysis the content script adds is included.
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchExtension } from './browser/chromium';
import { editorFamilies, NUDGE_SETTLE_MS } from './browser/editor-pages';
import { servePages } from './browser/serve-pages';

// Every editor family's page: each must stay within 1.05 of typing without Amends.
const PAGES = editorFamilies;
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

async function measure(context: BrowserContext, url: string, editable: string) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN;
  };
  await page.goto(url);
  await page.waitForFunction(() => (window as { __editorReady?: boolean }).__editorReady === true);
  await page.locator(editable).click();
  await page.keyboard.insertText(EXISTING);
  await page.waitForTimeout(NUDGE_SETTLE_MS);
  const before = await taskSeconds();
  const started = Date.now();
  await page.keyboard.type(TYPED);
  const wallMs = Date.now() - started;
  // The pause after typing, when the content script analyses the message.
  await page.waitForTimeout(NUDGE_SETTLE_MS);
  const mainThreadMs = ((await taskSeconds()) - before) * 1000;
  await page.close();
  return { keystrokeMs: mainThreadMs / TYPED.length, wallMs };
}

const server = await servePages();
const withExtension = await launchExtension();
const plain = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
const withoutExtension = await plain.newContext();
try {
  console.log(`Typing ${TYPED.length} characters after ${EXISTING.length} already in the box: main-thread ms per keystroke (median of ${ROUNDS})`);
  for (const { name, file, editable } of PAGES) {
    // Interleaved runs, so both sides see the same machine load.
    const runs = { with: [] as number[], without: [] as number[], wallWith: [] as number[], wallWithout: [] as number[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      const a = await measure(withExtension.context, server.url(file), editable);
      const b = await measure(withoutExtension, server.url(file), editable);
      runs.with.push(a.keystrokeMs);
      runs.wallWith.push(a.wallMs);
      runs.without.push(b.keystrokeMs);
      runs.wallWithout.push(b.wallMs);
    }
    const [w, wo] = [median(runs.with), median(runs.without)];
    const [ww, wwo] = [median(runs.wallWith), median(runs.wallWithout)];
    console.log(
      `  ${name.padEnd(20)} with Amends ${w.toFixed(3)} ms, without ${wo.toFixed(3)} ms: ratio ${(w / wo).toFixed(2)}` +
        `${w / wo > MAX_RATIO ? ` (over ${MAX_RATIO})` : ''}; whole burst ${ww} ms vs ${wwo} ms: ratio ${(ww / wwo).toFixed(2)}`,
    );
  }
} finally {
  await withExtension.close();
  await plain.close();
  await server.close();
}
