import { getTranslations } from "next-intl/server";
import {
  FilterDate,
  FilterForm,
  FilterSearch,
  FilterSelect,
} from "@/components/filters/filter-form";
import { AUDIT_TARGET_TYPES } from "@/lib/audit/actions";
import type { AuditFilter } from "@/lib/audit/schemas";

export async function AuditFilters({ filter }: { filter: AuditFilter }) {
  const t = await getTranslations("Audit");
  return (
    <FilterForm
      action="/audit"
      label={t("filters")}
      applyLabel={t("applyFilters")}
      clearLabel={t("clearFilters")}
    >
      <FilterSearch id="person" label={t("person")} value={filter.person} />
      <FilterSelect
        id="type"
        label={t("objectType")}
        value={filter.type}
        options={[
          { value: "", label: t("anyType") },
          ...AUDIT_TARGET_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) })),
        ]}
      />
      <FilterSearch id="object" label={t("object")} value={filter.object} />
      <FilterDate id="from" label={t("from")} value={filter.from} />
      <FilterDate id="to" label={t("to")} value={filter.to} />
    </FilterForm>
  );
}
