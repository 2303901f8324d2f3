"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useClearingFormAction } from "@/components/ui/use-form-action";
import { uploadAttachmentAction } from "@/lib/attachments/actions";
import { MAX_ATTACHMENT_BYTES, MAX_IMAGE_BYTES } from "@/lib/attachments/limits";
import { ACCEPTED_EXTENSIONS } from "@/lib/attachments/rules";

/**
 * What the browser can tell before sending: a file over the largest limit (or a photo, by the
 * type the browser guesses, over the photo limit) is refused here, so that it never meets the
 * server's size limit. The server checks again by the file's own bytes.
 */
function sizeProblem(file: File | undefined): string | null {
  if (!file) return null;
  if (file.size > MAX_ATTACHMENT_BYTES) return "attachmentTooLarge";
  if (file.type.startsWith("image/") && file.size > MAX_IMAGE_BYTES) {
    return "attachmentImageTooLarge";
  }
  return null;
}

/** Adds a photo (with its description) or a document to a case study. */
export function AttachmentUploadForm({
  caseStudyId,
  fileHint,
}: {
  caseStudyId: string;
  fileHint: string;
}) {
  const t = useTranslations("Attachments");
  const { state, pending, fieldErrors, formProps } = useClearingFormAction(uploadAttachmentAction);
  const [problem, setProblem] = useState<string | null>(null);
  const fieldBound = Object.keys(fieldErrors).length > 0;
  return (
    <form
      {...formProps}
      onSubmit={(event) => {
        if (problem) event.preventDefault();
        else formProps.onSubmit(event);
      }}
      className="mt-6 max-w-xl rounded-lg border border-slate-300 bg-white p-4"
      aria-labelledby="attachment-upload-heading"
    >
      <h3 id="attachment-upload-heading" className="mb-3 text-lg font-semibold">
        {t("uploadHeading")}
      </h3>
      {!fieldBound && <FormAlert state={state} savedMessage={t("uploaded")} />}
      <input type="hidden" name="caseStudyId" value={caseStudyId} />
      <TextField
        id="attachment-file"
        name="file"
        type="file"
        label={t("file")}
        hint={fileHint}
        accept={ACCEPTED_EXTENSIONS}
        required
        onChange={(event) => setProblem(sizeProblem(event.currentTarget.files?.[0]))}
        errors={problem ? [problem] : pending ? [] : fieldErrors.file}
      />
      <TextField
        id="attachment-alt-text"
        name="altText"
        label={t("altText")}
        hint={t("altTextHint")}
        autoComplete="off"
        errors={pending ? [] : fieldErrors.altText}
      />
      <TextField
        id="attachment-caption"
        name="caption"
        label={t("caption")}
        autoComplete="off"
        errors={pending ? [] : fieldErrors.caption}
      />
      <SubmitButton pending={pending} pendingLabel={t("uploading")}>
        {t("upload")}
      </SubmitButton>
    </form>
  );
}
