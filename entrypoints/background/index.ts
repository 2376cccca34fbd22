import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { db } from '../../lib/db/amends-db';
import { createMessageRouter } from '../../lib/messaging/server';
import { closeStorageToContentScripts } from './close-storage';
import { createHandlers } from './handlers';
import { moveLegacySettings } from './legacy-settings';
import { openNudgeInActiveTab } from './nudge-shortcut';
import { handleNotificationButton, handleNotificationClick } from './notification-actions';
import { refreshReminders, REMINDER_ALARM } from './reminders';
import { broadcastComposeStatusChanged } from './settings-broadcast';
import { revokeCustomSites, syncCustomSiteScripts } from './custom-sites';
import { openWelcomeOnInstall } from './welcome';
import { readSettings } from '../../lib/db/settings-store';

export default defineBackground(() => {
  const refresh = () => refreshReminders(db);
  const syncSites = () =>
    readSettings(db)
      .then((settings) => syncCustomSiteScripts(settings.customHosts))
      .catch((error: unknown) => console.error('Amends custom sites:', error));
  const handlers = createHandlers({
    db,
    clock: () => ({ now: Date.now(), newId: () => crypto.randomUUID() }),
    onChange: refresh,
    onSettingsChange: async () => {
      await syncSites();
      await broadcastComposeStatusChanged();
    },
    forgetCustomSites: revokeCustomSites,
  });
  const settle = (action: Promise<void>) =>
    action.catch((error: unknown) => console.error('Amends notification action:', error)).finally(refresh);
  const router = createMessageRouter(handlers, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });

  // Every listener is registered synchronously: a stopped service worker is woken by these events
  // and only hears them if they are registered in the first turn.
  browser.runtime.onMessage.addListener((message, sender) => router(message, sender));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refresh();
  });
  browser.notifications.onClicked.addListener((id) => void settle(handleNotificationClick(db, id)));
  // Firefox shows no buttons; the event may be missing there.
  browser.notifications.onButtonClicked?.addListener((id, button) => void settle(handleNotificationButton(db, id, button)));
  browser.commands.onCommand.addListener((command) => void openNudgeInActiveTab(command));
  browser.runtime.onInstalled.addListener((details) => {
    void refresh();
    void openWelcomeOnInstall(details).catch((error: unknown) => console.error('Amends welcome:', error));
  });
  browser.runtime.onStartup.addListener(() => void refresh());

  // Each wake-up reconciles too: the badge and alarm are right even if an event was missed.
  void closeStorageToContentScripts().catch((error: unknown) => console.error('Amends storage access:', error));
  void moveLegacySettings(db)
    .catch((error: unknown) => console.error('Amends settings:', error))
    .finally(refresh);
  void syncSites();
});
