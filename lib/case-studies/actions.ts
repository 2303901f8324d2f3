"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Command } from "@/lib/actions/command";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import {
  addCaseStudyQuote,
  createCaseStudy,
  removeCaseStudyQuote,
  saveCaseStudySections,
  withdrawQuoteConsent,
} from "./mutations";
import { replyToCaseStudyReview, reviewCaseStudy, submitCaseStudy } from "./review-mutations";

/** Runs a command on a study, then refreshes the study's page and the list. */
async function onStudy<T extends { caseStudyId: string }>(
  command: Command<T>,
  formData: FormData,
): Promise<ActionResult<T>> {
  const result = await runAsCurrentUser(command, formDataToObject(formData));
  if (result.ok) {
    revalidatePath(`/case-studies/${result.data.caseStudyId}`);
    revalidatePath("/case-studies");
  }
  return result;
}

/** Starts the study and opens its page. */
export async function createCaseStudyAction(
  _previous: unknown,
  formData: FormData,
): Promise<ActionResult<{ caseStudyId: string }>> {
  const result = await runAsCurrentUser(createCaseStudy, formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/case-studies");
  redirect(`/case-studies/${result.data.caseStudyId}`);
}

export async function saveCaseStudySectionsAction(_previous: unknown, formData: FormData) {
  return onStudy(saveCaseStudySections, formData);
}

export async function addCaseStudyQuoteAction(_previous: unknown, formData: FormData) {
  return onStudy(addCaseStudyQuote, formData);
}

export async function removeCaseStudyQuoteAction(_previous: unknown, formData: FormData) {
  return onStudy(removeCaseStudyQuote, formData);
}

export async function withdrawQuoteConsentAction(_previous: unknown, formData: FormData) {
  return onStudy(withdrawQuoteConsent, formData);
}

export async function submitCaseStudyAction(_previous: unknown, formData: FormData) {
  return onStudy(submitCaseStudy, formData);
}

export async function reviewCaseStudyAction(_previous: unknown, formData: FormData) {
  return onStudy(reviewCaseStudy, formData);
}

export async function replyToCaseStudyReviewAction(_previous: unknown, formData: FormData) {
  return onStudy(replyToCaseStudyReview, formData);
}
