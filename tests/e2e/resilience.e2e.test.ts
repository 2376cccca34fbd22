import { expect, test } from 'vitest';
import { editorPage, nudgeIn, openAndType } from '../../scripts/browser/editor-pages';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

test('reloading the extension mid-typing leaves the editor working and removes every trace of the old script', async () => {
  const { page, pageErrors } = await openAndType(session.extension, session.pages, editorPage('textarea.html'), "I'm sorry I snapped at you yesterday.");
  await nudgeIn(page).waitFor();

  // The extension is reloaded (as on an update) while the user is still writing.
  // The old worker dies while answering, so the evaluation itself may be cut off.
  await session.extension.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  await page.keyboard.type(' It was not fair to you.');

  // The orphaned script notices at the next pause and takes its nudge away; the text is untouched.
  await page.locator('amends-nudge').waitFor({ state: 'detached' });
  expect(await page.evaluate(() => window.__editorText?.())).toBe("I'm sorry I snapped at you yesterday. It was not fair to you.");
  expect(pageErrors.map((error) => error.message)).toEqual([]);

  // The page itself goes on working for the user.
  await page.keyboard.type(' Can we talk tonight?');
  expect(await page.evaluate(() => window.__editorText?.())).toBe(
    "I'm sorry I snapped at you yesterday. It was not fair to you. Can we talk tonight?",
  );
  await page.close();
});
