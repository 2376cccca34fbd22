import { optionsHash, type OptionsRoute } from '../lib/routes/options-route';
import type { Translate } from './translate';

const SECTIONS = ['repairs', 'due', 'insights', 'settings', 'data'] as const;

/** Which section a route belongs to: a repair or a person is part of the timeline. */
function sectionOf(route: OptionsRoute): string {
  return route.page === 'repair' || route.page === 'person' ? 'repairs' : route.page;
}

/** The review page's sections, as links (each is a route, so Back and bookmarks work). */
export function ReviewNav({ route, dueCount, t }: { route: OptionsRoute; dueCount: number; t: Translate }) {
  const current = sectionOf(route);
  return (
    <nav className="review-nav" aria-label={t('options_nav_label')}>
      <ul>
        {SECTIONS.map((page) => (
          <li key={page}>
            <a href={optionsHash({ page })} aria-current={current === page ? 'page' : undefined}>
              {t(`options_nav_${page}`)}
              {page === 'due' && dueCount > 0 && <span className="count">{t('options_nav_due_count', String(dueCount))}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
