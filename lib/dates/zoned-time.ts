import { TZDate } from "@date-fns/tz";

/**
 * A `datetime-local` form value ("2026-05-12T09:30") means wall-clock time where the session takes
 * place, not in the server's zone: convert it to the instant it names in `timeZone`.
 */
export function wallTimeToInstant(wallTime: string, timeZone: string): Date {
  const [date, time] = wallTime.split("T");
  const [year, month, day] = date.split("-").map(Number);
  const [hours, minutes] = time.split(":").map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, timeZone).getTime());
}

/** The reverse, to fill a `datetime-local` input with the stored instant. */
export function instantToWallTime(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`;
}
