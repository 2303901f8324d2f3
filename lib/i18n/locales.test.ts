import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("falls back to English without a header", () => {
    expect(negotiateLocale(null)).toBe("en");
  });

  it("picks Romanian for a Romanian browser", () => {
    expect(negotiateLocale("ro-RO,ro;q=0.9,en-US;q=0.8")).toBe("ro");
  });

  it("honours q-values over order", () => {
    expect(negotiateLocale("en;q=0.5, ro;q=0.9")).toBe("ro");
  });

  it("skips languages we do not have", () => {
    expect(negotiateLocale("fr-BE,fr;q=0.9,ro;q=0.4")).toBe("ro");
    expect(negotiateLocale("de,fr")).toBe("en");
  });
});
