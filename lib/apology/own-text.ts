import {
  FORWARD_HEADER,
  LEADING_QUOTED_LINES,
  OUTLOOK_FROM_LINE,
  OUTLOOK_HEADER_REST,
  QUOTED_LINE,
  REPLY_LINE_START,
  REPLY_VERB,
  SIGNATURE,
} from './reading-patterns';
import { eachMatch } from './text';
import type { TextRange } from './types';

/**
 * The writer's own text: everything before the first quoted reply ("On … wrote:", "> " lines),
 * forwarded block, Outlook separator or From/Sent/Subject header, or signature, skipping a quoted
 * block (with its "On … wrote:" line) the message may start with when the reply is written below it.
 */
export function findOwnText(text: string, norm: string): TextRange {
  let start = 0;
  const lead = LEADING_QUOTED_LINES.exec(norm);
  if (lead) start = lead[0].length;
  const rest = norm.slice(start);
  let end = rest.length;
  for (const marker of [QUOTED_LINE, FORWARD_HEADER, SIGNATURE]) {
    const at = rest.search(marker);
    if (at >= 0 && at < end) end = at;
  }
  end = Math.min(end, replyHeader(rest), outlookHeader(rest, end));
  end = start + text.slice(start, start + end).trimEnd().length;
  start = end - text.slice(start, end).trimStart().length;
  return { start, end };
}

/** Start of the first Outlook header ("From:", then "Sent:", then "Subject:" lines) before `end`. */
function outlookHeader(rest: string, end: number): number {
  let found = rest.length;
  eachMatch(OUTLOOK_FROM_LINE, rest, (index) => {
    if (found === rest.length && index < end && OUTLOOK_HEADER_REST.test(rest.slice(index, index + 2000))) found = index;
  });
  return found;
}

/** Start of the first "On … wrote:" line; the header may wrap, so its start can be one line up. */
function replyHeader(rest: string): number {
  for (const m of rest.matchAll(REPLY_VERB)) {
    const lineStart = rest.lastIndexOf('\n', m.index - 1) + 1;
    if (REPLY_LINE_START.test(rest.slice(lineStart, m.index))) return lineStart;
    if (lineStart > 0) {
      const prevStart = rest.lastIndexOf('\n', lineStart - 2) + 1;
      if (REPLY_LINE_START.test(rest.slice(prevStart, lineStart))) return prevStart;
    }
  }
  return rest.length;
}


/** How much of the writer's own text, counted back from its end, is analysed: the newest part, near the caret. */
export const MAX_ANALYSED_CHARS = 20_000;

/** Where the analysed part of the own text [start, end) begins. */
export function analysedStart(start: number, end: number): number {
  return Math.max(start, end - MAX_ANALYSED_CHARS);
}
