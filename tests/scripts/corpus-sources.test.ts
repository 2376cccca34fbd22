import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkRecord } from '../../scripts/corpus/check-source.mjs';

const TRAINING = join(import.meta.dirname, '../../lib/apology/training');
const sourceFiles = ['corpus', 'heldout'].flatMap((dir) =>
  readdirSync(join(TRAINING, dir))
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => `${dir}/${name}`),
);

// The writers' own check, run over every shipped line: a line that fails it would train or score on bad labels.
describe('corpus source files', () => {
  test.each(sourceFiles)('%s passes the source check', (file) => {
    const problems = readFileSync(join(TRAINING, file), 'utf8')
      .split('\n')
      .flatMap((line, n) => (line.trim() === '' ? [] : checkRecord(JSON.parse(line)).map((p: string) => `line ${n + 1}: ${p}`)));
    expect(problems).toEqual([]);
  });

  test('ids are unique across the corpus and the held-out set', () => {
    const ids = sourceFiles.flatMap((file) =>
      readFileSync(join(TRAINING, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { id: string }).id),
    );
    expect(ids.length - new Set(ids).size).toBe(0);
  });
});
