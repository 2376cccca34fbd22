import { useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { formatDateTime } from '../../components/format-date';
import type { Translate } from '../../components/translate';
import type { Repair } from '../../lib/repairs/schemas';

interface PlanSavedProps {
  repair: Repair;
  onCalendar(repair: Repair): Promise<void>;
  onOpenRepair(repairId: string): void;
  onDone(): void;
  t: Translate;
}

/** After saving: what Amends will do, the talk for the user's own calendar, and the way to the repair. */
export function PlanSaved({ repair, onCalendar, onOpenRepair, onDone, t }: PlanSavedProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="stack card" aria-labelledby="saved-heading">
      <h1 id="saved-heading" className="step-heading" tabIndex={-1} ref={heading}>
        {t('popup_saved_heading', repair.person)}
      </h1>
      <p role="status">
        {repair.plannedTalkAt === undefined ? t('popup_saved_no_talk') : t('popup_saved_talk', formatDateTime(repair.plannedTalkAt))}
      </p>
      <p className="muted">{t('popup_saved_patience')}</p>
      <div className="stack">
        {repair.plannedTalkAt !== undefined && (
          <Button variant="primary" block onClick={() => void onCalendar(repair)}>
            {t('popup_saved_calendar')}
          </Button>
        )}
        <Button block onClick={() => onOpenRepair(repair.id)}>
          {t('popup_saved_open')}
        </Button>
        <Button variant="ghost" block onClick={onDone}>
          {t('ui_done')}
        </Button>
      </div>
    </section>
  );
}
