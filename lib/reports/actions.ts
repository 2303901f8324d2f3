"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { createReport, releaseReport, saveNarrative } from "./mutations";

export async function createReportAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ reportId: string }>> {
  const result = await runAsCurrentUser(createReport, formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/reports");
  redirect(`/reports/${result.data.reportId}`);
}

export async function saveNarrativeAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ version: number }>> {
  const input = formDataToObject(formData);
  const result = await runAsCurrentUser(saveNarrative, input);
  if (result.ok) revalidatePath(`/reports/${input.reportId}`);
  return result;
}

export async function releaseReportAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ number: number }>> {
  const input = formDataToObject(formData);
  const result = await runAsCurrentUser(releaseReport, input);
  if (result.ok) revalidatePath(`/reports/${input.reportId}`, "layout");
  return result;
}
