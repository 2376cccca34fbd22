import { useLiveQuery } from 'dexie-react-hooks';
import { DueList } from '../../components/DueList';
import type { Translate } from '../../components/translate';
import { db } from '../../lib/db/amends-db';
import { listDueFollowUps } from '../../lib/db/due-follow-ups';
import { sendToBackground } from '../../lib/messaging/client';
import type { Notice } from './notice';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function DueView({ t, onNotice }: { t: Translate; onNotice(notice: Notice): void }) {
  const now = Date.now();
  const items = useLiveQuery(() => listDueFollowUps(db, Date.now()), []);
  if (!items) return null;
  const report = (action: Promise<unknown>, done: string) =>
    void action.then(
      () => onNotice({ text: done }),
      (error: unknown) => onNotice({ text: errorText(error), kind: 'error' }),
    );
  return (
    <DueList
      items={items}
      now={now}
      t={t}
      onComplete={(id, outcome, note) => report(sendToBackground('completeFollowUp', { id, outcome, note }), t('options_followup_marked_done'))}
      onSnooze={(id) => report(sendToBackground('snoozeFollowUp', { id }), t('options_followup_snoozed_day'))}
    />
  );
}
