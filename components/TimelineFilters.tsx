import { useId } from 'react';
import type { RepairFilter } from '../lib/repairs/repair-filter';
import { channels, repairStatuses, type Channel, type RepairStatus } from '../lib/repairs/schemas';
import { fromLocalInput, toDateInput } from './format-date';
import { channelLabel, statusLabel } from './review-labels';
import type { Translate } from './translate';

interface TimelineFiltersProps {
  filter: RepairFilter;
  onChange(filter: RepairFilter): void;
  /** People to choose from: their key and the name as written. */
  people: ReadonlyArray<{ key: string; name: string }>;
  /** The user is about to search: a chance to get ready before the first key. */
  onSearchFocus?(): void;
  t: Translate;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Search and the four filters above the timeline; each narrows what the timeline shows, together with the others. */
export function TimelineFilters({ filter, onChange, people, onSearchFocus, t }: TimelineFiltersProps) {
  const id = useId();
  const set = (patch: Partial<RepairFilter>) => {
    const next: RepairFilter = { ...filter, ...patch };
    for (const key of Object.keys(next) as (keyof RepairFilter)[]) if (next[key] === undefined || next[key] === '') delete next[key];
    onChange(next);
  };
  return (
    <div role="search" className="timeline-filters">
      <div className="field search-field">
        <label htmlFor={`${id}-q`}>{t('options_search_label')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filter.text ?? ''}
          placeholder={t('options_search_placeholder')}
          onFocus={onSearchFocus}
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('options_filter_status')}</label>
        <select id={`${id}-status`} value={filter.status ?? ''} onChange={(event) => set({ status: (event.target.value || undefined) as RepairStatus | undefined })}>
          <option value="">{t('options_filter_any_status')}</option>
          {repairStatuses.map((status) => (
            <option key={status} value={status}>
              {statusLabel(t, status)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-person`}>{t('options_filter_person')}</label>
        <select id={`${id}-person`} value={filter.personKey ?? ''} onChange={(event) => set({ personKey: event.target.value || undefined })}>
          <option value="">{t('options_filter_anyone')}</option>
          {people.map((person) => (
            <option key={person.key} value={person.key}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-channel`}>{t('options_filter_channel')}</label>
        <select id={`${id}-channel`} value={filter.channel ?? ''} onChange={(event) => set({ channel: (event.target.value || undefined) as Channel | undefined })}>
          <option value="">{t('options_filter_any_channel')}</option>
          {channels.map((channel) => (
            <option key={channel} value={channel}>
              {channelLabel(t, channel)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>{t('options_filter_from')}</label>
        <input id={`${id}-from`} type="date" value={filter.from === undefined ? '' : toDateInput(filter.from)} onChange={(event) => set({ from: fromLocalInput(event.target.value) })} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>{t('options_filter_to')}</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filter.to === undefined ? '' : toDateInput(filter.to - DAY_MS)}
          // "To" includes the whole day the user picked.
          onChange={(event) => {
            const day = fromLocalInput(event.target.value);
            set({ to: day === undefined ? undefined : day + DAY_MS });
          }}
        />
      </div>
    </div>
  );
}
