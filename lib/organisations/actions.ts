"use server";

import { revalidatePath } from "next/cache";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { createOrganisation } from "./mutations";

export async function createOrganisationAction(
  _previous: ActionResult<{ organisationId: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ organisationId: string }>> {
  const result = await runAsCurrentUser(createOrganisation, formDataToObject(formData));
  if (result.ok) revalidatePath("/admin/organisations");
  return result;
}
