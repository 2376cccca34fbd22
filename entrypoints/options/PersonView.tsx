import { useLiveQuery } from 'dexie-react-hooks';
import { PersonPage } from '../../components/PersonPage';
import type { Translate } from '../../components/translate';
import { db } from '../../lib/db/amends-db';
import { listFollowUpsOfRepairs, listRepairsByPersonKey } from '../../lib/db/repair-queries';
import { sendToBackground } from '../../lib/messaging/client';
import { personKey } from '../../lib/repairs/person-key';
import type { Notice } from './notice';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function PersonView({ personKey: key, t, onNotice }: { personKey: string; t: Translate; onNotice(notice: Notice): void }) {
  // The key in the address may be typed by hand ("Sam"): fold it the way repairs are keyed.
  const folded = personKey(key);
  const data = useLiveQuery(async () => {
    const repairs = await listRepairsByPersonKey(db, folded);
    return { repairs, followUps: await listFollowUpsOfRepairs(db, repairs.map((r) => r.id)) };
  }, [folded]);
  if (!data) return null;
  const report = (action: Promise<unknown>, done: string) =>
    void action.then(
      () => onNotice({ text: done }),
      (error: unknown) => onNotice({ text: errorText(error), kind: 'error' }),
    );
  return (
    <PersonPage
      personKey={folded}
      repairs={data.repairs}
      followUps={data.followUps}
      now={Date.now()}
      t={t}
      onComplete={(id, outcome, note) => report(sendToBackground('completeFollowUp', { id, outcome, note }), t('options_followup_marked_done'))}
      onSnooze={(id) => report(sendToBackground('snoozeFollowUp', { id }), t('options_followup_snoozed_day'))}
    />
  );
}
