import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createMessageRouter } from '../../lib/messaging/server';
import { handlers } from './handlers';

export default defineBackground(() => {
  const router = createMessageRouter(handlers, browser.runtime.id);
  // Listeners are registered synchronously so a restarted service worker still hears the wake-up message.
  browser.runtime.onMessage.addListener((message, sender) => router(message, sender));
});
