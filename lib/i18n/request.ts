import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { serverEnv } from "@/lib/env";
import { isLocale, LOCALE_COOKIE, type Locale, negotiateLocale } from "./locales";
import { loadMessages } from "./messages";
import { applyMessageOverrides } from "./overrides";

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
    messages: await applyMessageOverrides(await loadMessages(locale), locale),
  };
});
