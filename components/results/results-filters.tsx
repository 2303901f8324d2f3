import { getTranslations } from "next-intl/server";
import { FilterForm, type FilterOption, FilterSelect } from "@/components/filters/filter-form";
import { ThresholdFilters } from "@/components/filters/threshold-filters";
import { WISE_MODELS } from "@/lib/classification/models";
import type { ResultsFilter } from "@/lib/results/schemas";

export async function ResultsFilters({
  filter,
  countries,
  regions,
}: {
  filter: ResultsFilter;
  /** Offered only to those who see several countries. */
  countries: FilterOption[] | null;
  regions: string[];
}) {
  const [t, tModels] = await Promise.all([
    getTranslations("Results.dashboard"),
    getTranslations("Models"),
  ]);
  return (
    <FilterForm
      action="/results"
      label={t("filters")}
      applyLabel={t("apply")}
      clearLabel={t("clear")}
    >
      {countries && (
        <FilterSelect
          id="country"
          label={t("country")}
          value={filter.country}
          options={[{ value: "", label: t("allCountries") }, ...countries]}
        />
      )}
      <FilterSelect
        id="model"
        label={t("model")}
        value={filter.model}
        options={[
          { value: "", label: t("anyModel") },
          ...WISE_MODELS.map((model) => ({ value: model, label: tModels(`${model}.name`) })),
          { value: "NONE", label: t("noModel") },
        ]}
      />
      <FilterSelect
        id="region"
        label={t("region")}
        value={filter.region}
        options={[
          { value: "", label: t("anyRegion") },
          ...regions.map((region) => ({ value: region, label: region })),
        ]}
      />
      <ThresholdFilters
        check={filter.check}
        outcome={filter.outcome}
        labels={{ check: t("check"), anyCheck: t("anyCheck"), outcome: t("outcome") }}
      />
    </FilterForm>
  );
}
