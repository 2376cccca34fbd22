import type { Translate } from './translate';

interface SiteSwitchesProps {
  sites: ReadonlyArray<{ id: string; name: string }>;
  disabledSites: readonly string[];
  onToggle(siteId: string, enabled: boolean): void;
  t: Translate;
}

/** The built-in sites, each with its own switch: on means Amends may nudge there. */
export function SiteSwitches({ sites, disabledSites, onToggle, t }: SiteSwitchesProps) {
  return (
    <ul className="switch-list" aria-label={t('options_sites_builtin')}>
      {sites.map((site) => (
        <li key={site.id}>
          <label className="switch">
            <input type="checkbox" role="switch" checked={!disabledSites.includes(site.id)} onChange={(event) => onToggle(site.id, event.target.checked)} />
            <span>{site.name}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
