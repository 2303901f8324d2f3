import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { serverEnv } from "@/lib/env";
import { MESSAGES } from "./messages";
import { isLocale, type Locale, LOCALE_COOKIE, negotiateLocale } from "./locales";

/** The reader's language: their explicit choice (a cookie), else their browser's preference. */
export async function resolveLocale(): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  return {
    locale,
    timeZone: serverEnv().timeZone,
    messages: MESSAGES[locale],
  };
});
