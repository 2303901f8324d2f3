"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Command } from "@/lib/actions/command";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import {
  addCriterion,
  createGridVersion,
  removeCriterion,
  updateCategory,
  updateCriterion,
} from "./mutations";
import { setCategoryWording, setCriterionWording } from "./wording-mutations";

type GridResult = ActionResult<{ gridId: string }>;

async function runGridEdit(
  command: Command<{ gridId: string }>,
  formData: FormData,
): Promise<GridResult> {
  const result = await runAsCurrentUser(command, formDataToObject(formData));
  if (result.ok) revalidatePath(`/grids/${result.data.gridId}`);
  return result;
}

/** Copies the grid and opens the copy, where the admin makes their changes. */
export async function createGridVersionAction(
  _previous: unknown,
  formData: FormData,
): Promise<GridResult> {
  const result = await runAsCurrentUser(createGridVersion, formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath("/grids");
  redirect(`/grids/${result.data.gridId}`);
}

export async function updateCriterionAction(
  _previous: unknown,
  formData: FormData,
): Promise<GridResult> {
  return runGridEdit(updateCriterion, formData);
}

export async function addCriterionAction(
  _previous: unknown,
  formData: FormData,
): Promise<GridResult> {
  return runGridEdit(addCriterion, formData);
}

export async function removeCriterionAction(
  _previous: unknown,
  formData: FormData,
): Promise<GridResult> {
  return runGridEdit(removeCriterion, formData);
}

export async function updateCategoryAction(
  _previous: unknown,
  formData: FormData,
): Promise<GridResult> {
  return runGridEdit(updateCategory, formData);
}

/** A translation of a category's name, by an admin or a partner of the language. */
export async function setCategoryWordingAction(
  _previous: unknown,
  formData: FormData,
): Promise<GridResult> {
  return runGridEdit(setCategoryWording, formData);
}

/** A translation of a criterion's name and levels, by an admin or a partner of the language. */
export async function setCriterionWordingAction(
  _previous: unknown,
  formData: FormData,
): Promise<GridResult> {
  return runGridEdit(setCriterionWording, formData);
}
