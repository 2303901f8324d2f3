"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/actions/form-data";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { decideClassification, proposeModel } from "./mutations";

export async function decideClassificationAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(decideClassification, formDataToObject(formData));
  if (result.ok) revalidatePath(`/sessions/${String(formData.get("sessionId"))}`, "layout");
  return result;
}

export async function proposeModelAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(proposeModel, formDataToObject(formData));
  if (result.ok) revalidatePath(`/sessions/${String(formData.get("sessionId"))}`, "layout");
  return result;
}
