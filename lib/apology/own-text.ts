import {
  FORWARD_HEADER,
  FROM_LINE,
  LEADING_QUOTED_LINES,
  QUOTED_LINE,
  REPLY_LINE_START,
  REPLY_VERB,
  SENT_OR_DATE_LINE,
  SIGNATURE,
} from './patterns';
import type { TextRange } from './types';

/**
 * The writer's own text: everything before the first quoted reply ("On … wrote:", "> " lines),
 * forwarded block or signature, skipping a quoted block the message may start with.
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
  end = Math.min(end, replyHeader(rest), outlookHeader(rest));
  end += start;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return { start, end };
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

function outlookHeader(rest: string): number {
  for (const m of rest.matchAll(FROM_LINE)) {
    const next = rest.indexOf('\n', m.index);
    if (next >= 0 && SENT_OR_DATE_LINE.test(rest.slice(next + 1, next + 40))) return m.index;
  }
  return rest.length;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}
