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

/** How long the install may take to open its welcome tab. */
const WELCOME_WAIT_MS = 20_000;

async function closeWelcomeTab(context: BrowserContext): Promise<void> {
  const deadline = Date.now() + WELCOME_WAIT_MS;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((page) => page.url().endsWith('options.html#/welcome'));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the install opened no welcome tab within ${WELCOME_WAIT_MS / 1000} s`);
}
