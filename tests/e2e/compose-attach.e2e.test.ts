import { expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { waitForContentScript } from './support/content-script-ready';

const session = useBrowserSession();

test('a box that had focus before Amends arrived is watched without a click', async () => {
  const page = await session.extension.context.newPage();
  await page.goto(session.pages.url('autofocus.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');

  await page.keyboard.type("I'm sorry I snapped at you yesterday.");
  await page.getByRole('complementary', { name: 'Amends' }).waitFor();
  expect(await page.evaluate(() => window.__editorText?.())).toBe("I'm sorry I snapped at you yesterday.");
  await page.close();
});

test('when the compose box goes away (mail sent, dialog closed), so does the nudge', async () => {
  const page = await session.extension.context.newPage();
  await page.goto(session.pages.url('gmail.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  await page.locator('#new-text').click();
  await page.keyboard.type("I'm sorry I left you waiting at the station.");
  await page.getByRole('complementary', { name: 'Amends' }).waitFor();

  await page.evaluate(() => document.querySelector('[role="dialog"]')?.remove());
  await page.locator('amends-nudge').waitFor({ state: 'detached' });
  await page.close();
});

test('Dismiss skips this message only: the next message in the same box is nudged again', async () => {
  const page = await session.extension.context.newPage();
  await page.goto(session.pages.url('textarea.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  const nudge = page.getByRole('complementary', { name: 'Amends' });
  await page.locator('#editor').click();
  await page.keyboard.type("I'm sorry I snapped at you.");
  await nudge.getByRole('button', { name: 'Dismiss' }).click();
  await page.locator('amends-nudge').waitFor({ state: 'detached' });

  // More of the same message: still skipped.
  await page.locator('#editor').click();
  await page.keyboard.type(' I was stressed and took it out on you.');
  await page.waitForTimeout(1_500);
  expect(await page.locator('amends-nudge').count()).toBe(0);

  // Sent (the box empties), then a new apology: nudged again.
  await page.locator('#editor').fill('');
  // A sent message leaves the box empty for longer than the 350 ms settle delay.
  await page.waitForTimeout(1_000);
  await page.keyboard.type('Sorry again for earlier, that was unfair of me.');
  await nudge.waitFor();
  await page.close();
});
