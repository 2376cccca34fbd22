import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchExtension } from '../../../scripts/browser/chromium';
import { servePages } from '../../../scripts/browser/serve-pages';
import type { BrowserSession } from '../../../scripts/browser/session';
import { TOOLBAR_ACTION_ARGS } from './toolbar-popup';

/**
 * useBrowserSession, with the switch that lets a spec click Amends' toolbar button (openToolbarPopup).
 * The welcome tab the install opens is closed first: the popup reads "the current tab", which must be the test's.
 */
export function useToolbarPopupSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    const [extension, pages] = await Promise.all([launchExtension({ args: TOOLBAR_ACTION_ARGS }), servePages()]);
    Object.assign(session, {
      extension,
      pages,
      async close() {
        await Promise.allSettled([extension.close(), pages.close()]);
      },
    });
    await closeWelcomeTab(extension.context);
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}

/** How long the install may take to open its welcome tab, and the tab to show its heading. */
const WELCOME_WAIT_MS = 20_000;

/**
 * Waits for the welcome to be drawn, words included, before closing it. Closed the moment it opened, Chromium 156
 * then answered "" to every i18n.getMessage of Amends for the whole session, in the service worker too, so every
 * popup showed no words (2 of 16 launches; none of 8 with the wait).
 */
async function closeWelcomeTab(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + WELCOME_WAIT_MS;
  for (;;) {
    const welcome = context.pages().find((page) => page.url().endsWith('options.html#/welcome'));
    if (welcome) {
      await welcome.getByRole('heading', { name: 'Welcome to Amends' }).waitFor({ timeout: WELCOME_WAIT_MS });
      return welcome.close();
    }
    if (Date.now() > deadline) throw new Error(`the install opened no welcome tab within ${WELCOME_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
