import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import { analyzeMessage } from '../../lib/apology';
import { suggestionPhrase } from '../../lib/coaching/words';
import { english } from '../support/english';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';
import { editorFamilies, expectedAfterTyping, withoutTrailingNewline } from '../../scripts/browser/editor-pages';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/browser/firefox';

const APOLOGY = "I'm sorry I snapped at you yesterday.";

let pages: PageServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  pages = await servePages();
  firefox = await launchFirefoxWithExtension();
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await pages?.close();
});

/** A real (trusted) mouse click on the nudge button whose label contains `label`, found in its shadow root. */
async function clickNudgeButton(page: Page, label: string): Promise<void> {
  const handle = await page.waitForFunction(
    (text) => {
      const buttons = [...(document.querySelector('amends-nudge')?.shadowRoot?.querySelectorAll('button') ?? [])];
      const button = buttons.find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').includes(text));
      if (!button) return null;
      const { x, y, width, height } = button.getBoundingClientRect();
      return width > 0 && getComputedStyle(document.querySelector('amends-nudge') as Element).visibility === 'visible'
        ? { x: x + width / 2, y: y + height / 2 }
        : null;
    },
    { timeout: 15_000 },
    label,
  );
  const point = (await handle.jsonValue()) as { x: number; y: number };
  await page.mouse.click(point.x, point.y);
}

const modelText = (page: Page) => page.evaluate(() => (window.__editorText ? window.__editorText() : ''));

// Firefox empties a DataTransfer made in a content script: CKEditor 5 (paste) and Slate (beforeinput) prove the
// page-world events; the other families prove execCommand and text-field-edit in Gecko.
describe.each(editorFamilies)('Firefox: $name', (row) => {
  test('a suggested phrase goes into the editor model at the caret', { timeout: 60_000 }, async () => {
    const page = await firefox.browser.newPage();
    try {
      await page.goto(pages.url(row.file));
      await page.waitForFunction(() => window.__editorReady === true);
      const before = await modelText(page);
      await page.click(row.editable);
      await page.keyboard.type(APOLOGY);
      await clickNudgeButton(page, 'ways to make it a repair');
      const analysis = analyzeMessage(APOLOGY);
      const first = analysis.suggestions.map((s) => ({ text: suggestionPhrase(s.component, analysis.addressee, english) }))[0];
      if (!first) throw new Error('no suggestion');
      await clickNudgeButton(page, `Insert: ${first.text}`);
      const expected = expectedAfterTyping(`${APOLOGY} ${first.text}`, before);
      await page.waitForFunction((want) => (window.__editorText?.() ?? '').replace(/\n$/, '') === want, { timeout: 10_000 }, expected);
      expect(withoutTrailingNewline(await modelText(page))).toBe(expected);
    } finally {
      await page.close();
    }
  });
});
