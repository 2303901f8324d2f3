"use server";

import { revalidatePath } from "next/cache";
import type { Command } from "@/lib/actions/command";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { correctText, restoreText, setLanguageStatus } from "./mutations";

type LanguageResult = ActionResult<{ locale: string }>;

async function run(command: Command<{ locale: string }>, formData: FormData) {
  const result = await runAsCurrentUser(command, formDataToObject(formData));
  // Every page may show the draft notice or a corrected text.
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function setLanguageStatusAction(
  _previous: unknown,
  formData: FormData,
): Promise<LanguageResult> {
  return run(setLanguageStatus, formData);
}

export async function correctTextAction(
  _previous: unknown,
  formData: FormData,
): Promise<LanguageResult> {
  return run(correctText, formData);
}

export async function restoreTextAction(
  _previous: unknown,
  formData: FormData,
): Promise<LanguageResult> {
  return run(restoreText, formData);
}
