import { expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { waitForContentScript } from '../../scripts/browser/content-script-ready';
import { nudgeIn } from './support/nudge';

const session = useBrowserSession();
const APOLOGY = "I'm sorry I snapped at you yesterday.";

async function typedTextarea() {
  const page = await session.extension.context.newPage();
  await page.goto(session.pages.url('chat-app.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  await page.locator('#editor').click();
  await page.keyboard.type(APOLOGY);
  const nudge = nudgeIn(page);
  await nudge.getByRole('button', { name: 'Log this repair' }).waitFor();
  return { page, nudge };
}

/** The focused element's accessible text, looking into the nudge's shadow root. */
const focusedInNudge = () => document.querySelector('amends-nudge')?.shadowRoot?.activeElement?.textContent ?? null;

test('the shortcut opens the card and focuses it; Tab stays in order; Escape closes it and puts the caret back', async () => {
  const { page, nudge } = await typedTextarea();
  // The caret in the middle of the message, where the user was editing.
  for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowLeft');
  const caret = APOLOGY.length - 10;

  await page.keyboard.press('Alt+Shift+A');
  await nudge.getByRole('button', { name: 'Show less' }).waitFor();
  await expect.poll(() => page.evaluate(focusedInNudge)).not.toBeNull();
  // Visible focus: the focused button has an outline.
  const outline = await page.evaluate(() => {
    const active = document.querySelector('amends-nudge')?.shadowRoot?.activeElement;
    return active ? getComputedStyle(active).outlineStyle : 'none';
  });
  expect(outline).not.toBe('none');

  // Tab walks the card top to bottom: header buttons, then the steps' Insert buttons, then the actions.
  const order: Array<string | null> = [];
  for (let i = 0; i < 4; i += 1) {
    order.push(await page.evaluate(focusedInNudge));
    await page.keyboard.press('Tab');
  }
  expect(order).toEqual(['▴', '×', 'Insert', 'Insert']);

  await page.keyboard.press('Escape');
  await nudge.getByRole('button', { name: 'Show less' }).waitFor({ state: 'detached' });
  const focus = await page.evaluate(() => {
    const box = document.activeElement as HTMLTextAreaElement;
    return { id: box.id, start: box.selectionStart, end: box.selectionEnd };
  });
  expect(focus).toEqual({ id: 'editor', start: caret, end: caret });
  // Typing goes on where it was.
  await page.keyboard.type('X');
  expect(await page.evaluate(() => window.__editorText?.())).toBe(`${APOLOGY.slice(0, caret)}X${APOLOGY.slice(caret)}`);
  await page.close();
});

test('a screen reader hears the nudge once per message, politely', async () => {
  const { page } = await typedTextarea();
  const announced = () =>
    page.evaluate(() => document.querySelector('amends-nudge')?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '');
  await expect.poll(announced).toBe('Could you say this in person?');
  // Writing on changes the analysis, not the announcement.
  await page.evaluate(() => {
    const region = document.querySelector('amends-nudge')?.shadowRoot?.querySelector('[aria-live="polite"]');
    if (region) region.textContent = '';
  });
  await page.keyboard.type(' It was unfair.');
  await page.waitForTimeout(1_000);
  expect(await announced()).toBe('');
  await page.close();
});
