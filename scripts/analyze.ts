/**
 * Reads JSON lines with a "text" field on stdin and writes one JSON line per input line, in order:
 * {"isApology","weight","components","missing","deflections","addressee"}. A bad line gets {"error"}.
 * Usage: npm run --silent analyze -- --jsonl < in.jsonl
 */
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { analyzeMessage } from '../lib/apology/index';

export function analyzeLine(line: string): string {
  try {
    const row: unknown = JSON.parse(line);
    const text = row !== null && typeof row === 'object' ? (row as { text?: unknown }).text : undefined;
    if (typeof text !== 'string') return JSON.stringify({ error: 'line has no string "text" field' });
    const a = analyzeMessage(text);
    return JSON.stringify({
      isApology: a.isApology,
      weight: a.weight,
      components: a.components,
      missing: a.missing,
      deflections: [...new Set(a.deflections.map((d) => d.kind))],
      addressee: a.addressee ?? null,
    });
  } catch (error) {
    return JSON.stringify({ error: error instanceof Error ? error.message : String(error) });
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--jsonl')) {
    process.stderr.write('usage: analyze --jsonl < in.jsonl > out.jsonl\n');
    process.exitCode = 2;
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of lines) {
    out.push(analyzeLine(line));
    if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
}

// Run only as a program, so tests can import analyzeLine.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
