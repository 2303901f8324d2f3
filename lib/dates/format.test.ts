import { describe, expect, it } from "vitest";
import { dateLocale, formatDate, formatDateTime } from "./format";

const MARCH_14_10AM_BUCHAREST = new Date("2027-03-14T08:00:00Z");
const bucharest = (locale: string) => ({ dateLocale: locale, timeZone: "Europe/Bucharest" });

describe("dateLocale", () => {
  it("writes English dates the European way unless the browser ranks US English first", () => {
    expect(dateLocale("en", null)).toBe("en-GB");
    expect(dateLocale("en", "en")).toBe("en-GB");
    expect(dateLocale("en", "en-GB,en;q=0.9")).toBe("en-GB");
    expect(dateLocale("en", "ro-RO,ro;q=0.9,en;q=0.8")).toBe("en-GB");
    expect(dateLocale("en", "en-US,en;q=0.9")).toBe("en-US");
    expect(dateLocale("en", "fr;q=0.9,en-us;q=0.8,en-GB;q=0.5")).toBe("en-US");
    expect(dateLocale("en", "en-GB;q=0.9,en-US;q=0.5")).toBe("en-GB");
  });

  it("writes Romanian dates the Romanian way whatever the browser says", () => {
    expect(dateLocale("ro", "en-US")).toBe("ro-RO");
  });
});

describe("formatDate and formatDateTime", () => {
  it("English: day month year, 24-hour clock, with the zone", () => {
    expect(formatDate(MARCH_14_10AM_BUCHAREST, bucharest("en-GB"))).toBe("14 March 2027");
    expect(formatDateTime(MARCH_14_10AM_BUCHAREST, bucharest("en-GB"))).toBe(
      "14 March 2027, 10:00 (Eastern European Time)",
    );
  });

  it("a US reader who asked for it gets the US order and clock", () => {
    expect(formatDateTime(MARCH_14_10AM_BUCHAREST, bucharest("en-US"))).toMatch(
      /^March 14, 2027, 10:00\sAM \(Eastern European Time\)$/,
    );
  });

  it("Romanian, in the installation's zone, not the server's", () => {
    expect(formatDateTime(MARCH_14_10AM_BUCHAREST, bucharest("ro-RO"))).toBe(
      "14 martie 2027, 10:00 (ora Europei de Est)",
    );
    const brussels = { dateLocale: "en-GB", timeZone: "Europe/Brussels" };
    expect(formatDateTime(MARCH_14_10AM_BUCHAREST, brussels)).toBe(
      "14 March 2027, 09:00 (Central European Time)",
    );
    // Late evening in UTC is already the next day in Bucharest.
    expect(formatDate(new Date("2027-03-14T23:30:00Z"), bucharest("en-GB"), "medium")).toBe(
      "15 Mar 2027",
    );
  });
});
