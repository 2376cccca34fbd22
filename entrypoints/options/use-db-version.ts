import { Dexie } from 'dexie';
import { useEffect, useState } from 'react';

/**
 * A number that grows whenever this origin's database changes (here, in the background or in another tab; Dexie
 * relays changes between them). Views that page by hand, rather than through useLiveQuery, reload on it.
 */
export function useDbVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    Dexie.on.storagemutated.subscribe(bump);
    return () => Dexie.on.storagemutated.unsubscribe(bump);
  }, []);
  return version;
}
