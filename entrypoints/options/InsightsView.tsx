import { useLiveQuery } from 'dexie-react-hooks';
import { Insights } from '../../components/Insights';
import type { Translate } from '../../components/translate';
import { db } from '../../lib/db/amends-db';
import { fromFollowUpRow } from '../../lib/db/follow-up-row';
import { computeStatistics } from '../../lib/repairs/statistics';

export function InsightsView({ t }: { t: Translate }) {
  const stats = useLiveQuery(async () => {
    const [repairs, followUps] = await Promise.all([db.repairs.toArray(), db.followUps.toArray()]);
    return computeStatistics(repairs, followUps.map(fromFollowUpRow), Date.now());
  }, []);
  return stats ? <Insights stats={stats} t={t} /> : null;
}
