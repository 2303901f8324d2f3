"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { releaseReportAction } from "@/lib/reports/actions";

/** Freezes the report as the next release, with an optional note for its readers. */
export function ReleaseForm({ reportId, nextNumber }: { reportId: string; nextNumber: number }) {
  const t = useTranslations("Reports.builder");
  const { state, pending, formProps } = useFormAction(releaseReportAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form {...formProps} className="max-w-xl">
      <p className="mb-3 text-slate-700">{t("releaseHint", { number: nextNumber })}</p>
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="mb-3 text-teal-900">
          <Link href={`/reports/${reportId}/releases/${state.data.number}`} className="underline">
            {t("released", { number: state.data.number })}
          </Link>
        </p>
      )}
      <input type="hidden" name="reportId" value={reportId} />
      <TextField
        name="note"
        label={t("note")}
        hint={t("noteHint")}
        errors={errors.note}
        maxLength={500}
      />
      <SubmitButton variant="primary" pending={pending} pendingLabel={t("releasing")}>
        {t("releaseButton")}
      </SubmitButton>
    </form>
  );
}
