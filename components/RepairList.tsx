import { optionsHash } from '../lib/routes/options-route';
import type { Repair } from '../lib/repairs/schemas';
import { formatDateTime } from './format-date';

interface RepairListProps {
  repairs: readonly Repair[];
  selectedId?: string;
}

const statusLabels: Record<Repair['status'], string> = {
  planned: 'Planned',
  apologised: 'Apologised',
  repairing: 'Repairing',
  resolved: 'Resolved',
  'door-open': 'Door open',
};

/** The timeline of repairs, newest first; each links to its own page. */
export function RepairList({ repairs, selectedId }: RepairListProps) {
  if (repairs.length === 0) {
    return <p>No repairs yet. When you log one from a nudge or the popup, it appears here.</p>;
  }
  return (
    <ul className="repair-list">
      {repairs.map((repair) => (
        <li key={repair.id}>
          <a href={optionsHash({ page: 'repair', id: repair.id })} aria-current={repair.id === selectedId ? 'page' : undefined}>
            <strong>{repair.person}</strong> · {statusLabels[repair.status]} · {formatDateTime(repair.createdAt)}
          </a>
        </li>
      ))}
    </ul>
  );
}
