"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { createSkillFrameworkVersion, updateSkillText } from "./mutations";

/** Copies the version and opens the copy, where the admin changes the wording. */
export async function createSkillFrameworkVersionAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ frameworkId: string }>> {
  const result = await runAsCurrentUser(createSkillFrameworkVersion, formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/skills/frameworks");
  redirect(`/skills/frameworks/${result.data.frameworkId}`);
}

export async function updateSkillTextAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ frameworkId: string }>> {
  const result = await runAsCurrentUser(updateSkillText, formDataToObject(formData));
  if (result.ok) revalidatePath(`/skills/frameworks/${result.data.frameworkId}`);
  return result.ok ? { ok: true, data: { frameworkId: result.data.frameworkId } } : result;
}
