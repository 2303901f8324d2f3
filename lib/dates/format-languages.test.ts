import { describe, expect, it } from "vitest";
import { numberFormat } from "@/lib/exports/translator";
import { dateLocale, formatDate, formatDateTime } from "./format";

const MARCH_14_10AM_BUCHAREST = new Date("2027-03-14T08:00:00Z");
const inBucharest = (locale: Parameters<typeof dateLocale>[0]) => ({
  dateLocale: dateLocale(locale, "en-US"),
  timeZone: "Europe/Bucharest",
});

describe("dates in the reader's language", () => {
  it("writes Greek and Bulgarian months in their own script, whatever the browser's English", () => {
    expect(formatDate(MARCH_14_10AM_BUCHAREST, inBucharest("el"))).toBe("14 Μαρτίου 2027");
    expect(formatDate(MARCH_14_10AM_BUCHAREST, inBucharest("bg"))).toBe("14 март 2027 г.");
  });

  it("writes German, Polish and Spanish dates and times their own way", () => {
    expect(formatDateTime(MARCH_14_10AM_BUCHAREST, inBucharest("de"))).toBe(
      "14. März 2027, 10:00 (Osteuropäische Zeit)",
    );
    expect(formatDate(MARCH_14_10AM_BUCHAREST, inBucharest("pl"))).toBe("14 marca 2027");
    expect(formatDate(MARCH_14_10AM_BUCHAREST, inBucharest("es"))).toBe("14 de marzo de 2027");
  });
});

describe("numbers in the reader's language", () => {
  it("German writes a decimal comma and a dot between thousands", () => {
    expect(numberFormat("de")(3.25)).toBe("3,25");
    expect(numberFormat("de")(12345.5)).toBe("12.345,5");
  });

  it("French separates thousands with a narrow no-break space", () => {
    expect(numberFormat("fr")(12345.5)).toBe("12\u202f345,5");
  });

  it("English keeps the decimal point, and a missing figure shows a dash", () => {
    expect(numberFormat("en")(3.25)).toBe("3.25");
    expect(numberFormat("el")(null)).toBe("—");
    expect(numberFormat("el")(3.25)).toBe("3,25");
  });
});
