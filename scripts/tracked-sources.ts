import { execFileSync } from 'node:child_process';

/** Glob characters tinyglobby would read as patterns; a path must only ever match itself. */
const escapeGlob = (file: string) => file.replace(/[*?[\]{}()!+@\\]/g, '\\$&');

/**
 * The files git tracks, as globs for WXT's `zip.includeSources`, so the sources zip for
 * the Firefox review never picks up whatever else lies in the working tree (notes,
 * planted files, another tool's output). Outside a git checkout (building from the
 * sources zip itself) there is nothing to compare with, and WXT's default applies.
 */
export function trackedSourceGlobs(root: string): string[] | undefined {
  try {
    const listed = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files = listed.split('\0').filter(Boolean);
    return files.length > 0 ? files.map(escapeGlob) : undefined;
  } catch {
    return undefined;
  }
}
