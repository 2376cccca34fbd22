import { existsSync } from 'node:fs';
import { afterAll, beforeAll, expect, onTestFinished, test } from 'vitest';
import { launchFirefoxWithExtension } from '../../scripts/browser/firefox';
import { servePages, type PageServer } from '../../scripts/browser/serve-pages';

const APOLOGY = "I'm sorry I snapped at you yesterday.";
const NUDGE = 'amends-nudge >>> [role="complementary"][aria-label="Amends"]';

let pages: PageServer | undefined;

beforeAll(async () => {
  pages = await servePages();
});

afterAll(async () => {
  await pages?.close();
});

// Firefox is launched inside the test, not in a hook: a missing Firefox then fails this test
// with the install command instead of marking it skipped.
// The content script asks the background (getComposeStatus) before it shows anything,
// so the nudge appearing proves both that the script attached and that the background answered.
test('Firefox: the temporary add-on nudges when an apology is typed in a textarea', { timeout: 120_000 }, async () => {
  if (!pages) throw new Error('The page server did not start');
  const firefox = await launchFirefoxWithExtension();
  onTestFinished(async () => {
    await firefox.close();
    // Cleanup is part of the contract: no Firefox profile is left behind, pass or fail.
    expect(existsSync(firefox.profileDir)).toBe(false);
  });
  expect(firefox.addonId).toBe('amends@amends.app');

  const page = await firefox.browser.newPage();
  await page.goto(pages.url('firefox-smoke.html'));
  await page.type('#message', APOLOGY);

  expect(await page.waitForSelector(NUDGE, { timeout: 15_000 })).not.toBeNull();
  // The nudge sits beside the box and never writes into it.
  expect(await page.$eval('#message', (box) => (box as HTMLTextAreaElement).value)).toBe(APOLOGY);
  expect(await page.$$eval('#message amends-nudge', (inside) => inside.length)).toBe(0);
});
