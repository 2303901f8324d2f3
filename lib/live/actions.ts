"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { formDataToObject } from "@/lib/actions/form-data";
import { type ActionResult, failure } from "@/lib/actions/result";
import { serverEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { GUEST_COOKIE, guestCookieOptions } from "./guest-token";
import { joinLive } from "./participant-mutations";

/**
 * The join form, with or without JavaScript: the server helper's join command makes the guest,
 * the secret goes only into the httpOnly cookie, and the phone moves on to its live page.
 */
export async function joinLiveAction(
  _previous: ActionResult<null> | null,
  formData: FormData,
): Promise<ActionResult<null>> {
  let result: Awaited<ReturnType<typeof joinLive>>;
  const jar = await cookies();
  try {
    result = await joinLive(formDataToObject(formData), {
      address: clientAddress(await headers()),
      previousSecret: jar.get(GUEST_COOKIE)?.value,
    });
  } catch {
    // The database is unreachable (or restarting): ask to try again rather than fail the page.
    return failure(409, "liveJoinUnavailable");
  }
  if (!result.ok) return result;
  jar.set(
    GUEST_COOKIE,
    result.data.secret,
    guestCookieOptions(serverEnv().nodeEnv === "production"),
  );
  redirect(`/live/${result.data.sessionId}`);
}
