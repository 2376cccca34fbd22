import { FollowUpActions } from './FollowUpActions';
import type { FollowUp, Repair } from '../lib/repairs/schemas';

interface DueCheckInsProps {
  items: ReadonlyArray<{ followUp: FollowUp; repair: Repair; title: string }>;
  onComplete(followUpId: string): void;
  onSnooze(followUpId: string): void;
  onOpen(repairId: string): void;
}

/** What is due now: one line per follow-up, naming the person, with Done and Snooze. */
export function DueCheckIns({ items, onComplete, onSnooze, onOpen }: DueCheckInsProps) {
  return (
    <section aria-labelledby="due-heading">
      <h2 id="due-heading">Due now</h2>
      {items.length === 0 ? (
        <p>Nothing is due. Keep the promises you made.</p>
      ) : (
        <ul className="due-list">
          {items.map(({ followUp, repair, title }) => (
            <li key={followUp.id}>
              <button type="button" className="link" onClick={() => onOpen(repair.id)}>
                {title}
              </button>
              <FollowUpActions followUpId={followUp.id} onComplete={onComplete} onSnooze={onSnooze} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
