import type { FollowUp, Repair } from '../lib/repairs/schemas';
import { optionsHash } from '../lib/routes/options-route';
import { FollowUpItem, type FollowUpHandlers } from './FollowUpItem';
import { formatDay } from './format-date';
import { promiseStateLabel } from './review-labels';
import { TimelineRow } from './TimelineRow';
import type { Translate } from './translate';

interface PersonPageProps extends FollowUpHandlers {
  personKey: string;
  repairs: readonly Repair[];
  followUps: readonly FollowUp[];
  now: number;
  t: Translate;
}

/** The spelling used most often (capitalised first on a tie): "Sam" over "sam". */
function displayName(repairs: readonly Repair[]): string | undefined {
  const counts = new Map<string, number>();
  for (const repair of repairs) counts.set(repair.person, (counts.get(repair.person) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || Number(/^\p{Lu}/u.test(b)) - Number(/^\p{Lu}/u.test(a)))[0]?.[0];
}

/** Each repair's next open follow-up, for its row. */
function nextOpenByRepair(followUps: readonly FollowUp[]): Map<string, FollowUp> {
  const next = new Map<string, FollowUp>();
  for (const followUp of followUps) {
    if (followUp.doneAt !== undefined) continue;
    const best = next.get(followUp.repairId);
    if (!best || (followUp.snoozedUntil ?? followUp.dueAt) < (best.snoozedUntil ?? best.dueAt)) next.set(followUp.repairId, followUp);
  }
  return next;
}

/** Everything with one person: their repairs, their follow-ups in one timeline, and how the promises came out. */
export function PersonPage({ personKey, repairs, followUps, now, t, onComplete, onSnooze }: PersonPageProps) {
  const name = displayName(repairs) ?? personKey;
  const next = nextOpenByRepair(followUps);
  const personOf = new Map(repairs.map((r) => [r.id, r]));
  const promises = repairs.flatMap((repair) => repair.commitments.map((commitment) => ({ repair, commitment })));
  const kept = promises.filter((p) => p.commitment.kept === 'yes').length;
  return (
    <section className="view person-page" aria-labelledby="person-heading">
      <p className="breadcrumb">
        <a href={optionsHash({ page: 'repairs' })}>{t('options_back_to_repairs')}</a>
      </p>
      <h2 id="person-heading">{t('options_person_heading', name)}</h2>
      {repairs.length === 0 ? (
        <p className="empty">{t('options_person_empty')}</p>
      ) : (
        <>
          <section className="card" aria-labelledby="person-repairs">
            <h3 id="person-repairs">{t('options_person_repairs', String(repairs.length))}</h3>
            <ol className="plain-list">
              {repairs.map((repair) => (
                <li key={repair.id}>
                  <TimelineRow repair={repair} next={next.get(repair.id)} t={t} />
                </li>
              ))}
            </ol>
          </section>
          <section className="card" aria-labelledby="person-promises">
            <h3 id="person-promises">{t('options_person_promises')}</h3>
            {promises.length === 0 ? (
              <p className="empty">{t('options_person_promises_empty')}</p>
            ) : (
              <>
                <p>{t('options_person_promises_kept', [String(kept), String(promises.length)])}</p>
                <ul className="plain-list promises-summary">
                  {promises.map(({ repair, commitment }) => (
                    <li key={`${repair.id}:${commitment.id}`}>
                      <span className={`badge kept-${commitment.kept}`}>{promiseStateLabel(t, commitment.kept)}</span> {commitment.text}{' '}
                      <span className="meta">({formatDay(repair.createdAt)})</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="card" aria-labelledby="person-followups">
            <h3 id="person-followups">{t('options_person_followups')}</h3>
            {followUps.length === 0 ? (
              <p className="empty">{t('options_followups_empty')}</p>
            ) : (
              <ol className="follow-ups">
                {followUps.map((followUp) => (
                  <FollowUpItem
                    key={followUp.id}
                    followUp={followUp}
                    now={now}
                    context={formatDay(personOf.get(followUp.repairId)?.createdAt ?? followUp.dueAt)}
                    t={t}
                    onComplete={onComplete}
                    onSnooze={onSnooze}
                  />
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </section>
  );
}
