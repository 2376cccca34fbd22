import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { sites } from '../../lib/compose/sites';
import { editorFamilies, siteLikePages } from '../../scripts/browser/editor-pages';

// The e2e editors table (tests/e2e/editors.e2e.test.ts runs every row and checks that each page's
// editable matches the compose selectors of the sites it stands for).
const rows = [...editorFamilies, ...siteLikePages];
const siteNames = sites.map((site) => site.name);

describe('sites and their test pages', () => {
  test.each(siteNames)('%s has a test page in the e2e editors table', (name) => {
    expect(rows.filter((row) => row.standsFor?.includes(name)).map((row) => row.name)).not.toEqual([]);
  });

  test.each(rows.filter((row) => row.standsFor).map((row) => [row.name, row] as const))('%s stands only for known sites', (_name, row) => {
    expect((row.standsFor ?? []).filter((name) => !siteNames.includes(name))).toEqual([]);
  });

  test.each(rows.map((row) => [row.name, row.file] as const))('%s has its page file', (_name, file) => {
    expect(existsSync(path.join('tests/e2e/pages', file))).toBe(true);
  });
});
