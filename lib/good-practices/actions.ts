"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { createGoodPractice, publishGoodPractice, updateGoodPractice } from "./mutations";

type Result<T> = Promise<ActionResult<T>>;

/** Marks a good practice, or saves an edit when the form carries its id; then opens it. */
export async function saveGoodPracticeAction(
  _previous: unknown,
  formData: FormData,
): Result<{ goodPracticeId: string }> {
  const input = formDataToObject(formData);
  const result = input.goodPracticeId
    ? await runAsCurrentUser(updateGoodPractice, input)
    : await runAsCurrentUser(createGoodPractice, input);
  if (result.ok) {
    revalidatePath("/good-practices", "layout");
    revalidatePath("/practices", "layout");
    redirect(`/good-practices/${result.data.goodPracticeId}`);
  }
  return result;
}

export async function publishGoodPracticeAction(
  _previous: unknown,
  formData: FormData,
): Result<{ goodPracticeId: string; published: boolean }> {
  const result = await runAsCurrentUser(publishGoodPractice, formDataToObject(formData));
  if (result.ok) {
    revalidatePath("/good-practices", "layout");
    revalidatePath("/practices", "layout");
  }
  return result;
}
