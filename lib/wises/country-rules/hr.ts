import { headcountShare, value } from "./build";
import type { CountryModule } from "./types";

/**
 * Croatia has no WISE law; its workshops for disabled workers do have shares (Act on Vocational
 * Rehabilitation and Employment of Persons with Disabilities, NN 157/13, and its rulebook,
 * NN 75/2018, narodne-novine.nn.hr): an integrative workshop employs at least 40% disabled
 * workers, a sheltered workshop at least 51% and at least 5 staff. The articles were not checked.
 */
const ACT = {
  name: "Zakon o profesionalnoj rehabilitaciji i zapošljavanju osoba s invaliditetom (NN 157/13); Pravilnik NN 75/2018",
  article: null,
};

export const HR = {
  country: "HR",
  rules: {
    HR_INTEGRATIVE_WORKSHOP: {
      countries: ["HR"],
      act: ACT,
      confidence: "high",
      unverified: false,
      conditions: [headcountShare("disabledShare", "disabledWorkers", 40)],
    },
    HR_SHELTERED_WORKSHOP: {
      countries: ["HR"],
      act: ACT,
      confidence: "high",
      unverified: false,
      conditions: [
        headcountShare("disabledShare", "disabledWorkers", 51),
        value("staffCount", "totalEmployees", ">=", 5, "count"),
      ],
    },
  },
} as const satisfies CountryModule;
