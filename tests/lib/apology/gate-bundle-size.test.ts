import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The gate ships in every tab's content script; the full analysis runs in the background.
const BUDGET_BYTES = 6 * 1024;
const MARGIN_BYTES = 1024;

describe('lib/apology/gate bundled alone', () => {
  test(`is at most ${BUDGET_BYTES} bytes gzipped, with ${MARGIN_BYTES} bytes to spare`, async () => {
    const result = await build({
      entryPoints: [join(__dirname, '../../../lib/apology/gate.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    const gzipped = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES - MARGIN_BYTES);
  });
});
