import { startCompose } from '../../lib/nudge/start-compose';
import { localizePage } from './localize';

localizePage(document);
// Content scripts do not run on extension pages, so the practice page runs the same compose logic itself.
startCompose(document, { signal: new AbortController().signal, isAlive: () => true });
