import { instantToWallTime } from "@/lib/dates/zoned-time";

/** An instant's calendar day ("2026-12-07") in a time zone: the day consent rules compare. */
export function dayInInstallationZone(instant: Date, timeZone: string): string {
  return instantToWallTime(instant, timeZone).slice(0, 10);
}
