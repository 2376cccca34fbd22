import { memo } from 'react';
import { repairAbout } from '../lib/repairs/repair-summary';
import type { FollowUp, Repair } from '../lib/repairs/schemas';
import { optionsHash } from '../lib/routes/options-route';
import { formatDateTime, formatDay } from './format-date';
import { componentLabel, followUpKindLabel, statusLabel } from './review-labels';
import type { Translate } from './translate';

interface TimelineRowProps {
  repair: Repair;
  next?: FollowUp;
  t: Translate;
}

/** One line of the journal: who, what it was about, how it stands, and what comes next. Memoised: a row read once keeps
 * its object, so a new search showing it again renders nothing new. */
export const TimelineRow = memo(function TimelineRow({ repair, next, t }: TimelineRowProps) {
  const about = repairAbout(repair);
  const aboutText =
    about.kind === 'what-happened' || about.kind === 'excerpt'
      ? about.text
      : about.kind === 'missing'
        ? t('options_row_missing', about.components.map((c) => componentLabel(t, c)).join(', '))
        : t('options_row_nothing');
  return (
    <a className="timeline-row" href={optionsHash({ page: 'repair', id: repair.id })}>
      <span className="timeline-row-head">
        <strong className="timeline-person">{repair.person}</strong>
        <span className={`badge status-${repair.status}`}>{statusLabel(t, repair.status)}</span>
        {repair.practice && <span className="badge practice">{t('options_practice_badge')}</span>}
        <span className="timeline-date">{formatDay(repair.createdAt)}</span>
      </span>
      <span className="timeline-about">{aboutText}</span>
      <span className="timeline-next">
        {next
          ? t('options_row_next', [followUpKindLabel(t, next.kind), formatDateTime(next.snoozedUntil ?? next.dueAt)])
          : t('options_row_no_next')}
      </span>
    </a>
  );
});
