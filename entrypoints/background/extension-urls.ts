import { browser } from 'wxt/browser';

export const optionsPageUrl = (hash: string) => browser.runtime.getURL(`/options.html#${hash}`);
/** The options page routes `#/repair/ID` to that repair (the page is the UI issue's). */
export const repairPageUrl = (repairId: string) => optionsPageUrl(`/repair/${encodeURIComponent(repairId)}`);
export const notificationIconUrl = () => browser.runtime.getURL('/icon/128.png');

/** Popup, options and other pages of this extension, as opposed to content scripts in web pages. */
export function isExtensionPage(sender: { url?: string }): boolean {
  return sender.url !== undefined && sender.url.startsWith(browser.runtime.getURL('/'));
}
