"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { FormProblems } from "@/components/ui/error-summary";
import { errorText } from "@/components/ui/error-text";
import { TextField } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { createSurveyAction } from "@/lib/skills/surveys/actions";

export type SurveyFormProps = {
  countryCode: string;
  countryName: string;
  wises: { id: string; name: string; region: string | null }[];
  /** Ticked at the start: the WISEs of the focus group chosen. */
  selectedWiseIds: string[];
  sessionId?: string;
  defaultTitle: string;
  defaultOpensOn: string;
  defaultClosesOn: string;
  zoneName: string;
};

/** A new survey: title, the country's WISEs as checkboxes, first and last day of answers. */
export function SurveyForm(props: SurveyFormProps) {
  const t = useTranslations("Surveys.new");
  const tErrors = useTranslations("Errors");
  const { state, pending, formProps } = useFormAction(createSurveyAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const wiseErrors = errors.wiseIds ?? [];
  const selected = new Set(props.selectedWiseIds);
  return (
    <form {...formProps} noValidate className="max-w-2xl">
      <FormProblems
        state={state}
        fields={[
          { name: "title", label: t("surveyTitle") },
          { name: "wiseIds", label: t("wises", { country: props.countryName }), targetId: "wises" },
          { name: "opensOn", label: t("opensOn") },
          { name: "closesOn", label: t("closesOn") },
        ]}
      />
      <input type="hidden" name="countryCode" value={props.countryCode} />
      {props.sessionId && <input type="hidden" name="sessionId" value={props.sessionId} />}
      <TextField
        id="title"
        name="title"
        label={t("surveyTitle")}
        defaultValue={props.defaultTitle}
        errors={errors.title}
      />
      <fieldset
        id="wises"
        className="mb-4"
        aria-describedby={wiseErrors.length ? "wises-error" : undefined}
      >
        <legend className="font-medium">{t("wises", { country: props.countryName })}</legend>
        {wiseErrors.length > 0 && (
          <p id="wises-error" className="text-red-800">
            {wiseErrors.map((key) => errorText(tErrors, key, "invalidValue")).join(" ")}
          </p>
        )}
        {props.wises.length === 0 ? (
          <p>{t("noWises", { country: props.countryName })}</p>
        ) : (
          <ul className="mt-1">
            {props.wises.map((wise) => (
              <li key={wise.id}>
                <label className="flex min-h-11 items-center gap-3">
                  <input
                    type="checkbox"
                    name="wiseIds"
                    value={wise.id}
                    defaultChecked={selected.has(wise.id)}
                    className="size-5 accent-teal-800"
                  />
                  {wise.region ? `${wise.name} (${wise.region})` : wise.name}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <p id="dates-hint" className="mb-2 text-sm text-slate-700">
        {t("datesHint", { zone: props.zoneName })}
      </p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          id="opensOn"
          name="opensOn"
          type="date"
          label={t("opensOn")}
          defaultValue={props.defaultOpensOn}
          errors={errors.opensOn}
        />
        <TextField
          id="closesOn"
          name="closesOn"
          type="date"
          label={t("closesOn")}
          defaultValue={props.defaultClosesOn}
          errors={errors.closesOn}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("creating")}>
        {t("create")}
      </SubmitButton>
    </form>
  );
}
