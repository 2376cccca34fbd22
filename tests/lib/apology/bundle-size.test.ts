import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

// The analysis ships in every tab's content script, so its size is part of the contract.
const BUDGET_BYTES = 12 * 1024;

describe('lib/apology bundled alone', () => {
  test(`is at most ${BUDGET_BYTES} bytes gzipped`, async () => {
    const result = await build({
      entryPoints: [join(__dirname, '../../../lib/apology/index.ts')],
      bundle: true,
      minify: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    const gzipped = gzipSync(code, { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });
});
