interface PausedSitesProps {
  hosts: readonly string[];
  onResume(host: string): void;
}

/** Sites where the user paused the nudge, each with a way back. */
export function PausedSites({ hosts, onResume }: PausedSitesProps) {
  if (hosts.length === 0) return null;
  return (
    <>
      <h3>Paused on these sites</h3>
      <ul aria-label="Paused sites">
        {hosts.map((host) => (
          <li key={host}>
            {host}{' '}
            <button type="button" onClick={() => onResume(host)}>
              Resume on {host}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
