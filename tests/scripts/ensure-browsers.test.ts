import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// Browsers at unusual paths, one with spaces as on macOS: the script must hand them on unchanged.
const dir = mkdtempSync(path.join(tmpdir(), 'amends-browsers-'));
const fakeBrowser = (name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
};
const chromium = fakeBrowser('My Chromium');
const firefox = fakeBrowser('firefox-nightly');
const notExecutable = path.join(dir, 'not-a-program');
writeFileSync(notExecutable, '');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ensureBrowsers(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync('bash', ['scripts/ensure-browsers.sh', ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout.trim().split('\n').filter(Boolean), stderr: run.stderr };
}

describe('scripts/ensure-browsers.sh', () => {
  test('hands CHROMIUM_PATH and FIREFOX_PATH on as given', () => {
    expect(ensureBrowsers({ CHROMIUM_PATH: chromium, FIREFOX_PATH: firefox })).toMatchObject({
      status: 0,
      stdout: [`CHROMIUM_PATH=${chromium}`, `FIREFOX_PATH=${firefox}`],
    });
  });

  test('--chromium-only leaves Firefox out', () => {
    expect(ensureBrowsers({ CHROMIUM_PATH: chromium, FIREFOX_PATH: notExecutable }, '--chromium-only')).toMatchObject({
      status: 0,
      stdout: [`CHROMIUM_PATH=${chromium}`],
    });
  });

  test.each([
    ['CHROMIUM_PATH', { CHROMIUM_PATH: path.join(dir, 'missing'), FIREFOX_PATH: firefox }],
    ['FIREFOX_PATH', { CHROMIUM_PATH: chromium, FIREFOX_PATH: notExecutable }],
  ])('stops with a plain message when %s is not a program', (variable, env) => {
    const run = ensureBrowsers(env);
    expect(run.status).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toContain(`${variable}=`);
    expect(run.stderr).toContain('is not an executable file');
  });
});
