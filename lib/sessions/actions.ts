"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { sendMailIfConfigured } from "@/lib/email/send";
import { withInvitationUrl } from "@/lib/users/invitation-url";
import { addAgendaItem, moveAgendaItem, removeAgendaItem } from "./agenda-mutations";
import { addSessionMember, removeSessionMember, setMemberCanScore } from "./member-mutations";
import { changeSessionStatus, createSession, updateSession } from "./mutations";
import { addSessionNote, deleteSessionNote } from "./note-mutations";

type Result<T> = Promise<ActionResult<T>>;

function sessionPath(formData: FormData) {
  return `/sessions/${String(formData.get("sessionId"))}`;
}

export async function createSessionAction(
  _previous: unknown,
  formData: FormData,
): Result<{ sessionId: string }> {
  const result = await runAsCurrentUser(createSession, formDataToObject(formData));
  if (result.ok) {
    revalidatePath("/sessions");
    redirect(`/sessions/${result.data.sessionId}`);
  }
  return result;
}

export async function updateSessionAction(
  _previous: unknown,
  formData: FormData,
): Result<{ sessionId: string }> {
  const result = await runAsCurrentUser(updateSession, formDataToObject(formData));
  if (result.ok) {
    revalidatePath(sessionPath(formData));
    redirect(sessionPath(formData));
  }
  return result;
}

export async function changeSessionStatusAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(changeSessionStatus, formDataToObject(formData));
  if (result.ok) revalidatePath(sessionPath(formData), "layout");
  return result;
}

export async function addAgendaItemAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(addAgendaItem, formDataToObject(formData));
  if (result.ok) revalidatePath(sessionPath(formData));
  return result;
}

export async function removeAgendaItemAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(removeAgendaItem, formDataToObject(formData));
  if (result.ok) revalidatePath(sessionPath(formData));
  return result;
}

export async function moveAgendaItemAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(moveAgendaItem, formDataToObject(formData));
  if (result.ok) revalidatePath(sessionPath(formData));
  return result;
}

/** Adds a member; a new participant's link is shown to copy and, with SMTP configured, e-mailed. */
export async function addSessionMemberAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(addSessionMember, formDataToObject(formData));
  if (!result.ok) return result;
  revalidatePath(sessionPath(formData));
  let emailed: Awaited<ReturnType<typeof sendMailIfConfigured>> = "not-configured";
  const withUrl = withInvitationUrl(result);
  if (!withUrl.ok) return withUrl;
  if (withUrl.data.invitationUrl) {
    const t = await getTranslations("Sessions.invitationMail");
    emailed = await sendMailIfConfigured({
      to: String(formData.get("email")),
      subject: t("subject"),
      text: t("body", { link: withUrl.data.invitationUrl }),
    });
  }
  return { ...withUrl, data: { ...withUrl.data, emailed } };
}

export async function removeSessionMemberAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(removeSessionMember, formDataToObject(formData));
  if (result.ok) revalidatePath(sessionPath(formData));
  return result;
}

export async function setMemberCanScoreAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(setMemberCanScore, formDataToObject(formData));
  if (result.ok) revalidatePath(sessionPath(formData));
  return result;
}

export async function addSessionNoteAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(addSessionNote, formDataToObject(formData));
  if (result.ok) revalidatePath(sessionPath(formData));
  return result;
}

export async function deleteSessionNoteAction(_previous: unknown, formData: FormData) {
  const result = await runAsCurrentUser(deleteSessionNote, formDataToObject(formData));
  if (result.ok) revalidatePath(sessionPath(formData));
  return result;
}
