import { build } from 'esbuild';
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The full analysis (rules + model) runs in the background, not in every tab: its budget is the
// model's (≤ 200 KB of weights) plus the rules. The content script carries only the gate (gate-bundle-size.test.ts).
const BUDGET_BYTES = 170 * 1024;
const MARGIN_BYTES = 1024;
const WEIGHTS_BUDGET_BYTES = 200 * 1024;
const LIB = join(__dirname, '../../../lib/apology');

describe('lib/apology bundled alone', () => {
  test(`is at most ${BUDGET_BYTES} bytes gzipped, with ${MARGIN_BYTES} bytes to spare`, async () => {
    const result = await build({
      entryPoints: [join(LIB, 'index.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    const gzipped = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES - MARGIN_BYTES);
  });

  test(`its weights file is at most ${WEIGHTS_BUDGET_BYTES} bytes`, () => {
    expect(statSync(join(LIB, 'model/weights.json')).size).toBeLessThanOrEqual(WEIGHTS_BUDGET_BYTES);
  });
});
