import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyzeLine } from '../../../scripts/analyze';

const ROOT = join(__dirname, '../../..');

describe('analyze --jsonl', () => {
  test.each([
    ['{"text":"sorry for the late reply"}', { isApology: true, weight: 'light', components: expect.arrayContaining(['regret']), missing: [], deflections: [], addressee: null }],
    ['{"text":"Hi Jo, sorry you feel that way"}', { isApology: true, weight: 'serious', deflections: ['feelings'], addressee: 'Jo' }],
    ['{"text":"sorry for your loss"}', { isApology: false, weight: 'none', components: [], missing: [], deflections: [] }],
  ])('%s', (line, expected) => {
    expect(JSON.parse(analyzeLine(line))).toMatchObject(expected);
  });

  test.each([['not json'], ['{"nope":1}'], ['{"text":42}'], ['']])('a bad line %j gives an error line', (line) => {
    expect(JSON.parse(analyzeLine(line))).toHaveProperty('error');
  });

  test('writes one line per input line, in order, past bad lines', () => {
    const input = ['{"text":"my bad"}', 'garbage', '{"text":"see you at 6"}', '{"text":"I apologise"}'].join('\n') + '\n';
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', '--jsonl'], { cwd: ROOT, input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { isApology?: boolean; error?: string });
    expect(out.map((o) => (o.error ? 'error' : o.isApology))).toEqual([true, 'error', false, true]);
  }, 30_000);
});
