"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { previewWiseImportAction } from "@/lib/wises/actions";
import { ImportPreviewForm } from "./import-preview-form";

/** Mirrors MAX_IMPORT_BYTES, so a file too large is refused before it is sent at all. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * Step 1: choose a file and have it checked; step 2 (the preview below) appears with the result.
 * `columnLabels` names each field by its column header, for the problems listed per row.
 */
export function ImportUpload({ columnLabels }: { columnLabels: Record<string, string> }) {
  const t = useTranslations("WiseForm");
  const [preview, previewAction, pending] = useActionState(previewWiseImportAction, null);
  const [tooLarge, setTooLarge] = useState(false);
  const serverError = preview && !preview.ok ? [preview.message] : [];
  return (
    <>
      <form
        action={previewAction}
        onSubmit={(event) => {
          if (tooLarge) event.preventDefault();
        }}
        className="mb-6 max-w-xl rounded-lg border border-slate-300 bg-white p-4"
      >
        <TextField
          name="file"
          type="file"
          label={t("file")}
          hint={t("fileHint")}
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > MAX_BYTES)}
          errors={tooLarge ? ["importFileTooLarge"] : pending ? [] : serverError}
        />
        <SubmitButton pendingLabel={t("checking")}>{t("checkFile")}</SubmitButton>
      </form>
      {preview?.ok && (
        <ImportPreviewForm
          key={preview.data.id}
          preview={preview.data}
          columnLabels={columnLabels}
        />
      )}
    </>
  );
}
