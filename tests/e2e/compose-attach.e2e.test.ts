import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type LoadedExtension } from './harness';
import { servePages, type PageServer } from './serve-pages';
import { waitForContentScript } from './support/content-script-ready';

let extension: LoadedExtension;
let pages: PageServer;

beforeAll(async () => {
  [extension, pages] = await Promise.all([launchExtension(), servePages()]);
});

afterAll(async () => {
  await extension?.close();
  await pages?.close();
});

test('a box that had focus before Amends arrived is watched without a click', async () => {
  const page = await extension.context.newPage();
  await page.goto(pages.url('autofocus.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, extension.extensionId);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');

  await page.keyboard.type("I'm sorry I snapped at you yesterday.");
  await page.getByRole('complementary', { name: 'Amends' }).waitFor();
  expect(await page.evaluate(() => window.__editorText?.())).toBe("I'm sorry I snapped at you yesterday.");
  await page.close();
});
