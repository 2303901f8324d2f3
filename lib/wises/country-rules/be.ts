import { fteShare, oneOf, value } from "./build";
import type { CountryModule } from "./types";

/**
 * Belgium: the regions legislate, so the region decides which rule applies.
 * - Flanders, customised-work company (maatwerkbedrijf), Decree of 12 July 2013 (applies since
 *   2019): at least 65% of the workforce with a long-term work limitation, at least 20 FTE of them
 *   a year, run as a non-profit (vzw) or a company with a social purpose. The 65% is read in FTE,
 *   as the 20 are; the decree's article and whether the 65% is in FTE or headcount were not found
 *   in the stored pages (searched "maatwerkbedrijf 65% doelgroepwerknemers"), hence unverified.
 * - Wallonia (insertion enterprises, Decree of 20 October 2016) and Brussels (Ordinance of 23 July
 *   2018): no share of target workers in the texts found; subsidies per FTE only.
 */
export const BE = {
  country: "BE",
  rules: {
    BE_VLG_CUSTOMISED_WORK: {
      countries: ["BE"],
      subdivision: "BE-VLG",
      act: {
        name: "Decreet van 12 juli 2013 betreffende het maatwerk bij collectieve inschakeling",
        article: null,
      },
      confidence: "medium",
      unverified: true,
      conditions: [
        oneOf("legalForm", "legalFormCode", ["BE_VZW", "BE_SOCIAL_PURPOSE_COMPANY"]),
        value("supportNeedFte", "supportNeedFte", ">=", 20, "fte"),
        fteShare("supportNeedFteShare", "supportNeedFte", 65),
      ],
    },
  },
  noQuantitativeRule: [
    { key: "BE_WAL_INSERTION", subdivision: "BE-WAL" },
    { key: "BE_BRU_SOCIAL_ENTERPRISE", subdivision: "BE-BRU" },
  ],
} as const satisfies CountryModule;
