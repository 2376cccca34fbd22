import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { RepairPage } from '../../components/RepairPage';
import type { Translate } from '../../components/translate';
import { db } from '../../lib/db/amends-db';
import { getRepair, listFollowUpsOfRepair } from '../../lib/db/repair-queries';
import { sendToBackground } from '../../lib/messaging/client';
import type { Repair, RepairChanges } from '../../lib/repairs/schemas';
import { talkCalendarFile } from '../../lib/repairs/talk-calendar';
import { optionsHash } from '../../lib/routes/options-route';
import { downloadFile } from '../../components/download-file';
import type { Notice } from './notice';

/** What undoing one change does: put these fields back, or move the talk back. */
type UndoStep = { kind: 'fields'; changes: RepairChanges } | { kind: 'talk'; at: number };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The fields of `repair` that `changes` is about to overwrite, as they are now. */
function previousValues(repair: Repair, changes: RepairChanges): RepairChanges {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, repair[key as keyof RepairChanges]])) as RepairChanges;
}

export function RepairView({ id, t, onNotice }: { id: string; t: Translate; onNotice(notice: Notice): void }) {
  const data = useLiveQuery(async () => ({ repair: await getRepair(db, id), followUps: await listFollowUpsOfRepair(db, id) }), [id]);
  const [saveState, setSaveState] = useState('');
  const undo = useRef<UndoStep[]>([]);
  const [undoCount, setUndoCount] = useState(0);
  // Edits shown at once, before the background has stored them: a radio clicked right after typing in a field must
  // neither bounce back nor send the field's old text along with it.
  const [pending, setPending] = useState<RepairChanges>({});
  const stored = data?.repair;
  useEffect(() => {
    if (!stored) return;
    // What the database now holds needs no overlay any more.
    setPending((current) => {
      const left = Object.entries(current).filter(([key, value]) => JSON.stringify(stored[key as keyof Repair]) !== JSON.stringify(value));
      return left.length === Object.keys(current).length ? current : (Object.fromEntries(left) as RepairChanges);
    });
  }, [stored]);

  const run = async (action: () => Promise<unknown>, saved = t('options_saved')) => {
    setSaveState(t('options_saving'));
    try {
      await action();
      setSaveState(saved);
    } catch (error) {
      setSaveState(t('options_save_failed', errorText(error)));
    }
  };
  const remember = (step: UndoStep) => {
    undo.current.push(step);
    setUndoCount(undo.current.length);
  };

  if (!data) return null;
  const { followUps } = data;
  if (!data.repair) {
    return (
      <section className="view">
        <h2>{t('options_repair_missing_heading')}</h2>
        <p role="alert">{t('options_repair_missing')}</p>
        <a href={optionsHash({ page: 'repairs' })}>{t('options_back_to_repairs')}</a>
      </section>
    );
  }

  const repair: Repair = { ...data.repair, ...pending };
  return (
    <RepairPage
      repair={repair}
      followUps={followUps}
      now={Date.now()}
      t={t}
      saveState={saveState}
      canUndo={undoCount > 0}
      newId={() => crypto.randomUUID()}
      onChange={(changes) => {
        remember({ kind: 'fields', changes: previousValues(repair, changes) });
        setPending((current) => ({ ...current, ...changes }));
        void run(async () => {
          try {
            await sendToBackground('updateRepair', { id, changes });
          } catch (error) {
            // Refused: show what is really stored again.
            setPending((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in changes))) as RepairChanges);
            throw error;
          }
        });
      }}
      onPlanTalk={(at) => {
        if (repair.plannedTalkAt !== undefined) remember({ kind: 'talk', at: repair.plannedTalkAt });
        void run(() => sendToBackground('planTalk', { repairId: id, at }));
      }}
      onUndo={() => {
        const step = undo.current.pop();
        setUndoCount(undo.current.length);
        if (!step) return;
        void run(
          () =>
            step.kind === 'talk'
              ? sendToBackground('planTalk', { repairId: id, at: step.at })
              : sendToBackground('updateRepair', { id, changes: step.changes }),
          t('options_undone'),
        );
      }}
      onComplete={(followUpId, outcome, note) => void run(() => sendToBackground('completeFollowUp', { id: followUpId, outcome, note }), t('options_followup_marked_done'))}
      onSnooze={(followUpId) => void run(() => sendToBackground('snoozeFollowUp', { id: followUpId }), t('options_followup_snoozed_day'))}
      onAddCheckIn={(dueAt) => void run(() => sendToBackground('addFollowUp', { repairId: id, kind: 'check-in', dueAt }), t('options_checkin_added'))}
      onDownloadCalendar={() => {
        const file = talkCalendarFile(repair);
        downloadFile(file.filename, file.content, 'text/calendar');
      }}
      onDelete={() =>
        void run(async () => {
          const taken = await sendToBackground('deleteRepair', { id });
          window.location.hash = optionsHash({ page: 'repairs' });
          onNotice({
            text: t('options_repair_deleted', taken.repair.person),
            undoLabel: t('options_undo_delete'),
            undo: async () => {
              await sendToBackground('restoreRepair', taken);
              window.location.hash = optionsHash({ page: 'repair', id: taken.repair.id });
            },
          });
        })
      }
    />
  );
}
