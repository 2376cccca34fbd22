import { expect, test } from 'vitest';
import { waitForContentScript } from '../../scripts/browser/content-script-ready';
import { editorPage, nudgeIn, openAndType } from '../../scripts/browser/editor-pages';
import { useBrowserSession } from './support/browser-session';

const session = useBrowserSession();

test('the page learns nothing from Amends starting, and cannot stop it with the event WXT listens for', async () => {
  const page = await session.extension.context.newPage();
  const { extensionId } = session.extension;
  // Recorded from before any script of the page or of Amends runs.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __messages: string[] }).__messages = seen;
    window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
  });
  await page.goto(session.pages.url('textarea.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, extensionId);
  expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([]);

  // A hostile page that knows the public extension id forges "a newer copy started".
  await page.evaluate((id) => {
    document.dispatchEvent(
      new CustomEvent(`${id}:compose:wxt:content-script-started`, { detail: { contentScriptName: 'compose', messageId: 'forged' } }),
    );
  }, extensionId);
  await page.locator('#editor').click();
  await page.keyboard.type("I'm sorry I snapped at you yesterday.");
  await page.getByRole('complementary', { name: 'Amends' }).waitFor();
  await page.close();
});


// Runs last: it reloads the extension under the shared browser.
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
