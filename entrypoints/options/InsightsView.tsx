import { Insights } from '../../components/Insights';
import type { Translate } from '../../components/translate';
import { insightsStore } from './insights-store';

export function InsightsView({ t }: { t: Translate }) {
  // Live: marking a promise kept or a check-in done, here or elsewhere, changes the figures.
  const stats = insightsStore.use();
  return stats ? <Insights stats={stats} t={t} /> : null;
}
