import { afterAll, beforeAll } from 'vitest';
import { launchExtension, type LoadedExtension } from '../harness';
import { servePages, type PageServer } from '../serve-pages';

export interface BrowserSession {
  extension: LoadedExtension;
  pages: PageServer;
}

/** One Chromium with the e2e build and one page server for a whole spec file, closed after it. */
export function useBrowserSession(): BrowserSession {
  const session = {} as BrowserSession;
  beforeAll(async () => {
    [session.extension, session.pages] = await Promise.all([launchExtension(), servePages()]);
  });
  afterAll(async () => {
    await session.extension?.close();
    await session.pages?.close();
  });
  return session;
}
