import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// A real lib/db module, so the import resolves and the rule judges it (an unresolved path proves nothing).
const dbModule = readdirSync('lib/db').find((name) => name.endsWith('.ts'))?.replace(/\.ts$/, '');

const eslint = new ESLint();

/** Lints a snippet as if it lived at filePath, and returns the rule ids it broke. */
async function brokenRules(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('lint enforces the layout boundaries', () => {
  test.each([
    ['lib/apology reaching into another lib folder', 'lib/apology/probe.ts', "import { settingsSchema } from '../settings/settings-schema';\nexport const x = settingsSchema;\n", 'import-x/no-restricted-paths'],
    ['lib/apology using the DOM', 'lib/apology/probe.ts', 'export const x = () => document.title;\n', 'no-restricted-globals'],
    ['lib/apology using the extension API', 'lib/apology/probe.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n", 'no-restricted-imports'],
    ['a content script importing lib/db', 'entrypoints/compose.content/probe.ts', `import * as db from '../../lib/db/${dbModule}';\nexport const x = db;\n`, 'import-x/no-restricted-paths'],
    ['lib/compose importing lib/db', 'lib/compose/probe.ts', `import * as db from '../db/${dbModule}';\nexport const x = db;\n`, 'import-x/no-restricted-paths'],
    ['a component touching browser.*', 'components/Probe.tsx', "import { browser } from 'wxt/browser';\nexport const x = browser;\n", 'no-restricted-imports'],
    ['a component using the chrome global', 'components/Probe.tsx', 'export const x = () => chrome.runtime.id;\n', 'no-restricted-globals'],
    ['a component importing the db', 'components/Probe.tsx', `import * as db from '../lib/db/${dbModule}';\nexport const x = db;\n`, 'import-x/no-restricted-paths'],
    ['innerHTML anywhere', 'lib/compose/probe.ts', 'export const put = (el: HTMLElement, text: string) => { el.innerHTML = text; };\n', 'no-restricted-syntax'],
  ])('catches %s', async (_name, filePath, code, rule) => {
    expect(await brokenRules(filePath, code)).toContain(rule);
  });

  test.each([
    ['lib/apology with plain string code', 'lib/apology/probe.ts', 'export const x = (text: string) => text.trim();\n'],
    ['a content script using lib/messaging', 'entrypoints/compose.content/probe.ts', "import { sendToBackground } from '../../lib/messaging/client';\nexport const x = sendToBackground;\n"],
    ['a component with props only', 'components/Probe.tsx', 'export const Probe = ({ label }: { label: string }) => <p>{label}</p>;\n'],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await brokenRules(filePath, code)).toEqual([]);
  });
});
