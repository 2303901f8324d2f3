"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateAttachmentAction } from "@/lib/attachments/actions";

/** Fixes a photo's description and an attachment's caption. */
export function AttachmentEditForm({
  attachment,
  image,
}: {
  attachment: { id: string; fileName: string; altText: string | null; caption: string | null };
  image: boolean;
}) {
  const t = useTranslations("Attachments");
  const { state, pending, formProps } = useFormAction(updateAttachmentAction);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  const fieldBound = Object.keys(fieldErrors).length > 0;
  return (
    <form
      {...formProps}
      aria-label={t("editHeading", { name: attachment.fileName })}
      className="mt-3"
    >
      {!fieldBound && <FormAlert state={state} savedMessage={t("saved")} />}
      <input type="hidden" name="attachmentId" value={attachment.id} />
      {image && (
        <TextField
          id={`alt-${attachment.id}`}
          name="altText"
          label={t("altText")}
          defaultValue={attachment.altText ?? ""}
          autoComplete="off"
          errors={pending ? [] : fieldErrors.altText}
        />
      )}
      <TextField
        id={`caption-${attachment.id}`}
        name="caption"
        label={t("caption")}
        defaultValue={attachment.caption ?? ""}
        autoComplete="off"
        errors={pending ? [] : fieldErrors.caption}
      />
      <SubmitButton variant="secondary" pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
