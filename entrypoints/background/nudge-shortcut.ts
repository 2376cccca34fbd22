import { browser } from 'wxt/browser';

/** The manifest's command (wxt.config.ts) and what the background tells the page it was pressed on. */
export const OPEN_NUDGE_COMMAND = 'open-nudge';
export const OPEN_NUDGE = 'amends:openNudge';

/**
 * The shortcut opens the nudge in the active tab. Content scripts hear tabs.sendMessage; the practice page is an
 * extension page, which hears runtime.sendMessage instead. A tab with no nudge simply ignores it.
 */
export async function openNudgeInActiveTab(command: string): Promise<void> {
  if (command !== OPEN_NUDGE_COMMAND) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: OPEN_NUDGE }).catch(() => undefined);
  await browser.runtime.sendMessage({ type: OPEN_NUDGE }).catch(() => undefined);
}
