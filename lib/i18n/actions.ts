"use server";

import { cookies } from "next/headers";
import { formValue } from "@/lib/actions/form-data";
import { isLocale, LOCALE_COOKIE } from "./locales";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Remembers the reader's language for a year; works as a plain form post without JavaScript. */
export async function setLocaleAction(formData: FormData) {
  const locale = formValue(formData, "locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    path: "/",
  });
}
