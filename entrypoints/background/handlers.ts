import { browser } from 'wxt/browser';
import type { AmendsDb } from '../../lib/db/amends-db';
import { listDueFollowUps } from '../../lib/db/due-follow-ups';
import { importData } from '../../lib/db/import-data';
import { addFollowUps, addRepair, changeFollowUp, changeRepair, deleteAllData } from '../../lib/db/repair-writes';
import type { Handlers, Sender } from '../../lib/messaging/server';
import { completeFollowUp, snoozeFollowUp } from '../../lib/repairs/follow-up-actions';
import { planFollowUps, replanFollowUps } from '../../lib/repairs/follow-up-plan';
import { applyRepairChanges, createRepair, withoutUndefined, type Clock } from '../../lib/repairs/new-repair';
import { MINUTE_MS } from '../../lib/repairs/time';
import { isHostPaused, loadSettings, saveSettings } from '../../lib/settings/settings-item';
import { isExtensionPage, repairPageUrl } from './extension-urls';

export interface HandlerDeps {
  db: AmendsDb;
  clock: () => Clock;
  /** Re-plans alarm, badge and notifications after a change. */
  onChange: () => Promise<void>;
}

/** Reading the log and bulk changes are for the extension's own pages, never for content scripts. */
function requireExtensionPage(sender: Sender): void {
  if (!isExtensionPage(sender)) throw new Error('Only Amends pages may do this');
}

/** One handler per contract; the router validates what goes in and out. Logic lives in lib/. */
export function createHandlers({ db, clock, onChange }: HandlerDeps): Handlers {
  return {
    async getComposeStatus({ host }) {
      const settings = await loadSettings();
      return {
        enabled: !isHostPaused(settings, host),
        storeExcerpts: settings.storeExcerpts,
        version: browser.runtime.getManifest().version,
      };
    },

    async logRepair(draft) {
      const settings = await loadSettings();
      const time = clock();
      const repair = createRepair(draft, time, settings.storeExcerpts);
      const followUps = planFollowUps(repair, settings, time);
      await addRepair(db, repair, followUps);
      await onChange();
      return { repair, followUps };
    },

    async openRepairPage({ repairId }) {
      await browser.tabs.create({ url: repairPageUrl(repairId) });
      return { opened: true as const };
    },

    async pauseSite({ host }) {
      const settings = await loadSettings();
      if (!settings.pausedHosts.includes(host)) {
        await saveSettings({ ...settings, pausedHosts: [...settings.pausedHosts, host] });
      }
      return { paused: true as const };
    },

    async updateRepair({ id, changes }) {
      const { now } = clock();
      const repair = await changeRepair(db, id, (current) => ({ repair: applyRepairChanges(current, changes, now) }));
      await onChange();
      return { repair };
    },

    async planTalk({ repairId, at, channel }) {
      const settings = await loadSettings();
      const time = clock();
      let added: ReturnType<typeof planFollowUps> = [];
      const repair = await changeRepair(db, repairId, (current, existing) => {
        const next = { ...current, plannedTalkAt: at, channel: channel ?? current.channel, updatedAt: time.now };
        const { remove, add } = replanFollowUps(next, existing, settings, time);
        added = add;
        return { repair: next, removeFollowUps: remove, putFollowUps: add };
      });
      await onChange();
      return { repair, followUps: added };
    },

    async addFollowUp({ repairId, kind, dueAt, commitmentId, note }) {
      const { newId } = clock();
      const followUp = withoutUndefined({ id: newId(), repairId, kind, dueAt, commitmentId, note: note ?? '' });
      await addFollowUps(db, [followUp]);
      await onChange();
      return { followUp };
    },

    async completeFollowUp({ id, outcome, note }) {
      const { now } = clock();
      const followUp = await changeFollowUp(db, id, (current) => completeFollowUp(current, now, { outcome, note }));
      await onChange();
      return { followUp };
    },

    async snoozeFollowUp({ id, minutes }) {
      const { now } = clock();
      const followUp = await changeFollowUp(db, id, (current) =>
        snoozeFollowUp(current, now, minutes === undefined ? undefined : minutes * MINUTE_MS),
      );
      await onChange();
      return { followUp };
    },

    async listDueFollowUps(_payload, sender) {
      requireExtensionPage(sender);
      return { items: await listDueFollowUps(db, clock().now) };
    },

    async importData({ text }, sender) {
      requireExtensionPage(sender);
      const result = await importData(db, text);
      await onChange();
      return result;
    },

    async deleteAllData(_payload, sender) {
      requireExtensionPage(sender);
      await deleteAllData(db);
      await onChange();
      return { deleted: true as const };
    },

    async getSettings(_payload, sender) {
      requireExtensionPage(sender);
      return loadSettings();
    },

    async saveSettings(settings, sender) {
      requireExtensionPage(sender);
      await saveSettings(settings);
      await onChange();
      return loadSettings();
    },
  };
}
