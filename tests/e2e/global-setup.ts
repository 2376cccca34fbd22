import { execFileSync } from 'node:child_process';

/** Editor pages are bundled from the real npm packages before any spec runs. */
export default function setup(): void {
  execFileSync('node', ['tests/e2e/pages/build-pages.mjs'], { stdio: 'inherit' });
}
