import { getTranslations } from "next-intl/server";
import {
  FilterForm,
  type FilterOption,
  FilterSearch,
  FilterSelect,
} from "@/components/filters/filter-form";
import { ThresholdFilters } from "@/components/filters/threshold-filters";
import type { WiseFilter } from "@/lib/wises/schemas";

export async function WiseFilters({
  filter,
  countryOptions,
  regions,
}: {
  filter: WiseFilter;
  countryOptions: FilterOption[];
  regions: string[];
}) {
  const t = await getTranslations("Wises");
  return (
    <FilterForm
      action="/wises"
      label={t("filters")}
      applyLabel={t("applyFilters")}
      clearLabel={t("clearFilters")}
    >
      <FilterSearch id="q" label={t("search")} value={filter.q} />
      <FilterSelect
        id="country"
        label={t("country")}
        value={filter.country}
        options={[{ value: "", label: t("allCountries") }, ...countryOptions]}
      />
      <FilterSelect
        id="region"
        label={t("region")}
        value={filter.region}
        options={[
          { value: "", label: t("allRegions") },
          ...regions.map((region) => ({ value: region, label: region })),
        ]}
      />
      <ThresholdFilters
        check={filter.check}
        outcome={filter.outcome}
        labels={{ check: t("check"), anyCheck: t("anyCheck"), outcome: t("outcomeLabel") }}
      />
    </FilterForm>
  );
}
