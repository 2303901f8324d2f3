import { LEGAL_FORM_OPTIONS, SUBDIVISION_OPTIONS } from "@/lib/wises/country-rules/options";
import { emptyThresholdInput, type ThresholdInput } from "@/lib/wises/threshold-rules";

/**
 * Profiles on and around every country's boundaries, for the test that the SQL filter and the
 * rules in code agree. Deterministic (a seeded generator), so a failure can be replayed.
 */

function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  "AT",
  "BE",
  "BG",
  "HR",
  "FR",
  "GR",
  "IT",
  "LV",
  "NL",
  "PL",
  "RO",
  "SI",
  "ES",
  "GB",
  "DE",
  "NO",
];
const HEADCOUNTS = [0, 2, 3, 4, 5, 6, 9, 10, 11, 20, 100];
const SHARES = [0, 0.299, 0.3, 0.31, 0.5, 0.51, 0.55, 0.65, 0.7, 1];
const PERCENTS = [0, 10, 19.99, 20, 29.99, 30, 49.99, 50, 100];
const FTES = [0, 8, 30, 30, 40, 40, 100.5];
const FTE_SHARES = [0, 0.5, 0.549, 0.55, 0.6499, 0.65, 1];

export function generatedProfiles(perCountry = 30, seed = 20261206): ThresholdInput[] {
  const random = generator(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)] as T;
  const maybe = <T>(value: T): T | null => (random() < 0.12 ? null : value);
  const part = (whole: number, share: number) =>
    Math.min(whole, Math.round(whole * share + (random() < 0.2 ? 1 : 0)));
  return COUNTRIES.flatMap((countryCode) =>
    Array.from({ length: perCountry }, (): ThresholdInput => {
      const total = pick(HEADCOUNTS);
      const workers = part(total, pick(SHARES));
      // Often all of them disabled, so that the disability shares (51%, 70%) are reached too.
      const disabled = random() < 0.5 ? workers : part(workers, pick(SHARES));
      const halfTime = part(total, pick(SHARES));
      const founders = pick([0, 3, 5, 6, 7]);
      const totalFte = pick(FTES);
      const supportNeedFte =
        random() < 0.3
          ? Math.min(totalFte, pick([19.99, 20, 26]))
          : Math.round(totalFte * pick(FTE_SHARES) * 100) / 100;
      const legalForms = [...(LEGAL_FORM_OPTIONS[countryCode] ?? []), "OTHER"];
      const subdivisions = SUBDIVISION_OPTIONS[countryCode] ?? [];
      return {
        ...emptyThresholdInput(countryCode),
        totalEmployees: maybe(total),
        supportNeedWorkers: maybe(workers),
        disabledWorkers: maybe(disabled),
        halfTimeContractEmployees: maybe(halfTime),
        halfTimeSupportNeedWorkers: maybe(Math.min(halfTime, workers)),
        foundersTotal: maybe(founders),
        foundersAtRisk: maybe(part(founders, pick(SHARES))),
        yearFounded: maybe(pick([2019, 2022, 2023, 2024, 2025, 2026])),
        totalFte: maybe(totalFte),
        supportNeedFte: maybe(supportNeedFte),
        disabledFte: maybe(Math.round(supportNeedFte * pick(FTE_SHARES) * 100) / 100),
        supportNeedWorkingTimePct: maybe(pick(PERCENTS)),
        disabledWorkingTimePct: maybe(pick([29.99, 49.99, 50, 50, 100])),
        salesRevenuePct: maybe(pick(PERCENTS)),
        publicContractsRevenuePct: maybe(pick(PERCENTS)),
        profitDistributedPct: maybe(pick([0, 0, 0, 0.01, 19.99, 20, 20.01, 49.99, 50])),
        legalFormCode: maybe(pick(legalForms)),
        subdivisionCode: subdivisions.length > 0 ? maybe(pick(subdivisions)) : null,
      };
    }),
  );
}
