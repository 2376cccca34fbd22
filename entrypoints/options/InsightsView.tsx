import { useLiveQuery } from 'dexie-react-hooks';
import { Insights } from '../../components/Insights';
import type { Translate } from '../../components/translate';
import { db } from '../../lib/db/amends-db';
import { readStatistics } from '../../lib/db/insights-query';

export function InsightsView({ t }: { t: Translate }) {
  // Live: marking a promise kept or a check-in done elsewhere changes the figures here.
  const stats = useLiveQuery(() => readStatistics(db, Date.now()), []);
  return stats ? <Insights stats={stats} t={t} /> : null;
}
