/**
 * The coded answers some rules read: a legal form from the country's list, and for Belgium the
 * region whose law applies. Only countries whose rules read them have a list, so the form asks
 * these questions only there. Labels: catalogue `CountryRules.legalForms.<code>` and
 * `CountryRules.subdivisions.<code>`.
 */
export const LEGAL_FORM_OPTIONS: Partial<Record<string, readonly string[]>> = {
  BE: ["BE_VZW", "BE_SOCIAL_PURPOSE_COMPANY", "OTHER"],
  LV: ["LV_SIA", "OTHER"],
  PL: ["PL_SOCIAL_COOPERATIVE", "OTHER"],
};

/** ISO 3166-2 codes of the regions with their own WISE law. */
export const SUBDIVISION_OPTIONS: Partial<Record<string, readonly string[]>> = {
  BE: ["BE-VLG", "BE-WAL", "BE-BRU"],
};

export const ALL_LEGAL_FORM_CODES = [
  ...new Set(Object.values(LEGAL_FORM_OPTIONS).flat()),
] as string[];
export const ALL_SUBDIVISION_CODES = Object.values(SUBDIVISION_OPTIONS).flat() as string[];
