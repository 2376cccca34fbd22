import type { FollowUp, Repair } from '../lib/repairs/schemas';
import { FollowUpActions } from './FollowUpActions';
import { formatDateTime } from './format-date';

interface RepairDetailProps {
  repair: Repair;
  followUps: readonly FollowUp[];
  now: number;
  onComplete(followUpId: string): void;
  onSnooze(followUpId: string): void;
  onDownloadCalendar?(): void;
}

const kindLabels: Record<FollowUp['kind'], string> = { talk: 'Talk', 'check-in': 'Check in', promise: 'Promise' };

/** One repair: what happened, what was promised, and its follow-ups with what is due now. */
export function RepairDetail({ repair, followUps, now, onComplete, onSnooze, onDownloadCalendar }: RepairDetailProps) {
  return (
    <article className="repair-detail" aria-labelledby="repair-heading">
      <h2 id="repair-heading">Repair with {repair.person}</h2>
      {repair.whatHappened && <p>{repair.whatHappened}</p>}
      {repair.plannedTalkAt !== undefined && (
        <p>
          Talk planned for {formatDateTime(repair.plannedTalkAt)}{' '}
          {onDownloadCalendar && (
            <button type="button" onClick={onDownloadCalendar}>
              Add to my calendar (.ics)
            </button>
          )}
        </p>
      )}
      {repair.commitments.length > 0 && (
        <>
          <h3>Promises</h3>
          <ul>
            {repair.commitments.map((commitment) => (
              <li key={commitment.id}>{commitment.text}</li>
            ))}
          </ul>
        </>
      )}
      <h3>Follow-ups</h3>
      <ul className="follow-ups">
        {followUps.map((followUp) => {
          const dueAt = followUp.snoozedUntil ?? followUp.dueAt;
          const due = followUp.doneAt === undefined && dueAt <= now;
          return (
            <li key={followUp.id}>
              {kindLabels[followUp.kind]} · {formatDateTime(dueAt)}
              {followUp.doneAt !== undefined ? ' · done' : due ? ' · due now' : ''}
              {followUp.doneAt === undefined && (
                <FollowUpActions followUpId={followUp.id} onComplete={onComplete} onSnooze={onSnooze} />
              )}
            </li>
          );
        })}
      </ul>
    </article>
  );
}
