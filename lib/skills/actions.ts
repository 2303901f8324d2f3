"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { createTrainingOffer, deleteTrainingOffer, updateTrainingOffer } from "./offers/mutations";
import { adoptPlan, updatePlanAction } from "./plans/mutations";

type FormAction<T> = (
  previous: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

/** Adds an offer, or edits one when the form carries its id. */
export const saveTrainingOfferAction: FormAction<{ offerId: string }> = async (
  _previous,
  formData,
) => {
  const input = formDataToObject(formData);
  const result = input.offerId
    ? await runAsCurrentUser(updateTrainingOffer, input)
    : await runAsCurrentUser(createTrainingOffer, input);
  if (result.ok) revalidatePath("/skills/offers");
  return result;
};

export async function deleteTrainingOfferAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(deleteTrainingOffer, formDataToObject(formData));
  if (result.ok) revalidatePath("/skills/offers");
  return result;
}

export async function adoptPlanAction(_previous: unknown, formData: FormData) {
  const input = formDataToObject(formData);
  const result = await runAsCurrentUser(adoptPlan, input);
  if (result.ok) revalidatePath(`/surveys/${input.surveyId}`, "layout");
  return result;
}

export const updatePlanActionAction: FormAction<{ actionId: string }> = async (
  _previous,
  formData,
) => {
  const result = await runAsCurrentUser(updatePlanAction, formDataToObject(formData));
  if (result.ok) revalidatePath("/surveys", "layout");
  return result;
};
