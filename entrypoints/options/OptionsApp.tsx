import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { ReviewNav } from '../../components/ReviewNav';
import { Welcome } from '../../components/Welcome';
import { sites } from '../../lib/compose/sites';
import { db } from '../../lib/db/amends-db';
import { countDueFollowUps } from '../../lib/db/due-follow-ups';
import { readSettings } from '../../lib/db/settings-store';
import { sendToBackground } from '../../lib/messaging/client';
import type { RepairFilter } from '../../lib/repairs/repair-filter';
import type { OptionsRoute } from '../../lib/routes/options-route';
import { DataView } from './DataView';
import { DueView } from './DueView';
import { insightsStore } from './insights-store';
import { InsightsView } from './InsightsView';
import type { Notice } from './notice';
import { PersonView } from './PersonView';
import { RepairView } from './RepairView';
import { SettingsView } from './SettingsView';
import { TimelineView } from './TimelineView';
import { t } from './translate';
import { useHashRoute } from './use-hash-route';

const INSIGHTS_PREFETCH_AFTER_MS = 2000;
const builtInSites = sites.map(({ id, name }) => ({ id, name }));
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function OptionsApp() {
  const route = useHashRoute();
  const [notice, setNotice] = useState<Notice>();
  // The timeline's filter outlives a visit to a repair and back.
  const [filter, setFilter] = useState<RepairFilter>({});
  // Live: pausing a site from a nudge changes settings while this page is open.
  const settings = useLiveQuery(() => readSettings(db), []);
  const dueCount = useLiveQuery(() => countDueFollowUps(db, Date.now()), []) ?? 0;

  // Insights are a click away from every view: read their figures ahead, so the first visit is instant too. Not before
  // the first view has had time to read its own data: the figures' reads would queue ahead of it.
  useEffect(() => {
    let idle = 0;
    const timer = setTimeout(() => (idle = requestIdleCallback(() => insightsStore.prefetch(), { timeout: 3000 })), INSIGHTS_PREFETCH_AFTER_MS);
    return () => {
      clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  }, []);

  // A new page starts at its top, with its heading focused for screen readers and keyboards.
  const main = useRef<HTMLElement>(null);
  const routeKey = JSON.stringify(route);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    // A view reading the database renders its heading a moment later: wait for it (about a second at most).
    let frame = 0;
    let tries = 0;
    const focusHeading = () => {
      const heading = main.current?.querySelector<HTMLElement>('h2');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      } else if (tries++ < 60) frame = requestAnimationFrame(focusHeading);
    };
    focusHeading();
    return () => cancelAnimationFrame(frame);
  }, [routeKey]);

  const updateSites = (siteId: string, enabled: boolean) => {
    if (!settings) return;
    const disabledSites = enabled ? settings.disabledSites.filter((s) => s !== siteId) : [...settings.disabledSites, siteId];
    void sendToBackground('updateSettings', { disabledSites }).catch((error: unknown) => setNotice({ text: errorText(error), kind: 'error' }));
  };

  return (
    <div className="review">
      <a className="skip-link" href="#review-main">
        {t('options_skip_to_content')}
      </a>
      <header className="review-header">
        <div className="review-brand">
          <h1>{t('options_title')}</h1>
          <p className="subtitle">{t('options_subtitle')}</p>
        </div>
        <ReviewNav route={route} dueCount={dueCount} t={t} />
      </header>
      {notice && (
        <div className={`notice ${notice.kind ?? 'ok'}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              className="button"
              onClick={() => {
                const undo = notice.undo;
                setNotice(undefined);
                void undo?.().catch((error: unknown) => setNotice({ text: errorText(error), kind: 'error' }));
              }}
            >
              {notice.undoLabel}
            </button>
          )}
          <button type="button" className="button quiet" aria-label={t('options_notice_close')} onClick={() => setNotice(undefined)}>
            ×
          </button>
        </div>
      )}
      <main id="review-main" ref={main} className="review-main">
        <View route={route} filter={filter} onFilterChange={setFilter} onNotice={setNotice} settings={settings} onToggleSite={updateSites} />
      </main>
    </div>
  );
}

interface ViewProps {
  route: OptionsRoute;
  filter: RepairFilter;
  onFilterChange(filter: RepairFilter): void;
  onNotice(notice: Notice): void;
  settings: Awaited<ReturnType<typeof readSettings>> | undefined;
  onToggleSite(siteId: string, enabled: boolean): void;
}

function View({ route, filter, onFilterChange, onNotice, settings, onToggleSite }: ViewProps) {
  switch (route.page) {
    case 'repair':
      return <RepairView key={route.id} id={route.id} t={t} onNotice={onNotice} />;
    case 'person':
      return <PersonView personKey={route.key} t={t} onNotice={onNotice} />;
    case 'insights':
      return <InsightsView t={t} />;
    case 'settings':
      return settings ? <SettingsView settings={settings} t={t} onNotice={onNotice} /> : null;
    case 'data':
      return <DataView t={t} />;
    case 'due':
      return <DueView t={t} onNotice={onNotice} />;
    case 'welcome':
      return (
        <Welcome
          sites={builtInSites}
          disabledSites={settings?.disabledSites ?? []}
          onToggleSite={onToggleSite}
          onOpenPractice={() => void browser.tabs.create({ url: browser.runtime.getURL('/practice.html') })}
          t={t}
        />
      );
    case 'repairs':
      return <TimelineView t={t} filter={filter} onFilterChange={onFilterChange} />;
  }
}
