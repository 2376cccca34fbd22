import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { db } from '../../lib/db/amends-db';
import { readSettings } from '../../lib/db/settings-store';
import { startCompose } from '../../lib/nudge/start-compose';
import { localizePage } from './localize';

localizePage(document);
// Content scripts do not run on extension pages, so the practice page runs the same compose logic itself. The
// background cannot message it with tabs.sendMessage, so it watches the settings (and hears the shortcut) directly.
const lifetime = new AbortController();
startCompose(document, {
  signal: lifetime.signal,
  isAlive: () => true,
  onStatusChange(listener) {
    let first = true;
    const subscription = liveQuery(() => readSettings(db)).subscribe(() => {
      // The first value is the settings as they are now; compose asks for those itself.
      if (first) first = false;
      else listener();
    });
    lifetime.signal.addEventListener('abort', () => subscription.unsubscribe());
  },
  onShortcut(listener) {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'amends:openNudge') listener();
    });
  },
});
