import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contracts } from '../../lib/messaging/contracts';

const CONTRACTS_DIR = 'lib/messaging/contracts';

/** `logRepair` lives in `log-repair.ts`: one contract per file, named after its message. */
const baseName = (messageType: string) => messageType.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const fileFor = (messageType: string) => `${baseName(messageType)}.ts`;

const contractFiles = readdirSync(CONTRACTS_DIR).filter((name) => name.endsWith('.ts') && name !== 'index.ts');
const registered = Object.keys(contracts);

describe('message contracts', () => {
  test('every contract file is registered in the index', () => {
    expect(contractFiles.filter((file) => !registered.some((type) => fileFor(type) === file))).toEqual([]);
  });

  test('every registered contract has its own file', () => {
    expect(registered.filter((type) => !contractFiles.includes(fileFor(type)))).toEqual([]);
  });

  test.each(registered)('%s is registered from its own file', async (type) => {
    const module: Record<string, unknown> = await import(`../../lib/messaging/contracts/${baseName(type)}.ts`);
    expect(module[type]).toBe(contracts[type as keyof typeof contracts]);
  });
});
