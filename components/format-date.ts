/** Dates as people read them in their own locale, e.g. "Tue, 24 Nov, 09:14". */
export function formatDateTime(timestamp: number): string {
  return new Date(timestamp).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** A day, with the year, e.g. "24 Nov 2026". */
export function formatDay(timestamp: number): string {
  return new Date(timestamp).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of an <input type="datetime-local"> for a time (local clock). */
export function toLocalInput(timestamp: number): string {
  const d = new Date(timestamp);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an <input type="date"> for a time (local clock). */
export const toDateInput = (timestamp: number) => toLocalInput(timestamp).slice(0, 10);

/** An <input type="datetime-local"> or <input type="date"> value back to a time; undefined when empty or invalid. */
export function fromLocalInput(value: string): number | undefined {
  if (!value) return undefined;
  const at = new Date(value.length === 10 ? `${value}T00:00` : value).getTime();
  return Number.isFinite(at) ? at : undefined;
}
