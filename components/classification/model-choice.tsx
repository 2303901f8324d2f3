"use client";

import { useTranslations } from "next-intl";
import { errorText } from "@/components/ui/error-text";
import { WISE_MODELS } from "@/lib/classification/models";

type Props = { name: string; legend: string; defaultValue?: string | null; errors?: string[] };

/** The five models as radio buttons, each with its one-line summary, grouped European / national. */
export function ModelChoice({ name, legend, defaultValue, errors }: Props) {
  const t = useTranslations("Models");
  const tErrors = useTranslations("Errors");
  const errorId = errors?.length ? `${name}-error` : undefined;
  return (
    <fieldset className="mb-4" aria-describedby={errorId}>
      <legend className="mb-1 font-medium">{legend}</legend>
      {WISE_MODELS.map((model) => (
        <label key={model} className="flex min-h-11 items-start gap-3 py-1">
          <input
            type="radio"
            name={name}
            value={model}
            defaultChecked={defaultValue === model}
            className="mt-1 size-5 accent-teal-800"
          />
          <span>
            <span className="font-medium">{t(`${model}.name`)}</span>{" "}
            <span className="text-sm text-slate-700">({t(`${model}.family`)})</span>
            <span className="block text-sm text-slate-700">{t(`${model}.summary`)}</span>
          </span>
        </label>
      ))}
      {errorId && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700">
          {errors?.map((key) => errorText(tErrors, key)).join(" ")}
        </p>
      )}
    </fieldset>
  );
}
