"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject, formValue } from "@/lib/actions/form-data";
import { type ActionResult, failure } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { MAX_IMPORT_BYTES } from "./import-parse";
import { type ImportPreview, previewWiseImport } from "./import-preview";
import { createWise, importWises, updateWise } from "./mutations";

type FormAction<T> = (
  previous: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

/** On success the person lands on the WISE's page, which confirms the save. */
export const createWiseAction: FormAction<{ wiseId: string }> = async (_previous, formData) => {
  const result = await runAsCurrentUser(createWise, formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/wises");
  redirect(`/wises/${result.data.wiseId}?saved=1`);
};

export const updateWiseAction: FormAction<{ wiseId: string }> = async (_previous, formData) => {
  const result = await runAsCurrentUser(updateWise, formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/wises", "layout");
  redirect(`/wises/${result.data.wiseId}?saved=1`);
};

/** Reads the upload and returns every row with its problems; writes nothing. */
export const previewWiseImportAction: FormAction<ImportPreview> = async (_previous, formData) => {
  const file = formValue(formData, "file");
  if (!(file instanceof File) || file.size === 0) return failure(400, "importFileMissing");
  // Checked before reading it into memory; the page also checks in the browser.
  if (file.size > MAX_IMPORT_BYTES) return failure(413, "importFileTooLarge");
  const bytes = new Uint8Array(await file.arrayBuffer());
  return runAsCurrentUser(previewWiseImport, { name: file.name, bytes });
};

export const importWisesAction: FormAction<{ imported: number }> = async (_previous, formData) => {
  const result = await runAsCurrentUser(importWises, formDataToObject(formData));
  if (result.ok) revalidatePath("/wises");
  return result;
};
