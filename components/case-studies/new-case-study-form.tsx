"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormProblems } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { createCaseStudyAction } from "@/lib/case-studies/actions";

type Props = {
  wises: { id: string; name: string; inFocusGroup: boolean }[];
  languages: { value: string; label: string }[];
  defaultLocale: string;
  /** A suggested WISE to start with. */
  defaultWiseId?: string;
};

/** Starts a study: a WISE of the country (those of its focus groups first) and a language. */
export function NewCaseStudyForm({ wises, languages, defaultLocale, defaultWiseId }: Props) {
  const t = useTranslations("CaseStudies.new");
  const { state, pending, formProps } = useFormAction(createCaseStudyAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const groups = [
    { label: t("fromFocusGroups"), items: wises.filter((wise) => wise.inFocusGroup) },
    { label: t("otherWises"), items: wises.filter((wise) => !wise.inFocusGroup) },
  ].filter((group) => group.items.length > 0);
  return (
    <form {...formProps} noValidate className="max-w-xl">
      <FormProblems
        state={state}
        fields={[
          { name: "wiseId", label: t("wise") },
          { name: "locale", label: t("language") },
        ]}
      />
      <div className="mb-4">
        <label htmlFor="wiseId" className="block font-medium text-slate-900">
          {t("wise")}
        </label>
        <p id="wiseId-hint" className="text-sm text-slate-600">
          {t("wiseHint")}
        </p>
        <select
          id="wiseId"
          name="wiseId"
          defaultValue={defaultWiseId}
          aria-describedby="wiseId-hint"
          aria-invalid={Boolean(errors.wiseId?.length)}
          className="mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2"
        >
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.items.map((wise) => (
                <option key={wise.id} value={wise.id}>
                  {wise.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <SelectField
        id="locale"
        name="locale"
        label={t("language")}
        options={languages}
        defaultValue={defaultLocale}
        errors={errors.locale}
      />
      <SubmitButton pending={pending}>{t("create")}</SubmitButton>
    </form>
  );
}
