/** A local wall-clock time `days` after the day of `now` (0 = today), at `hour`:`minute`. DST-safe: built from parts. */
export function localTimeOn(now: number, days: number, hour: number, minute = 0): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, hour, minute, 0, 0).getTime();
}

/** The value a `datetime-local` input shows for a timestamp, in local time ("2026-12-01T19:00"). */
export function toDateTimeLocal(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** A `datetime-local` value back to a timestamp (local time), or undefined when it is empty or not a date. */
export function fromDateTimeLocal(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const at = new Date(year, month - 1, day, hour, minute);
  // Rejects 2026-02-31 and the like, which Date would roll over into March.
  if (at.getMonth() !== month - 1 || at.getDate() !== day) return undefined;
  return at.getTime();
}

/** A `date` input value ("2026-11-28") to the start of that local day, or undefined. */
export function fromDateInput(value: string): number | undefined {
  return fromDateTimeLocal(`${value.trim()}T00:00`);
}

export function toDateInput(at: number): string {
  return toDateTimeLocal(at).slice(0, 10);
}
