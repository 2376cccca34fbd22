import { optionsHash } from '../lib/routes/options-route';
import { SiteSwitches } from './SiteSwitches';
import type { Translate } from './translate';

interface WelcomeProps {
  sites: ReadonlyArray<{ id: string; name: string }>;
  disabledSites: readonly string[];
  onToggleSite(siteId: string, enabled: boolean): void;
  onOpenPractice(): void;
  t: Translate;
}

/** The first page after installing: what Amends does, where it runs, what it keeps, and a safe place to try it. */
export function Welcome({ sites, disabledSites, onToggleSite, onOpenPractice, t }: WelcomeProps) {
  return (
    <section className="view welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t('options_welcome_heading')}</h2>
      <p className="lead">{t('options_welcome_lead')}</p>
      <section className="card" aria-labelledby="welcome-does">
        <h3 id="welcome-does">{t('options_welcome_does')}</h3>
        <ul className="plain-list bullets">
          <li>{t('options_welcome_does_nudge')}</li>
          <li>{t('options_welcome_does_popup')}</li>
          <li>{t('options_welcome_does_review')}</li>
        </ul>
      </section>
      <section className="card" aria-labelledby="welcome-where">
        <h3 id="welcome-where">{t('options_welcome_where')}</h3>
        <p className="hint">{t('options_welcome_where_hint')}</p>
        <SiteSwitches sites={sites} disabledSites={disabledSites} onToggle={onToggleSite} t={t} />
      </section>
      <section className="card" aria-labelledby="welcome-keeps">
        <h3 id="welcome-keeps">{t('options_welcome_keeps')}</h3>
        <ul className="plain-list bullets">
          <li>{t('options_welcome_keeps_repairs')}</li>
          <li>{t('options_welcome_keeps_text')}</li>
          <li>{t('options_welcome_keeps_device')}</li>
        </ul>
      </section>
      <div className="row">
        <button type="button" className="button primary" onClick={onOpenPractice}>
          {t('options_welcome_practice')}
        </button>
        <a className="button" href={optionsHash({ page: 'settings' })}>
          {t('options_welcome_settings')}
        </a>
      </div>
    </section>
  );
}
