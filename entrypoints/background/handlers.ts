import { browser } from 'wxt/browser';
import { analyzeMessage } from '../../lib/apology';
import type { AmendsDb } from '../../lib/db/amends-db';
import { listDueFollowUps } from '../../lib/db/due-follow-ups';
import { importData } from '../../lib/db/import-data';
import { addFollowUps, addRepair, changeFollowUp, changeRepair, deleteAllData, restoreRepair, takeRepair } from '../../lib/db/repair-writes';
import type { Handlers, TrustedSender } from '../../lib/messaging/server';
import { completeFollowUp, snoozeFollowUp } from '../../lib/repairs/follow-up-actions';
import { followUpsOnLogging } from '../../lib/repairs/follow-up-choice';
import { planFollowUps, replanFollowUps } from '../../lib/repairs/follow-up-plan';
import { applyRepairChanges, createRepair, withoutUndefined, type Clock } from '../../lib/repairs/new-repair';
import { MINUTE_MS } from '../../lib/repairs/time';
import { changeSettings, clearSettings, readSettings } from '../../lib/db/settings-store';
import { isHostActive, withHostPaused } from '../../lib/settings/site-status';
import { popupPageUrl, repairPageUrl } from './extension-urls';

export interface HandlerDeps {
  db: AmendsDb;
  clock: () => Clock;
  /** Re-plans alarm, badge and notifications after a change. */
  onChange: () => Promise<void>;
  /** Tells open tabs that settings changed, so nudges follow without a reload. */
  onSettingsChange: () => Promise<void>;
  /** Deleting everything also revokes the permissions of the sites the user added (the browser keeps them otherwise). */
  forgetCustomSites?: (hosts: readonly string[]) => Promise<void>;
}

/** The practice page runs the compose logic as an extension page; what it logs is practice, kept apart and never reminded. */
const isPracticePage = (sender: TrustedSender) => sender.kind === 'extension-page' && new URL(sender.url).pathname === '/practice.html';

/** One handler per contract; the router validates what goes in and out. Logic lives in lib/. */
export function createHandlers({ db, clock, onChange, onSettingsChange, forgetCustomSites = async () => {} }: HandlerDeps): Handlers {
  const settingsChanged = async () => {
    await onChange();
    await onSettingsChange();
  };
  return {
    async getComposeStatus(_payload, sender) {
      const settings = await readSettings(db);
      const host = sender.kind === 'content-script' ? sender.host : undefined;
      return {
        enabled: host === undefined ? settings.nudgesEnabled : isHostActive(settings, host),
        storeExcerpts: settings.storeExcerpts,
        sensitivity: settings.sensitivity,
        inPersonReminder: settings.inPersonReminder,
        ...(host === undefined ? {} : { host }),
        version: browser.runtime.getManifest().version,
      };
    },

    // The full analysis lives here, where its size is free; the content script only gates.
    async analyzeDraft({ text }) {
      return analyzeMessage(text);
    },

    async logRepair(draft, sender) {
      const settings = await readSettings(db);
      const time = clock();
      // Where a repair was written is the sender's own site, never what a payload claims.
      const { siteHost: _claimed, followUps: choice, ...rest } = draft;
      const practice = isPracticePage(sender);
      const repair = createRepair(
        { ...rest, ...(sender.kind === 'content-script' ? { siteHost: sender.host } : {}), ...(practice ? { practice } : {}) },
        time,
        settings.storeExcerpts,
      );
      // Practice repairs are there to try Amends, and a light apology asks for check-ins only if the user chose them.
      const followUps = followUpsOnLogging(repair, choice, settings, time);
      await addRepair(db, repair, followUps);
      await onChange();
      return { repair, followUps };
    },

    async openRepairPage({ repairId, view }) {
      const url = view === 'plan' ? popupPageUrl({ page: 'plan', repairId }) : repairPageUrl(repairId);
      await browser.tabs.create({ url });
      return { opened: true as const };
    },

    async setSitePaused({ paused }, sender) {
      if (sender.kind !== 'content-script') throw new Error('Only a web page has a site to pause');
      await changeSettings(db, (current) => withHostPaused(current, sender.host, paused));
      await settingsChanged();
      return { host: sender.host, paused };
    },

    async setHostPaused({ host, paused }) {
      const settings = await changeSettings(db, (current) => withHostPaused(current, host, paused));
      await settingsChanged();
      return { host: settings.pausedHosts.find((h) => h === host.toLowerCase()) ?? host.toLowerCase(), paused };
    },

    async updateRepair({ id, changes }) {
      const { now } = clock();
      const repair = await changeRepair(db, id, (current) => ({ repair: applyRepairChanges(current, changes, now) }));
      await onChange();
      return { repair };
    },

    async planTalk({ repairId, at, channel }) {
      const settings = await readSettings(db);
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

    async listDueFollowUps() {
      return { items: await listDueFollowUps(db, clock().now) };
    },

    async importData({ text }) {
      const result = await importData(db, text);
      await settingsChanged();
      return result;
    },

    async deleteRepair({ id }) {
      const taken = await takeRepair(db, id);
      await onChange();
      return taken;
    },

    async restoreRepair({ repair, followUps }) {
      await restoreRepair(db, repair, followUps);
      await onChange();
      return { restored: true as const };
    },

    async deleteAllData() {
      await forgetCustomSites((await readSettings(db)).customHosts);
      await deleteAllData(db);
      await clearSettings(db);
      await settingsChanged();
      return { deleted: true as const };
    },

    async getSettings() {
      return readSettings(db);
    },

    async updateSettings(patch) {
      const settings = await changeSettings(db, (current) => ({ ...current, ...withoutUndefined(patch) }));
      await settingsChanged();
      return settings;
    },
  };
}
