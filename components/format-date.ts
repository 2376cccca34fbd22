/** Dates as people read them in their own locale, e.g. "Tue, 24 Nov, 09:14". */
export function formatDateTime(timestamp: number): string {
  return new Date(timestamp).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}
