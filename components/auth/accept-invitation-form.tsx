"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { acceptInvitationAction } from "@/lib/users/actions";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("Forms");
  const { state, pending, formProps } = useFormAction(acceptInvitationAction);
  if (state?.ok) {
    return (
      <div role="status">
        <p className="mb-4">{t("passwordSet")}</p>
        <Link href="/sign-in" className="font-medium text-teal-800 underline">
          {t("signIn")}
        </Link>
      </div>
    );
  }
  const fieldErrors = state ? state.fieldErrors : {};
  return (
    <form {...formProps} noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="password"
        type="password"
        label={t("newPassword")}
        hint={t("passwordHint")}
        autoComplete="new-password"
        required
        errors={fieldErrors.password}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t("confirmPassword")}
        autoComplete="new-password"
        required
        errors={fieldErrors.confirmPassword}
      />
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("setPassword")}
      </SubmitButton>
    </form>
  );
}
