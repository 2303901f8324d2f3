/** ISO 3166-1 alpha-2 codes of the 27 EU member states. */
export const EU_MEMBER_CODES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
] as const;

/** Other European countries whose WISE networks may take part (candidates, EEA, neighbours). */
export const OTHER_EUROPEAN_CODES = [
  "AL",
  "AD",
  "BA",
  "BY",
  "CH",
  "GB",
  "IS",
  "LI",
  "MC",
  "MD",
  "ME",
  "MK",
  "NO",
  "RS",
  "SM",
  "TR",
  "UA",
  "VA",
] as const;

export const COUNTRY_CODES: readonly string[] = [...EU_MEMBER_CODES, ...OTHER_EUROPEAN_CODES];

/** The country's name in the reader's language, from the runtime's own CLDR data. */
export function countryName(code: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region" }).of(code) ?? code;
}

/** Codes sorted by their name in the reader's language, for pickers. */
export function countriesByName(codes: readonly string[], locale: string) {
  const collator = new Intl.Collator(locale);
  return codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
