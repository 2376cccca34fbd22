import { defineContentScript } from 'wxt/utils/define-content-script';
import { siteMatches } from '../../lib/compose/sites';
import { startCompose } from './start-compose';

export default defineContentScript({
  matches: siteMatches,
  // Google Chat runs inside Gmail in an iframe; compose boxes may live in frames.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    const lifetime = new AbortController();
    // Reloading or updating the extension invalidates this script: remove every trace so the page keeps working.
    ctx.onInvalidated(() => lifetime.abort());
    startCompose(document, lifetime.signal);
  },
});
