"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/actions/form-data";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { replyToReview, setShareLink, writeReview } from "./mutations";

function reviewPath(formData: FormData) {
  return `/sessions/${String(formData.get("sessionId"))}/review`;
}

export async function writeReviewAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(writeReview, formDataToObject(formData));
  if (result.ok) revalidatePath(reviewPath(formData));
  return result;
}

export async function replyToReviewAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(replyToReview, formDataToObject(formData));
  if (result.ok) revalidatePath(reviewPath(formData));
  return result;
}

export async function setShareLinkAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(setShareLink, formDataToObject(formData));
  if (result.ok) revalidatePath(reviewPath(formData));
  return result;
}
