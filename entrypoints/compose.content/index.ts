import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createExtensionLifetime } from '../../lib/compose/extension-lifetime';
import { pageWorldDispatch } from '../../lib/compose/page-world-dispatch';
import { siteMatches } from '../../lib/compose/sites';
import { startCompose } from '../../lib/nudge/start-compose';

/** What the background sends every tab: settings changed (see background/settings-broadcast.ts), or the shortcut. */
const STATUS_CHANGED = 'amends:composeStatusChanged';
const OPEN_NUDGE = 'amends:openNudge';

const messageType = (message: unknown) =>
  typeof message === 'object' && message !== null && 'type' in message ? (message as { type: unknown }).type : undefined;

export default defineContentScript({
  matches: siteMatches,
  // Google Chat runs inside Gmail in an iframe; compose boxes may live in frames.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT would otherwise announce the content script (and so the extension id) to every window with postMessage('*').
  noScriptStartedPostMessage: true,
  main() {
    // Reloading or updating the extension orphans this script: it notices on the next event and removes every trace.
    const lifetime = createExtensionLifetime();
    const listen = (type: string) => (listener: () => void) => {
      const onMessage = (message: unknown) => {
        if (messageType(message) === type && lifetime.isAlive()) listener();
      };
      browser.runtime.onMessage.addListener(onMessage);
      lifetime.signal.addEventListener('abort', () => {
        // An orphaned script's browser.* throws ("Extension context invalidated"); its listeners die with it anyway.
        try {
          browser.runtime.onMessage.removeListener(onMessage);
        } catch {
          // Nothing left to remove.
        }
      });
    };
    // Firefox: synthetic paste and beforeinput are built in the page's own world (see page-world-dispatch.ts).
    const dispatch = pageWorldDispatch();
    startCompose(document, {
      ...lifetime,
      onStatusChange: listen(STATUS_CHANGED),
      onShortcut: listen(OPEN_NUDGE),
      ...(dispatch ? { dispatch } : {}),
    });
  },
});
