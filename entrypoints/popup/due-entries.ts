import type { DueEntry } from '../../components/DueCheckIns';
import { formatDateTime } from '../../components/format-date';
import type { Translate } from '../../components/translate';
import type { DueFollowUp } from '../../lib/db/due-follow-ups';
import { dueLabel } from '../../lib/repairs/due-label';

/** Due follow-ups in words: who, which follow-up, and since when. */
export function dueEntries(items: readonly DueFollowUp[], t: Translate): DueEntry[] {
  return items
    .filter(({ repair }) => !repair.practice)
    .map(({ followUp, repair }) => {
      const label = dueLabel(followUp, repair);
      const title =
        label.kind === 'talk'
          ? t('popup_due_talk', label.person)
          : label.kind === 'check-in'
            ? label.day === undefined
              ? t('popup_due_check_in', label.person)
              : t('popup_due_check_in_day', [String(label.day), label.person])
            : label.promise === undefined
              ? t('popup_due_promise_unnamed', label.person)
              : t('popup_due_promise', [label.person, label.promise]);
      return { id: followUp.id, repairId: repair.id, title, since: t('popup_due_since', formatDateTime(followUp.dueAt)) };
    });
}
