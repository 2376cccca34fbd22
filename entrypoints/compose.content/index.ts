import { defineContentScript } from 'wxt/utils/define-content-script';
import { createExtensionLifetime } from '../../lib/compose/extension-lifetime';
import { siteMatches } from '../../lib/compose/sites';
import { startCompose } from '../../lib/nudge/start-compose';

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
    startCompose(document, createExtensionLifetime());
  },
});
