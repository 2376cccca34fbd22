import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'amends-eval-'));
const file = (name: string, lines: string[]): string => {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
};

describe('npm run eval', () => {
  test('scores the held-back corpus slice shipped in the repo by default', () => {
    const out = run('--quiet');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('heldout.jsonl');
    expect(out.stdout).toMatch(/overall\s+\d+\s+P 0\.\d{3}/);
    expect(out.stdout).toContain('weight         accuracy');
  }, 60_000);

  test('counts a faux apology as any deflection flagged', () => {
    const path = file('faux.jsonl', [
      JSON.stringify({ text: "I'm sorry if you were offended.", label: 'apology', deflections: ['conditional'] }),
      JSON.stringify({ text: "I'm sorry I forgot your birthday. I'll make it up to you.", label: 'apology', deflections: [] }),
      JSON.stringify({ text: 'See you at six.', label: 'not_apology', deflections: [] }),
    ]);
    const out = run(path, '--faux', '--quiet');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('faux apology  P 1.000  R 1.000  F1 1.000  accuracy 1.000  (2 apologies');
  }, 60_000);

  test("prints the deflection flag's F1 (any deflection flagged, over apologies) beside the micro-F1 over kinds", () => {
    const path = file('flag.jsonl', [
      JSON.stringify({ text: "I'm sorry if you were offended.", label: 'apology', deflections: ['conditional'] }),
      JSON.stringify({ text: "I'm sorry I forgot your birthday. I'll make it up to you.", label: 'apology', deflections: ['move_on'] }),
    ]);
    const out = run(path, '--quiet');
    expect(out.status).toBe(0);
    // One of two deflecting apologies flagged: P 1, R 0.5.
    expect(out.stdout).toContain('faux apology   accuracy 0.500, flag F1 0.667');
  }, 60_000);

  test.each([
    ['a missing file', [join(dir, 'nope.jsonl')], 'no such file'],
    ['a line that is not JSON', [file('bad.jsonl', ['{"text":"hi","label":"apology"}', '{oops'])], 'bad.jsonl:2: not valid JSON'],
    ['an unknown label', [file('label.jsonl', ['{"text":"hi","label":"maybe"}'])], 'label.jsonl:1: "label" must be one of'],
  ])('%s is a clear error', (_case, args, message) => {
    const out = run(...args);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(message);
  }, 60_000);
});
