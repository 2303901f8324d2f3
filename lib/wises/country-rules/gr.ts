import { headcountShare } from "./build";
import type { CountryModule } from "./types";

/**
 * Greece, social cooperative enterprises (KoinSEp) of integration, Law 4430/2016 art. 14: at least
 * 30% of the workers from vulnerable groups (integration of vulnerable groups) or at least 50%
 * from special groups (integration of special groups); the registry's workers with support needs
 * stand for both groups. Unverified: searched the stored pages for Law 4430/2016 art. 14 and the
 * 30%/50% shares; they hold the law's table of contents and art. 18 (non-member workers ≤ 40%)
 * but not art. 14's figures, and the older Law 4019/2011 said 40%. KoiSPE (Law 2716/1999) count
 * members, not workers (≥ 35% people with psychosocial problems), which the registry does not keep.
 */
const ACT = { name: "Νόμος 4430/2016", article: "άρθρο 14" };

export const GR = {
  country: "GR",
  rules: {
    GR_KOINSEP_VULNERABLE: {
      countries: ["GR"],
      act: ACT,
      confidence: "low",
      unverified: true,
      conditions: [headcountShare("supportNeedShare", "supportNeedWorkers", 30)],
    },
    GR_KOINSEP_SPECIAL: {
      countries: ["GR"],
      act: ACT,
      confidence: "low",
      unverified: true,
      conditions: [headcountShare("supportNeedShare", "supportNeedWorkers", 50)],
    },
  },
} as const satisfies CountryModule;
