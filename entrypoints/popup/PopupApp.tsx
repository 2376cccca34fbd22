import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { OutcomeChoice, SnoozeOption } from '../../components/DueCheckIns';
import { db } from '../../lib/db/amends-db';
import { listDueFollowUps } from '../../lib/db/due-follow-ups';
import { getFollowUp } from '../../lib/db/repair-writes';
import { readSettings } from '../../lib/db/settings-store';
import { sendToBackground } from '../../lib/messaging/client';
import { isEmptyDraft, repairFromChecklist, type ChecklistDraft, type ChecklistScreen } from '../../lib/repairs/checklist-draft';
import { promiseCheckIns } from '../../lib/repairs/promise-check-ins';
import type { Repair } from '../../lib/repairs/schemas';
import { snoozeMinutes } from '../../lib/repairs/snooze-choices';
import { repairPath } from '../../lib/routes/options-route';
import { downloadFile } from '../../components/download-file';
import { siteOfUrl } from './active-site';
import { ChecklistView, problemKeys } from './ChecklistView';
import { dueEntries } from './due-entries';
import { HomeView } from './HomeView';
import { PlanSaved } from './PlanSaved';
import { PlanView, type PlannedTalk } from './PlanView';
import { t } from './popup-text';
import { useChecklistDraft } from './use-checklist-draft';
import { goTo, usePopupRoute } from './use-popup-route';

/** Marked once the first real view is on screen (draft read): what `npm run bench` times. */
export const POPUP_READY_MARK = 'amends:popup-ready';

export function PopupApp() {
  const route = usePopupRoute();
  const checklist = useChecklistDraft();
  const [saved, setSaved] = useState<Repair>();
  // Read live from IndexedDB; changes go through the background so the badge and alarms follow.
  const due = useLiveQuery(async () => dueEntries(await listDueFollowUps(db, Date.now()), t), []);
  const settings = useLiveQuery(() => readSettings(db), []);
  const host = useActiveSite();

  useEffect(() => {
    if (checklist.loaded) performance.mark(POPUP_READY_MARK);
  }, [checklist.loaded]);

  useEffect(() => {
    document.documentElement.lang = browser.i18n.getUILanguage();
  }, []);

  if (!checklist.loaded) return null;

  const openRepair = (repairId: string) => void browser.tabs.create({ url: browser.runtime.getURL(repairPath(repairId) as '/options.html') });
  // The calendar writer (ics and its validator) loads only when asked for: it is most of the popup's weight otherwise.
  const calendar = async (repair: Repair) => {
    const { talkCalendarFile } = await import('../../lib/repairs/talk-calendar');
    const file = talkCalendarFile(repair);
    downloadFile(file.filename, file.content, 'text/calendar');
  };
  const home = () => {
    setSaved(undefined);
    goTo({ page: 'home' });
  };

  if (saved) {
    return (
      <main className="popup">
        <PlanSaved repair={saved} onCalendar={calendar} onOpenRepair={openRepair} onDone={home} t={t} />
      </main>
    );
  }

  if (route.page === 'plan') {
    return <PlanView repairId={route.repairId} onSave={planExisting} onSaved={setSaved} t={t} />;
  }

  // Reopening the popup goes back to a checklist that was open, at the screen it was on.
  if (route.page === 'prepare' || checklist.draft.open) {
    return (
      <ChecklistView
        state={checklist}
        t={t}
        onLeave={() => {
          checklist.update({ open: false });
          goTo({ page: 'home' });
        }}
        onSave={async (draft) => {
          const outcome = await saveChecklist(draft);
          if ('problem' in outcome) return outcome;
          // The draft is gone before "saved" shows, so a popup closed right then never offers it again.
          await checklist.discard();
          setSaved(outcome.repair);
          return undefined;
        }}
      />
    );
  }

  return (
    <HomeView
      due={due}
      hasDraft={!isEmptyDraft(checklist.draft)}
      draftPerson={checklist.draft.person.trim()}
      site={host && settings ? { host, paused: settings.pausedHosts.includes(host) } : undefined}
      onPrepare={() => {
        checklist.update({ open: true });
        goTo({ page: 'prepare' });
      }}
      onDone={async (id, outcome: OutcomeChoice, note) => {
        await sendToBackground('completeFollowUp', { id, outcome, ...(note ? { note } : {}) });
      }}
      onSnooze={async (id, choice: SnoozeOption) => {
        const followUp = await getFollowUp(db, id);
        if (!followUp) throw new Error(t('popup_due_gone'));
        await sendToBackground('snoozeFollowUp', { id, minutes: snoozeMinutes(followUp, choice, Date.now()) });
      }}
      onOpenRepair={openRepair}
      onToggleSite={(paused) => host && void sendToBackground('setHostPaused', { host, paused })}
      onReview={() => void browser.runtime.openOptionsPage()}
      onPractice={() => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') })}
      t={t}
    />
  );
}

/** Logs the checklist as a repair (the background plans the talk's reminder and check-ins), then one check-in per promise. */
async function saveChecklist(draft: ChecklistDraft): Promise<{ repair: Repair } | { problem: string; screen: ChecklistScreen }> {
  const labels = { opening: t('popup_note_opening'), checkIn: t('popup_note_check_in'), where: t('popup_note_where'), whyNotInPerson: t('popup_note_why_not') };
  const result = repairFromChecklist(draft, Date.now(), labels);
  if (!result.ok) return { problem: t(problemKeys[result.problem]), screen: result.screen };
  try {
    const { repair } = await sendToBackground('logRepair', result.draft);
    const { checkInDays } = await readSettings(db);
    for (const followUp of promiseCheckIns(repair, checkInDays, Date.now())) await sendToBackground('addFollowUp', followUp);
    return { repair };
  } catch (error) {
    return { problem: t('popup_save_failed', error instanceof Error ? error.message : String(error)), screen: 'talk' as const };
  }
}

/** Plans the talk of a repair logged elsewhere: the time and channel (re-planning its reminders), then who, where and what was prepared. */
async function planExisting(repair: Repair, plan: PlannedTalk): Promise<Repair> {
  const planned = await sendToBackground('planTalk', { repairId: repair.id, at: plan.at, channel: plan.channel });
  const notes = [plan.prepared.notes ?? planned.repair.notes, plan.talkNotes].filter(Boolean).join('\n\n');
  const changes = {
    ...plan.prepared,
    ...(plan.person !== repair.person ? { person: plan.person } : {}),
    ...(notes !== planned.repair.notes ? { notes } : {}),
  };
  if (Object.keys(changes).length === 0) return planned.repair;
  return (await sendToBackground('updateRepair', { id: repair.id, changes })).repair;
}

/** The host of the tab the popup was opened over (activeTab grants its URL), or undefined for non-web pages. */
function useActiveSite(): string | undefined {
  const [host, setHost] = useState<string>();
  useEffect(() => {
    void browser.tabs.query({ active: true, currentWindow: true }).then(
      ([tab]) => setHost(siteOfUrl(tab?.url)),
      () => setHost(undefined),
    );
  }, []);
  return host;
}
