import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { AppShell } from '../../components/AppShell';
import { DataPanel } from '../../components/DataPanel';
import { PausedSites } from '../../components/PausedSites';
import { RepairDetail } from '../../components/RepairDetail';
import { RepairList } from '../../components/RepairList';
import { db } from '../../lib/db/amends-db';
import { exportFilename, exportJson } from '../../lib/db/export-data';
import { getRepair, listFollowUpsOfRepair, pageRepairsByDate } from '../../lib/db/repair-queries';
import { exportRepairsCsv } from '../../lib/db/repairs-csv';
import { sendToBackground } from '../../lib/messaging/client';
import { talkCalendarFile } from '../../lib/repairs/talk-calendar';
import { readSettings } from '../../lib/db/settings-store';
import { DELETE_CONFIRMATION } from '../../lib/repairs/limits';
import { defaultSettings, type SettingsPatch } from '../../lib/settings/settings-schema';
import { downloadFile } from '../../components/download-file';
import { useHashRoute } from './use-hash-route';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function OptionsApp() {
  const route = useHashRoute();
  const [status, setStatus] = useState<Status>();
  // Live: pausing a site from a nudge changes settings while this page is open.
  const settings = useLiveQuery(() => readSettings(db), []) ?? defaultSettings;
  // Reads go straight to IndexedDB and stay live; writes go through the background so alarms and badge follow.
  const page = useLiveQuery(() => pageRepairsByDate(db), []);
  const selectedId = route.page === 'repair' ? route.id : undefined;
  const selected = useLiveQuery(
    async () => (selectedId ? { repair: await getRepair(db, selectedId), followUps: await listFollowUpsOfRepair(db, selectedId) } : undefined),
    [selectedId],
  );

  // Only the changed fields travel: the background owns settings and merges them into what is stored.
  const update = (patch: SettingsPatch) =>
    void report(async () => (await sendToBackground('updateSettings', patch), 'Settings saved.'));
  const report = async (action: () => Promise<string>) => {
    try {
      setStatus({ kind: 'ok', text: await action() });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error) });
    }
  };

  return (
    <AppShell title="Amends" subtitle="Your repairs, your settings and your data. Everything stays on this device.">
      <section aria-labelledby="repairs-heading">
        <h2 id="repairs-heading">Repairs</h2>
        <RepairList repairs={page?.repairs ?? []} selectedId={selectedId} />
      </section>
      {selectedId && selected && !selected.repair && <p role="alert">That repair no longer exists.</p>}
      {selected?.repair && (
        <RepairDetail
          repair={selected.repair}
          followUps={selected.followUps}
          now={Date.now()}
          onComplete={(id) => void report(async () => (await sendToBackground('completeFollowUp', { id }), 'Follow-up marked done.'))}
          onSnooze={(id) => void report(async () => (await sendToBackground('snoozeFollowUp', { id }), 'Snoozed for a day.'))}
          onDownloadCalendar={() => {
            const repair = selected.repair;
            if (!repair) return;
            const file = talkCalendarFile(repair);
            downloadFile(file.filename, file.content, 'text/calendar');
          }}
        />
      )}
      <section aria-labelledby="settings-heading">
        <h2 id="settings-heading">Settings</h2>
        <label>
          <input type="checkbox" checked={settings.nudgesEnabled} onChange={(event) => update({ nudgesEnabled: event.target.checked })} />{' '}
          Show nudges while I write an apology
        </label>
        <br />
        <label>
          <input type="checkbox" checked={settings.storeExcerpts} onChange={(event) => update({ storeExcerpts: event.target.checked })} />{' '}
          Keep an excerpt of the message with each logged repair
        </label>
        <PausedSites hosts={settings.pausedHosts} onResume={(host) => void report(async () => (await sendToBackground('setHostPaused', { host, paused: false }), `Amends runs on ${host} again.`))} />
      </section>
      <DataPanel
        status={status}
        onExportJson={() =>
          void report(async () => {
            const now = Date.now();
            downloadFile(exportFilename(now), await exportJson(db, now), 'application/json');
            return 'Exported everything.';
          })
        }
        onExportCsv={() =>
          void report(async () => {
            downloadFile('amends-repairs.csv', await exportRepairsCsv(db), 'text/csv');
            return 'Exported repairs as CSV.';
          })
        }
        onImport={(file) =>
          void report(async () => {
            const result = await sendToBackground('importData', { text: await file.text() });
            return `Imported ${result.repairs} repairs and ${result.followUps} follow-ups.`;
          })
        }
        onDeleteAll={() =>
          void report(async () => {
            await sendToBackground('deleteAllData', { confirm: DELETE_CONFIRMATION });
            return 'Everything was deleted.';
          })
        }
      />
    </AppShell>
  );
}
