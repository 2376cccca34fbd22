import { expect, test } from 'vitest';
import { editorPage, NUDGE_SETTLE_MS, nudgeIn, openAndType, openEditorPage } from '../../scripts/browser/editor-pages';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

test('a box that had focus before Amends arrived is watched without a click', async () => {
  // No click: the box has focus from the page's own autofocus.
  const { page } = await openEditorPage(session.extension, session.pages, editorPage('autofocus.html'));
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');

  await page.keyboard.type("I'm sorry I snapped at you yesterday.");
  await nudgeIn(page).waitFor();
  expect(await page.evaluate(() => window.__editorText?.())).toBe("I'm sorry I snapped at you yesterday.");
  await page.close();
});

test('when the compose box goes away (mail sent, dialog closed), so does the nudge', async () => {
  const { page } = await openAndType(session.extension, session.pages, editorPage('gmail.html'), "I'm sorry I left you waiting at the station.");
  await nudgeIn(page).waitFor();

  await page.evaluate(() => document.querySelector('[role="dialog"]')?.remove());
  await page.locator('amends-nudge').waitFor({ state: 'detached' });
  await page.close();
});

test('Dismiss skips this message only: the next message in the same box is nudged again', async () => {
  const { page } = await openAndType(session.extension, session.pages, editorPage('textarea.html'), "I'm sorry I snapped at you.");
  const nudge = nudgeIn(page);
  await nudge.getByRole('button', { name: 'Dismiss' }).click();
  await page.locator('amends-nudge').waitFor({ state: 'detached' });

  // More of the same message: still skipped.
  await page.locator('#editor').click();
  await page.keyboard.type(' I was stressed and took it out on you.');
  await page.waitForTimeout(NUDGE_SETTLE_MS);
  expect(await page.locator('amends-nudge').count()).toBe(0);

  // Sent (the box empties), then a new apology: nudged again.
  await page.locator('#editor').fill('');
  // A sent message leaves the box empty for longer than the typing pause.
  await page.waitForTimeout(NUDGE_SETTLE_MS);
  await page.keyboard.type('Sorry again for earlier, that was unfair of me.');
  await nudge.waitFor();
  await page.close();
});
