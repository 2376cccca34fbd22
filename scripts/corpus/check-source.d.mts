/** Problems (plain words) for one parsed corpus source record; empty when it is valid. */
export function checkRecord(rec: unknown): string[];
export function parseMarked(marked: string): { plain: string; spans: Array<{ kind: string; start: number; end: number }> };
