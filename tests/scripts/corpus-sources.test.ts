import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRecord } from '../../scripts/corpus/check-source.mjs';
import { parseMarked } from '../../scripts/corpus/markup';

const TRAINING = join(import.meta.dirname, '../../lib/apology/training');
const sourceFiles = ['corpus', 'heldout'].flatMap((dir) =>
  readdirSync(join(TRAINING, dir))
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => `${dir}/${name}`),
);

interface SourceRecord {
  id: string;
  marked: string;
}

const records = (file: string): SourceRecord[] =>
  readFileSync(join(TRAINING, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SourceRecord);

// The writers' own check, run over every shipped line: a line that fails it would train or score on bad labels.
describe('corpus source files', () => {
  test.each(sourceFiles)('%s passes the source check', (file) => {
    const problems = readFileSync(join(TRAINING, file), 'utf8')
      .split('\n')
      .flatMap((line, n) => (line.trim() === '' ? [] : checkRecord(JSON.parse(line)).map((p: string) => `line ${n + 1}: ${p}`)));
    expect(problems).toEqual([]);
  });

  test('ids are unique across the corpus and the held-out set', () => {
    const ids = sourceFiles.flatMap((file) => records(file).map((r) => r.id));
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  // Independent writers hit the same short lines ("oops sorry wrong chat"); one in the training corpus would
  // make the held-out figures partly a memory test.
  test('no training message is a held-out message again', () => {
    const sameText = (r: SourceRecord) => parseMarked(r.marked).text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    const heldOut = new Set(sourceFiles.filter((f) => f.startsWith('heldout/')).flatMap((f) => records(f).map(sameText)));
    const repeated = sourceFiles.filter((f) => f.startsWith('corpus/')).flatMap((f) => records(f).filter((r) => heldOut.has(sameText(r))).map((r) => r.id));
    expect(repeated).toEqual([]);
  });
});
