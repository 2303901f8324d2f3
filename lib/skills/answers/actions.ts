"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionResult } from "@/lib/actions/result";
import { runAsCurrentUser } from "@/lib/actions/run-as-current-user";
import { serverEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { RESPONDENT, resumeCookieOptions, resumeCookies } from "./resume-token";
import { type StartedResponse, startInterview, startSurveyResponse } from "./start-mutations";

async function withContext(formData: FormData) {
  return {
    ...formDataToObject(formData),
    locale: await getLocale(),
    address: clientAddress(await headers()),
  };
}

/** The token goes only into httpOnly cookies scoped to this link's page and JSON routes. */
async function keepToken(started: StartedResponse) {
  const jar = await cookies();
  const https = serverEnv().nodeEnv === "production";
  for (const { name, path } of resumeCookies(started.code)) {
    jar.set(name, started.token, resumeCookieOptions(path, started.closesAt, https));
  }
}

/** "I agree" on the consent page: the response is made, and the questions follow. */
export async function startSurveyAction(
  _previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const result = await startSurveyResponse(RESPONDENT, await withContext(formData));
  if (!result.ok) return result;
  await keepToken(result.data);
  redirect(`/survey/${result.data.code}`);
}

/** An interviewer starts recording one person's answers on this device (the next replaces it). */
export async function startInterviewAction(
  _previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  const result = await runAsCurrentUser(startInterview, await withContext(formData));
  if (!result.ok) return result;
  await keepToken(result.data);
  redirect(`/survey/${result.data.code}`);
}
