/**
 * The languages training is given in, per country (ISO 639-1), for matching offers to a WISE:
 * every official language of every EU member state (a Belgian WISE may take a course in Dutch,
 * French or German). Not lib/i18n/country-languages.ts, which says which of the app's own
 * languages a country's partners review and correct (Belgium: Dutch and French only).
 */
const COUNTRY_LANGUAGES: Record<string, readonly string[]> = {
  AT: ["de"],
  BE: ["nl", "fr", "de"],
  BG: ["bg"],
  HR: ["hr"],
  CY: ["el"],
  CZ: ["cs"],
  DE: ["de"],
  DK: ["da"],
  EE: ["et"],
  ES: ["es"],
  FI: ["fi", "sv"],
  FR: ["fr"],
  GR: ["el"],
  HU: ["hu"],
  IE: ["en", "ga"],
  IT: ["it"],
  LT: ["lt"],
  LU: ["lb", "fr", "de"],
  LV: ["lv"],
  MT: ["mt", "en"],
  NL: ["nl"],
  PL: ["pl"],
  PT: ["pt"],
  RO: ["ro"],
  SE: ["sv"],
  SI: ["sl"],
  SK: ["sk"],
};

export function languagesOfCountry(countryCode: string): readonly string[] {
  return COUNTRY_LANGUAGES[countryCode] ?? [];
}
