import { describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useBrowserSession } from './support/browser-session';
import { waitForContentScript } from '../../scripts/browser/content-script-ready';
import { EXPAND, insideViewport, liveRegion, measureLayout, nudgeIn, overlaps, type Layout } from './support/nudge';

const session = useBrowserSession();
const APOLOGY = "Sam, I'm sorry I snapped at you in front of everyone yesterday. If you were offended, that wasn't my intent.";

/** The four windows of the acceptance list; the small one is a 720×320 iframe inside a wide window. */
const matrix = [
  { name: '1280×800', width: 1280, height: 800, page: 'chat-app.html', framed: false },
  { name: '900×600', width: 900, height: 600, page: 'chat-app.html', framed: false },
  { name: '720×320 iframe', width: 1280, height: 800, page: 'framed-chat.html', framed: true },
  { name: '390×700', width: 390, height: 700, page: 'chat-app.html', framed: false },
];

function expectClear(layout: Layout) {
  const { nudge, viewport, editor, controls } = layout;
  if (!nudge) throw new Error('the nudge is not showing');
  expect(insideViewport(nudge, viewport), `nudge ${JSON.stringify(nudge)} in ${JSON.stringify(viewport)}`).toBe(true);
  expect(overlaps(nudge, editor), 'nudge over the editor').toBe(false);
  expect(controls.filter((control) => overlaps(nudge, control))).toEqual([]);
}

async function open(width: number, height: number, file: string, framed: boolean): Promise<{ page: Page; frame: Frame | Page }> {
  const page = await session.extension.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(session.pages.url(file));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  const frame = framed ? page.frames().find((f) => f.url().endsWith('chat-app.html')) : page;
  if (!frame) throw new Error('no chat frame');
  return { page, frame };
}

describe.each(matrix)('$name', ({ width, height, page: file, framed }) => {
  test('the chip and the card lie wholly inside the viewport, over neither the text nor the marked controls', async () => {
    const { page, frame } = await open(width, height, file, framed);
    const scope = framed ? page.frameLocator('#chat-frame') : page;
    await scope.locator('#editor').click();
    await page.keyboard.type(APOLOGY);
    const nudge = nudgeIn(scope);
    await nudge.getByRole('button', { name: 'Log this repair' }).waitFor();
    // The compact state keeps the testing contract: "in person" and a Log this repair button.
    expect(await nudge.textContent()).toContain('in person');
    await expect.poll(async () => (await frame.evaluate(measureLayout, '#editor')).nudge !== null).toBe(true);
    expectClear(await frame.evaluate(measureLayout, '#editor'));

    await nudge.getByRole('button', { name: EXPAND }).click();
    // The card, or the chip docked where the card has no room; either way placed anew.
    await page.waitForTimeout(300);
    expectClear(await frame.evaluate(measureLayout, '#editor'));
    await page.close();
  });
});

test('the card follows the viewport: its height is capped and it scrolls inside, title on screen', async () => {
  const { page } = await open(900, 600, 'chat-app.html', false);
  await page.locator('#editor').click();
  await page.keyboard.type(APOLOGY);
  const nudge = nudgeIn(page);
  await nudge.getByRole('button', { name: EXPAND }).click();
  await nudge.getByRole('button', { name: 'Show less' }).waitFor();
  await nudge.getByRole('button', { name: /^\d+ more$/ }).click();
  // Every step is there once the card is drawn again.
  await nudge.getByRole('button', { name: /^\d+ more$/ }).waitFor({ state: 'detached' });
  const heading = nudge.getByRole('heading', { level: 2 });
  await heading.waitFor();
  const box = await heading.boundingBox();
  expect(box && box.y >= 0).toBe(true);
  const scrolls = await page.evaluate(() => {
    const body = document.querySelector('amends-nudge')?.shadowRoot?.querySelector('.body');
    return body ? body.scrollHeight > body.clientHeight : false;
  });
  // Six steps and a deflection do not fit above a 600 px window's composer: the body scrolls, the card does not grow.
  expect(scrolls).toBe(true);
  expectClear(await page.evaluate(measureLayout, '#editor'));
  await page.close();
});

test('the nudge hides when the box scrolls out of view, and comes back with it', async () => {
  const page = await session.extension.context.newPage();
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(session.pages.url('textarea.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  await page.evaluate(() => {
    document.body.style.height = '3000px';
  });
  await page.locator('#editor').click();
  await page.keyboard.type(APOLOGY);
  await nudgeIn(page).getByRole('button', { name: 'Log this repair' }).waitFor();
  await page.mouse.wheel(0, 1500);
  await expect.poll(async () => (await page.evaluate(measureLayout, '#editor')).nudge).toBeNull();
  await page.mouse.wheel(0, -1500);
  await expect.poll(async () => (await page.evaluate(measureLayout, '#editor')).nudge !== null).toBe(true);
  await page.close();
});

/** Runs in the page: the nudge's panel and the boxes of the given elements. */
function measureWords(selectors: string[]) {
  const box = (element: Element | null | undefined) => {
    if (!element) return null;
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  };
  const panel = document.querySelector('amends-nudge')?.shadowRoot?.querySelector('[role="complementary"]');
  return {
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    nudge: box(panel),
    words: selectors.map((selector) => ({ selector, box: box(document.querySelector(selector)) })),
  };
}

describe('the practice page at 1,000 px', () => {
  // What the page says around the chat box: its heading, the subtitle, the box's label, and the next box with its label.
  const words = ['h1', 'main > p', 'label[for="practice-message"]', '#practice-email-label', '[contenteditable][aria-labelledby]', '#practice-message'];

  test.each(['chip', 'card'])('the %s covers none of the words around the box, nor the next box', async (state) => {
    const page = await session.extension.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(session.extension.extensionUrl('practice.html'));
    await page.getByLabel('A chat message').click();
    await page.keyboard.type(APOLOGY);
    const nudge = nudgeIn(page);
    await nudge.getByRole('button', { name: 'Log this repair' }).waitFor();
    if (state === 'card') {
      await nudge.getByRole('button', { name: EXPAND }).click();
      await nudge.getByRole('button', { name: 'Show less' }).waitFor();
    }
    await page.waitForTimeout(300);
    const layout = await page.evaluate(measureWords, words);
    if (!layout.nudge) throw new Error('the nudge is not showing');
    expect(insideViewport(layout.nudge, layout.viewport)).toBe(true);
    const { nudge: placed } = layout;
    expect(layout.words.filter(({ box }) => box === null)).toEqual([]);
    expect(layout.words.filter(({ box }) => box && overlaps(placed, box)).map(({ selector }) => selector)).toEqual([]);
    await page.close();
  });
});

/** Runs in the page: the vertical centre of the chip and of each thing in it (its line and its buttons). */
function chipRows() {
  const panel = document.querySelector('amends-nudge')?.shadowRoot?.querySelector<HTMLElement>('[role="complementary"]');
  if (!panel) return null;
  const centre = (element: Element) => {
    const { y, height } = element.getBoundingClientRect();
    return Math.round(y + height / 2);
  };
  const right = (element: Element) => Math.round(element.getBoundingClientRect().right);
  const buttons = [...panel.querySelectorAll('button')];
  const line = panel.querySelector('.line');
  return {
    state: panel.dataset.state,
    height: panel.getBoundingClientRect().height,
    buttonHeight: buttons[0]?.getBoundingClientRect().height ?? 0,
    line: line ? centre(line) : null,
    buttons: buttons.map((button) => ({ name: button.getAttribute('aria-label') ?? button.textContent, centre: centre(button), right: right(button) })),
    panelRight: right(panel),
  };
}

/** The chat page at this size with a serious apology typed, and the chip's rows once it has settled. */
async function chipAt(width: number, height: number) {
  const { page } = await open(width, height, 'chat-app.html', false);
  await page.locator('#editor').click();
  await page.keyboard.type(APOLOGY);
  await nudgeIn(page).getByRole('button', { name: 'Log this repair' }).waitFor();
  await page.waitForTimeout(300);
  const rows = await page.evaluate(chipRows);
  if (!rows) throw new Error('the nudge is not showing');
  return { page, rows };
}

describe('the chip', () => {
  test('is one line at 1280 px: its words and every button on one row, one button high', async () => {
    const { page, rows } = await chipAt(1280, 800);
    expect(rows.state).toBe('chip');
    // One button high, give or take the chip's own padding and border.
    expect(rows.height).toBeLessThan(rows.buttonHeight + 20);
    for (const { name, centre } of rows.buttons) expect(Math.abs(centre - (rows.line ?? 0)), `${name} on the line's row`).toBeLessThanOrEqual(3);
    await page.close();
  });

  test('wraps gracefully at 390 px: the buttons stay together on one row, Dismiss with them, all inside the chip', async () => {
    const { page, rows } = await chipAt(390, 700);
    const [first, ...rest] = rows.buttons;
    if (!first) throw new Error('the chip has no buttons');
    for (const { name, centre } of rest) expect(Math.abs(centre - first.centre), `${name} on the buttons' row`).toBeLessThanOrEqual(3);
    for (const { name, right } of rows.buttons) expect(right, `${name} inside the chip`).toBeLessThanOrEqual(rows.panelRight);
    // Two rows at most: the words, then the buttons.
    expect(rows.height).toBeLessThan(2 * rows.buttonHeight + 40);
    await page.close();
  });
});

test('where the card has no room, Log opens its form in the docked chip, focused and on screen', async () => {
  const { page, frame } = await open(1280, 800, 'framed-chat.html', true);
  const scope = page.frameLocator('#chat-frame');
  await scope.locator('#editor').click();
  await page.keyboard.type(APOLOGY);
  const nudge = nudgeIn(scope);
  await nudge.getByRole('button', { name: 'Log this repair' }).click();
  const name = nudge.getByRole('textbox');
  await name.waitFor();
  const state = () => frame.evaluate(() => document.querySelector('amends-nudge')?.shadowRoot?.querySelector<HTMLElement>('[data-state]')?.dataset.state);
  // The 720×320 frame has no band tall enough for the card: this is the docked chip, not the card.
  expect(await state()).toBe('chip');
  await expect.poll(() => frame.evaluate(() => document.querySelector('amends-nudge')?.shadowRoot?.activeElement?.tagName)).toBe('INPUT');
  expectClear(await frame.evaluate(measureLayout, '#editor'));
  await page.keyboard.type('Sam');
  await page.keyboard.press('Enter');
  await nudge.getByText('Logged your repair with Sam').waitFor();
  // What logging said is placed afresh too: on screen, clear of the text and the controls.
  await nudge.getByRole('button', { name: 'Plan the talk' }).waitFor();
  await expect
    .poll(async () => {
      const { nudge: placed, viewport } = await frame.evaluate(measureLayout, '#editor');
      return placed !== null && insideViewport(placed, viewport);
    })
    .toBe(true);
  expectClear(await frame.evaluate(measureLayout, '#editor'));
  await page.close();
});

test('where the card has no room, only asking for it says so: Log then Cancel gives back the button', async () => {
  const { page } = await open(1280, 800, 'framed-chat.html', true);
  const scope = page.frameLocator('#chat-frame');
  await scope.locator('#editor').click();
  await page.keyboard.type(APOLOGY);
  const nudge = nudgeIn(scope);
  const noRoom = nudge.getByText('No room to open it here');
  await nudge.getByRole('button', { name: 'Log this repair' }).click();
  await nudge.getByRole('button', { name: 'Cancel' }).click();
  // The user never asked for the card: the chip is as it was, with the button that opens it.
  await nudge.getByRole('button', { name: EXPAND }).click();
  await noRoom.waitFor();
  // And a screen reader is told, through the live region (a note inserted with its text is not announced).
  await expect.poll(() => liveRegion(scope).textContent()).toBe('No room to open it here');
  expect(await nudge.getByRole('button', { name: EXPAND }).count()).toBe(0);
  await page.close();
});

/** Runs in the page: what of the page the shown nudge lies over: its words (text nodes), boxes and buttons. */
function coveredByNudge() {
  const host = document.querySelector('amends-nudge');
  const panel = host?.shadowRoot?.querySelector<HTMLElement>('[role="complementary"]');
  if (!host || !panel || getComputedStyle(host).visibility !== 'visible') return null;
  const nudge = panel.getBoundingClientRect();
  const under = (rect: DOMRect) =>
    rect.width > 0 && rect.height > 0 && rect.x < nudge.right && nudge.x < rect.right && rect.y < nudge.bottom && nudge.y < rect.bottom;
  const covered: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const words = node.textContent?.trim() ?? '';
    if (!words) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if ([...range.getClientRects()].some(under)) covered.push(`words “${words}”`);
  }
  for (const element of document.querySelectorAll('textarea, button, [contenteditable], [role="toolbar"]')) {
    if (under(element.getBoundingClientRect())) covered.push(`<${element.localName}> ${element.getAttribute('aria-label') ?? element.textContent ?? ''}`);
  }
  return { state: panel.dataset.state, covered };
}

describe('a narrow chat: the opened card fits in the free space, over none of the page', () => {
  // 390 px leaves no room beside the box: the card goes above it, between the messages and the formatting bar.
  test.each([
    { name: '390×800, light', width: 390, height: 800, file: 'chat-app.html' },
    { name: '390×800, dark', width: 390, height: 800, file: 'chat-app.html?theme=dark' },
    { name: '390×700, light', width: 390, height: 700, file: 'chat-app.html' },
  ])('$name: over no message, nor the box, nor a button', async ({ width, height, file }) => {
    const { page } = await open(width, height, file, false);
    await page.locator('#editor').click();
    await page.keyboard.type(APOLOGY);
    const nudge = nudgeIn(page);
    await nudge.getByRole('button', { name: EXPAND }).click();
    await nudge.getByRole('button', { name: 'Show less' }).waitFor();
    await page.waitForTimeout(300);
    const layout = await page.evaluate(coveredByNudge);
    expect(layout?.state).toBe('card');
    expect(layout?.covered).toEqual([]);
    expectClear(await page.evaluate(measureLayout, '#editor'));
    await page.close();
  });
});

/** Runs in the page: a conversation long enough to fill the message list down to the compose box. */
function fillConversation(count: number) {
  const list = document.querySelector('.messages');
  if (!list) throw new Error('no message list');
  for (let i = 1; i <= count; i += 1) {
    const message = document.createElement('p');
    const name = document.createElement('b');
    name.textContent = 'Sam';
    message.append(name, ` Message ${i} of a long talk about the station and the hour I waited there.`);
    list.append(message);
  }
  list.scrollTop = list.scrollHeight;
}

describe('a narrow chat full of messages: no room for the card, so it docks as the chip and says so', () => {
  test.each([
    { name: '390×800, light', file: 'chat-app.html' },
    { name: '390×800, dark', file: 'chat-app.html?theme=dark' },
  ])('$name: opening it covers nothing more than the chip did', async ({ file }) => {
    const { page } = await open(390, 800, file, false);
    await page.evaluate(fillConversation, 16);
    await page.locator('#editor').click();
    await page.keyboard.type(APOLOGY);
    const nudge = nudgeIn(page);
    await nudge.getByRole('button', { name: 'Log this repair' }).waitFor();
    await page.waitForTimeout(300);
    const before = await page.evaluate(coveredByNudge);
    await nudge.getByRole('button', { name: EXPAND }).click();
    // Pressing it is answered in place of the button, not with nothing.
    await nudge.getByText('No room to open it here').waitFor();
    await expect.poll(() => liveRegion(page).textContent()).toBe('No room to open it here');
    await page.waitForTimeout(300);
    const after = await page.evaluate(coveredByNudge);
    expect(after?.state).toBe('chip');
    expect(after?.covered).toEqual(before?.covered);
    expectClear(await page.evaluate(measureLayout, '#editor'));
    // Escape goes back to the plain chip, with focus in the box.
    await nudge.getByRole('button', { name: 'Log this repair' }).focus();
    await page.keyboard.press('Escape');
    await nudge.getByRole('button', { name: EXPAND }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('editor');
    await page.close();
  });
});
