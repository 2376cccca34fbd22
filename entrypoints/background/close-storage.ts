import { browser } from 'wxt/browser';

/**
 * Chrome lets content scripts read and write storage.local unless the background closes it. Firefox has no such
 * control, which is why settings and drafts live in the extension's IndexedDB (its origin's, unreachable from pages)
 * and storage.local holds nothing a content script must not see.
 */
export async function closeStorageToContentScripts(): Promise<void> {
  const local = browser.storage.local as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}
