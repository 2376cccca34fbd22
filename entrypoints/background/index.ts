import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../lib/db/amends-db';
import { createMessageRouter } from '../../lib/messaging/server';
import { settingsItem } from '../../lib/settings/settings-item';
import { createHandlers } from './handlers';
import { handleNotificationButton, handleNotificationClick } from './notification-actions';
import { refreshReminders, REMINDER_ALARM } from './reminders';

export default defineBackground(() => {
  const refresh = () => refreshReminders(db);
  const handlers = createHandlers({
    db,
    clock: () => ({ now: Date.now(), newId: () => crypto.randomUUID() }),
    onChange: refresh,
  });
  const settle = (action: Promise<void>) =>
    action.catch((error: unknown) => console.error('Amends notification action:', error)).finally(refresh);
  const router = createMessageRouter(handlers, browser.runtime.id);

  // Every listener is registered synchronously: a stopped service worker is woken by these events
  // and only hears them if they are registered in the first turn.
  browser.runtime.onMessage.addListener((message, sender) => router(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refresh();
  });
  browser.notifications.onClicked.addListener((id) => void settle(handleNotificationClick(db, id)));
  // Firefox shows no buttons; the event may be missing there.
  browser.notifications.onButtonClicked?.addListener((id, button) => void settle(handleNotificationButton(db, id, button)));
  browser.runtime.onInstalled.addListener(() => void refresh());
  browser.runtime.onStartup.addListener(() => void refresh());
  settingsItem.watch(() => void refresh());

  // Each wake-up reconciles too: the badge and alarm are right even if an event was missed.
  void refresh();
});
