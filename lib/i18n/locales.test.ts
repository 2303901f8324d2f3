import { describe, expect, it } from "vitest";
import { LOCALE_INFO, LOCALES, localeOfTag, negotiateLocale } from "./locales";

describe("negotiateLocale", () => {
  it("falls back to English without a header or with only unknown languages", () => {
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale("ja,zh;q=0.8")).toBe("en");
  });

  it("picks Romanian for a Romanian browser", () => {
    expect(negotiateLocale("ro-RO,ro;q=0.9,en-US;q=0.8")).toBe("ro");
  });

  it("honours q-values over order, and order between equal q-values", () => {
    expect(negotiateLocale("en;q=0.5, ro;q=0.9")).toBe("ro");
    expect(negotiateLocale("pl, lv")).toBe("pl");
  });

  it("folds the partners' regional tags to their language", () => {
    expect(negotiateLocale("de-AT,de;q=0.9")).toBe("de");
    expect(negotiateLocale("nl-BE")).toBe("nl");
    expect(negotiateLocale("fr-BE,en;q=0.5")).toBe("fr");
    expect(negotiateLocale("es-ES")).toBe("es");
    expect(negotiateLocale("el-GR,el;q=0.9")).toBe("el");
  });

  it("skips languages we do not have", () => {
    expect(negotiateLocale("ja,bg;q=0.4")).toBe("bg");
  });
});

describe("the thirteen languages", () => {
  it("each has a native name, an English name and an Intl tag Intl knows", () => {
    expect(LOCALES).toHaveLength(13);
    for (const locale of LOCALES) {
      const info = LOCALE_INFO[locale];
      expect(localeOfTag(info.intlTag), locale).toBe(locale);
      expect(Intl.DateTimeFormat.supportedLocalesOf([info.intlTag]), locale).toEqual([
        info.intlTag,
      ]);
      expect(info.nativeName.length, locale).toBeGreaterThan(1);
    }
    expect(LOCALE_INFO.bg.nativeName).toBe("Български");
  });
});
