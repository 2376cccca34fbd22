import { Button } from '../../components/Button';
import { DueCheckIns, type DueEntry, type OutcomeChoice, type SnoozeOption } from '../../components/DueCheckIns';
import { SiteToggle } from '../../components/SiteToggle';
import type { Translate } from '../../components/translate';

interface HomeViewProps {
  due: readonly DueEntry[] | undefined;
  /** The person of a checklist in progress, if any. */
  draftPerson?: string;
  hasDraft: boolean;
  site?: { host: string; paused: boolean };
  onPrepare(): void;
  onDone(id: string, outcome: OutcomeChoice, note: string): Promise<void>;
  onSnooze(id: string, choice: SnoozeOption): Promise<void>;
  onOpenRepair(repairId: string): void;
  onToggleSite(paused: boolean): void;
  onReview(): void;
  onPractice(): void;
  t: Translate;
}

/** The popup's first screen: what is due, preparing a conversation, Amends on this site, and the way to the review. */
export function HomeView(props: HomeViewProps) {
  const { due, draftPerson, hasDraft, site, t } = props;
  return (
    <main className="popup">
      <header className="popup-intro">
        <h1 className="popup-title">{t('popup_title')}</h1>
        <p className="muted">{t('popup_subtitle')}</p>
      </header>
      {due && due.length > 0 ? (
        <DueCheckIns items={due} onDone={props.onDone} onSnooze={props.onSnooze} onOpen={props.onOpenRepair} t={t} />
      ) : (
        <p className="muted" role="status">
          {due ? t('popup_due_none') : ''}
        </p>
      )}
      <section className="card stack" aria-labelledby="prepare-heading">
        <h2 id="prepare-heading">{t('popup_prepare_heading')}</h2>
        <p className="muted">{hasDraft ? t('popup_prepare_draft', draftPerson || t('popup_them')) : t('popup_prepare_lead')}</p>
        <Button variant="primary" block onClick={props.onPrepare}>
          {t('popup_prepare')}
        </Button>
      </section>
      {site && <SiteToggle host={site.host} paused={site.paused} onToggle={props.onToggleSite} t={t} />}
      <nav className="popup-footer" aria-label={t('popup_more')}>
        <button type="button" className="link" onClick={props.onReview}>
          {t('popup_review')}
        </button>
        <button type="button" className="link" onClick={props.onPractice}>
          {t('popup_practice')}
        </button>
      </nav>
    </main>
  );
}
