import { launchExtension, type LoadedExtension } from './chromium';
import { servePages, type PageServer } from './serve-pages';

/** Chromium with the extension loaded, and the local test pages served beside it. */
export interface BrowserSession {
  extension: LoadedExtension;
  pages: PageServer;
  close(): Promise<void>;
}

/** Starts both at once; close() ends both, even when one of them fails to close. */
export async function openBrowserSession(): Promise<BrowserSession> {
  const [extension, pages] = await Promise.all([launchExtension(), servePages()]);
  return {
    extension,
    pages,
    async close() {
      await Promise.allSettled([extension.close(), pages.close()]);
    },
  };
}
