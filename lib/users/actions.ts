"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { clientAddress } from "@/lib/http/client-address";
import { eraseUser } from "./erasure-mutations";
import { withInvitationUrl } from "./invitation-url";
import {
  acceptInvitation,
  createInvitation,
  createUser,
  setUserActive,
  updateUser,
} from "./mutations";

type FormAction<T> = (
  previous: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

export const createUserAction: FormAction<{
  userId: string;
  invitationUrl: string | null;
}> = async (_previous, formData) => {
  const result = await runAsCurrentUser(createUser, formDataToObject(formData));
  if (result.ok) revalidatePath("/admin/users");
  return withInvitationUrl(result);
};

export const updateUserAction: FormAction<{ userId: string }> = async (_previous, formData) => {
  const result = await runAsCurrentUser(updateUser, formDataToObject(formData));
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
};

export const setUserActiveAction: FormAction<{ userId: string; active: boolean }> = async (
  _previous,
  formData,
) => {
  const result = await runAsCurrentUser(setUserActive, formDataToObject(formData));
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
};

export const createInvitationAction: FormAction<{ invitationUrl: string | null }> = async (
  _previous,
  formData,
) => withInvitationUrl(await runAsCurrentUser(createInvitation, formDataToObject(formData)));

export const acceptInvitationAction: FormAction<{ email: string }> = async (_previous, formData) =>
  acceptInvitation(formDataToObject(formData), clientAddress(await headers()));

export async function eraseUserAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(eraseUser, formDataToObject(formData));
  if (result.ok) revalidatePath("/admin/users", "layout");
  return result;
}
