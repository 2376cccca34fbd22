import { db } from '../../lib/db/amends-db';
import { readStatistics } from '../../lib/db/insights-query';
import { createPageStore } from './page-store';

/**
 * The Insights figures, kept while the options page is open and read again (from index counts, insights-query.ts)
 * when repairs or follow-ups change, or after a minute, since "missed" check-ins depend on the clock.
 */
export const insightsStore = createPageStore({ tables: ['repairs', 'followUps'], load: () => readStatistics(db, Date.now()), maxAgeMs: 60_000 });
