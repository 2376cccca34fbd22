import { browser } from 'wxt/browser';
import { optionsPageUrl } from './extension-urls';

/** The welcome opens once, when Amends is first installed; never on an update or a browser update. */
export async function openWelcomeOnInstall(details: { reason: string }): Promise<boolean> {
  if (details.reason !== 'install') return false;
  await browser.tabs.create({ url: optionsPageUrl({ page: 'welcome' }) });
  return true;
}
