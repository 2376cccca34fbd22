import { browser } from 'wxt/browser';
import type { AmendsDb } from '../../lib/db/amends-db';
import { listDueFollowUpIds, listNewlyDue, nextPendingAfter } from '../../lib/db/due-follow-ups';
import { describeDue, describeSummary, MAX_SEPARATE_NOTIFICATIONS, type DueItem } from '../../lib/repairs/notification-text';
import { planReminders } from '../../lib/repairs/reminder-plan';
import { readSettings } from '../../lib/db/settings-store';
import { notificationIconUrl } from './extension-urls';
import { reminderCursor } from './reminder-cursor';

export const REMINDER_ALARM = 'amends-follow-ups';
export const SUMMARY_NOTIFICATION = 'amends-due-summary';
const FOLLOW_UP_PREFIX = 'amends-follow-up:';

export const followUpNotificationId = (followUpId: string) => FOLLOW_UP_PREFIX + followUpId;
export const followUpIdOf = (notificationId: string) =>
  notificationId.startsWith(FOLLOW_UP_PREFIX) ? notificationId.slice(FOLLOW_UP_PREFIX.length) : undefined;

let queue: Promise<void> = Promise.resolve();

/**
 * Brings badge, notifications and the alarm in line with the database. Runs after every change, on
 * install/startup, on every wake-up and when the alarm fires; serialised so nothing is announced twice.
 */
export function refreshReminders(db: AmendsDb, now: () => number = Date.now): Promise<void> {
  const run = queue.then(() => reconcile(db, now()));
  queue = run.catch((error: unknown) => console.error('Amends reminders:', error));
  return run;
}

async function reconcile(db: AmendsDb, now: number): Promise<void> {
  const settings = await readSettings(db);
  const cursor = (await reminderCursor.getValue()) ?? now;
  const plan = planReminders({
    now,
    newlyDue: await listNewlyDue(db, cursor, now),
    nextPendingAt: await nextPendingAfter(db, now),
    quietHours: settings.quietHours,
  });
  await announce(plan.notify);
  if (plan.advanceCursor) await reminderCursor.setValue(now);
  await browser.alarms.clear(REMINDER_ALARM);
  if (plan.alarmAt !== undefined) await browser.alarms.create(REMINDER_ALARM, { when: plan.alarmAt });
  const dueIds = await listDueFollowUpIds(db, now);
  await clearStaleNotifications(new Set(dueIds));
  await setBadge(dueIds.length);
}

async function announce(items: readonly DueItem[]): Promise<void> {
  if (items.length === 0) return;
  if (items.length > MAX_SEPARATE_NOTIFICATIONS) {
    await notify(SUMMARY_NOTIFICATION, describeSummary(items.length), false);
    return;
  }
  for (const item of items) await notify(followUpNotificationId(item.followUp.id), describeDue(item), true);
}

async function notify(id: string, text: { title: string; message: string }, withButtons: boolean): Promise<void> {
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: notificationIconUrl(),
      ...text,
      // Firefox has no notification buttons; there a click opens the repair.
      ...(withButtons && !import.meta.env.FIREFOX
        ? { buttons: [{ title: 'Done' }, { title: 'Snooze a day' }], requireInteraction: true }
        : {}),
    });
  } catch (error) {
    // A failed notification must not stop the badge and the next alarm.
    console.error('Amends notification failed:', error);
  }
}

/** Done or snoozed follow-ups take their notification with them. */
async function clearStaleNotifications(dueIds: ReadonlySet<string>): Promise<void> {
  const shown = Object.keys(await browser.notifications.getAll());
  for (const id of shown) {
    const followUpId = followUpIdOf(id);
    const stale = followUpId !== undefined ? !dueIds.has(followUpId) : id === SUMMARY_NOTIFICATION && dueIds.size === 0;
    if (stale) await browser.notifications.clear(id);
  }
}

async function setBadge(count: number): Promise<void> {
  // MV3 has `action`; Firefox MV2 still calls it `browserAction`.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: count > 0 ? String(count) : '' });
  await action.setBadgeBackgroundColor({ color: '#8a4b2a' });
}
