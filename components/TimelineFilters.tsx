import { useCallback, useEffect, useId, useMemo, useRef } from 'react';
import type { RepairFilter } from '../lib/repairs/repair-filter';
import { channels, repairStatuses } from '../lib/repairs/schemas';
import { ChoiceField, type Choice } from './ChoiceField';
import { fromLocalInput, toDateInput } from './format-date';
import { channelLabel, statusLabel } from './review-labels';
import type { Translate } from './translate';

interface TimelineFiltersProps {
  filter: RepairFilter;
  onChange(filter: RepairFilter): void;
  /** People to choose from: their key and the name as written. */
  people: ReadonlyArray<{ key: string; name: string }>;
  t: Translate;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Search and the four filters above the timeline; each narrows what the timeline shows, together with the others. */
export function TimelineFilters({ filter, onChange, people, t }: TimelineFiltersProps) {
  const id = useId();
  // The filter as last rendered, so the callbacks below stay the same from one key to the next.
  const latest = useRef(filter);
  useEffect(() => {
    latest.current = filter;
  }, [filter]);
  const set = useCallback(
    (patch: Partial<RepairFilter>) => {
      const next: RepairFilter = { ...latest.current, ...patch };
      for (const key of Object.keys(next) as (keyof RepairFilter)[]) if (next[key] === undefined || next[key] === '') delete next[key];
      latest.current = next;
      onChange(next);
    },
    [onChange],
  );
  // The three drop-downs: each narrows to one value of its field, or to any.
  const choiceFilters = useMemo(
    (): { name: 'status' | 'personKey' | 'channel'; label: string; none: string; choices: Choice<string>[]; pick(value?: string): void }[] => [
      { name: 'status', label: t('options_filter_status'), none: t('options_filter_any_status'), choices: repairStatuses.map((s) => ({ value: s, label: statusLabel(t, s) })), pick: (status) => set({ status: status as RepairFilter['status'] }) },
      { name: 'personKey', label: t('options_filter_person'), none: t('options_filter_anyone'), choices: people.map((p) => ({ value: p.key, label: p.name })), pick: (personKey) => set({ personKey }) },
      { name: 'channel', label: t('options_filter_channel'), none: t('options_filter_any_channel'), choices: channels.map((c) => ({ value: c, label: channelLabel(t, c) })), pick: (channel) => set({ channel: channel as RepairFilter['channel'] }) },
    ],
    [people, set, t],
  );
  return (
    <div role="search" className="timeline-filters">
      <div className="field search-field">
        <label htmlFor={`${id}-q`}>{t('options_search_label')}</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filter.text ?? ''}
          placeholder={t('options_search_placeholder')}
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      {choiceFilters.map(({ name, pick, ...field }) => (
        <ChoiceField key={name} id={`${id}-${name}`} value={filter[name]} onChange={pick} {...field} />
      ))}
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
