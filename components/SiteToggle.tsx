import { Button } from './Button';
import type { Translate } from './translate';

interface SiteToggleProps {
  host: string;
  paused: boolean;
  onToggle(paused: boolean): void;
  t: Translate;
}

/** Amends on the current tab's site: whether it nudges there, and one button to pause or resume it. */
export function SiteToggle({ host, paused, onToggle, t }: SiteToggleProps) {
  return (
    <div className="row-between card site-toggle">
      <p className="muted">{t(paused ? 'popup_site_paused' : 'popup_site_active', host)}</p>
      <Button size="small" onClick={() => onToggle(!paused)}>
        {t(paused ? 'popup_site_resume' : 'popup_site_pause', host)}
      </Button>
    </div>
  );
}
