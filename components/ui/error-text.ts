import type { useTranslations } from "next-intl";
import type { ErrorKey } from "@/lib/i18n/error-keys";

type ErrorsTranslator = ReturnType<typeof useTranslations<"Errors">>;

/**
 * Error keys come from the server as plain strings; an unknown one (a newer server, a typo) shows
 * a generic message rather than a raw key.
 */
export function errorText(
  t: ErrorsTranslator,
  key: string,
  fallback: ErrorKey = "invalidValue",
): string {
  return t.has(key as ErrorKey) ? t(key as ErrorKey) : t(fallback);
}
