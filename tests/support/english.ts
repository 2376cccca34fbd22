import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../lib/coaching/words';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export const ENGLISH = JSON.parse(readFileSync(join(__dirname, '../../public/_locales/en/messages.json'), 'utf8')) as Record<string, Entry>;

/** browser.i18n.getMessage's rules on the English file: $NAME$ → the placeholder's content, $1 → the first substitution; an unknown key → "". */
export const english: Translate = (key, substitutions = []) => {
  const entry = ENGLISH[key];
  if (!entry) return '';
  return entry.message.replace(/\$([a-z_]+)\$/gi, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  });
};
