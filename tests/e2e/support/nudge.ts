import type { FrameLocator, Locator, Page } from 'playwright-core';

/** The chip's button that opens the card: "3 ways to make it a repair ▸" or "Details ▸". */
export const EXPAND = /ways? to make it a repair|Details/;

/** The nudge: <amends-nudge> with an open shadow root holding role=complementary named "Amends". */
export function nudgeIn(scope: Page | FrameLocator): Locator {
  return scope.getByRole('complementary', { name: 'Amends' });
}

/** The nudge's polite live region (beside its panel in the shadow root): what a screen reader is told. */
export function liveRegion(scope: Page | FrameLocator): Locator {
  return scope.locator('amends-nudge [aria-live="polite"]');
}

/** Opens the card from the chip, and its "more" steps when there are any. */
export async function openCard(nudge: Locator): Promise<void> {
  await nudge.getByRole('button', { name: EXPAND }).click();
  await nudge.getByRole('button', { name: 'Show less' }).waitFor();
  const more = nudge.getByRole('button', { name: /^\d+ more$/ });
  if ((await more.count()) > 0) {
    await more.click();
    // The card is drawn again on the next frame, with every step.
    await more.waitFor({ state: 'detached' });
  }
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where things are, measured inside the nudge's own document (so an iframe's viewport is the frame's). */
export interface Layout {
  viewport: { width: number; height: number };
  nudge: Box | null;
  editor: Box;
  controls: Box[];
}

/** Runs in the page: the nudge's panel, the editor and every control the test page marks with data-page-control. */
export function measureLayout(editorSelector: string): Layout {
  const box = (element: Element | null | undefined) => {
    if (!element) return null;
    const { x, y, width, height } = element.getBoundingClientRect();
    return { x, y, width, height };
  };
  const host = document.querySelector('amends-nudge');
  const panel = host?.shadowRoot?.querySelector('[role="complementary"]');
  const style = host ? getComputedStyle(host) : undefined;
  const shown = style !== undefined && style.visibility === 'visible' && style.opacity !== '0';
  return {
    viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight },
    nudge: shown ? box(panel) : null,
    editor: box(document.querySelector(editorSelector)) as Box,
    controls: [...document.querySelectorAll('[data-page-control]')].map((control) => box(control) as Box),
  };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

export function insideViewport(b: Box, viewport: { width: number; height: number }): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= viewport.width + 0.5 && b.y + b.height <= viewport.height + 0.5;
}
