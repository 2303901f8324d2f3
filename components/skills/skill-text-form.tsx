"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateSkillTextAction } from "@/lib/skills/framework/actions";

/** A skill's wording in one language; workers' skills also take their easy-read sentence. */
export function SkillTextForm({
  skillId,
  locale,
  languageName,
  name,
  easyRead,
  withEasyRead,
}: {
  skillId: string;
  locale: string;
  languageName: string;
  name: string;
  easyRead: string | null;
  withEasyRead: boolean;
}) {
  const t = useTranslations("SkillFrameworks");
  const { state, pending, formProps } = useFormAction(updateSkillTextAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const prefix = `skill-${skillId}-${locale}`;
  return (
    <form {...formProps} noValidate className="mt-2">
      <FormAlert state={state} savedMessage={t("saved")} />
      <input type="hidden" name="skillId" value={skillId} />
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id={`${prefix}-name`}
        name="name"
        lang={locale}
        label={t("name", { language: languageName })}
        defaultValue={name}
        errors={errors.name}
      />
      {withEasyRead && (
        <TextField
          id={`${prefix}-easyRead`}
          name="easyRead"
          lang={locale}
          label={t("easyReadField", { language: languageName })}
          defaultValue={easyRead ?? ""}
          errors={errors.easyRead}
        />
      )}
      <SubmitButton pending={pending} pendingLabel={t("saving")} variant="secondary">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
