import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { stepIds, stepKey } from '../../../entrypoints/popup/checklist-steps';
import { relationships } from '../../../lib/repairs/schemas';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;

/** Every popup_/ui_ key written in the popup's and the components' source. */
function keysInSource(): string[] {
  const files = ['entrypoints/popup', 'components'].flatMap((dir) =>
    readdirSync(dir)
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => path.join(dir, file)),
  );
  const keys = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/'((?:popup|ui)_[a-z0-9_]+)'/g)].map((match) => match[1] as string));
  return [...new Set(keys)];
}

/** The practice page names its messages in data-i18n attributes. */
const practiceKeys = [...readFileSync('entrypoints/practice/index.html', 'utf8').matchAll(/data-i18n(?:-placeholder)?="([a-z_]+)"/g)].map((m) => m[1] as string);

const built = [...practiceKeys, ...stepIds.flatMap((id) => (['title', 'prompt', 'why'] as const).map((part) => stepKey(id, part))), ...relationships.map((r) => `popup_relationship_${r}`)];

test('the practice page names its words', () => {
  expect(practiceKeys.length).toBeGreaterThanOrEqual(5);
});

test.each([...keysInSource(), ...built])('%s has words in _locales/en', (key) => {
  expect(messages[key]?.message, key).toBeTruthy();
});

test('the step field labels contain their step titles, so each field is found by its step', () => {
  const pairs = [
    ['popup_field_what_happened', 'take-stock'],
    ['popup_field_opening', 'say-you-want-to-repair'],
    ['popup_field_admission', 'admit'],
    ['popup_field_repair_plan', 'find-a-way'],
    ['popup_field_check_in', 'be-patient'],
  ] as const;
  for (const [label, step] of pairs) expect(messages[label]?.message).toContain(messages[stepKey(step, 'title')]?.message);
});
