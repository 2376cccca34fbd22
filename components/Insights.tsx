import type { ReactNode } from 'react';
import type { RepairStatistics } from '../lib/repairs/statistics';
import { optionsHash } from '../lib/routes/options-route';
import { MonthChart } from './MonthChart';
import type { Translate } from './translate';

interface InsightsProps {
  stats: RepairStatistics;
  t: Translate;
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const days = (t: Translate, value: number) => (value < 1 ? t('options_insight_under_a_day') : t('options_insight_days', String(Math.round(value * 10) / 10)));

function monthLabel(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return new Date(year ?? 2000, (index ?? 1) - 1, 1).toLocaleDateString(undefined, { month: 'short' });
}

/** One figure with its label; `value` is undefined when there is nothing to count yet, and `empty` says why. */
function Figure({ label, value, detail, empty }: { label: string; value?: string; detail?: string; empty: string }) {
  return (
    <figure className="figure card">
      <figcaption>{label}</figcaption>
      {value === undefined ? <p className="figure-empty">{empty}</p> : <p className="figure-value">{value}</p>}
      {value !== undefined && detail && <p className="figure-detail">{detail}</p>}
    </figure>
  );
}

/** What the user's promises came to, from their own data only (practice repairs left out). */
export function Insights({ stats, t }: InsightsProps) {
  if (stats.repairs === 0) {
    return (
      <Frame t={t}>
        <p className="empty">{t('options_insights_empty')}</p>
      </Frame>
    );
  }
  const { promises, followUps } = stats;
  return (
    <Frame t={t}>
      <div className="figures">
        <Figure
          label={t('options_insight_promises_kept')}
          value={promises.keptRate === null ? undefined : percent(promises.keptRate)}
          detail={t('options_insight_promises_detail', [String(promises.kept), String(promises.kept + promises.broken), String(promises.open)])}
          empty={t('options_insight_promises_empty')}
        />
        <Figure
          label={t('options_insight_on_time')}
          value={followUps.onTimeRate === null ? undefined : percent(followUps.onTimeRate)}
          detail={t('options_insight_on_time_detail', [String(followUps.onTime), String(followUps.due)])}
          empty={t('options_insight_on_time_empty')}
        />
        <Figure
          label={t('options_insight_to_apology')}
          value={stats.medianDaysToApology === null ? undefined : days(t, stats.medianDaysToApology)}
          detail={t('options_insight_median')}
          empty={t('options_insight_to_apology_empty')}
        />
        <Figure
          label={t('options_insight_to_resolved')}
          value={stats.medianDaysToResolved === null ? undefined : days(t, stats.medianDaysToResolved)}
          detail={t('options_insight_median')}
          empty={t('options_insight_to_resolved_empty')}
        />
        <Figure
          label={t('options_insight_in_person')}
          value={stats.inPersonOrVoiceShare === null ? undefined : percent(stats.inPersonOrVoiceShare)}
          detail={t('options_insight_in_person_detail', stats.inPersonShare === null ? '0%' : percent(stats.inPersonShare))}
          empty={t('options_insight_in_person_empty')}
        />
      </div>
      <section className="card" aria-labelledby="insights-months">
        <h3 id="insights-months">{t('options_insight_per_month')}</h3>
        <MonthChart months={stats.repairsPerMonth} label={t('options_insight_per_month')} monthLabel={monthLabel} />
      </section>
      <section className="card" aria-labelledby="insights-open">
        <h3 id="insights-open">{t('options_insight_open_people')}</h3>
        {stats.peopleWithOpenRepairs.length === 0 ? (
          <p className="empty">{t('options_insight_open_people_empty')}</p>
        ) : (
          <ul className="plain-list">
            {stats.peopleWithOpenRepairs.slice(0, 20).map((person) => (
              <li key={person.personKey}>
                <a href={optionsHash({ page: 'person', key: person.personKey })}>{person.person}</a> · {t('options_insight_open_count', String(person.open))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Frame>
  );
}

function Frame({ t, children }: { t: Translate; children: ReactNode }) {
  return (
    <section className="view" aria-labelledby="insights-heading">
      <h2 id="insights-heading">{t('options_insights_heading')}</h2>
      <p className="lead">{t('options_insights_lead')}</p>
      {children}
    </section>
  );
}
