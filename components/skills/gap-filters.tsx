import { getTranslations } from "next-intl/server";
import { buttonClasses } from "@/components/ui/button-classes";
import { WISE_MODELS } from "@/lib/classification/models";
import { SIZE_BANDS } from "@/lib/skills/gaps/rules";
import { ANSWER_MODES, type GapFilter, type HeatmapRows } from "@/lib/skills/gaps/schemas";

const SELECT =
  "mt-1 block min-h-11 rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900";

type Option = { value: string; label: string };

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: Option[];
}) {
  return (
    <div>
      <label htmlFor={`gap-${name}`} className="block font-medium text-slate-900">
        {label}
      </label>
      <select id={`gap-${name}`} name={name} defaultValue={value ?? ""} className={SELECT}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The cuts as a plain GET form: works without JavaScript, and the address can be shared. */
export async function GapFilters({
  filter,
  action,
  countries,
  rowChoices,
}: {
  filter: GapFilter;
  /** Where the form goes: the page itself. */
  action: string;
  /** Country choices for readers of every country (admins); null for one country's readers. */
  countries: Option[] | null;
  rowChoices: readonly HeatmapRows[];
}) {
  const [t, tModels] = await Promise.all([getTranslations("SkillGaps"), getTranslations("Models")]);
  return (
    <form
      method="get"
      action={action}
      className="mb-6 rounded-md border border-slate-300 bg-white p-3"
    >
      <h2 className="mb-2 font-semibold">{t("filters.heading")}</h2>
      <div className="flex flex-wrap items-end gap-4">
        {countries && (
          <Select
            name="country"
            label={t("filters.country")}
            value={filter.country}
            options={[{ value: "", label: t("filters.europe") }, ...countries]}
          />
        )}
        <Select
          name="model"
          label={t("filters.model")}
          value={filter.model}
          options={[
            { value: "", label: t("filters.anyModel") },
            ...WISE_MODELS.map((model) => ({ value: model, label: tModels(`${model}.name`) })),
            { value: "NONE", label: t("filters.noModel") },
          ]}
        />
        <Select
          name="size"
          label={t("filters.size")}
          value={filter.size}
          options={[
            { value: "", label: t("filters.anySize") },
            ...SIZE_BANDS.map((size) => ({ value: size, label: t(`sizes.${size}`) })),
          ]}
        />
        <Select
          name="mode"
          label={t("filters.mode")}
          value={filter.mode}
          options={[
            { value: "", label: t("filters.anyMode") },
            ...ANSWER_MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}`) })),
          ]}
        />
        <Select
          name="rows"
          label={t("filters.rows")}
          value={filter.rows}
          options={rowChoices.map((rows) => ({ value: rows, label: t(`rowsBy.${rows}`) }))}
        />
        <button type="submit" className={buttonClasses("primary")}>
          {t("filters.apply")}
        </button>
        <a href={action} className="min-h-11 py-2 text-teal-800 underline underline-offset-4">
          {t("filters.clear")}
        </a>
      </div>
    </form>
  );
}
