// Bundles every test page's entry (src/<page>.ts or .tsx) from the real npm packages into dist/.
// Run by tests/e2e/global-setup.ts before the e2e specs; `npm run build:pages` runs it alone.
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const pagesDir = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(pagesDir, 'src');
const outdir = path.join(pagesDir, 'dist');

// Every file in src/ is a page entry except the shared helper.
const entryPoints = readdirSync(srcDir)
  .filter((file) => /\.tsx?$/.test(file) && file !== 'expose-editor.ts')
  .map((file) => path.join(srcDir, file));

/**
 * Other runs may be serving dist/ while this one builds (specs run by several
 * people in one tree), so a bundle is never absent or half-written: each file is
 * replaced by an atomic rename, unchanged files are left alone, and only bundles
 * of removed pages are deleted.
 */
function publish(outputFiles) {
  mkdirSync(outdir, { recursive: true });
  const published = new Set();
  for (const { path: file, contents } of outputFiles) {
    published.add(path.basename(file));
    if (existsSync(file) && readFileSync(file).equals(contents)) continue;
    const staging = `${file}.${process.pid}.tmp`;
    writeFileSync(staging, contents);
    renameSync(staging, file);
  }
  for (const stale of readdirSync(outdir).filter((file) => !published.has(file) && !file.endsWith('.tmp'))) {
    rmSync(path.join(outdir, stale), { force: true });
  }
}

const started = performance.now();
try {
  const { outputFiles } = await build({
    entryPoints,
    outdir,
    entryNames: '[name]',
    write: false,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    jsx: 'automatic',
    // draft-js reads `global`; React, Quill and Lexical pick their build from process.env.NODE_ENV.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    minify: true,
    logLevel: 'warning',
  });
  publish(outputFiles);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`e2e pages: bundled ${entryPoints.length} entries into ${path.relative(process.cwd(), outdir)} in ${seconds} s`);
} catch (error) {
  // esbuild has already printed the details; a non-zero exit stops the e2e run.
  console.error('e2e pages: build failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
