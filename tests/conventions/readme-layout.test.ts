import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/** The first column of the README's "Where things live" table: one backticked path per row. */
function layoutPaths(readme: string): string[] {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Where things live'));
  if (!section) throw new Error('README.md has no "## Where things live" section');
  return section
    .split('\n')
    .map((line) => /^\|\s*`([^`]+)`\s*\|/.exec(line)?.[1])
    .filter((found): found is string => found !== undefined);
}

const paths = layoutPaths(readFileSync('README.md', 'utf8'));

describe('the README layout table', () => {
  test('lists the project folders', () => {
    expect(paths.length).toBeGreaterThan(10);
  });

  test.each(paths)('%s exists', (entry) => {
    expect(existsSync(entry)).toBe(true);
  });
});
