import { browser } from 'wxt/browser';

/** What the background tells content scripts when settings change; they ask getComposeStatus again. */
export const COMPOSE_STATUS_CHANGED = 'amends:composeStatusChanged';

/**
 * Content scripts cannot read settings (storage is closed to them), so the background tells every tab that they
 * changed. Tabs without an Amends content script refuse the message; that is expected and ignored.
 */
export async function broadcastComposeStatusChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map(async (tab) => {
    if (tab.id === undefined) return;
    try {
      await browser.tabs.sendMessage(tab.id, { type: COMPOSE_STATUS_CHANGED });
    } catch {
      // No Amends content script in that tab.
    }
  }));
}
