import { afterAll, beforeAll } from 'vitest';
import { openBrowserSession, type BrowserSession } from '../../../scripts/browser/session';

/**
 * One Chromium with the e2e build and one page server for a whole spec file, closed after it.
 * The object is filled in before the first test runs.
 */
export function useBrowserSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    Object.assign(session, await openBrowserSession());
  });
  afterAll(async () => {
    await session.close?.();
  });
  return session;
}
