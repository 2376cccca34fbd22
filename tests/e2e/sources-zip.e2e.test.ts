import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

/** Entry names from a zip's central directory (the sources zip is small: no zip64). */
function zipEntries(file: string): string[] {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: broken central directory at entry ${i}`);
    const nameLength = zip.readUInt16LE(at + 28);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return names;
}

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });

// Untracked files where a careless zip would pick them up: the root, a source folder, a test folder.
const PLANTED = ['untracked-notes.md', 'lib/untracked-draft.ts', 'tests/lib/untracked-fixture.json'];

describe('npm run zip: the sources zip for the Firefox review', () => {
  let entries: string[] = [];
  let tracked: string[] = [];

  beforeAll(() => {
    for (const file of PLANTED) writeFileSync(file, 'not for the reviewers\n');
    try {
      expect(git('ls-files', '--others', '--exclude-standard').split('\n')).toEqual(expect.arrayContaining(PLANTED));
      for (const old of readdirSync('.output').filter((name) => name.endsWith('-sources.zip'))) rmSync(path.join('.output', old));
      execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { stdio: 'pipe' });
    } finally {
      for (const file of PLANTED) rmSync(file, { force: true });
    }
    const [sourcesZip] = readdirSync('.output').filter((name) => name.endsWith('-sources.zip'));
    if (!sourcesZip) throw new Error('wxt zip -b firefox wrote no sources zip');
    entries = zipEntries(path.join('.output', sourcesZip));
    tracked = git('ls-files', '-z').split('\0').filter(Boolean);
  }, 180_000);

  test('holds tracked files only', () => {
    expect(entries.filter((entry) => !tracked.includes(entry))).toEqual([]);
  });

  test('leaves out the untracked files planted in the working tree', () => {
    expect(entries.filter((entry) => PLANTED.includes(entry))).toEqual([]);
  });

  test('holds every tracked file the build needs', () => {
    const buildInputs = tracked.filter(
      (file) => /^(entrypoints|components|lib|public)\//.test(file) || ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md'].includes(file),
    );
    expect(buildInputs.length).toBeGreaterThan(50);
    expect(buildInputs.filter((file) => !entries.includes(file))).toEqual([]);
  });
});
