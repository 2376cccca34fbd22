import { browser } from 'wxt/browser';
import type { AmendsDb } from '../../lib/db/amends-db';
import { changeFollowUp, getFollowUp } from '../../lib/db/repair-writes';
import { completeFollowUp, snoozeFollowUp } from '../../lib/repairs/follow-up-actions';
import { optionsPageUrl, repairPageUrl } from './extension-urls';
import { followUpIdOf, SUMMARY_NOTIFICATION } from './reminders';

/** A click opens the options page at the repair (or at what is due, for the summary). */
export async function handleNotificationClick(db: AmendsDb, notificationId: string): Promise<void> {
  await browser.notifications.clear(notificationId);
  if (notificationId === SUMMARY_NOTIFICATION) {
    await browser.tabs.create({ url: optionsPageUrl({ page: 'due' }) });
    return;
  }
  const followUpId = followUpIdOf(notificationId);
  const followUp = followUpId === undefined ? undefined : await getFollowUp(db, followUpId);
  if (followUp) await browser.tabs.create({ url: repairPageUrl(followUp.repairId) });
}

/** Chrome's buttons: 0 = Done, 1 = Snooze a day. */
export async function handleNotificationButton(
  db: AmendsDb,
  notificationId: string,
  buttonIndex: number,
  now: number = Date.now(),
): Promise<void> {
  const followUpId = followUpIdOf(notificationId);
  await browser.notifications.clear(notificationId);
  if (followUpId === undefined) return;
  await changeFollowUp(db, followUpId, (followUp) =>
    buttonIndex === 0 ? completeFollowUp(followUp, now) : snoozeFollowUp(followUp, now),
  );
}
