"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { createInvitationAction, setUserActiveAction } from "@/lib/users/actions";
import { InvitationLink } from "./invitation-link";

export function ActivationForm({ userId, active }: { userId: string; active: boolean }) {
  const t = useTranslations("Forms");
  const [state, formAction] = useActionState(setUserActiveAction, null);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <SubmitButton variant={active ? "danger" : "secondary"} pendingLabel={t("saving")}>
        {active ? t("deactivate") : t("reactivate")}
      </SubmitButton>
    </form>
  );
}

export function NewInvitationForm({ userId }: { userId: string }) {
  const t = useTranslations("Forms");
  const [state, formAction] = useActionState(createInvitationAction, null);
  return (
    <form action={formAction}>
      <FormAlert state={state} />
      <input type="hidden" name="userId" value={userId} />
      {state?.ok && state.data.invitationUrl ? (
        <InvitationLink url={state.data.invitationUrl} />
      ) : (
        <SubmitButton variant="secondary" pendingLabel={t("saving")}>
          {t("newInvitationLink")}
        </SubmitButton>
      )}
    </form>
  );
}
