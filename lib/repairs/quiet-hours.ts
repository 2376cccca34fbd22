export interface QuietHours {
  enabled: boolean;
  /** "HH:MM", local clock. */
  start: string;
  /** "HH:MM", local clock; before start means the range runs overnight. */
  end: string;
}

function minutes(clock: string): number {
  const [hours = 0, mins = 0] = clock.split(':').map(Number);
  return hours * 60 + mins;
}

/** Whether `at` falls in the quiet range, by the local clock. Equal start and end mean no quiet time. */
export function isQuietAt(at: number, quiet: QuietHours): boolean {
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  if (!quiet.enabled || start === end) return false;
  const date = new Date(at);
  const now = date.getHours() * 60 + date.getMinutes();
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** `at` itself when it isn't quiet, else the moment the quiet range ends (local clock, DST-safe). */
export function endOfQuietHours(at: number, quiet: QuietHours): number {
  if (!isQuietAt(at, quiet)) return at;
  const end = minutes(quiet.end);
  const date = new Date(at);
  date.setHours(Math.floor(end / 60), end % 60, 0, 0);
  if (date.getTime() <= at) date.setDate(date.getDate() + 1);
  return date.getTime();
}
