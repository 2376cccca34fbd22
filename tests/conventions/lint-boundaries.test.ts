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
    ['lib/db importing lib/messaging', 'lib/db/probe.ts', "import { sendToBackground } from '../messaging/client';\nexport const x = sendToBackground;\n", 'import-x/no-restricted-paths'],
    ['lib importing an entry point', 'lib/compose/probe.ts', "import * as handlers from '../../entrypoints/background/handlers';\nexport const x = handlers;\n", 'import-x/no-restricted-paths'],
    ['lib/messaging importing an entry point', 'lib/messaging/probe.ts', "import * as handlers from '../../entrypoints/background/handlers';\nexport const x = handlers;\n", 'import-x/no-restricted-paths'],
    ['an entry point importing another entry point', 'entrypoints/popup/probe.ts', "import { useHashRoute } from '../options/use-hash-route';\nexport const x = useHashRoute;\n", 'import-x/no-restricted-paths'],
    ['the practice page importing the content script', 'entrypoints/practice/probe.ts', "import * as content from '../compose.content/index';\nexport const x = content;\n", 'import-x/no-restricted-paths'],
    ['lib/repairs using the DOM', 'lib/repairs/probe.ts', 'export const x = () => window.location.href;\n', 'no-restricted-globals'],
    ['lib/repairs using the extension API', 'lib/repairs/probe.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n", 'no-restricted-imports'],
    ['lib/repairs using the chrome global', 'lib/repairs/probe.ts', 'export const x = () => chrome.runtime.id;\n', 'no-restricted-globals'],
    ['lib/repairs importing dexie', 'lib/repairs/probe.ts', "import { Dexie } from 'dexie';\nexport const x = Dexie;\n", 'no-restricted-imports'],
    ['lib/repairs importing lib/db', 'lib/repairs/probe.ts', `import * as db from '../db/${dbModule}';\nexport const x = db;\n`, 'import-x/no-restricted-paths'],
    ['the content script importing zod at run time', 'entrypoints/compose.content/probe.ts', "import { z } from 'zod/mini';\nexport const x = z.string();\n", '@typescript-eslint/no-restricted-imports'],
    ['lib/nudge importing zod at run time', 'lib/nudge/probe.ts', "import * as z from 'zod';\nexport const x = z.string();\n", '@typescript-eslint/no-restricted-imports'],
    ['lib/compose importing zod at run time', 'lib/compose/probe.ts', "import { z } from 'zod';\nexport const x = z.string();\n", '@typescript-eslint/no-restricted-imports'],
    ['the message client importing zod at run time', 'lib/messaging/client.ts', "import { z } from 'zod/mini';\nexport const x = z.string();\n", '@typescript-eslint/no-restricted-imports'],
    ['a script importing the test tree', 'scripts/probe.ts', "import { useBrowserSession } from '../tests/e2e/support/browser-session';\nexport const x = useBrowserSession;\n", 'import-x/no-restricted-paths'],
    ['lib importing the test tree', 'lib/repairs/probe.ts', "import * as records from '../../tests/lib/db/records';\nexport const x = records;\n", 'import-x/no-restricted-paths'],
    ['innerHTML anywhere', 'lib/compose/probe.ts', 'export const put = (el: HTMLElement, text: string) => { el.innerHTML = text; };\n', 'no-restricted-syntax'],
  ])('catches %s', async (_name, filePath, code, rule) => {
    expect(await brokenRules(filePath, code)).toContain(rule);
  });

  test.each([
    ['lib/apology with plain string code', 'lib/apology/probe.ts', 'export const x = (text: string) => text.trim();\n'],
    ['a content script using lib/messaging', 'entrypoints/compose.content/probe.ts', "import { sendToBackground } from '../../lib/messaging/client';\nexport const x = sendToBackground;\n"],
    ['lib/db using the shared error formatting', 'lib/db/probe.ts', "import { describeIssue } from '../validation/describe-issue';\nexport const x = describeIssue;\n"],
    ['an entry point importing lib and components', 'entrypoints/popup/probe.ts', "import { FiveSteps } from '../../components/FiveSteps';\nimport { listDueFollowUps } from '../../lib/db/due-follow-ups';\nexport const x = [FiveSteps, listDueFollowUps];\n"],
    ['an entry point importing its own files', 'entrypoints/options/probe.ts', "import { useHashRoute } from './use-hash-route';\nexport const x = useHashRoute;\n"],
    ['lib/repairs with plain date code', 'lib/repairs/probe.ts', 'export const x = (at: number) => new Date(at).toISOString();\n'],
    ['content-script code importing zod types', 'lib/nudge/probe.ts', "import type { z } from 'zod/mini';\nexport type X = z.ZodMiniString;\n"],
    ['content-script code with inline type imports from zod', 'lib/compose/probe.ts', "import { type z } from 'zod';\nexport type X = z.ZodString;\n"],
    ['the background importing zod at run time', 'entrypoints/background/probe.ts', "import { z } from 'zod/mini';\nexport const x = z.string();\n"],
    ['a script using the browser kit', 'scripts/probe.ts', "import { launchExtension } from './browser/chromium';\nexport const x = launchExtension;\n"],
    ['a test using the browser kit', 'tests/e2e/probe.ts', "import { launchExtension } from '../../scripts/browser/chromium';\nexport const x = launchExtension;\n"],
    ['a component with props only', 'components/Probe.tsx', 'export const Probe = ({ label }: { label: string }) => <p>{label}</p>;\n'],
  ])('allows %s', async (_name, filePath, code) => {
    expect(await brokenRules(filePath, code)).toEqual([]);
  });
});
