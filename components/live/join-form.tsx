"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { joinLiveAction } from "@/lib/live/actions";

/** Code and display name; works as a plain form without JavaScript too. */
export function JoinForm({ code }: { code: string }) {
  const t = useTranslations("LiveJoin");
  const { state, pending, formProps } = useFormAction(joinLiveAction);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const onField = Object.keys(fieldErrors).length > 0;
  return (
    <form {...formProps} noValidate className="space-y-1">
      {!onField && <FormAlert state={state} />}
      <TextField
        name="code"
        label={t("code")}
        hint={t("codeHint")}
        defaultValue={code}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        maxLength={32}
        errors={fieldErrors.code}
      />
      <TextField
        name="displayName"
        label={t("displayName")}
        hint={t("displayNameHint")}
        autoComplete="given-name"
        required
        maxLength={40}
        errors={fieldErrors.displayName}
      />
      <SubmitButton pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
