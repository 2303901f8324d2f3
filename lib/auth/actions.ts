"use server";

import { AuthError } from "next-auth";
import { fieldErrorsOf } from "@/lib/actions/command";
import { formDataToObject } from "@/lib/actions/form-data";
import { type ActionResult, failure } from "@/lib/actions/result";
import { signIn, signOut } from "./config";
import { SignInSchema } from "./credentials";
import { safeRedirectPath } from "./safe-redirect";

export async function signInAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const fields = formDataToObject(formData);
  const parsed = SignInSchema.safeParse(fields);
  if (!parsed.success) return failure(400, "invalidInput", fieldErrorsOf(parsed.error));
  try {
    // On success this throws Next's redirect, which must propagate.
    await signIn("credentials", {
      ...parsed.data,
      redirectTo: safeRedirectPath(fields.callbackUrl),
    });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const code = "code" in error ? error.code : "invalid";
      return code === "throttled"
        ? failure(429, "tooManyAttempts")
        : failure(400, "invalidCredentials");
    }
    throw error;
  }
  return failure(400, "invalidCredentials");
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}
