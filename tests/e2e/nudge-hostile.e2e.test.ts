import { expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { waitForContentScript } from '../../scripts/browser/content-script-ready';
import { insideViewport, measureLayout, nudgeIn, overlaps } from './support/nudge';

const session = useBrowserSession();
const APOLOGY = "I'm sorry I snapped at you yesterday.";

/** Page rules that hid, disabled, moved or misplaced the nudge before (the 19), and more of their kind. */
const HOSTILE = [
  'amends-nudge { display: none !important; }',
  '* { pointer-events: none !important; }',
  '* { transform: none !important; }',
  'html { zoom: 2; }',
  'amends-nudge { opacity: 0 !important; }',
  'amends-nudge { visibility: hidden !important; }',
  'amends-nudge { position: static !important; }',
  'amends-nudge { position: absolute !important; top: -9999px !important; left: -9999px !important; }',
  'amends-nudge { width: 0 !important; height: 0 !important; overflow: hidden !important; }',
  'amends-nudge { transform: translate(-5000px, -5000px) !important; translate: -5000px -5000px !important; }',
  'amends-nudge { z-index: -1 !important; }',
  'body::after { content: ""; position: fixed; inset: 0; z-index: 2147483647; background: rgb(255 255 255 / 1%); }',
  '* { filter: opacity(0) !important; }',
  '* { clip-path: inset(50%) !important; }',
  '* { font-size: 0 !important; line-height: 0 !important; }',
  '* { color: transparent !important; background: transparent !important; }',
  'html { transform: scale(0.5); transform-origin: 0 0; }',
  'body { transform: translateX(30%); filter: blur(0); }',
  '[popover] { display: none !important; } :popover-open { display: none !important; }',
  'amends-nudge { contain: strict !important; content-visibility: hidden !important; }',
  '* { all: unset !important; } style, script, head { display: none !important; }',
  'amends-nudge { mix-blend-mode: difference !important; isolation: auto !important; mask: linear-gradient(transparent, transparent) !important; }',
  '* { writing-mode: vertical-rl !important; direction: rtl !important; }',
  'amends-nudge { margin: 5000px !important; padding: 5000px !important; inset: auto !important; }',
  '* { max-width: 1px !important; max-height: 1px !important; }',
  'amends-nudge, amends-nudge * { animation: none !important; transition: none !important; rotate: 180deg !important; scale: 0 !important; }',
];

test.each(HOSTILE)('the nudge stays visible, in view, beside the box and usable under `%s`', async (css) => {
  const page = await session.extension.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(session.pages.url('hostile.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  await page.addStyleTag({ content: css });
  // Some rules make the page itself unclickable; focusing the box as a keyboard user would still works.
  await page.locator('#editor').focus();
  await page.keyboard.type(APOLOGY);
  await expect.poll(async () => (await page.evaluate(measureLayout, '#editor')).nudge !== null, { timeout: 10_000 }).toBe(true);

  const layout = await page.evaluate(measureLayout, '#editor');
  const nudgeBox = layout.nudge;
  if (!nudgeBox) throw new Error('no nudge');
  expect(nudgeBox.width).toBeGreaterThan(150);
  expect(insideViewport(nudgeBox, layout.viewport)).toBe(true);
  expect(overlaps(nudgeBox, layout.editor)).toBe(false);
  // Nothing of the page lies on top of it: the point at its centre hits the nudge.
  const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
    x: nudgeBox.x + nudgeBox.width / 2,
    y: nudgeBox.y + nudgeBox.height / 2,
  });
  expect(onTop).toBe('amends-nudge');
  // Usable: a real click on "Log this repair" opens the form.
  const nudge = nudgeIn(page);
  await nudge.getByRole('button', { name: 'Log this repair' }).click({ timeout: 5_000 });
  await nudge.getByLabel('Who is this repair with?').waitFor({ timeout: 5_000 });
  expect(errors).toEqual([]);
  await page.close();
});

// The top layer holds against every page rule, but in Chromium it costs each keystroke in the page about 5% more
// main-thread time: the nudge goes there only where the page would otherwise hide it.
test.each([
  ['an ordinary page: the nudge stays out of the top layer', '', false],
  ["the root's filter, which hides it but not from hit tests: into the top layer", 'html { filter: opacity(0); }', true],
  ["the root's clip: into the top layer", 'html { clip-path: inset(50%); }', true],
  ['an overlay above everything: into the top layer', 'html::after { content: ""; position: fixed; inset: 0; z-index: 2147483647; background: rgb(0 0 0 / 2%); }', true],
])('%s', async (_name, css, topLayer) => {
  const page = await session.extension.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(session.pages.url('hostile.html'));
  await page.waitForFunction(() => window.__editorReady === true);
  await waitForContentScript(page, session.extension.extensionId);
  if (css) await page.addStyleTag({ content: css });
  await page.locator('#editor').focus();
  await page.keyboard.type(APOLOGY);
  await nudgeIn(page).getByRole('button', { name: 'Log this repair' }).waitFor();
  expect(await page.evaluate(() => document.querySelector('amends-nudge')?.matches(':popover-open') ?? null)).toBe(topLayer);
  await page.close();
});
