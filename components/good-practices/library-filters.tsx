import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import { WISE_MODELS } from "@/lib/classification/models";
import type { LibraryFilter } from "@/lib/good-practices/schemas";
import { SKILL_AREA_TAGS, STAFF_GROUP_TAGS } from "@/lib/good-practices/schemas";

const CONTROL =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900";

type Option = { value: string; label: string };

function Select(props: { name: string; label: string; value?: string; options: Option[] }) {
  return (
    <div>
      <label htmlFor={`library-${props.name}`} className="block font-medium text-slate-900">
        {props.label}
      </label>
      <select
        id={`library-${props.name}`}
        name={props.name}
        defaultValue={props.value ?? ""}
        className={CONTROL}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search and filters as a plain GET form: works without JavaScript, and the address is shareable. */
export async function LibraryFilters({
  filter,
  action,
  countries,
}: {
  filter: LibraryFilter;
  action: string;
  countries: Option[];
}) {
  const [t, tModels, tGaps] = await Promise.all([
    getTranslations("GoodPractices.filters"),
    getTranslations("Models"),
    getTranslations("SkillGaps"),
  ]);
  return (
    <form
      method="get"
      action={action}
      className="mb-6 rounded-md border border-slate-300 bg-white p-3"
    >
      <h2 className="mb-2 font-semibold">{t("heading")}</h2>
      <div className="mb-3">
        <label htmlFor="library-q" className="block font-medium text-slate-900">
          {t("search")}
        </label>
        <p id="library-q-hint" className="text-sm text-slate-600">
          {t("searchHint")}
        </p>
        <input
          id="library-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ""}
          aria-describedby="library-q-hint"
          className={CONTROL}
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Select
          name="model"
          label={t("model")}
          value={filter.model}
          options={[
            { value: "", label: t("anyModel") },
            ...WISE_MODELS.map((model) => ({ value: model, label: tModels(`${model}.name`) })),
          ]}
        />
        <Select
          name="group"
          label={t("group")}
          value={filter.group}
          options={[
            { value: "", label: t("anyGroup") },
            ...STAFF_GROUP_TAGS.map((group) => ({ value: group, label: tGaps(`groups.${group}`) })),
          ]}
        />
        <Select
          name="area"
          label={t("area")}
          value={filter.area}
          options={[
            { value: "", label: t("anyArea") },
            ...SKILL_AREA_TAGS.map((area) => ({ value: area, label: tGaps(`areas.${area}`) })),
          ]}
        />
        <Select
          name="country"
          label={t("country")}
          value={filter.country}
          options={[{ value: "", label: t("anyCountry") }, ...countries]}
        />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-4">
        <button type="submit" className={buttonClasses("primary")}>
          {t("apply")}
        </button>
        <a href={action} className="min-h-11 py-2 text-teal-800 underline underline-offset-4">
          {t("clear")}
        </a>
      </div>
    </form>
  );
}
