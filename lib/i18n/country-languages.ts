/**
 * The languages of each partner country: whose partner may review and correct which language.
 * Belgium's partners work in Dutch and French; every other country in one language. English is
 * nobody's: it is the reference text every translation falls back to.
 */
export const COUNTRY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  AT: ["de"],
  BE: ["nl", "fr"],
  BG: ["bg"],
  HR: ["hr"],
  FR: ["fr"],
  GR: ["el"],
  IT: ["it"],
  LV: ["lv"],
  NL: ["nl"],
  PL: ["pl"],
  RO: ["ro"],
  SI: ["sl"],
  ES: ["es"],
};

/** The languages of a country (none for a country outside the table or no country). */
export function languagesOfCountry(countryCode: string | null | undefined): readonly string[] {
  return (countryCode && COUNTRY_LANGUAGES[countryCode.toUpperCase()]) || [];
}
