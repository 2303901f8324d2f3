import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import { MODELS } from "@/lib/classification/rules";
import type { ResultsFilter } from "@/lib/results/schemas";
import { THRESHOLD_OUTCOMES, THRESHOLD_RULE_IDS } from "@/lib/wises/threshold-rules";

const CONTROL =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 focus-visible:outline-3 focus-visible:outline-amber-500";

type Option = { value: string; label: string };

function Select(props: { id: string; label: string; value?: string; options: Option[] }) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium">
        {props.label}
      </label>
      <select id={props.id} name={props.id} defaultValue={props.value ?? ""} className={CONTROL}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form, no client JavaScript: filters live in the address and can be shared. */
export async function ResultsFilters({
  filter,
  countries,
  regions,
}: {
  filter: ResultsFilter;
  /** Offered only to those who see several countries. */
  countries: Option[] | null;
  regions: string[];
}) {
  const [t, tModels, tWises] = await Promise.all([
    getTranslations("Results.dashboard"),
    getTranslations("Models"),
    getTranslations("Wises"),
  ]);
  return (
    <form
      method="get"
      action="/results"
      aria-label={t("filters")}
      className="mb-6 grid gap-3 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-2 lg:grid-cols-3"
    >
      {countries && (
        <Select
          id="country"
          label={t("country")}
          value={filter.country}
          options={[{ value: "", label: t("allCountries") }, ...countries]}
        />
      )}
      <Select
        id="model"
        label={t("model")}
        value={filter.model}
        options={[
          { value: "", label: t("anyModel") },
          ...MODELS.map((model) => ({ value: model, label: tModels(`${model}.name`) })),
          { value: "NONE", label: t("noModel") },
        ]}
      />
      <Select
        id="region"
        label={t("region")}
        value={filter.region}
        options={[
          { value: "", label: t("anyRegion") },
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
            label: tWises(`thresholds.${rule}.name`),
          })),
        ]}
      />
      <Select
        id="outcome"
        label={t("outcome")}
        value={filter.outcome}
        options={THRESHOLD_OUTCOMES.map((outcome) => ({
          value: outcome,
          label: tWises(`outcome.${outcome}`),
        }))}
      />
      <div className="flex flex-wrap items-end gap-2">
        <button type="submit" className={buttonClasses()}>
          {t("apply")}
        </button>
        <Link href="/results" className={buttonClasses("secondary")}>
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
