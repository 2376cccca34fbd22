import { browser } from 'wxt/browser';
import type { Handlers } from '../../lib/messaging/server';
import { isHostPaused, loadSettings } from '../../lib/settings/settings-item';

/** One handler per contract; the router validates what goes in and out. */
export const handlers: Handlers = {
  async getComposeStatus({ host }) {
    const settings = await loadSettings();
    return { enabled: !isHostPaused(settings, host), version: browser.runtime.getManifest().version };
  },
};
