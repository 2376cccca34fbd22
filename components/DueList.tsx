import type { FollowUp, Outcome, Repair } from '../lib/repairs/schemas';
import { optionsHash } from '../lib/routes/options-route';
import { FollowUpItem } from './FollowUpItem';
import type { Translate } from './translate';

interface DueListProps {
  items: ReadonlyArray<{ followUp: FollowUp; repair: Repair }>;
  now: number;
  onComplete(id: string, outcome: Outcome | undefined, note: string): void;
  onSnooze(id: string): void;
  t: Translate;
}

/** What is due now (where the summary notification lands), with the popup's answers: Done with how it went, Snooze, Open. */
export function DueList({ items, now, onComplete, onSnooze, t }: DueListProps) {
  return (
    <section className="view" aria-labelledby="due-heading">
      <h2 id="due-heading">{t('options_due_heading')}</h2>
      {items.length === 0 ? (
        <p className="empty">{t('options_due_empty')}</p>
      ) : (
        <ol className="follow-ups due">
          {items.map(({ followUp, repair }) => (
            <FollowUpItem key={followUp.id} followUp={followUp} now={now} context={repair.person} t={t} onComplete={onComplete} onSnooze={onSnooze}>
              <a className="due-open" href={optionsHash({ page: 'repair', id: repair.id })}>
                {t('options_due_open', repair.person)}
              </a>
            </FollowUpItem>
          ))}
        </ol>
      )}
    </section>
  );
}
