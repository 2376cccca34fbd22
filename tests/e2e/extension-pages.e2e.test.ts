import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

let page: Page | undefined;

afterEach(async () => {
  await page?.close();
  page = undefined;
});

/** Opens an extension page in a fresh tab, recording console errors and uncaught exceptions from its first line on. */
async function openExtensionPage(file: string): Promise<{ page: Page; problems: string[] }> {
  page = await session.extension.context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.goto(session.extension.extensionUrl(file));
  return { page, problems };
}

test('the service worker starts from background.js', () => {
  expect(session.extension.extensionId).toMatch(/^[a-p]{32}$/);
  expect(session.extension.serviceWorker.url()).toBe(`chrome-extension://${session.extension.extensionId}/background.js`);
});

describe.each([
  { file: 'popup.html', heading: 'Amends' },
  { file: 'options.html', heading: 'Amends' },
])('$file', ({ file, heading }) => {
  test(`renders its level-1 heading "${heading}" without errors`, async () => {
    const opened = await openExtensionPage(file);
    const h1 = opened.page.getByRole('heading', { level: 1 });
    await h1.waitFor({ state: 'visible' });
    expect(await h1.innerText()).toBe(heading);
    // Let pending effects (settings load, live queries) run before judging the console.
    await opened.page.waitForLoadState('networkidle');
    expect(opened.problems).toEqual([]);
  });
});

test('practice.html renders its compose boxes and nudges an apology written there', async () => {
  const opened = await openExtensionPage('practice.html');
  await opened.page.getByRole('heading', { level: 1 }).waitFor({ state: 'visible' });
  const boxes = opened.page.getByRole('textbox');
  expect(await boxes.count()).toBeGreaterThanOrEqual(2);

  await boxes.first().click();
  await opened.page.keyboard.type("I'm sorry I snapped at you yesterday.");
  await opened.page.getByRole('complementary', { name: 'Amends' }).waitFor({ state: 'visible', timeout: 10_000 });
  expect(opened.problems).toEqual([]);
});
