import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';
import { editorFamilies, expectedAfterTyping, withoutTrailingNewline, type EditorPage } from '../../scripts/browser/editor-pages';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../../scripts/browser/firefox';
import { checkUndo, firstPhrase, undoRows, UNDO_APOLOGY } from './support/undo-cases';

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

/** The rows' selectors are Playwright's, whose descendant combinator pierces open shadow roots; puppeteer's `>>>` does. */
const piercing = (css: string) => css.trim().split(/\s+/).join(' >>> ');

/** The document that holds the row's editor and its nudge: the page's, or its same-origin iframe's. */
async function editorFrame(page: Page, row: EditorPage): Promise<Frame> {
  if (!row.frame) return page.mainFrame();
  const frame = await (await page.waitForSelector(row.frame))?.contentFrame();
  if (!frame) throw new Error(`no frame ${row.frame} on ${row.file}`);
  return frame;
}

/** The nudge button whose label contains `label`, once the nudge is visible, found in its shadow root. */
async function nudgeButton(frame: Frame, label: string): Promise<ElementHandle<HTMLButtonElement>> {
  const handle = await frame.waitForFunction(
    (text) => {
      const host = document.querySelector('amends-nudge');
      const buttons = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])];
      const button = buttons.find((b) => (b.getAttribute('aria-label') ?? b.textContent ?? '').includes(text));
      if (!host || !button || button.getBoundingClientRect().width === 0) return null;
      return getComputedStyle(host).visibility === 'visible' ? button : null;
    },
    { timeout: 15_000 },
    label,
  );
  const button = handle.asElement() as ElementHandle<HTMLButtonElement> | null;
  if (!button) throw new Error(`no nudge button "${label}"`);
  return button;
}

/** A real (trusted) mouse click on that button. */
const clickNudgeButton = async (frame: Frame, label: string) => (await nudgeButton(frame, label)).click();

const modelText = (page: Page) => page.evaluate(() => (window.__editorText ? window.__editorText() : ''));

async function openRow(row: EditorPage): Promise<{ page: Page; frame: Frame; errors: Error[] }> {
  const page = await firefox.browser.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error as Error));
  await page.goto(pages.url(row.file));
  await page.waitForFunction(() => window.__editorReady === true);
  return { page, frame: await editorFrame(page, row), errors };
}

// Firefox empties a DataTransfer made in a content script: CKEditor 5 (paste) and Slate (beforeinput) prove the
// page-world events; the other families prove execCommand and text-field-edit in Gecko.
describe.each(editorFamilies)('Firefox: $name', (row) => {
  test('a suggested phrase goes into the editor model at the caret', { timeout: 60_000 }, async () => {
    const { page, frame } = await openRow(row);
    try {
      const before = await modelText(page);
      await frame.click(piercing(row.editable));
      await page.keyboard.type(UNDO_APOLOGY);
      await clickNudgeButton(frame, 'to make it a repair');
      const phrase = firstPhrase();
      await clickNudgeButton(frame, `Insert: ${phrase}`);
      const expected = expectedAfterTyping(`${UNDO_APOLOGY} ${phrase}`, before);
      await page.waitForFunction((want) => (window.__editorText?.() ?? '').replace(/\n$/, '') === want, { timeout: 10_000 }, expected);
      expect(withoutTrailingNewline(await modelText(page))).toBe(expected);
    } finally {
      await page.close();
    }
  });
});

/** A chord such as Control+Shift+z, pressed as real keys (held modifiers, then the key). */
async function pressChord(page: Page, chord: string): Promise<void> {
  const keys = chord.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const key = keys.pop();
  if (!key) return;
  for (const modifier of keys) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
}

// The same table as Chromium's nudge-undo.e2e.test.ts (support/undo-cases.ts), driven through Gecko.
describe.each(undoRows)('Firefox undo: $name', (row) => {
  test('Insert, then Ctrl+Z: exactly the typed text; Ctrl+Shift+Z: the phrase again', { timeout: 60_000 }, async () => {
    const { page, frame, errors } = await openRow(row);
    try {
      await checkUndo({
        modelText: () => modelText(page),
        type: async (text) => {
          await frame.click(piercing(row.clickTarget ?? row.editable));
          await page.keyboard.type(text);
        },
        openCard: () => clickNudgeButton(frame, 'to make it a repair'),
        clickInsert: (phrase) => clickNudgeButton(frame, `Insert: ${phrase}`),
        press: (chord) => pressChord(page, chord),
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      });
      expect(errors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
