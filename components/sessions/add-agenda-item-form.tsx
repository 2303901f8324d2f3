"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { addAgendaItemAction } from "@/lib/sessions/actions";

export function AddAgendaItemForm({
  sessionId,
  options,
}: {
  sessionId: string;
  options: { value: string; label: string }[];
}) {
  const t = useTranslations("Sessions.agenda");
  const { state, pending, formProps } = useFormAction(addAgendaItemAction);
  if (options.length === 0) {
    return (
      <p>
        {t("noWisesLeft")}{" "}
        <Link href="/wises/new" className="font-medium text-teal-800 underline">
          {t("registerWise")}
        </Link>
      </p>
    );
  }
  return (
    <form {...formProps} className="max-w-xl rounded-md border border-slate-300 bg-white p-3">
      <FormAlert state={state} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <SelectField
        name="wiseId"
        label={t("addLabel")}
        options={options}
        errors={state && !state.ok ? state.fieldErrors.wiseId : undefined}
      />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending}>{t("add")}</SubmitButton>
        <Link href="/wises/new" className="font-medium text-teal-800 underline">
          {t("registerWise")}
        </Link>
      </div>
    </form>
  );
}
