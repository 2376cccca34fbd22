import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { AppShell } from '../../components/AppShell';
import { DueCheckIns } from '../../components/DueCheckIns';
import { FiveSteps } from '../../components/FiveSteps';
import { db } from '../../lib/db/amends-db';
import { listDueFollowUps } from '../../lib/db/due-follow-ups';
import { sendToBackground } from '../../lib/messaging/client';
import { amendsSteps } from '../../lib/repairs/five-steps';
import { describeDue } from '../../lib/repairs/notification-text';
import { repairPath } from '../../lib/routes/options-route';

export function PopupApp() {
  // Read live from IndexedDB; changes go through the background so the badge and alarms follow.
  const due = useLiveQuery(async () => (await listDueFollowUps(db, Date.now())).map((item) => ({ ...item, title: describeDue(item).title })), []);
  const openPractice = () => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') });
  const openReview = () => void browser.runtime.openOptionsPage();
  const openRepair = (repairId: string) =>
    void browser.tabs.create({ url: browser.runtime.getURL(repairPath(repairId) as '/options.html') });
  return (
    <AppShell title="Amends" subtitle="Before a hard conversation, walk through the five steps.">
      <DueCheckIns
        items={due ?? []}
        onComplete={(id) => void sendToBackground('completeFollowUp', { id })}
        onSnooze={(id) => void sendToBackground('snoozeFollowUp', { id })}
        onOpen={openRepair}
      />
      <h2>The five steps</h2>
      <FiveSteps steps={amendsSteps} />
      <div className="actions">
        <button type="button" onClick={openPractice}>
          Try it on the practice page
        </button>{' '}
        <button type="button" onClick={openReview}>
          Review repairs
        </button>
      </div>
    </AppShell>
  );
}
