import { afterAll, beforeAll } from 'vitest';
import { launchExtension } from '../../../scripts/browser/chromium';
import { servePages } from '../../../scripts/browser/serve-pages';
import { closeWelcomeTab } from '../../../scripts/browser/welcome-tab';
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
