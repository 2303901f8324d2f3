import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import type { WiseFilter } from "@/lib/wises/schemas";
import { THRESHOLD_OUTCOMES, THRESHOLD_RULE_IDS } from "@/lib/wises/threshold-rules";

const CONTROL =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 focus-visible:outline-3 focus-visible:outline-amber-500";

type Option = { value: string; label: string };

function Select({
  id,
  label,
  value,
  options,
}: {
  id: string;
  label: string;
  value?: string;
  options: Option[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={CONTROL}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: filters live in the address, so a filtered list can be bookmarked and shared. */
export async function WiseFilters({
  filter,
  countryOptions,
  regions,
}: {
  filter: WiseFilter;
  countryOptions: Option[];
  regions: string[];
}) {
  const t = await getTranslations("Wises");
  return (
    <form
      method="get"
      action="/wises"
      aria-label={t("filters")}
      className="mb-4 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      <div>
        <label htmlFor="q" className="block text-sm font-medium">
          {t("search")}
        </label>
        <input id="q" name="q" type="search" defaultValue={filter.q} className={CONTROL} />
      </div>
      <Select
        id="country"
        label={t("country")}
        value={filter.country}
        options={[{ value: "", label: t("allCountries") }, ...countryOptions]}
      />
      <Select
        id="region"
        label={t("region")}
        value={filter.region}
        options={[
          { value: "", label: t("allRegions") },
          ...regions.map((region) => ({ value: region, label: region })),
        ]}
      />
      <Select
        id="check"
        label={t("check")}
        value={filter.check}
        options={[
          { value: "", label: t("anyCheck") },
          ...THRESHOLD_RULE_IDS.map((rule) => ({
            value: rule,
            label: t(`thresholds.${rule}.name`),
          })),
        ]}
      />
      <Select
        id="outcome"
        label={t("outcomeLabel")}
        value={filter.outcome}
        options={THRESHOLD_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: t(`outcome.${outcome}`),
        }))}
      />
      <div className="flex flex-wrap items-end gap-2">
        <button type="submit" className={buttonClasses()}>
          {t("applyFilters")}
        </button>
        <Link href="/wises" className={buttonClasses("secondary")}>
          {t("clearFilters")}
        </Link>
      </div>
    </form>
  );
}
